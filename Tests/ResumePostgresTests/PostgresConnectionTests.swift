import Foundation
import ResumeCore
#if canImport(Glibc)
import Glibc
#endif
import ResumeTestSupport
import Testing
@testable import ResumePostgres

/// One connection against the real PostgreSQL from scripts/test.
@Suite struct PostgresConnectionTests {
    /// A connection that waits up to 15 s for a cancelled statement to stop: on a loaded machine
    /// (a CI run of the whole suite) the server took longer than the daemon's 2 s to acknowledge
    /// a cancel, and the connection was given up, which these tests are not about.
    func connect() throws -> PostgresConnection {
        try PostgresConnection(url: TestEnvironment.databaseURL(), deadline: .after(milliseconds: 5_000), cancelWaitMilliseconds: 15_000)
    }
    let context = QueryContext.administrative("test")

    @Test func everyColumnTypeTheRepositoriesUseDecodes() throws {
        let c = try connect()
        let id = UUID()
        let r = try c.query("""
            SELECT $1::uuid, '{"a": [1, 2]}'::jsonb, 12.50::numeric(5,2), 0.8765::numeric(5,4),
                   '2026-11-25 02:10:16.245026+00'::timestamptz, true, false, 42::int, 9007199254740993::bigint,
                   'Zoë ✓'::text, NULL::text
            """, [id], context: context)
        let row = r.rows[0]
        #expect(try row.get(0, as: UUID.self) == id)
        #expect(try row.get(1, as: JSONText.self).text == #"{"a": [1, 2]}"#)
        #expect(try row.get(2, as: Double.self) == 12.5)
        #expect(try row.get(2, as: Decimal.self) == Decimal(string: "12.50"))
        #expect(try row.get(3, as: Double.self) == 0.8765)
        #expect(try row.get(4, as: Timestamp.self).unixMicroseconds == 1_795_572_616_245_026)
        #expect(try row.get(5, as: Bool.self) == true)
        #expect(try row.get(6, as: Bool.self) == false)
        #expect(try row.get(7, as: Int.self) == 42)
        #expect(try row.get(8, as: Int64.self) == 9_007_199_254_740_993)
        #expect(try row.get(9, as: String.self) == "Zoë ✓")
        #expect(try row.optional(10, as: String.self) == nil)
        #expect(throws: PostgresError.self) { try row.get(10, as: String.self) }
        #expect(throws: PostgresError.self) { try row.get(9, as: Int.self) }
    }

