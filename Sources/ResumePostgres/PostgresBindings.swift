public import Foundation
public import ResumeCore

/// A statement's parameters, in PostgreSQL's text format, gathered into one
/// buffer of NUL-terminated strings (no allocation per parameter).
/// Parameters are always bound, never spliced into SQL.
public struct PostgresBindings: Sendable {
    /// Each parameter's offset into `bytes`, or -1 for NULL.
    private(set) var offsets: [Int] = []
    private(set) var bytes: [UInt8] = []

    public init() {}

    /// How many parameters.
    public var count: Int { offsets.count }

    /// Appends a text parameter.
    public mutating func append(_ text: some StringProtocol) {
        offsets.append(bytes.count)
        bytes.append(contentsOf: text.utf8)
        bytes.append(0)
    }

    /// Appends a text parameter, or NULL.
    public mutating func append(_ text: String?) {
        if let text { append(text) } else { offsets.append(-1) }
    }

    /// Appends an integer.
    public mutating func append(_ value: Int) {
        append(String(value))
    }

    /// Appends a boolean.
    public mutating func append(_ value: Bool) {
        append(value ? "t" : "f")
    }

    /// Appends a floating-point number (as `float8`).
    public mutating func append(_ value: Double) {
        append("\(value)")
    }

    /// Appends a UUID in its canonical form.
    public mutating func append(_ id: UUID) {
        offsets.append(bytes.count)
        withUnsafeBytes(of: id.uuid) { b in
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            for i in 0..<16 {
                if i == 4 || i == 6 || i == 8 || i == 10 { bytes.append(UInt8(ascii: "-")) }
                bytes.append(hex[Int(b[i] >> 4)])
                bytes.append(hex[Int(b[i] & 0x0F)])
            }
        }
        bytes.append(0)
    }

    /// Appends a timestamp (ISO 8601, UTC, microseconds).
    public mutating func append(_ timestamp: Timestamp) {
        append(TimestampText.format(timestamp.unixMicroseconds))
    }

    /// Appends bytes in `bytea`'s hex text form, `\x0a1b…` (cast the parameter: `$1::bytea`).
    public mutating func append(bytea: [UInt8]) {
        let hex = Self.hexDigits
        offsets.append(bytes.count)
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: "x"))
        for c in bytea {
            bytes.append(hex[Int(c >> 4)])
            bytes.append(hex[Int(c & 0x0F)])
        }
        bytes.append(0)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends JSON text (for a `jsonb` parameter, cast it: `$1::jsonb`).
    public mutating func append(_ json: JSONText) {
        append(json.text)
    }

    /// Calls `body` with libpq's array of parameter values.
    func withValues<R>(_ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
        guard !offsets.isEmpty else { return body(nil) }
        guard !bytes.isEmpty else { return [UnsafePointer<CChar>?](repeating: nil, count: offsets.count).withUnsafeBufferPointer { body($0.baseAddress) } }
        return bytes.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { base in
                let pointers: [UnsafePointer<CChar>?] = offsets.map { $0 < 0 ? nil : base + $0 }
                return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
            }
        }
    }
}

/// One statement and its parameters.
public struct PostgresStatement: Sendable {
    /// The SQL, with `$1`… placeholders; one command.
    public let sql: String
    /// The parameters.
    public let bindings: PostgresBindings

    public init(_ sql: String, _ bindings: PostgresBindings = PostgresBindings()) {
        self.sql = sql
        self.bindings = bindings
    }
}
