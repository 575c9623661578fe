public import Foundation
import ResumeCore
import ResumePostgres
import ResumeStores

/// The statements every per-user table shares. Each checks that the acting
/// user exists and is active *in the same statement* as its work (a
/// `users` row joined or read in a CTE), so a user-scoped call costs one
/// statement and a deactivated or deleted user is refused at once. Rows are
/// always scoped by owner: another user's row is simply not found. Lists
/// page by keyset on (created_at DESC, id DESC).
///
/// Every query returns the user's `is_active` as column 0 (NULL: no such
/// user) and the table's columns from column 1.
struct UserScopedTable<Record: Sendable>: Sendable {
    let client: PostgresClient
    /// The table.
    let table: String
    /// The selected columns, unqualified, in the order `decode` reads them.
    let columns: [String]
    /// Names the row in errors (`resume`).
    let entity: String
    /// Names what a foreign-key failure refers to (`user`).
    let reference: String
    /// Decodes the table's columns starting at the given column.
    let decode: @Sendable (PostgresRow, Int) throws(PostgresError) -> Record
    let key: @Sendable (Record) -> PageToken
    // The statements, written once (not per call).
    private let getSQL: String
    private let listSQL: (first: String, after: String)
    private let deleteSQL: String

    /// `countedInUsage`: the table's rows are counted in `user_usage` (resumes, job
    /// descriptions), so a delete locks the user's usage row before the row it deletes —
    /// the order creates and updates take them in, so a delete and an update of one
    /// resume never wait for each other in a cycle.
    init(client: PostgresClient, table: String, columns: [String], entity: String, reference: String, countedInUsage: Bool = false,
         decode: @escaping @Sendable (PostgresRow, Int) throws(PostgresError) -> Record, key: @escaping @Sendable (Record) -> PageToken) {
        self.client = client
        self.table = table
        self.columns = columns
        self.entity = entity
        self.reference = reference
        self.decode = decode
        self.key = key
        func qualified(_ alias: String) -> String { columns.map { "\(alias).\($0)" }.joined(separator: ", ") }
        getSQL = """
            SELECT u.is_active, \(qualified("t")) FROM users u LEFT JOIN \(table) t ON t.user_id = u.id AND t.id = $2 WHERE u.id = $1
            """
        func list(_ after: String) -> String {
            """
            SELECT u.is_active, \(qualified("t")) FROM users u LEFT JOIN LATERAL (
                SELECT \(qualified("x")) FROM \(table) x WHERE x.user_id = u.id\(after)
                ORDER BY x.created_at DESC, x.id DESC LIMIT $2) t ON true
            WHERE u.id = $1
            """
        }
        listSQL = (list(""), list(" AND (x.created_at, x.id) < ($3::timestamptz, $4::uuid)"))
        deleteSQL = countedInUsage ? """
            WITH u AS (SELECT is_active FROM users WHERE id = $1),
            \(Statements.usageLock),
            d AS (DELETE FROM \(table) WHERE user_id = $1 AND id = $2 AND (SELECT is_active FROM u) AND \(Statements.usageLocked)
                  RETURNING 1)
            SELECT (SELECT is_active FROM u), (SELECT count(*) FROM d)
            """ : """
            WITH u AS (SELECT is_active FROM users WHERE id = $1),
            d AS (DELETE FROM \(table) WHERE user_id = $1 AND id = $2 AND (SELECT is_active FROM u) RETURNING 1)
            SELECT (SELECT is_active FROM u), (SELECT count(*) FROM d)
            """
    }

    /// The columns, each prefixed with `alias`.
    func qualified(_ alias: String) -> String { columns.map { "\(alias).\($0)" }.joined(separator: ", ") }

    /// The INSERT for an active user: `values` is the SELECT list that feeds
    /// it, reading the user as `u` (parameter $1 is the user id). Build it
    /// once, at the store's initialisation.
    func insertSQL(_ insertColumns: String, values: String) -> String {
        """
        WITH u AS (SELECT id, is_active FROM users WHERE id = $1),
        ins AS (INSERT INTO \(table) (\(insertColumns)) SELECT \(values) FROM u WHERE u.is_active
                RETURNING \(columns.joined(separator: ", ")))
        SELECT u.is_active, \(qualified("ins")) FROM u LEFT JOIN ins ON true
        """
    }

    /// Runs one statement, translating database errors.
    func run(_ sql: String, _ bindings: PostgresBindings, idempotent: Bool, context: QueryContext) async throws(DataError) -> PostgresRows {
        do {
            return try await client.query(sql, bindings, idempotent: idempotent, context: context)
        } catch {
            throw DataError(error, unique: entity, reference: reference)
        }
    }

    /// Decodes a row of the shape above: the user check, then a record (nil when its id is NULL).
    func userChecked(_ rows: PostgresRows, at i: Int = 0) throws(DataError) -> Record? {
        guard i < rows.count, try decoded({ () throws(PostgresError) in try rows[i].optionalBool(0) }) == true else { throw .userInactive }
        if rows[i].isNull(1) { return nil }
        return try decoded { () throws(PostgresError) in try decode(rows[i], 1) }
    }

    func decoded<T>(_ body: () throws(PostgresError) -> T) throws(DataError) -> T {
        do { return try body() } catch { throw .failed(cause: error.description) }
    }

    /// Runs an INSERT made by `insertSQL` and returns the new row.
    func insert(_ sql: String, _ bindings: PostgresBindings, context: QueryContext) async throws(DataError) -> Record {
        let rows = try await run(sql, bindings, idempotent: false, context: context)
        guard let record = try userChecked(rows) else { throw .failed(cause: "the insert returned no row") }
        return record
    }

    /// The user's row `id`.
    func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> Record {
        var b = PostgresBindings()
        b.append(user)
        b.append(id)
        let rows = try await run(getSQL, b, idempotent: true, context: context)
        guard let record = try userChecked(rows) else { throw .notFound(entity) }
        return record
    }

    /// The user's rows, newest first: one statement, backed by the
    /// (user_id, created_at DESC, id DESC) index.
    func list(user: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<Record> {
        var b = PostgresBindings()
        b.append(user)
        b.append(page.size + 1)
        if let token = page.after {
            b.append(token.createdAt)
            b.append(token.id)
        }
        let rows = try await run(page.after == nil ? listSQL.first : listSQL.after, b, idempotent: true, context: context)
        var records: [Record] = []
        records.reserveCapacity(rows.count)
        for i in 0..<max(rows.count, 1) {
            guard let r = try userChecked(rows, at: i) else { break }
            records.append(r)
        }
        return Self.page(records, size: page.size, key: key)
    }

    /// Cuts the extra row off and makes the next token.
    static func page<Item: Sendable>(_ rows: [Item], size: Int, key: (Item) -> PageToken) -> Page<Item> {
        guard rows.count > size else { return Page(items: rows, next: nil) }
        let items = Array(rows.prefix(size))
        return Page(items: items, next: key(items[items.count - 1]))
    }

    /// Deletes the user's row `id`.
    func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) {
        var b = PostgresBindings()
        b.append(user)
        b.append(id)
        let rows = try await run(deleteSQL, b, idempotent: false, context: context)
        let (active, deleted) = try decoded { () throws(PostgresError) in (try rows[0].optionalBool(0), try rows[0].int(1)) }
        guard active == true else { throw .userInactive }
        if deleted == 0 { throw .notFound(entity) }
    }
}
