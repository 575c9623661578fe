public import Foundation
public import ResumeCore
public import ResumePostgres
public import ResumeStores

/// `GeneratedResumeStore` on PostgreSQL (`generated_resumes`).
public struct PostgresGeneratedResumeStore: GeneratedResumeStore {
    let rows: UserScopedTable<GeneratedResumeRecord>
    private let insertSQL: GuardedInsertSQL
    private let listSQL: (first: String, after: String)

    public init(client: PostgresClient) {
        rows = UserScopedTable(client: client, table: "generated_resumes", columns: Self.columns, entity: "generated resume", reference: "analysis",
                               decode: { r, i throws(PostgresError) in try Self.record(r, from: i) },
                               key: { PageToken(createdAt: $0.createdAt, id: $0.id) })
        // The quota locks the analysis: no row when it is not the user's.
        insertSQL = rows.guardedInsertSQL("user_id, analysis_id, optimized_text, model_used, generation_metadata",
                                          values: "u.id, $2, $3, $4, $5::jsonb", parameters: 5, quotaParameters: 1) { p in
            "SELECT generated_count < $\(p) AS fits0, true AS fits1 FROM analyses WHERE user_id = $1 AND id = $2 FOR UPDATE"
        }
        let x = Self.columns.map { "x.\($0)" }.joined(separator: ", ")
        func list(_ after: String) -> String {
            """
            SELECT u.is_active, a.id IS NOT NULL, t.* FROM users u
            LEFT JOIN analyses a ON a.user_id = u.id AND a.id = $3
            LEFT JOIN LATERAL (
                SELECT \(x) FROM generated_resumes x WHERE x.user_id = u.id AND x.analysis_id = a.id\(after)
                ORDER BY x.created_at DESC, x.id DESC LIMIT $2) t ON true
            WHERE u.id = $1
            """
        }
        listSQL = (list(""), list(" AND (x.created_at, x.id) < ($4::timestamptz, $5::uuid)"))
    }

    static let columns = ["id", "user_id", "analysis_id", "optimized_text", "model_used", "generation_metadata", "created_at"]

    static func record(_ r: PostgresRow, from i: Int) throws(PostgresError) -> GeneratedResumeRecord {
        GeneratedResumeRecord(id: try r.uuid(i), userID: try r.uuid(i + 1), analysisID: try r.uuid(i + 2), optimizedText: try r.string(i + 3),
                              modelUsed: try r.string(i + 4), generationMetadata: try r.json(i + 5), createdAt: try r.timestamp(i + 6))
    }

    public func create(user: UUID, analysisID: UUID, optimizedText: String, modelUsed: String, metadata: JSONText, guards: CreateGuards,
                       context: QueryContext) async throws(DataError) -> GeneratedResumeRecord {
        var b = PostgresBindings()
        b.append(user)
        b.append(analysisID)
        b.append(optimizedText)
        b.append(modelUsed)
        b.append(metadata)
        return try await rows.create(insertSQL, base: b, quotaBindings: [(guards.quotas ?? UserQuotas()).generatedPerAnalysis],
                                     quotaKinds: (.generatedPerAnalysis, .generatedPerAnalysis), guards: guards, user: user, context: context)
    }

    public func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> GeneratedResumeRecord {
        try await rows.get(user: user, id: id, context: context)
    }

    public func list(user: UUID, analysisID: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<GeneratedResumeRecord> {
        var b = PostgresBindings()
        b.append(user)
        b.append(page.size + 1)
        b.append(analysisID)
        if let token = page.after {
            b.append(token.createdAt)
            b.append(token.id)
        }
        let result = try await rows.run(page.after == nil ? listSQL.first : listSQL.after, b, idempotent: true, context: context)
        guard !result.isEmpty, try rows.decoded({ () throws(PostgresError) in try result[0].optionalBool(0) }) == true else { throw .userInactive }
        guard try rows.decoded({ () throws(PostgresError) in try result[0].bool(1) }) else { throw .notFound("analysis") }
        var found: [GeneratedResumeRecord] = []
        for i in 0..<result.count where !result[i].isNull(2) {
            found.append(try rows.decoded { () throws(PostgresError) in try Self.record(result[i], from: 2) })
        }
        return UserScopedTable<GeneratedResumeRecord>.page(found, size: page.size) { PageToken(createdAt: $0.createdAt, id: $0.id) }
    }

    public func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) {
        try await rows.delete(user: user, id: id, context: context)
    }
}
