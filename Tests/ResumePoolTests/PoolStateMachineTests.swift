import Testing
@testable import ResumePool

/// The pool's bookkeeping, event by event, with time passed in by hand.
@Suite struct PoolStateMachineTests {
    typealias Machine = PoolStateMachine<Int>
    static let second: UInt64 = 1_000_000_000

    static func configuration(size: Int = 2, overflow: Int = 1) -> PoolConfiguration {
        var c = PoolConfiguration()
        c.size = size
        c.maxOverflow = overflow
        c.pingBypassNanoseconds = second
        c.maxLifetimeNanoseconds = 100 * second
        c.overflowIdleTimeoutNanoseconds = 10 * second
        c.leakThresholdNanoseconds = 5 * second
        return c
    }

    /// Opens connection `id` for a new lease at `now`.
    static func openOne(_ m: inout Machine, _ id: Int, now: UInt64, lifetime: UInt64 = 100 * second) {
        let (g, _) = m.leaseRequested(waiter: UInt64(1000 + id), label: "m", now: now)
        #expect(g == .open)
        m.opened(id, label: "m", lifetime: lifetime, now: now)
    }

    @Test func theFirstLeaseOpensThenAReturnedConnectionIsReused() {
        var m = Machine(configuration: Self.configuration())
        Self.openOne(&m, 1, now: 0)
        #expect(m.released(1, healthy: true, now: 10) == .keep)
        #expect(m.counts.idle == 1)
        #expect(m.leaseRequested(waiter: 2, label: "m", now: 20).grant == .use(1, check: .quick))
    }

    @Test func aConnectionIdleBeyondTheBypassWindowGetsARoundTrip() {
        var m = Machine(configuration: Self.configuration())
        Self.openOne(&m, 1, now: 0)
        _ = m.released(1, healthy: true, now: 0)
        #expect(m.leaseRequested(waiter: 2, label: "m", now: Self.second).grant == .use(1, check: .roundTrip))
    }

    @Test func withoutPrePingNothingIsChecked() {
        var c = Self.configuration()
        c.prePing = false
        var m = Machine(configuration: c)
        Self.openOne(&m, 1, now: 0)
        _ = m.released(1, healthy: true, now: 0)
        #expect(m.leaseRequested(waiter: 2, label: "m", now: 50 * Self.second).grant == .use(1, check: .none))
    }

    @Test func theMostRecentlyReturnedConnectionIsUsedFirst() {
        var m = Machine(configuration: Self.configuration())
        Self.openOne(&m, 1, now: 0)
        Self.openOne(&m, 2, now: 0)
        _ = m.released(1, healthy: true, now: 1)
        _ = m.released(2, healthy: true, now: 2)
        #expect(m.leaseRequested(waiter: 9, label: "m", now: 3).grant == .use(2, check: .quick))
    }

    @Test func sizePlusOverflowIsTheCeilingAndWaitersAreServedInOrder() {
        var m = Machine(configuration: Self.configuration(size: 2, overflow: 1))
        for id in 1...3 { Self.openOne(&m, id, now: 0) }
        #expect(m.leaseRequested(waiter: 11, label: "a", now: 1).grant == nil)
        #expect(m.leaseRequested(waiter: 12, label: "b", now: 2).grant == nil)
        #expect(m.leaseRequested(waiter: 13, label: "c", now: 3).grant == nil)
        #expect(m.counts.waiters == 3)
        #expect(m.released(2, healthy: true, now: 4) == .handOver(waiter: 11, .use(2, check: .quick)))
        #expect(m.released(1, healthy: true, now: 5) == .handOver(waiter: 12, .use(1, check: .quick)))
        #expect(m.released(3, healthy: true, now: 6) == .handOver(waiter: 13, .use(3, check: .quick)))
        #expect(m.counts.waiters == 0)
        #expect(m.counts.inUse == 3)
    }

    @Test func aNewArrivalQueuesBehindWaiters() {
        var m = Machine(configuration: Self.configuration(size: 1, overflow: 0))
        Self.openOne(&m, 1, now: 0)
        #expect(m.leaseRequested(waiter: 11, label: "a", now: 1).grant == nil)
        #expect(m.released(1, healthy: true, now: 2) == .handOver(waiter: 11, .use(1, check: .quick)))
        #expect(m.leaseRequested(waiter: 12, label: "b", now: 3).grant == nil)
    }

    @Test func anOverflowConnectionReturnedWhileThePoolIsFullIsClosed() {
        var m = Machine(configuration: Self.configuration(size: 2, overflow: 1))
        for id in 1...3 { Self.openOne(&m, id, now: 0) }
        #expect(m.released(1, healthy: true, now: 1) == .keep)
        #expect(m.released(2, healthy: true, now: 1) == .keep)
        #expect(m.released(3, healthy: true, now: 1) == .close(3, andGrant: nil))
        #expect(m.counts.open == 2)
    }

    @Test func aBrokenConnectionIsClosedAndItsCapacityGoesToTheFirstWaiter() {
        var m = Machine(configuration: Self.configuration(size: 1, overflow: 0))
        Self.openOne(&m, 1, now: 0)
        _ = m.leaseRequested(waiter: 11, label: "a", now: 1)
        #expect(m.released(1, healthy: false, now: 2) == .close(1, andGrant: .init(waiter: 11, grant: .open)))
        #expect(m.counts.opening == 1)
    }