    @Test func parametersRoundTripThroughTheServer() throws {
        let c = try connect()
        let ts = Timestamp(unixMicroseconds: 1_700_000_000_123_456)
        let r = try c.query("SELECT $1::timestamptz, $2::text, $3::bigint, $4::boolean, $5::jsonb, $6::text",
                            [ts, "it's \"quoted\"; DROP TABLE users; --", Int64.min, true, JSONText(#"["x"]"#), Optional<String>.none],
                            context: context)
        #expect(try r.rows[0].get(0, as: Timestamp.self) == ts)
        #expect(try r.rows[0].get(1, as: String.self) == "it's \"quoted\"; DROP TABLE users; --")
        #expect(try r.rows[0].get(2, as: Int64.self) == Int64.min)
        #expect(try r.rows[0].get(3, as: Bool.self))
        #expect(try r.rows[0].get(4, as: JSONText.self).text == #"["x"]"#)
        #expect(try r.rows[0].optional(5, as: String.self) == nil)
    }

    @Test func timestampsAgreeWithTheServersEpoch() throws {
        let c = try connect()
        let r = try c.query("SELECT now(), (extract(epoch FROM now()) * 1000000)::bigint", context: context)
        #expect(try r.rows[0].get(0, as: Timestamp.self).unixMicroseconds == r.rows[0].get(1, as: Int64.self))
    }

    @Test func statementsArePreparedOnceAndReused() throws {
        let c = try connect()
        for i in 0..<3 { _ = try c.query("SELECT $1::int + 1", [i], context: context) }
        let prepared = try c.query("SELECT count(*) FROM pg_prepared_statements WHERE statement = 'SELECT $1::int + 1'", context: context)
        #expect(try prepared.rows[0].get(0, as: Int.self) == 1)
    }

    @Test func aStalePlanAfterASchemaChangeIsPreparedAgain() throws {
        let c = try connect()
        try c.execute("CREATE TEMP TABLE stale_plan (a int); INSERT INTO stale_plan VALUES (1)", context: context)
        _ = try c.query("SELECT * FROM stale_plan", context: context)
        try c.execute("ALTER TABLE stale_plan ADD COLUMN b int DEFAULT 2", context: context)
        let r = try c.query("SELECT * FROM stale_plan", context: context)
        #expect(r.columns == ["a", "b"])
    }

    @Test func aServerErrorCarriesSQLStateAndConstraintButNoRowValues() throws {
        let c = try connect()
        try c.execute("CREATE TEMP TABLE uniq (email text CONSTRAINT uniq_email UNIQUE)", context: context)
        _ = try c.query("INSERT INTO uniq VALUES ($1)", ["jane.doe@example.com"], context: context)
        do {
            _ = try c.query("INSERT INTO uniq VALUES ($1)", ["jane.doe@example.com"], context: context)
            Issue.record("duplicate accepted")
        } catch {
            let e = error
            #expect(e.kind == .server)
            #expect(e.isUniqueViolation)
            #expect(e.constraint == "uniq_email")
            #expect(!e.description.contains("jane"))
        }
        // The connection is fine afterwards.
        #expect(try c.query("SELECT 1", context: context).rows.count == 1)
    }

    @Test func theDeadlineCancelsARunningStatement() throws {
        let c = try connect()
        let started = MonotonicClock.nanoseconds()
        do {
            _ = try c.query("SELECT pg_sleep(10)", context: QueryContext(deadline: .after(milliseconds: 300), label: "t"))
            Issue.record("pg_sleep(10) finished")
        } catch {
            let e = error
            #expect(e.kind == .deadlineExceeded)
        }
        let elapsedMs = (MonotonicClock.nanoseconds() - started) / 1_000_000
        #expect(elapsedMs >= 300)
        #expect(elapsedMs < 5_000)
        #expect(!c.isBroken)
        #expect(try c.query("SELECT 2", context: context).rows[0].get(0, as: Int.self) == 2)
    }

    @Test func cancellingTheCallCancelsTheStatement() throws {
        let c = try connect()
        let cancellation = CallCancellation()
        let worker = WorkerPool(name: "cancel", threads: 1, maxQueued: 1)
        let pid = try c.query("SELECT pg_backend_pid()", context: context).rows[0].get(0, as: Int.self)
        _ = worker.submit {
            // Cancel once the statement is visibly running.
            let watcher = try? PostgresConnection(url: TestEnvironment.databaseURL(), deadline: .after(milliseconds: 5_000))
            for _ in 0..<500 {
                let r = try? watcher?.query("SELECT state FROM pg_stat_activity WHERE pid = $1", [pid], context: .administrative("watch"))
                if (try? r?.rows.first?.get(0, as: String.self)) == "active" { break }
                usleep(5_000)
            }
            cancellation.cancel(.clientDisconnected)
        }
        do {
            _ = try c.query("SELECT pg_sleep(10)", context: QueryContext(deadline: .after(milliseconds: 20_000), cancellation: cancellation, label: "t"))
            Issue.record("pg_sleep(10) finished")
        } catch {
            let e = error
            #expect(e.kind == .cancelled)
        }
        #expect(worker.shutdown(deadline: .after(milliseconds: 10_000)))
        #expect(try c.query("SELECT 3", context: context).rows[0].get(0, as: Int.self) == 3)
    }

    @Test func aTransactionRollsBackWhenItsBodyThrows() throws {
        let c = try connect()
        try c.execute("CREATE TEMP TABLE tx (a int)", context: context)
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try c.transaction(context: context) { c in
                try c.query("INSERT INTO tx VALUES (1)", context: context)
                throw Boom()
            }
        }
        _ = try c.transaction(context: context) { c in try c.query("INSERT INTO tx VALUES (2)", context: context) }
        let r = try c.query("SELECT array_agg(a)::text FROM tx", context: context)
        #expect(try r.rows[0].get(0, as: String.self) == "{2}")
    }

    @Test func aBadPasswordIsAConnectionFailureWithoutThePassword() throws {
        var url = try PostgresURL(parsing: TestEnvironment.databaseURL())
        url.password = "definitely-wrong-\(UUID())"
        let text = "postgresql://\(url.user!):\(url.password!)@\(url.host!):\(url.port!)/\(url.database!)"
        do {
            _ = try PostgresConnection(url: text, deadline: .after(milliseconds: 5_000))
            Issue.record("connected with a wrong password")
        } catch {
            let e = error
            #expect(e.kind == .connectionFailed)
            #expect(!e.description.contains("definitely-wrong"))
        }
    }

    @Test func connectingToNothingFailsWithinTheDeadline() {
        let started = MonotonicClock.nanoseconds()
        #expect(throws: PostgresError.self) {
            _ = try PostgresConnection(url: "postgresql://u@10.255.255.1:5432/d", deadline: .after(milliseconds: 300))
        }
        #expect((MonotonicClock.nanoseconds() - started) / 1_000_000 < 3_000)
    }
}

