import Foundation
import ResumeRedaction

/// One labelled snippet of the corpus.
struct CorpusSnippet {
    var id: String
    var kind: PIIRedactor.DocumentKind
    /// Input text with the `{{KIND:…}}` markers removed.
    var text: String
    /// Expected entities, in UTF-8 byte offsets of `text`.
    var expected: [RedactedSpan]
    /// Ordinary text that must survive verbatim (`{{KEEP:…}}`), in UTF-8 byte offsets of `text`.
    var keeps: [Range<Int>] = []
    /// The locale the snippet is written for (`us`, `de`, …; see `Corpus.locales`), or `other`.
    var locale: String { Corpus.locale(ofID: id) }
    var isNegative: Bool { expected.isEmpty }
}

enum CorpusError: Error, CustomStringConvertible {
    case badMarker(file: String, line: Int, detail: String)
    case badHeader(file: String, line: Int)
    var description: String {
        switch self {
        case let .badMarker(file, line, detail): "\(file):\(line): bad marker (\(detail))"
        case let .badHeader(file, line): "\(file):\(line): bad header"
        }
    }
}

enum Corpus {
    /// The development part: tuned against; misses found anywhere are added here.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    /// The held-out part (HeldOut/README.md): written before the detectors it measures, never tuned against.
    static let heldOutDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("HeldOut")
    /// Development data that arrived and was measured but whose misses are not yet read and
    /// fixed: reported by `CorpusEvaluationTests`, not gated (see Incoming/README.md).
    static let incomingDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Incoming")

    /// The locales the corpus covers, by the code that begins (held-out) or appears in (development) a snippet id.
    static let locales = ["us", "uk", "de", "fr", "br", "es", "it", "nl", "in", "au"]

    /// The first dash-separated part of `id` that is a locale code, else `other`.
    static func locale(ofID id: String) -> String {
        id.split(separator: "-").map(String.init).first { locales.contains($0) } ?? "other"
    }

    static let markerKinds: [String: PIIKind] = [
        "EMAIL": .email, "PHONE": .phone, "URL": .url, "ADDRESS": .address, "SSN": .nationalID,
        "DOB": .dateOfBirth, "CARD": .card, "NAME": .name,
    ]

    /// Loads every `*.txt` file of `directory` (the development part by default), in file-name order.
    static func load(_ directory: URL = Corpus.directory) throws -> [CorpusSnippet] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var all = [CorpusSnippet]()
        for f in files {
            let content = try String(contentsOf: directory.appendingPathComponent(f), encoding: .utf8)
            all += try parse(content, file: f)
        }
        return all
    }

    /// Parses one corpus file (format: see Corpus/README.md).
    static func parse(_ content: String, file: String) throws -> [CorpusSnippet] {
        var result = [CorpusSnippet]()
        var header: (id: String, kind: PIIRedactor.DocumentKind, line: Int)? = nil
        var body = [String]()
        func flush() throws {
            guard let h = header else { return }
            while let last = body.last, last.trimmingCharacters(in: .whitespaces).isEmpty { body.removeLast() }
            let (text, spans, keeps) = try strip(body.joined(separator: "\n"), file: file, line: h.line)
            result.append(CorpusSnippet(id: h.id, kind: h.kind, text: text, expected: spans, keeps: keeps))
        }
        for (n, line) in content.components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("%%") { continue }
            if line.hasPrefix("=== ") {
                try flush()
                let parts = line.split(separator: " ")
                guard parts.count == 3, parts[1] == "resume" || parts[1] == "job" else {
                    throw CorpusError.badHeader(file: file, line: n + 1)
                }
                header = (String(parts[2]), parts[1] == "resume" ? .resume : .jobDescription, n + 1)
                body = []
                continue
            }
            if header != nil { body.append(line) }
        }
        try flush()
        return result
    }

    /// Removes `{{KIND:text}}` and `{{KEEP:text}}` markers; returns the plain text, the
    /// marked entities and the must-keep ranges (byte offsets).
    static func strip(_ marked: String, file: String, line: Int) throws -> (String, [RedactedSpan], [Range<Int>]) {
        var out = [UInt8]()
        var spans = [RedactedSpan]()
        var keeps = [Range<Int>]()
        let b = Array(marked.utf8)
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "{"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "{") {
                guard let colon = b[(i + 2)...].firstIndex(of: UInt8(ascii: ":")) else {
                    throw CorpusError.badMarker(file: file, line: line, detail: "no colon")
                }
                let kindName = String(decoding: b[(i + 2)..<colon], as: UTF8.self)
                let kind = markerKinds[kindName]
                guard kind != nil || kindName == "KEEP" else {
                    throw CorpusError.badMarker(file: file, line: line, detail: "unknown kind \(kindName)")
                }
                var j = colon + 1
                while j + 1 < b.count && !(b[j] == UInt8(ascii: "}") && b[j + 1] == UInt8(ascii: "}")) { j += 1 }
                guard j + 1 < b.count else { throw CorpusError.badMarker(file: file, line: line, detail: "unclosed") }
                let start = out.count
                out.append(contentsOf: b[(colon + 1)..<j])
                guard out.count > start else { throw CorpusError.badMarker(file: file, line: line, detail: "empty") }
                if let kind { spans.append(RedactedSpan(kind: kind, range: start..<out.count)) } else { keeps.append(start..<out.count) }
                i = j + 2
                continue
            }
            out.append(b[i])
            i += 1
        }
        return (String(decoding: out, as: UTF8.self), spans, keeps)
    }
}
