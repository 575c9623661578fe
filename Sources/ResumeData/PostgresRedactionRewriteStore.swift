public import Foundation
public import ResumeCore
public import ResumePostgres
public import ResumeStores

/// `RedactionRewriteStore` on PostgreSQL (`resumes`, `job_descriptions`).
///
/// Stale rows are found by walking the primary key in order (`id > after`),
/// so a whole pass reads each table once however few rows are stale, and a
/// pass interrupted anywhere resumes from its last id. Each rewrite is one
/// statement that re-checks the row is as it was read.
public struct PostgresRedactionRewriteStore: RedactionRewriteStore {
    let client: PostgresClient

    public init(client: PostgresClient) {
        self.client = client
    }

    /// The stale rows of a table, in id order, cut where the raw text read so far reaches `$4` bytes
    /// (the running sum streams, so the scan stops at the LIMIT).
    static func staleSQL(_ table: DocumentTable) -> String {
        let version = table == .resumes ? "version" : "0"
        return """
            SELECT id, user_id, raw_text, v, redactor_version FROM (
                SELECT id, user_id, raw_text, \(version) AS v, redactor_version,
                       sum(octet_length(raw_text)) OVER (ORDER BY id) - octet_length(raw_text) AS before
                FROM \(table.rawValue) WHERE redactor_version < $1 AND id > $2 ORDER BY id LIMIT $3) s
            WHERE before < $4 OR before = 0 ORDER BY id
            """
    }

    private static let staleResumesSQL = staleSQL(.resumes)
    private static let staleJobsSQL = staleSQL(.jobDescriptions)

    /// A changed text moves the resume to a new version; an unchanged one only records the rules' version.
    /// The user's usage row (which the row's trigger updates) is locked first, in the order
    /// creates, updates and deletes take the two, so a rewrite never deadlocks with them.
    static let rewriteResumeSQL = """
        WITH \(Statements.usageLock)
        UPDATE resumes SET redacted_text = $4, redactor_version = $6,
                           version = version + (redacted_text IS DISTINCT FROM $4)::int
        WHERE user_id = $1 AND id = $2 AND version = $3 AND redactor_version = $5 AND \(Statements.usageLocked)
        RETURNING version
        """

    /// The self-join reads the row as it was (`o`), so the statement knows
    /// whether the text changed and retires the job's analyses only then.
    static let rewriteJobSQL = """
        WITH \(Statements.usageLock),
        j AS (
            UPDATE job_descriptions n SET redacted_text = $3, redactor_version = $5
            FROM job_descriptions o
            WHERE o.user_id = $1 AND o.id = $2 AND o.redactor_version = $4 AND n.id = o.id AND \(Statements.usageLocked)
            RETURNING o.redacted_text IS DISTINCT FROM $3 AS changed),
        a AS (
            UPDATE analyses SET analyzer_version = 0
            WHERE user_id = $1 AND job_description_id = $2 AND analyzer_version > 0 AND (SELECT changed FROM j)
            RETURNING 1)
        SELECT (SELECT count(*) FROM j), coalesce((SELECT changed FROM j), false), (SELECT count(*) FROM a)
        """

    static let noID = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    public func stale(_ table: DocumentTable, below version: Int, after: UUID?, limit: Int, maxBytes: Int,
                      context: QueryContext) async throws(DataError) -> [StaleDocument] {
        var b = PostgresBindings()
        b.append(version)
        b.append(after ?? Self.noID)
        b.append(limit)
        b.append(maxBytes)
        let rows = try await run(table == .resumes ? Self.staleResumesSQL : Self.staleJobsSQL, b, idempotent: true, context: context)
        var documents: [StaleDocument] = []
        documents.reserveCapacity(rows.count)
        for i in 0..<rows.count {
            let r = rows[i]
            documents.append(try decoded { () throws(PostgresError) in
                StaleDocument(table: table, id: try r.uuid(0), user: try r.uuid(1), rawText: try r.string(2), version: try r.int(3),
                              redactorVersion: try r.int(4))
            })
        }
        return documents
    }

    public func rewrite(_ document: StaleDocument, redactedText: String, redactorVersion: Int,
                        context: QueryContext) async throws(DataError) -> RewriteOutcome {
        var b = PostgresBindings()
        b.append(document.user)
        b.append(document.id)
        if document.table == .resumes { b.append(document.version) }
        b.append(redactedText)
        b.append(document.redactorVersion)
        b.append(redactorVersion)
        switch document.table {
        case .resumes:
            let rows = try await run(Self.rewriteResumeSQL, b, idempotent: false, context: context)
            guard rows.count == 1 else { return .skipped }
            let version = try decoded { () throws(PostgresError) in try rows[0].int(0) }
            return version == document.version ? .unchanged : .rewritten(analysesRetired: 0)
        case .jobDescriptions:
            let rows = try await run(Self.rewriteJobSQL, b, idempotent: false, context: context)
            let (updated, changed, retired) = try decoded { () throws(PostgresError) in
                (try rows[0].int(0), try rows[0].bool(1), try rows[0].int(2))
            }
            guard updated == 1 else { return .skipped }
            return changed ? .rewritten(analysesRetired: retired) : .unchanged
        }
    }

    private func run(_ sql: String, _ bindings: PostgresBindings, idempotent: Bool, context: QueryContext) async throws(DataError) -> PostgresRows {
        try await Statements.run(client, sql, bindings, idempotent: idempotent, unique: "document", reference: "user", context: context)
    }

    private func decoded<T>(_ body: () throws(PostgresError) -> T) throws(DataError) -> T {
        try Statements.decoded(body)
    }
}
