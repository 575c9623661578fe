public import Foundation
public import ResumeCore
public import ResumePostgres
public import ResumeStores

/// `GuardStore` on PostgreSQL (`idempotency_keys`, `user_usage`,
/// `authentication_failures`). Each method is one statement; the counting
/// ones are single-row upserts or updates whose conditions PostgreSQL
/// re-checks on the row's latest version, so concurrent callers count exactly.
public struct PostgresGuardStore: GuardStore {
    let client: PostgresClient

    public init(client: PostgresClient) {
        self.client = client
    }

    /// A new window when the last one is over, else one more in it, unless it is full:
    /// then no row, and the second statement column says how long the window has left.
    static let countAnalysisSQL = """
        WITH counted AS (
            UPDATE user_usage SET
                analysis_window_start = CASE WHEN analysis_window_start IS NULL OR analysis_window_start <= now() - interval '1 minute'
                                             THEN now() ELSE analysis_window_start END,
                analyses_in_window = CASE WHEN analysis_window_start IS NULL OR analysis_window_start <= now() - interval '1 minute'
                                          THEN 1 ELSE analyses_in_window + 1 END
            WHERE user_id = $1 AND (analysis_window_start IS NULL OR analysis_window_start <= now() - interval '1 minute'
                                    OR analyses_in_window < $2)
            RETURNING 1)
        SELECT (SELECT count(*) FROM counted),
               (SELECT greatest(0, ceil(extract(epoch FROM analysis_window_start + interval '1 minute' - now()) * 1000))::bigint
                FROM user_usage WHERE user_id = $1)
        """

    static let failuresSQL = """
        SELECT failures FROM authentication_failures
        WHERE email_key = $1::bytea AND window_start > now() - make_interval(secs => $2::int)
        """

    static let recordFailureSQL = """
        INSERT INTO authentication_failures (email_key, window_start, failures) VALUES ($1::bytea, now(), 1)
        ON CONFLICT (email_key) DO UPDATE SET
            failures = CASE WHEN authentication_failures.window_start <= now() - make_interval(secs => $2::int)
                            THEN 1 ELSE authentication_failures.failures + 1 END,
            window_start = CASE WHEN authentication_failures.window_start <= now() - make_interval(secs => $2::int)
                                THEN now() ELSE authentication_failures.window_start END
        RETURNING failures
        """

    static let purgeFailuresSQL = """
        DELETE FROM authentication_failures WHERE ctid IN (
            SELECT ctid FROM authentication_failures WHERE window_start <= now() - make_interval(secs => $2::int) LIMIT $1)
        """

    public func findKey(_ claim: IdempotencyClaim, context: QueryContext) async throws(DataError) -> UUID? {
        try await IdempotencyKeys.find(claim, client: client, context: context)
    }

    public func recordKey(_ claim: IdempotencyClaim, resource: UUID, context: QueryContext) async throws(DataError) -> Bool {
        try await IdempotencyKeys.record(claim, resource: resource, client: client, context: context)
    }

    public func countAnalysis(user: UUID, limit: Int, context: QueryContext) async throws(DataError) {
        var b = PostgresBindings()
        b.append(user)
        b.append(limit)
        let rows = try await run(Self.countAnalysisSQL, b, idempotent: false, context: context)
        let (counted, left) = try Statements.decoded { () throws(PostgresError) in (try rows[0].int(0), try rows[0].optionalInt(1)) }
        guard counted == 0 else { return }
        guard let left else { throw .userInactive } // no usage row: no such user
        throw .quotaExceeded(.analysesPerMinute, limit: limit, retryAfterMilliseconds: UInt32(clamping: max(100, left)))
    }

    public func authenticationFailures(emailKey: [UInt8], windowSeconds: Int, context: QueryContext) async throws(DataError) -> Int {
        var b = PostgresBindings()
        b.append(bytea: emailKey)
        b.append(windowSeconds)
        let rows = try await run(Self.failuresSQL, b, idempotent: true, context: context)
        guard rows.count == 1 else { return 0 }
        return try Statements.decoded { () throws(PostgresError) in try rows[0].int(0) }
    }

    public func countAuthenticationAttempt(emailKey: [UInt8], windowSeconds: Int, context: QueryContext) async throws(DataError) -> Int {
        var b = PostgresBindings()
        b.append(bytea: emailKey)
        b.append(windowSeconds)
        let rows = try await run(Self.recordFailureSQL, b, idempotent: false, context: context)
        return try Statements.decoded { () throws(PostgresError) in try rows[0].int(0) }
    }

    public func clearAuthenticationFailures(emailKey: [UInt8], context: QueryContext) async throws(DataError) {
        var b = PostgresBindings()
        b.append(bytea: emailKey)
        _ = try await run("DELETE FROM authentication_failures WHERE email_key = $1::bytea", b,
                                          idempotent: true, context: context)
    }

    public func purgeExpired(limit: Int, authenticationWindowSeconds: Int, context: QueryContext) async throws(DataError) -> Int {
        let keys = try await IdempotencyKeys.purge(limit: limit, client: client, context: context)
        var b = PostgresBindings()
        b.append(limit)
        b.append(authenticationWindowSeconds)
        let failures = try await run(Self.purgeFailuresSQL, b, idempotent: true, context: context).affectedRows
        return keys + failures
    }

    private func run(_ sql: String, _ b: PostgresBindings, idempotent: Bool, context: QueryContext) async throws(DataError) -> PostgresRows {
        try await Statements.run(client, sql, b, idempotent: idempotent, unique: "guard", reference: "user", context: context)
    }
}
