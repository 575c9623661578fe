public import Foundation
public import ResumeCore
public import ResumePostgres
public import ResumeStores

/// `JobDescriptionStore` on PostgreSQL (`job_descriptions`).
public struct PostgresJobDescriptionStore: JobDescriptionStore {
    let rows: UserScopedTable<JobDescriptionRecord>
    private let insertSQL: GuardedInsertSQL

    /// A store writing redacted text that rules of `redactorVersion` (`RedactorVersion.current`) produced.
    public init(client: PostgresClient, redactorVersion: Int) {
        rows = UserScopedTable(client: client, table: "job_descriptions", columns: Self.columns, entity: "job description", reference: "user",
                               countedInUsage: true,
                               decode: { r, i throws(PostgresError) in try Self.record(r, from: i) },
                               key: { PageToken(createdAt: $0.createdAt, id: $0.id) })
        insertSQL = rows.guardedInsertSQL("user_id, company_name, position_title, raw_text, redacted_text, redactor_version",
                                          values: "u.id, $2, $3, $4, $5, \(redactorVersion)", parameters: 5, quotaParameters: 3) { p in
            "SELECT job_descriptions < $\(p) AS fits0, stored_text_bytes + $\(p + 1) <= $\(p + 2) AS fits1 FROM user_usage WHERE user_id = $1 FOR UPDATE"
        }
    }

    static let columns = ["id", "user_id", "company_name", "position_title", "raw_text", "redacted_text", "created_at"]

    static func record(_ r: PostgresRow, from i: Int) throws(PostgresError) -> JobDescriptionRecord {
        JobDescriptionRecord(id: try r.uuid(i), userID: try r.uuid(i + 1), companyName: try r.optionalString(i + 2),
                             positionTitle: try r.string(i + 3), rawText: try r.string(i + 4), redactedText: try r.string(i + 5),
                             createdAt: try r.timestamp(i + 6))
    }

    public func create(user: UUID, companyName: String?, positionTitle: String, rawText: String, redactedText: String, guards: CreateGuards,
                       context: QueryContext) async throws(DataError) -> JobDescriptionRecord {
        var b = PostgresBindings()
        b.append(user)
        b.append(companyName)
        b.append(positionTitle)
        b.append(rawText)
        b.append(redactedText)
        let quotas = guards.quotas ?? UserQuotas()
        return try await rows.create(insertSQL, base: b,
                                     quotaBindings: [quotas.jobDescriptions, rawText.utf8.count + redactedText.utf8.count, quotas.storedTextBytes],
                                     quotaKinds: (.jobDescriptions, .storedTextBytes), guards: guards, user: user, context: context)
    }

    public func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> JobDescriptionRecord {
        try await rows.get(user: user, id: id, context: context)
    }

    public func list(user: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<JobDescriptionRecord> {
        try await rows.list(user: user, page: page, context: context)
    }

    public func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) {
        try await rows.delete(user: user, id: id, context: context)
    }
}