    @Test func aDiscardedOrFailedOpenFreesCapacityForAWaiter() {
        var m = Machine(configuration: Self.configuration(size: 1, overflow: 0))
        Self.openOne(&m, 1, now: 0)
        _ = m.leaseRequested(waiter: 11, label: "a", now: 1)
        _ = m.leaseRequested(waiter: 12, label: "b", now: 1)
        #expect(m.discarded(1) == .init(waiter: 11, grant: .open))
        #expect(m.openFailed() == .init(waiter: 12, grant: .open))
        #expect(m.openFailed() == nil)
        #expect(m.counts.open == 0 && m.counts.opening == 0)
    }

    @Test func aWaiterThatGaveUpIsNotServed() {
        var m = Machine(configuration: Self.configuration(size: 1, overflow: 0))
        Self.openOne(&m, 1, now: 0)
        _ = m.leaseRequested(waiter: 11, label: "a", now: 1)
        let first = m.waiterGaveUp(11), second = m.waiterGaveUp(11)
        #expect(first)
        #expect(!second)
        #expect(m.released(1, healthy: true, now: 2) == .keep)
    }

    @Test func connectionsRetireAfterTheirLifetime() {
        var m = Machine(configuration: Self.configuration())
        Self.openOne(&m, 1, now: 0, lifetime: 50 * Self.second)
        Self.openOne(&m, 2, now: 0, lifetime: 90 * Self.second)
        // Returned after its lifetime: closed.
        #expect(m.released(1, healthy: true, now: 50 * Self.second) == .close(1, andGrant: nil))
        _ = m.released(2, healthy: true, now: 60 * Self.second)
        // Found idle past its lifetime by a lease: retired, and a new one opened.
        let r = m.leaseRequested(waiter: 9, label: "m", now: 95 * Self.second)
        #expect(r.retire == [2])
        #expect(r.grant == .open)
    }

    @Test func theSweepClosesOverflowConnectionsIdleTooLongButKeepsThePoolSize() {
        var m = Machine(configuration: Self.configuration(size: 2, overflow: 2))
        for id in 1...4 { Self.openOne(&m, id, now: 0) }
        // Two come back while two stay in use: 4 open, 2 of them overflow, idle.
        _ = m.released(1, healthy: true, now: 1)
        _ = m.released(2, healthy: true, now: 2)
        #expect(m.counts.overflow == 2)
        #expect(m.sweep(now: 5 * Self.second).close.isEmpty)
        #expect(m.sweep(now: 20 * Self.second).close == [1, 2])
        #expect(m.counts.open == 2)
        // Back at the pool size, an idle connection stays however long it idles.
        _ = m.released(3, healthy: true, now: 21 * Self.second)
        #expect(m.sweep(now: 60 * Self.second).close.isEmpty)
    }

    @Test func theSweepClosesIdleConnectionsPastTheirLifetime() {
        var m = Machine(configuration: Self.configuration(size: 2, overflow: 0))
        Self.openOne(&m, 1, now: 0, lifetime: 30 * Self.second)
        Self.openOne(&m, 2, now: 0, lifetime: 90 * Self.second)
        _ = m.released(1, healthy: true, now: 1)
        _ = m.released(2, healthy: true, now: 1)
        #expect(m.sweep(now: 29 * Self.second).close.isEmpty)
        #expect(m.sweep(now: 30 * Self.second).close == [1])
        #expect(m.sweep(now: 90 * Self.second).close == [2])
        #expect(m.counts.open == 0)
    }

    @Test func aLeaseHeldTooLongIsReportedOnceWithItsLabel() {
        var m = Machine(configuration: Self.configuration())
        _ = m.leaseRequested(waiter: 1, label: "/resume.v1.ResumeService/GetResume", now: 0)
        m.opened(7, label: "/resume.v1.ResumeService/GetResume", lifetime: 100 * Self.second, now: 0)
        #expect(m.sweep(now: 4 * Self.second).leaks.isEmpty)
        let leaks = m.sweep(now: 6 * Self.second).leaks
        #expect(leaks == [.init(connection: 7, label: "/resume.v1.ResumeService/GetResume", heldNanoseconds: 6 * Self.second)])
        #expect(m.sweep(now: 60 * Self.second).leaks.isEmpty)
    }

    @Test func closingReturnsIdleConnectionsAndWaitersAndClosesTheRestOnReturn() {
        var m = Machine(configuration: Self.configuration(size: 1, overflow: 1))
        Self.openOne(&m, 1, now: 0)
        Self.openOne(&m, 2, now: 0)
        _ = m.released(1, healthy: true, now: 1)
        _ = m.leaseRequested(waiter: 5, label: "w", now: 1) // takes idle 1
        _ = m.leaseRequested(waiter: 6, label: "w", now: 1) // waits
        let (idle, waiters) = m.close()
        #expect(idle.isEmpty)
        #expect(waiters == [6])
        #expect(m.released(2, healthy: true, now: 2) == .close(2, andGrant: nil))
        #expect(m.leaseRequested(waiter: 7, label: "w", now: 3).grant == nil)
    }
}
