/// A point in time as Unix microseconds (the unit the API uses everywhere),
/// e.g. a row's `created_at`.
public struct Timestamp: Sendable, Hashable, Comparable {
    /// Microseconds since 1970-01-01T00:00:00Z.
    public let unixMicroseconds: Int64

    public init(unixMicroseconds: Int64) { self.unixMicroseconds = unixMicroseconds }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.unixMicroseconds < b.unixMicroseconds }
}
