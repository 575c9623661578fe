public import Foundation
public import ResumePostgres

/// `generated_resumes`: LLM output for an analysis, scoped by user.
public struct GeneratedResumeRepository: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) { self.pool = pool }

    static let columns = "id, user_id, analysis_id, optimized_text, model_used, generation_metadata, created_at"

    static func record(_ r: PostgresRow) throws -> GeneratedResumeRecord {
        GeneratedResumeRecord(id: try r.get(0), userID: try r.get(1), analysisID: try r.get(2), optimizedText: try r.get(3),
                              modelUsed: try r.get(4), generationMetadata: try r.get(5), createdAt: try r.get(6))
    }

    /// Stores a generated resume for the user's analysis. `metadata` must be a JSON object.
    public func create(userID: UUID, analysisID: UUID, optimizedText: String, modelUsed: String, metadata: JSONText,
                       context: QueryContext) throws(DataError) -> GeneratedResumeRecord {
        try run(context) { c in
            try Self.record(c.query("""
                INSERT INTO generated_resumes (user_id, analysis_id, optimized_text, model_used, generation_metadata)
                VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING \(Self.columns)
                """, [userID, analysisID, optimizedText, modelUsed, metadata], context: context).rows[0])
        }
    }

    /// The user's generated resume `id`.
    public func get(userID: UUID, id: UUID, context: QueryContext) throws(DataError) -> GeneratedResumeRecord {
        let found = try run(context) { c in
            try c.query("SELECT \(Self.columns) FROM generated_resumes WHERE user_id = $1 AND id = $2", [userID, id], context: context)
                .rows.first.map { try Self.record($0) }
        }
        guard let found else { throw .notFound("generated resume") }
        return found
    }

    /// The user's generated resumes, newest first.
    public func list(userID: UUID, page: PageRequest, context: QueryContext) throws(DataError) -> Page<GeneratedResumeRecord> {
        let keyset = Keyset.condition(page, firstParameter: 3)
        let rows = try run(context) { c in
            try c.query("SELECT \(Self.columns) FROM generated_resumes WHERE user_id = $1\(keyset.sql) ORDER BY created_at DESC, id DESC LIMIT $2",
                        [userID, page.size + 1] + keyset.parameters, context: context).rows.map { try Self.record($0) }
        }
        return Keyset.page(rows, request: page) { PageToken(createdAt: $0.createdAt, id: $0.id) }
    }

    /// Deletes the user's generated resume `id`.
    public func delete(userID: UUID, id: UUID, context: QueryContext) throws(DataError) {
        let n = try run(context) { c in try c.query("DELETE FROM generated_resumes WHERE user_id = $1 AND id = $2", [userID, id], context: context).affectedRows }
        if n == 0 { throw .notFound("generated resume") }
    }

    private func run<R>(_ context: QueryContext, _ body: (PostgresConnection) throws -> R) throws(DataError) -> R {
        do {
            return try pool.withRetry(context, body)
        } catch {
            throw DataError.from(error, unique: "generated resume", reference: "analysis")
        }
    }
}
