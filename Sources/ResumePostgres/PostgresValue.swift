public import Foundation
public import ResumeCore

/// A value that can be bound as a statement parameter, in PostgreSQL's text
/// format. Parameters are always bound, never spliced into SQL.
public protocol PostgresEncodable: Sendable {
    /// The text form, or nil for NULL.
    var postgresText: String? { get }
}

extension String: PostgresEncodable { public var postgresText: String? { self } }
extension Int: PostgresEncodable { public var postgresText: String? { String(self) } }
extension Int32: PostgresEncodable { public var postgresText: String? { String(self) } }
extension Int64: PostgresEncodable { public var postgresText: String? { String(self) } }
extension Bool: PostgresEncodable { public var postgresText: String? { self ? "t" : "f" } }
extension Double: PostgresEncodable { public var postgresText: String? { "\(self)" } }
extension UUID: PostgresEncodable { public var postgresText: String? { uuidString.lowercased() } }
extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    public var postgresText: String? { self?.postgresText }
}

extension JSONText: PostgresEncodable, PostgresDecodable {
    public var postgresText: String? { text }
    public init(postgresText text: String) throws(PostgresError) { self.init(text) }
}

extension Timestamp: PostgresEncodable, PostgresDecodable {
    /// ISO 8601 in UTC with microseconds, as PostgreSQL reads it.
    public var postgresText: String? { TimestampText.format(unixMicroseconds) }
    public init(postgresText text: String) throws(PostgresError) {
        guard let micros = TimestampText.parse(text) else { throw PostgresError(.decoding, "not a timestamptz in ISO format") }
        self.init(unixMicroseconds: micros)
    }
}

/// A value that can be read from a result column in text format.
public protocol PostgresDecodable: Sendable {
    init(postgresText: String) throws(PostgresError)
}

extension String: PostgresDecodable {
    public init(postgresText text: String) { self = text }
}

extension Int: PostgresDecodable {
    public init(postgresText text: String) throws(PostgresError) {
        guard let v = Int(text) else { throw PostgresError(.decoding, "not an integer") }
        self = v
    }
}

extension Int64: PostgresDecodable {
    public init(postgresText text: String) throws(PostgresError) {
        guard let v = Int64(text) else { throw PostgresError(.decoding, "not an integer") }
        self = v
    }
}

extension Int32: PostgresDecodable {
    public init(postgresText text: String) throws(PostgresError) {
        guard let v = Int32(text) else { throw PostgresError(.decoding, "not a 32-bit integer") }
        self = v
    }
}

extension Bool: PostgresDecodable {
    public init(postgresText text: String) throws(PostgresError) {
        switch text {
        case "t", "true": self = true
        case "f", "false": self = false
        default: throw PostgresError(.decoding, "not a boolean")
        }
    }
}

/// `numeric`, `float8`, `real` as Double.
extension Double: PostgresDecodable {
    public init(postgresText text: String) throws(PostgresError) {
        guard let v = Double(text) else { throw PostgresError(.decoding, "not a number") }
        self = v
    }
}

/// `numeric` exactly.
extension Decimal: PostgresDecodable {
    public init(postgresText text: String) throws(PostgresError) {
        guard let v = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { throw PostgresError(.decoding, "not a numeric") }
        self = v
    }
}

extension UUID: PostgresDecodable {
    public init(postgresText text: String) throws(PostgresError) {
        guard let v = UUIDText.parse(text.lowercased()) else { throw PostgresError(.decoding, "not a uuid") }
        self = v
    }
}
