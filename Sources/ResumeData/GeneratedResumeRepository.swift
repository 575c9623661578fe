public import Foundation
public import ResumePostgres

/// `generated_resumes`: LLM output for an analysis, scoped by user.
public struct GeneratedResumeRepository: Sendable {
    let rows: UserScopedTable<GeneratedResumeRecord>

    public init(pool: PostgresPool) {
        rows = UserScopedTable(pool: pool, table: "generated_resumes", columns: Self.columns, entity: "generated resume", reference: "analysis",
                               decode: { try Self.record($0) }, key: { PageToken(createdAt: $0.createdAt, id: $0.id) })
    }

    static let columns = "id, user_id, analysis_id, optimized_text, model_used, generation_metadata, created_at"

    static func record(_ r: PostgresRow) throws -> GeneratedResumeRecord {
        GeneratedResumeRecord(id: try r.get(0), userID: try r.get(1), analysisID: try r.get(2), optimizedText: try r.get(3),
                              modelUsed: try r.get(4), generationMetadata: try r.get(5), createdAt: try r.get(6))
    }

    /// Stores a generated resume for the user's analysis. `metadata` must be a JSON object.
    public func create(userID: UUID, analysisID: UUID, optimizedText: String, modelUsed: String, metadata: JSONText,
                       context: QueryContext) throws(DataError) -> GeneratedResumeRecord {
        try rows.insert("""
            INSERT INTO generated_resumes (user_id, analysis_id, optimized_text, model_used, generation_metadata)
            VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING \(Self.columns)
            """, [userID, analysisID, optimizedText, modelUsed, metadata], context: context)
    }

    /// The user's generated resume `id`.
    public func get(userID: UUID, id: UUID, context: QueryContext) throws(DataError) -> GeneratedResumeRecord {
        try rows.get(userID: userID, id: id, context: context)
    }

    /// The user's generated resumes, newest first.
    public func list(userID: UUID, page: PageRequest, context: QueryContext) throws(DataError) -> Page<GeneratedResumeRecord> {
        try rows.list(userID: userID, page: page, context: context)
    }

    /// Deletes the user's generated resume `id`.
    public func delete(userID: UUID, id: UUID, context: QueryContext) throws(DataError) {
        try rows.delete(userID: userID, id: id, context: context)
    }
}
