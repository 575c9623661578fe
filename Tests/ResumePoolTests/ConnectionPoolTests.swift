#if canImport(Glibc)
import Glibc
#endif
import ResumeCore
import Synchronization
import ResumeTestSupport
import Testing
@testable import ResumePool

/// A fake connection whose health the test sets.
final class FakeConnection: @unchecked Sendable {
    // `alive` is atomic; `id` is immutable.
    let id: Int
    let alive = Atomic(true)
    init(id: Int) { self.id = id }
}

/// Opens fakes, counts what is open, fails on demand.
final class FakeFactory: PoolConnectionFactory {
    struct Failure: Error, CustomStringConvertible { var description: String { "connection refused (fake)" } }
    let nextID = Atomic(0)
    let openNow = Atomic(0)
    let maxOpen = Atomic(0)
    let failOpens = Atomic(false)
    let pings = Atomic(0)

    func open(deadline: Deadline) throws -> FakeConnection {
        if failOpens.load(ordering: .relaxed) { throw Failure() }
        let n = openNow.wrappingAdd(1, ordering: .relaxed).newValue
        var seen = maxOpen.load(ordering: .relaxed)
        while n > seen {
            let (exchanged, original) = maxOpen.compareExchange(expected: seen, desired: n, ordering: .relaxed)
            if exchanged { break }
            seen = original
        }
        return FakeConnection(id: nextID.wrappingAdd(1, ordering: .relaxed).newValue)
    }
    func isUsable(_ c: FakeConnection) -> Bool { c.alive.load(ordering: .relaxed) }
    func ping(_ c: FakeConnection, deadline: Deadline) -> Bool {
        pings.wrappingAdd(1, ordering: .relaxed)
        return c.alive.load(ordering: .relaxed)
    }
    func close(_ c: FakeConnection) { openNow.wrappingSubtract(1, ordering: .relaxed) }
}

/// A clock the test moves.
final class ManualClock: PoolClock {
    let value = Atomic<UInt64>(1_000)
    func now() -> UInt64 { value.load(ordering: .relaxed) }
    func advance(seconds: UInt64) { value.wrappingAdd(seconds * 1_000_000_000, ordering: .relaxed) }
}


@Suite struct ConnectionPoolTests {
    func pool(size: Int, overflow: Int, checkoutMs: UInt64 = 10_000, clock: any PoolClock = SystemPoolClock(),
              onLeak: @escaping @Sendable (String, UInt64) -> Void = { _, _ in }) -> (ConnectionPool<FakeFactory>, FakeFactory) {
        var c = PoolConfiguration()
        c.size = size
        c.maxOverflow = overflow
        c.checkoutTimeoutNanoseconds = checkoutMs * 1_000_000
        c.leakThresholdNanoseconds = 5_000_000_000
        let f = FakeFactory()
        return (ConnectionPool(configuration: c, factory: f, clock: clock, onLeak: onLeak), f)
    }

    @Test func manyConcurrentCheckoutsNeverOpenMoreThanTheCeiling() throws {
        let (p, f) = pool(size: 3, overflow: 2)
        let done = Mutex(0)
        let threads = 100
        let worker = WorkerPool(name: "t", threads: threads, maxQueued: threads)
        _ = worker.submit((0..<threads).map { _ in {
            do {
                _ = try p.withConnection(label: "t", deadline: .after(milliseconds: 20_000)) { _ in usleep(200) }
                done.withLock { $0 += 1 }
            } catch {}
        } })
        #expect(worker.shutdown(deadline: .after(milliseconds: 30_000)))
        #expect(done.withLock { $0 } == threads)
        #expect(f.maxOpen.load(ordering: .relaxed) <= 5)
        #expect(p.statistics.open <= 5)
        #expect(p.statistics.checkoutWait.count == threads)
    }

    @Test func anExhaustedPoolTimesOutWithItsStateAndTheLastConnectFailure() throws {
        let (p, f) = pool(size: 1, overflow: 0, checkoutMs: 50)
        let held = try p.lease(label: "holder", deadline: .distantFuture)
        f.failOpens.store(true, ordering: .relaxed)
        do {
            _ = try p.lease(label: "second", deadline: .distantFuture)
            Issue.record("leased from an exhausted pool")
        } catch {
            guard case .checkoutTimedOut(let ms, let stats, _) = error else { Issue.record("\(error)"); return }
            #expect(ms >= 50)
            #expect(stats.inUse == 1)
            #expect(stats.timeouts == 1)
            #expect(error.description.contains("in use 1"))
        }
        p.release(held, healthy: true)
        #expect(p.statistics.waiters == 0)
    }

    @Test func theCallersDeadlineWinsOverTheCheckoutTimeout() throws {
        let (p, _) = pool(size: 1, overflow: 0, checkoutMs: 10_000)
        let held = try p.lease(label: "holder", deadline: .distantFuture)
        #expect(throws: PoolError.self) { _ = try p.lease(label: "x", deadline: .after(milliseconds: 30)) }
        do { _ = try p.lease(label: "x", deadline: .after(milliseconds: 30)) } catch {
            guard case .deadlineExceeded = error else { Issue.record("\(error)"); return }
        }
        #expect(p.statistics.timeouts == 0)
        p.release(held, healthy: true)
    }

