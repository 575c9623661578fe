public import Foundation
public import ResumePostgres

/// `job_descriptions`, always scoped by user.
public struct JobDescriptionRepository: Sendable {
    let rows: UserScopedTable<JobDescriptionRecord>

    public init(pool: PostgresPool) {
        rows = UserScopedTable(pool: pool, table: "job_descriptions", columns: Self.columns, entity: "job description", reference: "user",
                               decode: { try Self.record($0) }, key: { PageToken(createdAt: $0.createdAt, id: $0.id) })
    }

    static let columns = "id, user_id, company_name, position_title, raw_text, redacted_text, created_at"

    static func record(_ r: PostgresRow) throws -> JobDescriptionRecord {
        JobDescriptionRecord(id: try r.get(0), userID: try r.get(1), companyName: try r.optional(2), positionTitle: try r.get(3),
                             rawText: try r.get(4), redactedText: try r.get(5), createdAt: try r.get(6))
    }

    /// Stores a job description.
    public func create(userID: UUID, companyName: String?, positionTitle: String, rawText: String, redactedText: String,
                       context: QueryContext) throws(DataError) -> JobDescriptionRecord {
        try rows.insert("""
            INSERT INTO job_descriptions (user_id, company_name, position_title, raw_text, redacted_text)
            VALUES ($1, $2, $3, $4, $5) RETURNING \(Self.columns)
            """, [userID, companyName, positionTitle, rawText, redactedText], context: context)
    }

    /// The user's job description `id`.
    public func get(userID: UUID, id: UUID, context: QueryContext) throws(DataError) -> JobDescriptionRecord {
        try rows.get(userID: userID, id: id, context: context)
    }

    /// The user's job descriptions, newest first.
    public func list(userID: UUID, page: PageRequest, context: QueryContext) throws(DataError) -> Page<JobDescriptionRecord> {
        try rows.list(userID: userID, page: page, context: context)
    }

    /// Deletes the user's job description `id` (and its analyses, by cascade).
    public func delete(userID: UUID, id: UUID, context: QueryContext) throws(DataError) {
        try rows.delete(userID: userID, id: id, context: context)
    }
}
