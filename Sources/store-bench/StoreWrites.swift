import Foundation
import Logging
import ResumeCore
import ResumeData
import ResumeMigrations
import ResumePostgres
import ResumeRedaction
import ResumeStores
import ResumeTransport

/// The write a redaction precedes, as the daemon makes it: `PostgresResumeStore.create`
/// with the default quotas (the guarded INSERT: the user's row, their usage row locked
/// `FOR UPDATE`, the resume with its indexes and foreign key, the usage triggers, the
/// commit), `doc` as both raw and redacted text, through the daemon's client and pool.
///
/// The database at `url` is migrated to head first. A new user takes every 100 rows, so
/// the default quotas (200 resumes, 50 MiB a user) always let the write through.
/// Returns each of `rounds` writes' time in ns, after ten unmeasured ones.
func timedStoreWrites(url: String, doc: String, rounds: Int) async throws -> [UInt64] {
    var logger = Logger(label: "redaction-bench")
    logger.logLevel = .error
    _ = try Migrator(set: ResumeSchema.migrations, url: url, logger: logger).upgrade(to: .head)
    let loop = try EventLoop(label: "redaction-bench.io")
    loop.start()
    var configuration = PostgresClientConfiguration(url: url)
    configuration.applicationName = "redaction-bench"
    let client = PostgresClient(configuration: configuration, loop: loop, logger: logger)
    defer {
        client.close()
        loop.sync {}
        loop.stop()
    }
    let users = PostgresUserStore(client: client)
    let resumes = PostgresResumeStore(client: client, redactorVersion: RedactorVersion.current)
    let context = QueryContext.administrative("redaction-bench")
    let guards = CreateGuards(quotas: UserQuotas())
    var user = UUID()
    var times = [UInt64]()
    for n in 0..<(rounds + 10) {
        if n % 100 == 0 {
            user = try await users.create(email: "bench-\(UUID().uuidString.lowercased())@example.com",
                                          hashedPassword: "$2b$12$bench", idempotency: nil, context: context).id
        }
        let t0 = MonotonicClock.nanoseconds()
        _ = try await resumes.create(user: user, title: "bench", rawText: doc, redactedText: doc, guards: guards, context: context)
        if n >= 10 { times.append(MonotonicClock.nanoseconds() - t0) }
    }
    return times
}
