public import Foundation
public import ResumeCore
public import ResumePostgres
public import ResumeStores

/// `AnalysisStore` on PostgreSQL (`analyses`). The composite foreign keys
/// refuse an analysis naming another user's resume or job description,
/// which surfaces as `.notFound`; the unique `analyses_identity_key` stores
/// one identity once.
public struct PostgresAnalysisStore: AnalysisStore {
    let rows: UserScopedTable<AnalysisRecord>
    private let prepareSQL: String
    private let insertSQL: String
    private let findSQL: String
    private let getSQL: String
    private let deleteSQL: String
    /// By (filtered by resume, after a token).
    private let listSQL: [Bool: [Bool: String]]

    static let columns = ["id", "user_id", "resume_id", "job_description_id", "resume_version", "missing_keywords", "matched_keywords",
                          "suggestions", "match_score", "semantic_similarity", "analyzer_version", "created_at"]

    /// The columns of `alias`, the scores read as float8.
    static func select(_ alias: String) -> String {
        columns.map { c in c == "match_score" || c == "semantic_similarity" ? "\(alias).\(c)::float8" : "\(alias).\(c)" }
            .joined(separator: ", ")
    }

    static func record(_ r: PostgresRow, from i: Int) throws(PostgresError) -> AnalysisRecord {
        func strings(_ column: Int) throws(PostgresError) -> [String] {
            do { return try r.json(column).decode([String].self) } catch { throw PostgresError(.decoding, "column \(column) is not a JSON array of strings") }
        }
        return AnalysisRecord(id: try r.uuid(i), userID: try r.uuid(i + 1), resumeID: try r.uuid(i + 2), jobDescriptionID: try r.uuid(i + 3),
                              resumeVersion: try r.int(i + 4), missingKeywords: try strings(i + 5), matchedKeywords: try strings(i + 6),
                              suggestions: try strings(i + 7), matchScore: try r.double(i + 8), semanticSimilarity: try r.double(i + 9),
                              analyzerVersion: try r.int(i + 10), createdAt: try r.timestamp(i + 11))
    }

    public init(client: PostgresClient) {
        rows = UserScopedTable(client: client, table: "analyses", columns: Self.columns, entity: "analysis", reference: "resume or job description",
                               decode: { r, i throws(PostgresError) in try Self.record(r, from: i) },
                               key: { PageToken(createdAt: $0.createdAt, id: $0.id) })
        let a = Self.select("a")
        let identity = "a.user_id = u.id AND a.resume_id = $2 AND a.job_description_id = $3 AND a.resume_version = $4 AND a.analyzer_version = $5"
        prepareSQL = """
            SELECT u.is_active, r.id IS NOT NULL, j.id IS NOT NULL, r.version,
                   CASE WHEN a.id IS NULL THEN r.redacted_text END, CASE WHEN a.id IS NULL THEN j.redacted_text END, \(a)
            FROM users u
            LEFT JOIN resumes r ON r.user_id = u.id AND r.id = $2
            LEFT JOIN job_descriptions j ON j.user_id = u.id AND j.id = $3
            LEFT JOIN analyses a ON a.user_id = u.id AND a.resume_id = r.id AND a.job_description_id = j.id
                 AND a.resume_version = r.version AND a.analyzer_version = $4
            WHERE u.id = $1
            """
        // Inserted, or (lost a race, or stored before) the stored one: COALESCE
        // picks whichever the statement saw. A conflicting insert committed after
        // this statement's snapshot leaves both empty; `insert` reads it again.
        let coalesced = Self.columns.map { c in
            c == "match_score" || c == "semantic_similarity" ? "COALESCE(ins.\(c), a.\(c))::float8" : "COALESCE(ins.\(c), a.\(c))"
        }.joined(separator: ", ")
        insertSQL = """
            WITH u AS (SELECT id, is_active FROM users WHERE id = $1),
            ins AS (
                INSERT INTO analyses (user_id, resume_id, job_description_id, resume_version, analyzer_version,
                                      missing_keywords, matched_keywords, suggestions, match_score, semantic_similarity)
                SELECT u.id, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9, $10 FROM u WHERE u.is_active
                ON CONFLICT (user_id, resume_id, job_description_id, resume_version, analyzer_version) WHERE analyzer_version > 0 DO NOTHING
                RETURNING \(Self.columns.joined(separator: ", ")))
            SELECT u.is_active, ins.id IS NOT NULL, \(coalesced)
            FROM u LEFT JOIN ins ON true LEFT JOIN analyses a ON ins.id IS NULL AND \(identity)
            """
        findSQL = "SELECT u.is_active, \(a) FROM users u LEFT JOIN analyses a ON \(identity) WHERE u.id = $1"
        getSQL = "SELECT u.is_active, \(a) FROM users u LEFT JOIN analyses a ON a.user_id = u.id AND a.id = $2 WHERE u.id = $1"
        deleteSQL = """
            WITH u AS (SELECT is_active FROM users WHERE id = $1),
            d AS (DELETE FROM analyses WHERE user_id = $1 AND id = $2 AND (SELECT is_active FROM u) RETURNING *)
            SELECT (SELECT is_active FROM u), \(Self.select("d")) FROM (SELECT 1) AS one LEFT JOIN d ON true
            """
        func list(byResume: Bool, after: Bool) -> String {
            var conditions = ""
            var next = 3
            if byResume { conditions += " AND a.resume_id = $\(next)"; next += 1 }
            if after { conditions += " AND (a.created_at, a.id) < ($\(next)::timestamptz, $\(next + 1)::uuid)" }
            return """
                SELECT u.is_active, t.* FROM users u LEFT JOIN LATERAL (
                    SELECT \(a), r.title, j.position_title, j.company_name
                    FROM analyses a
                    JOIN resumes r ON r.user_id = a.user_id AND r.id = a.resume_id
                    JOIN job_descriptions j ON j.user_id = a.user_id AND j.id = a.job_description_id
                    WHERE a.user_id = u.id\(conditions)
                    ORDER BY a.created_at DESC, a.id DESC LIMIT $2) t ON true
                WHERE u.id = $1
                """
        }
        listSQL = [false: [false: list(byResume: false, after: false), true: list(byResume: false, after: true)],
                   true: [false: list(byResume: true, after: false), true: list(byResume: true, after: true)]]
    }

