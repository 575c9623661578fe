public import Foundation
public import ResumePostgres

/// `analyses`, scoped by user. An analysis can only name the same user's
/// resume and job description: the composite foreign keys refuse anything
/// else, which surfaces as `.notFound`.
public struct AnalysisRepository: Sendable {
    let rows: UserScopedTable<AnalysisRecord>

    public init(pool: PostgresPool) {
        rows = UserScopedTable(pool: pool, table: "analyses a", columns: Self.columns, entity: "analysis", reference: "resume or job description",
                               decode: { try Self.record($0) }, key: { PageToken(createdAt: $0.createdAt, id: $0.id) })
    }

    static let columns = """
        a.id, a.user_id, a.resume_id, a.job_description_id, a.resume_version, a.missing_keywords, a.suggestions, \
        a.match_score, a.semantic_similarity, a.created_at
        """

    static func record(_ r: PostgresRow) throws -> AnalysisRecord {
        AnalysisRecord(id: try r.get(0), userID: try r.get(1), resumeID: try r.get(2), jobDescriptionID: try r.get(3),
                       resumeVersion: try r.get(4), missingKeywords: try r.get(5, as: JSONText.self).decode([String].self),
                       suggestions: try r.get(6, as: JSONText.self).decode([String].self), matchScore: try r.get(7),
                       semanticSimilarity: try r.get(8), createdAt: try r.get(9))
    }

    /// Stores an analysis of the user's resume (at `resumeVersion`) against their job description.
    public func create(userID: UUID, resumeID: UUID, jobDescriptionID: UUID, resumeVersion: Int, missingKeywords: [String],
                       suggestions: [String], matchScore: Double, semanticSimilarity: Double,
                       context: QueryContext) throws(DataError) -> AnalysisRecord {
        let keywords: JSONText, advice: JSONText
        do {
            keywords = try JSONText(encoding: missingKeywords)
            advice = try JSONText(encoding: suggestions)
        } catch {
            throw .database(PostgresError(.decoding, "keywords or suggestions could not be encoded as JSON"))
        }
        return try rows.insert("""
            INSERT INTO analyses AS a (user_id, resume_id, job_description_id, resume_version, missing_keywords, suggestions,
                                       match_score, semantic_similarity)
            VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8) RETURNING \(Self.columns)
            """, [userID, resumeID, jobDescriptionID, resumeVersion, keywords, advice, matchScore, semanticSimilarity], context: context)
    }

    /// The user's analysis `id`.
    public func get(userID: UUID, id: UUID, context: QueryContext) throws(DataError) -> AnalysisRecord {
        try rows.get(userID: userID, id: id, context: context)
    }

    /// The user's analyses, newest first, each with its resume's title and
    /// job's position title — in one statement.
    public func list(userID: UUID, page: PageRequest, context: QueryContext) throws(DataError) -> Page<AnalysisSummary> {
        var keyset = Keyset.condition(page, firstParameter: 3)
        keyset.sql = keyset.sql.replacingOccurrences(of: "(created_at, id)", with: "(a.created_at, a.id)")
        let found = try rows.run(context) { c in
            try c.query("""
                SELECT \(Self.columns), r.title, j.position_title
                FROM analyses a
                JOIN resumes r ON r.user_id = a.user_id AND r.id = a.resume_id
                JOIN job_descriptions j ON j.user_id = a.user_id AND j.id = a.job_description_id
                WHERE a.user_id = $1\(keyset.sql)
                ORDER BY a.created_at DESC, a.id DESC LIMIT $2
                """, [userID, page.size + 1] + keyset.parameters, context: context).rows.map { row in
                AnalysisSummary(analysis: try Self.record(row), resumeTitle: try row.get(10), positionTitle: try row.get(11))
            }
        }
        return Keyset.page(found, request: page) { PageToken(createdAt: $0.analysis.createdAt, id: $0.analysis.id) }
    }

    /// The user's analyses of one resume, newest first (at most 100).
    public func list(userID: UUID, resumeID: UUID, context: QueryContext) throws(DataError) -> [AnalysisRecord] {
        try rows.run(context) { c in
            try c.query("SELECT \(Self.columns) FROM analyses a WHERE a.user_id = $1 AND a.resume_id = $2 ORDER BY a.created_at DESC, a.id DESC LIMIT 100",
                        [userID, resumeID], context: context).rows.map { try Self.record($0) }
        }
    }

    /// Deletes the user's analysis `id` (and its generated resumes, by cascade).
    public func delete(userID: UUID, id: UUID, context: QueryContext) throws(DataError) {
        try rows.delete(userID: userID, id: id, context: context)
    }
}
