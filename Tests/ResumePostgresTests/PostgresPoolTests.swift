import Foundation
import Logging
import ResumeCore
import ResumePool
import ResumeTestSupport
import Synchronization
import Testing
@testable import ResumePostgres

/// The pool against the real PostgreSQL.
@Suite struct PostgresPoolTests {
    let admin = QueryContext.administrative("test")

    func pool(size: Int = 20, overflow: Int = 10, checkoutMs: UInt64 = 30_000) throws -> (PostgresPool, String) {
        var c = PostgresPoolConfiguration(url: try TestEnvironment.databaseURL())
        c.pool.size = size
        c.pool.maxOverflow = overflow
        c.pool.checkoutTimeoutNanoseconds = checkoutMs * 1_000_000
        c.applicationName = "pool-test-\(UUID().uuidString.prefix(8))"
        var logger = Logger(label: "pool-test")
        logger.logLevel = .error
        return (PostgresPool(configuration: c, logger: logger), c.applicationName)
    }

    @Test func threeHundredConcurrentCheckoutsNeverOpenMoreThanThirtyConnections() throws {
        let (p, app) = try pool()
        defer { p.close() }
        let maxSeen = Mutex(0), succeeded = Mutex(0)
        let threads = WorkerPool(name: "checkouts", threads: 300, maxQueued: 300)
        _ = threads.submit((0..<300).map { _ in {
            do {
                let r = try p.query("SELECT count(*)::int FROM pg_stat_activity WHERE application_name = $1", [app],
                                    context: QueryContext(deadline: .after(milliseconds: 60_000), label: "t"))
                let n = try r.rows[0].get(0, as: Int.self)
                maxSeen.withLock { $0 = max($0, n) }
                succeeded.withLock { $0 += 1 }
            } catch {}
        } })
        #expect(threads.shutdown(deadline: .after(milliseconds: 120_000)))
        #expect(succeeded.withLock { $0 } == 300)
        #expect(maxSeen.withLock { $0 } <= 30)
        #expect(maxSeen.withLock { $0 } >= 2)
        #expect(p.statistics.open <= 30)
    }

    @Test func aTerminatedBackendIsReplacedWithoutTheCallerNoticing() throws {
        let (p, app) = try pool(size: 2, overflow: 0)
        defer { p.close() }
        let pid1 = try p.query("SELECT pg_backend_pid()", context: admin).rows[0].get(0, as: Int.self)
        let killer = try PostgresConnection(url: TestEnvironment.databaseURL(), deadline: .after(milliseconds: 5_000))
        let killed = try killer.query("SELECT count(*)::int FROM (SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = $1) t",
                                      [app], context: admin)
        #expect(try killed.rows[0].get(0, as: Int.self) == 1)
        // Used moments ago, so no round-trip ping: the socket check must notice.
        let pid2 = try p.query("SELECT pg_backend_pid()", context: admin).rows[0].get(0, as: Int.self)
        #expect(pid2 != pid1)
        #expect(p.statistics.replaced == 1)
    }

    @Test func aBackendTerminatedMidTransactionIsRetriedOnce() throws {
        let (p, app) = try pool(size: 1, overflow: 0)
        defer { p.close() }
        let killer = try PostgresConnection(url: TestEnvironment.databaseURL(), deadline: .after(milliseconds: 5_000))
        let attempts = Mutex(0)
        let result: Int = try p.transaction(admin) { c in
            let n = attempts.withLock { $0 += 1; return $0 }
            if n == 1 {
                _ = try killer.query("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = $1", [app], context: admin)
            }
            return try c.query("SELECT 7", context: admin).rows[0].get(0, as: Int.self)
        }
        #expect(result == 7)
        #expect(attempts.withLock { $0 } == 2)
    }

    @Test func checkoutTimesOutUnderExhaustionWithThePoolsState() throws {
        let (p, _) = try pool(size: 1, overflow: 0, checkoutMs: 200)
        defer { p.close() }
        let holding = Signal(), release = Signal()
        let worker = WorkerPool(name: "holder", threads: 1, maxQueued: 1)
        _ = worker.submit {
            _ = try? p.withConnection(QueryContext(deadline: .after(milliseconds: 20_000), label: "/test/Holder")) { _ in
                holding.fire()
                _ = release.wait()
            }
        }
        #expect(holding.wait())
        do {
            _ = try p.query("SELECT 1", context: QueryContext(deadline: .after(milliseconds: 20_000), label: "t"))
            Issue.record("checked out of an exhausted pool")
        } catch let e as PostgresError {
            #expect(e.kind == .poolExhausted)
            #expect(e.message.contains("in use 1"))
        }
        #expect(p.statistics.timeouts == 1)
        release.fire()
        #expect(worker.shutdown(deadline: .after(milliseconds: 10_000)))
    }

    @Test func theCallersDeadlineCancelsAPgSleepAndTheConnectionIsReused() throws {
        let (p, app) = try pool(size: 1, overflow: 0)
        defer { p.close() }
        #expect(throws: PostgresError.self) {
            try p.query("SELECT pg_sleep(30)", context: QueryContext(deadline: .after(milliseconds: 250), label: "t"))
        }
        let r = try p.query("SELECT count(*)::int FROM pg_stat_activity WHERE application_name = $1 AND query LIKE '%pg_sleep(30)%' AND state = 'active' AND pid <> pg_backend_pid()",
                            [app], context: admin)
        #expect(try r.rows[0].get(0, as: Int.self) == 0)
        #expect(p.statistics.open == 1)
    }

    @Test func theStatementCounterCountsStatementsNotPings() throws {
        let (p, _) = try pool()
        defer { p.close() }
        let before = p.statementCounter.count
        for _ in 0..<5 { try p.query("SELECT 1", context: admin) }
        #expect(p.statementCounter.count - before == 5)
    }

    @Test func anUnreachableServerFailsFastAsAConnectionFailure() throws {
        var c = PostgresPoolConfiguration(url: "postgresql://resumed@127.0.0.1:1/none")
        c.pool.size = 2
        let p = PostgresPool(configuration: c, logger: Logger(label: "t"))
        defer { p.close() }
        do {
            try p.query("SELECT 1", context: QueryContext(deadline: .after(milliseconds: 5_000), label: "t"))
            Issue.record("connected to nothing")
        } catch let e as PostgresError {
            #expect(e.kind == .connectionFailed)
        }
        #expect(p.statistics.open == 0)
    }
}
