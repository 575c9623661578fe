import ResumeCore
import ResumePostgres
import ResumeStores

/// Running one statement for a store that is not a `UserScopedTable`,
/// with PostgreSQL's errors translated for the services.
enum Statements {
    /// Runs `sql`; a unique or foreign-key violation is named `unique` / `reference`.
    static func run(_ client: PostgresClient, _ sql: String, _ b: PostgresBindings, idempotent: Bool, unique: String, reference: String,
                    context: QueryContext) async throws(DataError) -> PostgresRows {
        do {
            return try await client.query(sql, b, idempotent: idempotent, context: context)
        } catch {
            throw DataError(error, unique: unique, reference: reference)
        }
    }

    /// A CTE (`q`) that locks the user's (`$1`) usage row, for a statement that changes rows the
    /// row counts: taken first, in the order every create, update and delete takes the two, so
    /// no two such statements wait for each other in a cycle. Join it with `usageLocked`.
    static let usageLock = "q AS (SELECT 1 FROM user_usage WHERE user_id = $1 FOR UPDATE)"
    /// A condition that makes the statement read `usageLock` (true whether or not the row exists).
    static let usageLocked = "(SELECT count(*) FROM q) >= 0"

    /// Decodes what a statement answered; a value that does not decode is `.failed`.
    static func decoded<T>(_ body: () throws(PostgresError) -> T) throws(DataError) -> T {
        do { return try body() } catch { throw .failed(cause: error.description) }
    }
}
