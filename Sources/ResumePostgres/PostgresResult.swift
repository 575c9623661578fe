/// The rows of one statement, copied out of libpq (text format).
public struct PostgresResult: Sendable {
    /// Column names, in order.
    public let columns: [String]
    /// Every row.
    public let rows: [PostgresTextRow]
    /// Rows inserted, updated or deleted (`PQcmdTuples`), 0 for others.
    public let affectedRows: Int
}

/// One row: text values (nil for NULL), read by index or name.
public struct PostgresTextRow: Sendable {
    let values: [String?]
    let columns: [String]

    /// The column's value decoded as `T`; a NULL throws.
    public func get<T: PostgresDecodable>(_ index: Int, as: T.Type = T.self) throws(PostgresError) -> T {
        guard index < values.count else { throw PostgresError(.decoding, "no column \(index)") }
        guard let text = values[index] else { throw PostgresError(.decoding, "column \(columns[index]) is NULL") }
        do {
            return try T(postgresText: text)
        } catch {
            throw PostgresError(.decoding, "column \(columns[index]): \(error.message)")
        }
    }

    /// The column's value decoded as `T`, or nil for NULL.
    public func optional<T: PostgresDecodable>(_ index: Int, as: T.Type = T.self) throws(PostgresError) -> T? {
        guard index < values.count else { throw PostgresError(.decoding, "no column \(index)") }
        return values[index] == nil ? nil : try get(index, as: T.self)
    }

    /// The named column's value decoded as `T`.
    public func get<T: PostgresDecodable>(_ name: String, as: T.Type = T.self) throws(PostgresError) -> T {
        guard let i = columns.firstIndex(of: name) else { throw PostgresError(.decoding, "no column \(name)") }
        return try get(i, as: T.self)
    }

    /// The named column's value decoded as `T`, or nil for NULL.
    public func optional<T: PostgresDecodable>(_ name: String, as: T.Type = T.self) throws(PostgresError) -> T? {
        guard let i = columns.firstIndex(of: name) else { throw PostgresError(.decoding, "no column \(name)") }
        return try optional(i, as: T.self)
    }
}
