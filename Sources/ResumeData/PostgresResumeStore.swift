public import Foundation
public import ResumeCore
public import ResumePostgres
public import ResumeStores

/// `ResumeStore` on PostgreSQL (`resumes`).
public struct PostgresResumeStore: ResumeStore {
    let rows: UserScopedTable<ResumeRecord>
    private let insertSQL: GuardedInsertSQL
    private let updateSQL: String
    private let quotaUpdateSQL: String

    /// A store writing redacted text that rules of `redactorVersion` (`RedactorVersion.current`) produced.
    public init(client: PostgresClient, redactorVersion: Int) {
        rows = UserScopedTable(client: client, table: "resumes", columns: Self.columns, entity: "resume", reference: "user",
                               countedInUsage: true,
                               decode: { r, i throws(PostgresError) in try Self.record(r, from: i) },
                               key: { PageToken(createdAt: $0.createdAt, id: $0.id) })
        insertSQL = rows.guardedInsertSQL("user_id, title, raw_text, redacted_text, redactor_version", values: "u.id, $2, $3, $4, \(redactorVersion)",
                                          parameters: 4, quotaParameters: 3) { p in
            "SELECT resumes < $\(p) AS fits0, stored_text_bytes + $\(p + 1) <= $\(p + 2) AS fits1 FROM user_usage WHERE user_id = $1 FOR UPDATE"
        }
        // The UPDATE re-checks `version` on the row it locks, so of two racing
        // updates with the same expected version exactly one wins.
        // With a quota, the user's usage row is locked first (as creates lock it) and
        // the new text must fit in what the old text leaves; `fits` says whether it did.
        updateSQL = Self.updateSQL(quota: false, rows: rows, redactorVersion: redactorVersion)
        quotaUpdateSQL = Self.updateSQL(quota: true, rows: rows, redactorVersion: redactorVersion)
    }

    static func updateSQL(quota: Bool, rows: UserScopedTable<ResumeRecord>, redactorVersion: Int) -> String {
        // The new text fits in what the old text (`t`) leaves of the quota, or is no larger than the
        // old (a user over a lowered quota can still shrink a resume).
        func fits(_ t: String) -> String {
            let old = "octet_length(\(t)raw_text) + octet_length(\(t)redacted_text)"
            return "((SELECT stored_text_bytes FROM q) - (\(old)) + $7 <= $8 OR $7 <= \(old))"
        }
        let lock = quota ? ",\nq AS (SELECT stored_text_bytes FROM user_usage WHERE user_id = $1 FOR UPDATE)" : ""
        return """
            WITH u AS (SELECT is_active FROM users WHERE id = $1)\(lock),
            updated AS (
                UPDATE resumes SET title = $4, raw_text = $5, redacted_text = $6, redactor_version = \(redactorVersion), version = version + 1
                WHERE user_id = $1 AND id = $2 AND version = $3 AND (SELECT is_active FROM u)\(quota ? " AND " + fits("") : "")
                RETURNING \(columns.joined(separator: ", "))
            )
            SELECT (SELECT is_active FROM u), \(rows.qualified("updated")),
                   (SELECT version FROM resumes WHERE user_id = $1 AND id = $2)\(quota ? ", " + fits("r.") : "")
            FROM (SELECT 1) AS one LEFT JOIN updated ON true\(quota ? " LEFT JOIN resumes r ON r.user_id = $1 AND r.id = $2" : "")
            """
    }

    static let columns = ["id", "user_id", "title", "raw_text", "redacted_text", "version", "created_at", "updated_at"]

    static func record(_ r: PostgresRow, from i: Int) throws(PostgresError) -> ResumeRecord {
        ResumeRecord(id: try r.uuid(i), userID: try r.uuid(i + 1), title: try r.string(i + 2), rawText: try r.string(i + 3),
                     redactedText: try r.string(i + 4), version: try r.int(i + 5), createdAt: try r.timestamp(i + 6),
                     updatedAt: try r.timestamp(i + 7))
    }

    public func create(user: UUID, title: String, rawText: String, redactedText: String, guards: CreateGuards,
                       context: QueryContext) async throws(DataError) -> ResumeRecord {
        var b = PostgresBindings()
        b.append(user)
        b.append(title)
        b.append(rawText)
        b.append(redactedText)
        let quotas = guards.quotas ?? UserQuotas()
        return try await rows.create(insertSQL, base: b, quotaBindings: [quotas.resumes, rawText.utf8.count + redactedText.utf8.count, quotas.storedTextBytes],
                                     quotaKinds: (.resumes, .storedTextBytes), guards: guards, user: user, context: context)
    }

    public func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> ResumeRecord {
        try await rows.get(user: user, id: id, context: context)
    }

    public func update(user: UUID, id: UUID, expectedVersion: Int, title: String, rawText: String, redactedText: String,
                       quotas: UserQuotas?, context: QueryContext) async throws(DataError) -> ResumeRecord {
        var b = PostgresBindings()
        b.append(user)
        b.append(id)
        b.append(expectedVersion)
        b.append(title)
        b.append(rawText)
        b.append(redactedText)
        if let quotas {
            b.append(rawText.utf8.count + redactedText.utf8.count)
            b.append(quotas.storedTextBytes)
        }
        let result = try await rows.run(quotas == nil ? updateSQL : quotaUpdateSQL, b, idempotent: false, context: context)
        if let updated = try rows.userChecked(result) { return updated }
        let currentColumn = 1 + Self.columns.count
        if let quotas, try rows.decoded({ () throws(PostgresError) in try result[0].optionalBool(currentColumn + 1) }) == false {
            throw .quotaExceeded(.storedTextBytes, limit: quotas.storedTextBytes, retryAfterMilliseconds: nil)
        }
        guard var current = try rows.decoded({ () throws(PostgresError) in try result[0].optionalInt(currentColumn) }) else {
            throw .notFound("resume")
        }
        if current == expectedVersion {
            // Lost a race to a concurrent update: read the version it left.
            current = try await get(user: user, id: id, context: context).version
        }
        throw .versionConflict(current: current)
    }

    public func list(user: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<ResumeRecord> {
        try await rows.list(user: user, page: page, context: context)
    }

    public func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) {
        try await rows.delete(user: user, id: id, context: context)
    }
}
