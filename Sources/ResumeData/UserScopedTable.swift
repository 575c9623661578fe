import Foundation
import ResumePostgres

/// The reads and deletes every per-user table shares, always scoped by the
/// owner: another user's row is simply not found. Lists page by keyset on
/// (created_at DESC, id DESC).
struct UserScopedTable<Record: Sendable>: Sendable {
    let pool: PostgresPool
    /// The table, optionally with an alias the columns use (`analyses a`).
    let table: String
    /// The selected columns, in the order `decode` reads them.
    let columns: String
    /// Names the row in errors (`resume`).
    let entity: String
    /// Names what a foreign-key failure refers to (`user`).
    let reference: String
    let decode: @Sendable (PostgresRow) throws -> Record
    let key: @Sendable (Record) -> PageToken

    /// Runs `body` on a pooled connection, translating database errors.
    func run<R>(_ context: QueryContext, _ body: (PostgresConnection) throws -> R) throws(DataError) -> R {
        try pool.run(context, unique: entity, reference: reference, body)
    }

    /// Runs a statement that returns one row of this table (an INSERT … RETURNING).
    func insert(_ sql: String, _ parameters: [any PostgresEncodable], context: QueryContext) throws(DataError) -> Record {
        try run(context) { c in try decode(c.query(sql, parameters, context: context).rows[0]) }
    }

    /// The user's row `id`.
    func get(userID: UUID, id: UUID, context: QueryContext) throws(DataError) -> Record {
        let found = try run(context) { c in
            try c.query("SELECT \(columns) FROM \(table) WHERE user_id = $1 AND id = $2", [userID, id], context: context)
                .rows.first.map(decode)
        }
        guard let found else { throw .notFound(entity) }
        return found
    }

    /// The user's rows, newest first.
    func list(userID: UUID, page: PageRequest, context: QueryContext) throws(DataError) -> Page<Record> {
        let keyset = Keyset.condition(page, firstParameter: 3)
        let rows = try run(context) { c in
            try c.query("SELECT \(columns) FROM \(table) WHERE user_id = $1\(keyset.sql) ORDER BY created_at DESC, id DESC LIMIT $2",
                        [userID, page.size + 1] + keyset.parameters, context: context).rows.map(decode)
        }
        return Keyset.page(rows, request: page, key: key)
    }

    /// Deletes the user's row `id`.
    func delete(userID: UUID, id: UUID, context: QueryContext) throws(DataError) {
        let n = try run(context) { c in
            try c.query("DELETE FROM \(table) WHERE user_id = $1 AND id = $2", [userID, id], context: context).affectedRows
        }
        if n == 0 { throw .notFound(entity) }
    }
}
