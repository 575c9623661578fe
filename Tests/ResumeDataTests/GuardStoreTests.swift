import Foundation
import ResumeCore
import ResumeData
import ResumePostgres
import ResumeStores
import ResumeTestSupport
import Testing

/// `PostgresGuardStore` on the test database: keys that expire are deleted in
/// bounded batches or taken over, the analysis window rolls over, and
/// authentication failures are counted per window.
@Suite(.onOwnExecutor) struct GuardStoreTests {
    let database: TestPostgresClient
    let store: PostgresGuardStore
    let sql: PostgresConnection
    let context = QueryContext.administrative("guard-test")

    init() throws {
        database = try TestDatabase.client()
        store = PostgresGuardStore(client: database.client)
        sql = try TestDatabase.connect()
    }

    func claim(_ scope: String, _ key: String, fingerprint: UInt8 = 1) -> IdempotencyClaim {
        IdempotencyClaim(scope: scope, method: "CreateResume", key: key, fingerprint: [UInt8](repeating: fingerprint, count: 32),
                         retentionSeconds: 3_600)
    }

    func exec(_ text: String, _ parameters: [String] = []) throws {
        _ = try sql.query(text, parameters, context: context)
    }

    @Test func expiredKeysGoInBoundedBatchesAndKeptOnesStay() async throws {
        let scope = "u:purge-\(UUID().uuidString.prefix(8))"
        for i in 0..<5 { #expect(try await store.recordKey(claim(scope, "old-\(i)"), resource: UUID(), context: context)) }
        #expect(try await store.recordKey(claim(scope, "kept"), resource: UUID(), context: context))
        try exec("UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE scope = $1 AND key LIKE 'old-%'", [scope])
        func left() throws -> Int {
            try sql.query("SELECT count(*)::int FROM idempotency_keys WHERE scope = $1", [scope], context: context).rows[0].get(0, as: Int.self)
        }
        // A batch deletes at most its limit (of keys, and of failure windows).
        #expect(try await store.purgeExpired(limit: 2, authenticationWindowSeconds: 900, context: context) <= 4)
        var rounds = 0
        while try left() > 1 {
            _ = try await store.purgeExpired(limit: 2, authenticationWindowSeconds: 900, context: context)
            rounds += 1
            #expect(rounds < 100)
            if rounds >= 100 { break }
        }
        #expect(try left() == 1)
        #expect(try await store.findKey(claim(scope, "kept"), context: context) != nil)
    }

    @Test func anExpiredKeyNotYetDeletedIsTakenOverAndAKeptOneIsNot() async throws {
        let scope = "u:takeover-\(UUID().uuidString.prefix(8))"
        let first = UUID(), second = UUID()
        #expect(try await store.recordKey(claim(scope, "k"), resource: first, context: context))
        // Kept: another request with the key changes nothing, and is refused when replayed.
        #expect(try await store.recordKey(claim(scope, "k", fingerprint: 2), resource: second, context: context) == false)
        await #expect(throws: DataError.self) { try await store.findKey(claim(scope, "k", fingerprint: 2), context: context) }
        #expect(try await store.findKey(claim(scope, "k"), context: context) == first)
        // Expired: it answers nothing, and the next request takes it over.
        try exec("UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE scope = $1", [scope])
        #expect(try await store.findKey(claim(scope, "k"), context: context) == nil)
        #expect(try await store.recordKey(claim(scope, "k", fingerprint: 2), resource: second, context: context))
        #expect(try await store.findKey(claim(scope, "k", fingerprint: 2), context: context) == second)
    }

    @Test func theAnalysisWindowCountsToItsLimitAndStartsAgainWhenOver() async throws {
        let user = try await PostgresUserStore(client: database.client).create(
            email: "guard-\(UUID().uuidString.prefix(8))@example.com", hashedPassword: "$2b$04$x", idempotency: nil, context: context)
        try await store.countAnalysis(user: user.id, limit: 2, context: context)
        try await store.countAnalysis(user: user.id, limit: 2, context: context)
        do {
            try await store.countAnalysis(user: user.id, limit: 2, context: context)
            Issue.record("a third analysis was counted under a limit of 2")
        } catch {
            guard case .quotaExceeded(.analysesPerMinute, 2, let retry?) = error else { Issue.record("\(error)"); return }
            #expect((1...60_000).contains(retry))
        }
        try exec("UPDATE user_usage SET analysis_window_start = now() - interval '61 seconds' WHERE user_id = $1", [UUIDText.format(user.id)])
        try await store.countAnalysis(user: user.id, limit: 2, context: context)
        let inWindow = try sql.query("SELECT analyses_in_window FROM user_usage WHERE user_id = $1", [UUIDText.format(user.id)],
                                     context: context).rows[0].get(0, as: Int.self)
        #expect(inWindow == 1)
    }

    @Test func failuresAreCountedPerWindowAndForgotten() async throws {
        let key = [UInt8](UUID().uuidString.utf8)
        for n in 1...3 { #expect(try await store.countAuthenticationAttempt(emailKey: key, windowSeconds: 900, context: context) == n) }
        #expect(try await store.authenticationFailures(emailKey: key, windowSeconds: 900, context: context) == 3)
        #expect(try await store.authenticationFailures(emailKey: [1, 2, 3], windowSeconds: 900, context: context) == 0)
        // A window that is over counts nothing, and the next failure starts a new one.
        let hex = "\\x" + key.map { String(format: "%02x", $0) }.joined()
        try exec("UPDATE authentication_failures SET window_start = now() - interval '901 seconds' WHERE email_key = $1::bytea", [hex])
        #expect(try await store.authenticationFailures(emailKey: key, windowSeconds: 900, context: context) == 0)
        #expect(try await store.countAuthenticationAttempt(emailKey: key, windowSeconds: 900, context: context) == 1)
        #expect(try await store.authenticationFailures(emailKey: key, windowSeconds: 900, context: context) == 1)
        try await store.clearAuthenticationFailures(emailKey: key, context: context)
        #expect(try await store.authenticationFailures(emailKey: key, windowSeconds: 900, context: context) == 0)
    }
}
