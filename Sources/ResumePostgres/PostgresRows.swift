internal import CLibPQ
public import Foundation
public import ResumeCore

/// The rows of one statement, in PostgreSQL's binary format, read straight
/// out of libpq's result (no copy, no per-result column-name strings).
/// Columns are read by position with typed getters; each checks the
/// column's type and the value's length and throws `PostgresError.decoding`
/// rather than misread anything.
///
/// `@unchecked Sendable`: it owns an immutable `PGresult` (released when the
/// last reference goes); libpq documents a complete `PGresult` as safe to
/// read from any thread, and nothing writes to it after it is made.
public final class PostgresRows: @unchecked Sendable {
    private let result: OpaquePointer
    /// Rows in the result.
    public let count: Int
    /// Rows inserted, updated or deleted, for a command (0 otherwise).
    public var affectedRows: Int {
        guard let p = PQcmdTuples(result), p.pointee != 0 else { return 0 }
        var n = 0
        var q = p
        while q.pointee >= 48 && q.pointee <= 57 { n = n * 10 + Int(q.pointee - 48); q += 1 }
        return n
    }

    init(_ result: OpaquePointer) {
        self.result = result
        count = Int(PQntuples(result))
    }

    deinit { PQclear(result) }

    /// Whether the result has no rows.
    public var isEmpty: Bool { count == 0 }

    /// Row `row`.
    public subscript(row: Int) -> PostgresRow { PostgresRow(rows: self, index: Int32(row)) }

    /// Every row, decoded with `decode`.
    public func map<T, E: Error>(_ decode: (PostgresRow) throws(E) -> T) throws(E) -> [T] {
        var out: [T] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(try decode(self[i])) }
        return out
    }

    // MARK: Cells

    // Type OIDs of the columns this service reads (pg_type.h).
    static let bool: UInt32 = 16, int8: UInt32 = 20, int2: UInt32 = 21, int4: UInt32 = 23, text: UInt32 = 25
    static let json: UInt32 = 114, float8: UInt32 = 701, varchar: UInt32 = 1043, timestamptz: UInt32 = 1184
    static let uuid: UInt32 = 2950, jsonb: UInt32 = 3802

    func isNull(_ row: Int32, _ column: Int) -> Bool {
        PQgetisnull(result, row, Int32(column)) != 0
    }

    func cell(_ row: Int32, _ column: Int) throws(PostgresError) -> (type: UInt32, bytes: UnsafeRawBufferPointer) {
        guard column < Int(PQnfields(result)) else { throw PostgresError(.decoding, "no column \(column)") }
        guard PQfformat(result, Int32(column)) == 1 else { throw PostgresError(.decoding, "column \(column) is not in binary format") }
        guard PQgetisnull(result, row, Int32(column)) == 0 else { throw PostgresError(.decoding, "column \(column) is NULL") }
        let p = PQgetvalue(result, row, Int32(column))!
        let n = Int(PQgetlength(result, row, Int32(column)))
        return (PQftype(result, Int32(column)), UnsafeRawBufferPointer(start: p, count: n))
    }
}

/// One row of a `PostgresRows`: typed reads of its binary cells.
public struct PostgresRow {
    let rows: PostgresRows
    let index: Int32

    /// Whether column `i` is NULL.
    public func isNull(_ i: Int) -> Bool { rows.isNull(index, i) }

    private func cell(_ i: Int, _ types: UInt32..., length: Int? = nil) throws(PostgresError) -> UnsafeRawBufferPointer {
        let (type, bytes) = try rows.cell(index, i)
        guard types.contains(type) else { throw PostgresError(.decoding, "column \(i) has type \(type), expected \(types)") }
        if let length, bytes.count != length { throw PostgresError(.decoding, "column \(i) has \(bytes.count) bytes, expected \(length)") }
        return bytes
    }

    private static func bigEndian<T: FixedWidthInteger>(_ b: UnsafeRawBufferPointer, as _: T.Type) -> T {
        var v: T = 0
        for byte in b { v = v << 8 | T(byte) }
        return v
    }

    /// A `uuid`.
    public func uuid(_ i: Int) throws(PostgresError) -> UUID {
        let b = try cell(i, PostgresRows.uuid, length: 16)
        return UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
    }

    /// A `text` or `varchar` (the database's encoding is UTF-8).
    public func string(_ i: Int) throws(PostgresError) -> String {
        String(decoding: try cell(i, PostgresRows.text, PostgresRows.varchar), as: UTF8.self)
    }

    /// A `text` or `varchar`, or nil for NULL.
    public func optionalString(_ i: Int) throws(PostgresError) -> String? {
        isNull(i) ? nil : try string(i)
    }

    /// An `int2`, `int4` or `int8`.
    public func int(_ i: Int) throws(PostgresError) -> Int {
        let (type, b) = try rows.cell(index, i)
        switch (type, b.count) {
        case (PostgresRows.int2, 2): return Int(Self.bigEndian(b, as: Int16.self))
        case (PostgresRows.int4, 4): return Int(Self.bigEndian(b, as: Int32.self))
        case (PostgresRows.int8, 8): return Int(Self.bigEndian(b, as: Int64.self))
        default: throw PostgresError(.decoding, "column \(i) (type \(type), \(b.count) bytes) is not an integer")
        }
    }

    /// An integer, or nil for NULL.
    public func optionalInt(_ i: Int) throws(PostgresError) -> Int? {
        isNull(i) ? nil : try int(i)
    }

    /// A `bool`.
    public func bool(_ i: Int) throws(PostgresError) -> Bool {
        try cell(i, PostgresRows.bool, length: 1)[0] != 0
    }

    /// A `bool`, or nil for NULL.
    public func optionalBool(_ i: Int) throws(PostgresError) -> Bool? {
        isNull(i) ? nil : try bool(i)
    }

    /// A `float8` (select `numeric` columns as `::float8`).
    public func double(_ i: Int) throws(PostgresError) -> Double {
        Double(bitPattern: Self.bigEndian(try cell(i, PostgresRows.float8, length: 8), as: UInt64.self))
    }

    /// A `timestamptz`: microseconds since 2000-01-01, as Unix microseconds.
    public func timestamp(_ i: Int) throws(PostgresError) -> Timestamp {
        let micros = Self.bigEndian(try cell(i, PostgresRows.timestamptz, length: 8), as: Int64.self)
        return Timestamp(unixMicroseconds: micros &+ 946_684_800_000_000)
    }

    /// A `json` or `jsonb` value's text.
    public func json(_ i: Int) throws(PostgresError) -> JSONText {
        let (type, b) = try rows.cell(index, i)
        switch type {
        case PostgresRows.jsonb:
            guard b.count >= 1, b[0] == 1 else { throw PostgresError(.decoding, "column \(i) is jsonb of an unknown version") }
            return JSONText(String(decoding: UnsafeRawBufferPointer(rebasing: b[1...]), as: UTF8.self))
        case PostgresRows.json:
            return JSONText(String(decoding: b, as: UTF8.self))
        default:
            throw PostgresError(.decoding, "column \(i) has type \(type), expected json or jsonb")
        }
    }
}
