public import Foundation
public import ResumePostgres

/// `analyses`, scoped by user. An analysis can only name the same user's
/// resume and job description: the composite foreign keys refuse anything
/// else, which surfaces as `.notFound`.
public struct AnalysisRepository: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) { self.pool = pool }

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
        try run(context) { c in
            try Self.record(c.query("""
                INSERT INTO analyses AS a (user_id, resume_id, job_description_id, resume_version, missing_keywords, suggestions,
                                           match_score, semantic_similarity)
                VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8) RETURNING \(Self.columns)
                """, [userID, resumeID, jobDescriptionID, resumeVersion, try JSONText(encoding: missingKeywords),
                      try JSONText(encoding: suggestions), matchScore, semanticSimilarity], context: context).rows[0])
        }
    }

    /// The user's analysis `id`.
    public func get(userID: UUID, id: UUID, context: QueryContext) throws(DataError) -> AnalysisRecord {
        let found = try run(context) { c in
            try c.query("SELECT \(Self.columns) FROM analyses a WHERE a.user_id = $1 AND a.id = $2", [userID, id], context: context)
                .rows.first.map { try Self.record($0) }
        }
        guard let found else { throw .notFound("analysis") }
        return found
    }

    /// The user's analyses, newest first, each with its resume's title and
    /// job's position title — in one statement.
    public func list(userID: UUID, page: PageRequest, context: QueryContext) throws(DataError) -> Page<AnalysisSummary> {
        var keyset = Keyset.condition(page, firstParameter: 3)
        keyset.sql = keyset.sql.replacingOccurrences(of: "(created_at, id)", with: "(a.created_at, a.id)")
        let rows = try run(context) { c in
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
        return Keyset.page(rows, request: page) { PageToken(createdAt: $0.analysis.createdAt, id: $0.analysis.id) }
    }

    /// The user's analyses of one resume, newest first (at most 100).
    public func list(userID: UUID, resumeID: UUID, context: QueryContext) throws(DataError) -> [AnalysisRecord] {
        try run(context) { c in
            try c.query("SELECT \(Self.columns) FROM analyses a WHERE a.user_id = $1 AND a.resume_id = $2 ORDER BY a.created_at DESC, a.id DESC LIMIT 100",
                        [userID, resumeID], context: context).rows.map { try Self.record($0) }
        }
    }

    /// Deletes the user's analysis `id` (and its generated resumes, by cascade).
    public func delete(userID: UUID, id: UUID, context: QueryContext) throws(DataError) {
        let n = try run(context) { c in try c.query("DELETE FROM analyses WHERE user_id = $1 AND id = $2", [userID, id], context: context).affectedRows }
        if n == 0 { throw .notFound("analysis") }
    }

    private func run<R>(_ context: QueryContext, _ body: (PostgresConnection) throws -> R) throws(DataError) -> R {
        do {
            return try pool.withRetry(context, body)
        } catch {
            throw DataError.from(error, unique: "analysis", reference: "resume or job description")
        }
    }
}