    @Test func aDeadConnectionIsReplacedWithoutTheCallerNoticing() throws {
        let (p, f) = pool(size: 2, overflow: 0)
        let first = try p.lease(label: "t", deadline: .distantFuture)
        p.release(first, healthy: true)
        first.connection.alive.store(false, ordering: .relaxed)   // killed while idle
        let second = try p.lease(label: "t", deadline: .distantFuture)
        #expect(second.connection.id != first.connection.id)
        let alive = second.connection.alive.load(ordering: .relaxed)
        #expect(alive)
        #expect(p.statistics.replaced == 1)
        #expect(f.openNow.load(ordering: .relaxed) == 1)
        p.release(second, healthy: true)
    }

    @Test func anIdleConnectionPastTheBypassWindowIsPinged() throws {
        let clock = ManualClock()
        let (p, f) = pool(size: 1, overflow: 0, clock: clock)
        let a = try p.lease(label: "t", deadline: .distantFuture)
        p.release(a, healthy: true)
        p.release(try p.lease(label: "t", deadline: .distantFuture), healthy: true)
        #expect(f.pings.load(ordering: .relaxed) == 0)   // used moments ago: no round trip
        clock.advance(seconds: 2)
        p.release(try p.lease(label: "t", deadline: .distantFuture), healthy: true)
        #expect(f.pings.load(ordering: .relaxed) == 1)
    }

    @Test func aConnectFailureReachesTheCaller() {
        let (p, f) = pool(size: 1, overflow: 0)
        f.failOpens.store(true, ordering: .relaxed)
        do {
            _ = try p.lease(label: "t", deadline: .distantFuture)
            Issue.record("leased without a connection")
        } catch {
            guard case .connectFailed = error else { Issue.record("\(error)"); return }
            #expect(error.description.contains("refused"))
        }
        #expect(p.statistics.opening == 0)
    }

    @Test func waitersAreServedFirstInFirstOut() throws {
        let (p, _) = pool(size: 1, overflow: 0)
        let held = try p.lease(label: "holder", deadline: .distantFuture)
        let order = Mutex<[Int]>([])
        let worker = WorkerPool(name: "t", threads: 5, maxQueued: 5)
        for i in 0..<5 {
            _ = worker.submit {
                guard let l = try? p.lease(label: "w\(i)", deadline: .after(milliseconds: 20_000)) else { return }
                order.withLock { $0.append(i) }
                p.release(l, healthy: true)
            }
            #expect(eventually { p.statistics.waiters == i + 1 })  // queued before the next one starts
        }
        p.release(held, healthy: true)
        #expect(worker.shutdown(deadline: .after(milliseconds: 20_000)))
        #expect(order.withLock { $0 } == [0, 1, 2, 3, 4])
    }

    @Test func maintenanceRetiresOldConnectionsAndReportsLeaks() throws {
        let clock = ManualClock()
        let leaks = Mutex<[String]>([])
        let (p, f) = pool(size: 2, overflow: 0, clock: clock) { label, _ in leaks.withLock { $0.append(label) } }
        let a = try p.lease(label: "/svc/Held", deadline: .distantFuture)
        let b = try p.lease(label: "/svc/Quick", deadline: .distantFuture)
        p.release(b, healthy: true)
        clock.advance(seconds: 6)
        p.runMaintenance()
        #expect(leaks.withLock { $0 } == ["/svc/Held"])
        clock.advance(seconds: 31 * 60) // past the 30-minute lifetime
        p.runMaintenance()
        #expect(f.openNow.load(ordering: .relaxed) == 1) // the idle one retired; the leased one stays
        p.release(a, healthy: true)                      // and retires when returned
        #expect(f.openNow.load(ordering: .relaxed) == 0)
    }

    @Test func closingFailsWaitersAndClosesEverything() throws {
        let (p, f) = pool(size: 1, overflow: 0)
        let held = try p.lease(label: "t", deadline: .distantFuture)
        let failed = Mutex(false)
        let worker = WorkerPool(name: "t", threads: 1, maxQueued: 1)
        _ = worker.submit {
            do { _ = try p.lease(label: "w", deadline: .after(milliseconds: 20_000)) } catch let e as PoolError {
                if case .closed = e { failed.withLock { $0 = true } }
            } catch {}
        }
        #expect(eventually { p.statistics.waiters == 1 })
        p.close()
        #expect(worker.shutdown(deadline: .after(milliseconds: 20_000)))
        #expect(failed.withLock { $0 })
        p.release(held, healthy: true)
        #expect(f.openNow.load(ordering: .relaxed) == 0)
        #expect(throws: PoolError.self) { _ = try p.lease(label: "t", deadline: .distantFuture) }
    }
}
