public import Foundation
public import ResumeCore
public import ResumePostgres
public import ResumeStores

/// `GeneratedResumeStore` on PostgreSQL (`generated_resumes`).
public struct PostgresGeneratedResumeStore: GeneratedResumeStore {
    let rows: UserScopedTable<GeneratedResumeRecord>
    private let insertSQL: String

    public init(client: PostgresClient) {
        rows = UserScopedTable(client: client, table: "generated_resumes", columns: Self.columns, entity: "generated resume", reference: "analysis",
                               decode: { r, i throws(PostgresError) in try Self.record(r, from: i) },
                               key: { PageToken(createdAt: $0.createdAt, id: $0.id) })
        insertSQL = rows.insertSQL("user_id, analysis_id, optimized_text, model_used, generation_metadata", values: "u.id, $2, $3, $4, $5::jsonb")
    }

    static let columns = ["id", "user_id", "analysis_id", "optimized_text", "model_used", "generation_metadata", "created_at"]

    static func record(_ r: PostgresRow, from i: Int) throws(PostgresError) -> GeneratedResumeRecord {
        GeneratedResumeRecord(id: try r.uuid(i), userID: try r.uuid(i + 1), analysisID: try r.uuid(i + 2), optimizedText: try r.string(i + 3),
                              modelUsed: try r.string(i + 4), generationMetadata: try r.json(i + 5), createdAt: try r.timestamp(i + 6))
    }

    public func create(user: UUID, analysisID: UUID, optimizedText: String, modelUsed: String, metadata: JSONText,
                       context: QueryContext) async throws(DataError) -> GeneratedResumeRecord {
        var b = PostgresBindings()
        b.append(user)
        b.append(analysisID)
        b.append(optimizedText)
        b.append(modelUsed)
        b.append(metadata)
        return try await rows.insert(insertSQL, b, context: context)
    }

    public func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> GeneratedResumeRecord {
        try await rows.get(user: user, id: id, context: context)
    }

    public func list(user: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<GeneratedResumeRecord> {
        try await rows.list(user: user, page: page, context: context)
    }

    public func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) {
        try await rows.delete(user: user, id: id, context: context)
    }
}
