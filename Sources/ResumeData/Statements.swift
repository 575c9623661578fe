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

    /// Decodes what a statement answered; a value that does not decode is `.failed`.
    static func decoded<T>(_ body: () throws(PostgresError) -> T) throws(DataError) -> T {
        do { return try body() } catch { throw .failed(cause: error.description) }
    }
}
