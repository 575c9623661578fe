/// Reads the one HTTP/1.x request a metrics scrape sends, from the bytes
/// received so far: pure, no I/O. Only `GET <path>` (a query string is
/// ignored) of the one served path is answered with the metrics; anything
/// else gets a status and the connection closes.
public enum MetricsRequestParser {
    /// What the bytes so far amount to.
    public enum Outcome: Equatable, Sendable {
        /// The header is not complete yet.
        case needMore
        /// A `GET` of the metrics path.
        case metrics
        /// Answer with this status and close.
        case refuse(status: Int, reason: String)
    }

    /// Largest request header read, in bytes.
    public static let maxHeaderBytes = 8 * 1024

    /// The outcome for `bytes`, a request whose path must be `path`.
    public static func parse(_ bytes: [UInt8], path: String) -> Outcome {
        guard let end = headerEnd(bytes) else {
            return bytes.count > maxHeaderBytes ? .refuse(status: 431, reason: "Request Header Fields Too Large") : .needMore
        }
        guard end <= maxHeaderBytes else { return .refuse(status: 431, reason: "Request Header Fields Too Large") }
        let lineEnd = bytes.firstIndex(of: UInt8(ascii: "\r")) ?? end
        let line = bytes[..<lineEnd]
        guard line.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return .refuse(status: 400, reason: "Bad Request") }
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].starts(with: Array("HTTP/1.".utf8)), parts[2].count == 8 else {
            return .refuse(status: 400, reason: "Bad Request")
        }
        let target = parts[1].split(separator: UInt8(ascii: "?"), maxSplits: 1, omittingEmptySubsequences: false).first ?? []
        guard Array(parts[0]) == Array("GET".utf8) else {
            return .refuse(status: 405, reason: "Method Not Allowed")
        }
        guard Array(target) == Array(path.utf8) else { return .refuse(status: 404, reason: "Not Found") }
        return .metrics
    }

    /// Index just past the blank line that ends the header, if it is in.
    static func headerEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 3..<bytes.count where bytes[i] == 0x0A {
            if bytes[i - 1] == 0x0D && bytes[i - 2] == 0x0A && bytes[i - 3] == 0x0D { return i + 1 }
        }
        return nil
    }

    /// A whole response: status line, the headers every answer carries, body.
    public static func response(status: Int, reason: String, body: String, contentType: String = "text/plain; charset=utf-8") -> [UInt8] {
        let b = Array(body.utf8)
        let head = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: \(contentType)\r\nContent-Length: \(b.count)\r\nConnection: close\r\n\r\n"
        return Array(head.utf8) + b
    }
}
