public import Foundation
public import ResumePostgres

/// `job_descriptions`, always scoped by user.
public struct JobDescriptionRepository: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) { self.pool = pool }

    static let columns = "id, user_id, company_name, position_title, raw_text, redacted_text, created_at"

    static func record(_ r: PostgresRow) throws -> JobDescriptionRecord {
        JobDescriptionRecord(id: try r.get(0), userID: try r.get(1), companyName: try r.optional(2), positionTitle: try r.get(3),
                             rawText: try r.get(4), redactedText: try r.get(5), createdAt: try r.get(6))
    }

    /// Stores a job description.
    public func create(userID: UUID, companyName: String?, positionTitle: String, rawText: String, redactedText: String,
                       context: QueryContext) throws(DataError) -> JobDescriptionRecord {
        try run(context) { c in
            try Self.record(c.query("""
                INSERT INTO job_descriptions (user_id, company_name, position_title, raw_text, redacted_text)
                VALUES ($1, $2, $3, $4, $5) RETURNING \(Self.columns)
                """, [userID, companyName, positionTitle, rawText, redactedText], context: context).rows[0])
        }
    }

    /// The user's job description `id`.
    public func get(userID: UUID, id: UUID, context: QueryContext) throws(DataError) -> JobDescriptionRecord {
        let found = try run(context) { c in
            try c.query("SELECT \(Self.columns) FROM job_descriptions WHERE user_id = $1 AND id = $2", [userID, id], context: context)
                .rows.first.map { try Self.record($0) }
        }
        guard let found else { throw .notFound("job description") }
        return found
    }

    /// The user's job descriptions, newest first.
    public func list(userID: UUID, page: PageRequest, context: QueryContext) throws(DataError) -> Page<JobDescriptionRecord> {
        let keyset = Keyset.condition(page, firstParameter: 3)
        let rows = try run(context) { c in
            try c.query("SELECT \(Self.columns) FROM job_descriptions WHERE user_id = $1\(keyset.sql) ORDER BY created_at DESC, id DESC LIMIT $2",
                        [userID, page.size + 1] + keyset.parameters, context: context).rows.map { try Self.record($0) }
        }
        return Keyset.page(rows, request: page) { PageToken(createdAt: $0.createdAt, id: $0.id) }
    }

    /// Deletes the user's job description `id` (and its analyses, by cascade).
    public func delete(userID: UUID, id: UUID, context: QueryContext) throws(DataError) {
        let n = try run(context) { c in try c.query("DELETE FROM job_descriptions WHERE user_id = $1 AND id = $2", [userID, id], context: context).affectedRows }
        if n == 0 { throw .notFound("job description") }
    }

    private func run<R>(_ context: QueryContext, _ body: (PostgresConnection) throws -> R) throws(DataError) -> R {
        do {
            return try pool.withRetry(context, body)
        } catch {
            throw DataError.from(error, unique: "job description", reference: "user")
        }
    }
}
