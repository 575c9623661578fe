public import Foundation
public import ResumeCore
public import ResumePostgres
public import ResumeStores

/// `AnalysisStore` on PostgreSQL (`analyses`). The composite foreign keys
/// refuse an analysis naming another user's resume or job description,
/// which surfaces as `.notFound`.
public struct PostgresAnalysisStore: AnalysisStore {
    let rows: UserScopedTable<AnalysisRecord>

    public init(client: PostgresClient) {
        rows = UserScopedTable(client: client, table: "analyses", columns: Self.columns, entity: "analysis", reference: "resume or job description",
                               decode: { r, i throws(PostgresError) in try Self.record(r, from: i) },
                               key: { PageToken(createdAt: $0.createdAt, id: $0.id) })
    }

    // Scores are numeric in the table; read as float8 (`qualified` is not used for them).
    static let columns = ["id", "user_id", "resume_id", "job_description_id", "resume_version", "missing_keywords", "suggestions",
                          "match_score", "semantic_similarity", "created_at"]

    static func record(_ r: PostgresRow, from i: Int) throws(PostgresError) -> AnalysisRecord {
        func strings(_ column: Int) throws(PostgresError) -> [String] {
            do { return try r.json(column).decode([String].self) } catch { throw PostgresError(.decoding, "column \(column) is not a JSON array of strings") }
        }
        return AnalysisRecord(id: try r.uuid(i), userID: try r.uuid(i + 1), resumeID: try r.uuid(i + 2), jobDescriptionID: try r.uuid(i + 3),
                              resumeVersion: try r.int(i + 4), missingKeywords: try strings(i + 5), suggestions: try strings(i + 6),
                              matchScore: try r.double(i + 7), semanticSimilarity: try r.double(i + 8), createdAt: try r.timestamp(i + 9))
    }

    /// The columns of `alias`, with the scores as float8.
    static func select(_ alias: String) -> String {
        columns.map { c in c == "match_score" || c == "semantic_similarity" ? "\(alias).\(c)::float8 AS \(c)" : "\(alias).\(c)" }
            .joined(separator: ", ")
    }

    public func create(user: UUID, resumeID: UUID, jobDescriptionID: UUID, resumeVersion: Int, missingKeywords: [String],
                       suggestions: [String], matchScore: Double, semanticSimilarity: Double,
                       context: QueryContext) async throws(DataError) -> AnalysisRecord {
        let keywords: JSONText, advice: JSONText
        do {
            keywords = try JSONText(encoding: missingKeywords)
            advice = try JSONText(encoding: suggestions)
        } catch {
            throw .failed(cause: "keywords or suggestions could not be encoded as JSON")
        }
        var b = PostgresBindings()
        b.append(user)
        b.append(resumeID)
        b.append(jobDescriptionID)
        b.append(resumeVersion)
        b.append(keywords)
        b.append(advice)
        b.append(matchScore)
        b.append(semanticSimilarity)
        let sql = """
            WITH u AS (SELECT id, is_active FROM users WHERE id = $1),
            ins AS (INSERT INTO analyses (user_id, resume_id, job_description_id, resume_version, missing_keywords, suggestions,
                                          match_score, semantic_similarity)
                    SELECT u.id, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8 FROM u WHERE u.is_active
                    RETURNING \(Self.columns.joined(separator: ", ")))
            SELECT u.is_active, \(Self.select("ins")) FROM u LEFT JOIN ins ON true
            """
        let result = try await rows.run(sql, b, idempotent: false, context: context)
        guard let record = try rows.userChecked(result) else { throw .failed(cause: "the insert returned no row") }
        return record
    }

    public func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> AnalysisRecord {
        var b = PostgresBindings()
        b.append(user)
        b.append(id)
        let result = try await rows.run("""
            SELECT u.is_active, \(Self.select("a")) FROM users u LEFT JOIN analyses a ON a.user_id = u.id AND a.id = $2 WHERE u.id = $1
            """, b, idempotent: true, context: context)
        guard let record = try rows.userChecked(result) else { throw .notFound("analysis") }
        return record
    }

    public func list(user: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<AnalysisSummary> {
        var b = PostgresBindings()
        b.append(user)
        b.append(page.size + 1)
        var after = ""
        if let token = page.after {
            b.append(token.createdAt)
            b.append(token.id)
            after = " AND (a.created_at, a.id) < ($3::timestamptz, $4::uuid)"
        }
        let result = try await rows.run("""
            SELECT u.is_active, t.* FROM users u LEFT JOIN LATERAL (
                SELECT \(Self.select("a")), r.title, j.position_title
                FROM analyses a
                JOIN resumes r ON r.user_id = a.user_id AND r.id = a.resume_id
                JOIN job_descriptions j ON j.user_id = a.user_id AND j.id = a.job_description_id
                WHERE a.user_id = u.id\(after)
                ORDER BY a.created_at DESC, a.id DESC LIMIT $2) t ON true
            WHERE u.id = $1
            """, b, idempotent: true, context: context)
        var found: [AnalysisSummary] = []
        for i in 0..<max(result.count, 1) {
            guard let analysis = try rows.userChecked(result, at: i) else { break }
            let titles = try rows.decoded { () throws(PostgresError) in (try result[i].string(11), try result[i].string(12)) }
            found.append(AnalysisSummary(analysis: analysis, resumeTitle: titles.0, positionTitle: titles.1))
        }
        return UserScopedTable<AnalysisSummary>.page(found, size: page.size) { PageToken(createdAt: $0.analysis.createdAt, id: $0.analysis.id) }
    }

    public func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) {
        try await rows.delete(user: user, id: id, context: context)
    }
}
