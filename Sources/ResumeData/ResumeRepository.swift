public import Foundation
public import ResumePostgres

/// `resumes`, always scoped by user: another user's resume is not found.
/// Updates are optimistic: the caller names the version it read.
public struct ResumeRepository: Sendable {
    let rows: UserScopedTable<ResumeRecord>

    public init(pool: PostgresPool) {
        rows = UserScopedTable(pool: pool, table: "resumes", columns: Self.columns, entity: "resume", reference: "user",
                               decode: { try Self.record($0) }, key: { PageToken(createdAt: $0.createdAt, id: $0.id) })
    }

    static let columns = "id, user_id, title, raw_text, redacted_text, version, created_at, updated_at"

    static func record(_ r: PostgresRow, from i: Int = 0) throws -> ResumeRecord {
        ResumeRecord(id: try r.get(i), userID: try r.get(i + 1), title: try r.get(i + 2), rawText: try r.get(i + 3),
                     redactedText: try r.get(i + 4), version: try r.get(i + 5), createdAt: try r.get(i + 6), updatedAt: try r.get(i + 7))
    }

    /// Stores a new resume at version 1.
    public func create(userID: UUID, title: String, rawText: String, redactedText: String, context: QueryContext) throws(DataError) -> ResumeRecord {
        try rows.insert("INSERT INTO resumes (user_id, title, raw_text, redacted_text) VALUES ($1, $2, $3, $4) RETURNING \(Self.columns)",
                        [userID, title, rawText, redactedText], context: context)
    }

    /// The user's resume `id`.
    public func get(userID: UUID, id: UUID, context: QueryContext) throws(DataError) -> ResumeRecord {
        try rows.get(userID: userID, id: id, context: context)
    }

    /// Replaces title and text if the stored version is `expectedVersion`;
    /// the result has version `expectedVersion + 1`. A stale version is
    /// `.versionConflict` with the current one. One statement either way.
    public func update(userID: UUID, id: UUID, expectedVersion: Int, title: String, rawText: String, redactedText: String,
                       context: QueryContext) throws(DataError) -> ResumeRecord {
        // The UPDATE re-checks `version` on the row it locks, so of two racing
        // updates with the same expected version exactly one wins.
        let sql = """
            WITH updated AS (
                UPDATE resumes SET title = $4, raw_text = $5, redacted_text = $6, version = version + 1
                WHERE user_id = $1 AND id = $2 AND version = $3
                RETURNING \(Self.columns)
            )
            SELECT (SELECT version FROM resumes WHERE user_id = $1 AND id = $2), updated.*
            FROM (SELECT 1) AS one LEFT JOIN updated ON true
            """
        let outcome: (current: Int?, updated: ResumeRecord?) = try rows.run(context) { c in
            let row = try c.query(sql, [userID, id, expectedVersion, title, rawText, redactedText], context: context).rows[0]
            let updated = try row.optional(1, as: UUID.self) == nil ? nil : try Self.record(row, from: 1)
            return (try row.optional(0, as: Int.self), updated)
        }
        if let updated = outcome.updated { return updated }
        guard var current = outcome.current else { throw .notFound("resume") }
        if current == expectedVersion {
            // Lost a race to a concurrent update: read the version it left.
            current = try get(userID: userID, id: id, context: context).version
        }
        throw .versionConflict(current: current)
    }

    /// The user's resumes, newest first.
    public func list(userID: UUID, page: PageRequest, context: QueryContext) throws(DataError) -> Page<ResumeRecord> {
        try rows.list(userID: userID, page: page, context: context)
    }

    /// Deletes the user's resume `id` (and its analyses, by cascade).
    public func delete(userID: UUID, id: UUID, context: QueryContext) throws(DataError) {
        try rows.delete(userID: userID, id: id, context: context)
    }
}