    private func bindings(_ identity: AnalysisIdentity) -> PostgresBindings {
        var b = PostgresBindings()
        b.append(identity.user)
        b.append(identity.resumeID)
        b.append(identity.jobDescriptionID)
        b.append(identity.resumeVersion)
        b.append(identity.analyzerVersion)
        return b
    }

    public func prepare(user: UUID, resumeID: UUID, jobDescriptionID: UUID, analyzerVersion: Int,
                        context: QueryContext) async throws(DataError) -> AnalysisPreparation {
        var b = PostgresBindings()
        b.append(user)
        b.append(resumeID)
        b.append(jobDescriptionID)
        b.append(analyzerVersion)
        let result = try await rows.run(prepareSQL, b, idempotent: true, context: context)
        guard !result.isEmpty else { throw .userInactive }
        let row = result[0]
        return try rows.decoded { () throws(PostgresError) -> Result<AnalysisPreparation, DataError> in
            guard try row.optionalBool(0) == true else { return .failure(.userInactive) }
            guard try row.bool(1) else { return .failure(.notFound("resume")) }
            guard try row.bool(2) else { return .failure(.notFound("job description")) }
            if !row.isNull(6) { return .success(.stored(try Self.record(row, from: 6))) }
            let identity = AnalysisIdentity(user: user, resumeID: resumeID, jobDescriptionID: jobDescriptionID,
                                            resumeVersion: try row.int(3), analyzerVersion: analyzerVersion)
            return .success(.compute(identity, resumeText: try row.string(4), jobText: try row.string(5)))
        }.get()
    }

    public func insert(_ identity: AnalysisIdentity, _ content: AnalysisContent,
                       context: QueryContext) async throws(DataError) -> (record: AnalysisRecord, inserted: Bool) {
        var b = bindings(identity)
        do {
            b.append(try JSONText(encoding: content.missingKeywords))
            b.append(try JSONText(encoding: content.matchedKeywords))
            b.append(try JSONText(encoding: content.suggestions))
        } catch {
            throw .failed(cause: "keywords or suggestions could not be encoded as JSON")
        }
        b.append(content.matchScore)
        b.append(content.semanticSimilarity)
        let result = try await rows.run(insertSQL, b, idempotent: false, context: context)
        guard !result.isEmpty, try rows.decoded({ () throws(PostgresError) in try result[0].optionalBool(0) }) == true else { throw .userInactive }
        if !result[0].isNull(2) {
            let inserted = try rows.decoded { () throws(PostgresError) in try result[0].bool(1) }
            return (try rows.decoded { () throws(PostgresError) in try Self.record(result[0], from: 2) }, inserted)
        }
        // A concurrent insert of the same identity committed after this statement began.
        guard let stored = try await find(identity, context: context) else {
            throw .failed(cause: "an analysis conflicted on insert but could not be read back")
        }
        return (stored, false)
    }

    public func find(_ identity: AnalysisIdentity, context: QueryContext) async throws(DataError) -> AnalysisRecord? {
        try rows.userChecked(try await rows.run(findSQL, bindings(identity), idempotent: true, context: context))
    }

    public func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> AnalysisRecord {
        var b = PostgresBindings()
        b.append(user)
        b.append(id)
        guard let record = try rows.userChecked(try await rows.run(getSQL, b, idempotent: true, context: context)) else {
            throw .notFound("analysis")
        }
        return record
    }

    public func list(user: UUID, resumeID: UUID?, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<AnalysisSummary> {
        var b = PostgresBindings()
        b.append(user)
        b.append(page.size + 1)
        if let resumeID { b.append(resumeID) }
        if let token = page.after {
            b.append(token.createdAt)
            b.append(token.id)
        }
        let result = try await rows.run(listSQL[resumeID != nil]![page.after != nil]!, b, idempotent: true, context: context)
        var found: [AnalysisSummary] = []
        found.reserveCapacity(result.count)
        let titles = 1 + Self.columns.count
        for i in 0..<max(result.count, 1) {
            guard let analysis = try rows.userChecked(result, at: i) else { break }
            let row = result[i]
            found.append(try rows.decoded { () throws(PostgresError) in
                AnalysisSummary(analysis: analysis, resumeTitle: try row.string(titles), positionTitle: try row.string(titles + 1),
                                companyName: try row.optionalString(titles + 2))
            })
        }
        return UserScopedTable<AnalysisSummary>.page(found, size: page.size) { PageToken(createdAt: $0.analysis.createdAt, id: $0.analysis.id) }
    }

    public func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> AnalysisRecord {
        var b = PostgresBindings()
        b.append(user)
        b.append(id)
        guard let deleted = try rows.userChecked(try await rows.run(deleteSQL, b, idempotent: false, context: context)) else {
            throw .notFound("analysis")
        }
        return deleted
    }
}