/// Cancelling a statement must never block the canceller (the event loop
/// cancels calls), even when the server does not answer the cancel request.
@Suite struct CancelUnderStallTests {
    @Test func cancellingReturnsAtOnceWhenTheCancelRequestHangs() throws {
        var url = try PostgresURL(parsing: TestEnvironment.databaseURL())
        let proxy = try StallingProxy(upstream: .tcp(host: url.host!, port: url.port!), relayed: 1)
        defer { proxy.stop() }
        guard case .tcp(_, let port) = proxy.address else { return }
        url.port = port
        let text = "postgresql://\(url.user!):\(url.password!)@127.0.0.1:\(port)/\(url.database!)"
        let c = try PostgresConnection(url: text, deadline: .after(milliseconds: 5_000))
        let cancellation = CallCancellation()
        let worker = WorkerPool(name: "cancel", threads: 1, maxQueued: 1)
        let started = MonotonicClock.nanoseconds()
        let cancelTook = ConditionLock<UInt64?>(nil)
        _ = worker.submit {
            usleep(200_000) // let the statement start; this is the moment of cancelling, not a wait for a result
            let t = MonotonicClock.nanoseconds()
            cancellation.cancel(.clientDisconnected)
            cancelTook.withLock { $0 = MonotonicClock.nanoseconds() - t }
            cancelTook.broadcast()
        }
        do {
            _ = try c.query("SELECT pg_sleep(20)", context: QueryContext(deadline: .after(milliseconds: 30_000), cancellation: cancellation, label: "t"))
            Issue.record("pg_sleep(20) finished")
        } catch {
            #expect(error.kind == .cancelled)
        }
        let took = cancelTook.wait(until: .after(milliseconds: 10_000)) { $0 } ?? .max
        #expect(took < 100_000_000, "cancel() blocked for \(took / 1_000_000) ms")
        // The cancel never got through, so the statement was abandoned within its grace, and the connection given up.
        #expect((MonotonicClock.nanoseconds() - started) / 1_000_000 < 10_000)
        #expect(c.isBroken)
        #expect(worker.shutdown(deadline: .after(milliseconds: 5_000)))
    }
}

extension CancelUnderStallTests {
    @Test func aServerThatStopsReadingCannotHoldASendPastTheDeadline() throws {
        var url = try PostgresURL(parsing: TestEnvironment.databaseURL())
        let proxy = try StallingProxy(upstream: .tcp(host: url.host!, port: url.port!), relayed: 1)
        defer { proxy.stop() }
        guard case .tcp(_, let port) = proxy.address else { return }
        url.port = port
        let c = try PostgresConnection(url: "postgresql://\(url.user!):\(url.password!)@127.0.0.1:\(port)/\(url.database!)",
                                       deadline: .after(milliseconds: 5_000))
        proxy.pause(true)
        let started = MonotonicClock.nanoseconds()
        do {
            // A 32 MB statement: far more than the socket buffers hold.
            _ = try c.execute("SELECT length('" + String(repeating: "x", count: 32 << 20) + "')",
                              context: QueryContext(deadline: .after(milliseconds: 500), label: "t"))
            Issue.record("sent 32 MB through a stalled connection")
        } catch {
            #expect(error.kind == .deadlineExceeded)
            #expect(error.nothingCommitted)
        }
        #expect((MonotonicClock.nanoseconds() - started) / 1_000_000 < 3_000)
        #expect(c.isBroken)
    }
}
