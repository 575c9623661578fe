import ResumeTestSupport
import Testing
@testable import ResumePool

// Event → action tests of the pipelining pool's bookkeeping. Pure: no
// sockets, no clock, no sleeping; every `now` is passed in by hand.
// Connections are named by strings ("a", "b", ...), requests by integers.

private let ms: UInt64 = 1_000_000
private let sec: UInt64 = 1_000_000_000
private let hour: UInt64 = 3_600 * sec

private typealias Pool = PoolStateMachine<String, Int>
private typealias Counts = Pool.Counts

private func config(
    size: Int = 2, maxOverflow: Int = 0, depth: Int = 4, prePing: Bool = true,
    pingBypass: UInt64 = 1 * sec, checkoutTimeout: UInt64 = 30 * sec,
    overflowIdle: UInt64 = 60 * sec, leak: UInt64 = 0
) -> PoolConfiguration {
    var c = PoolConfiguration()
    c.size = size
    c.maxOverflow = maxOverflow
    c.pipelineDepth = depth
    c.prePing = prePing
    c.pingBypassNanoseconds = pingBypass
    c.checkoutTimeoutNanoseconds = checkoutTimeout
    c.overflowIdleTimeoutNanoseconds = overflowIdle
    c.leakThresholdNanoseconds = leak
    c.maxLifetimeNanoseconds = hour
    return c
}

private func counts(open: Int = 0, opening: Int = 0, busy: Int = 0, idle: Int = 0, waiting: Int = 0, overflow: Int = 0) -> Counts {
    Counts(open: open, opening: opening, busy: busy, idle: idle, waiting: waiting, overflow: overflow)
}

/// Brings up idle connections named `names` (the last one most recently
/// used), opened at `now` with `lifetime`, with nothing waiting. Uses
/// placeholder requests -1, -2, ... to make the pool ask for the opens, then
/// cancels them. Each connection then runs one full batch and returns it at
/// `now`, so it is "used", not "verified": it is pinged before its next
/// batch once idle for the ping bypass window. At most `size` names (an
/// overflow connection returned with nothing waiting would be closed).
private func startIdle(_ m: inout Pool, _ names: [String], now: UInt64, lifetime: UInt64 = hour) {
    precondition(names.count <= m.configuration.size, "startIdle brings up at most size connections")
    let depth = max(1, m.configuration.pipelineDepth)
    let placeholders = (1...(names.count * depth)).map { -$0 }
    for r in placeholders { #expect(m.enqueue(r, label: "warm-up", now: now).isEmpty) }
    #expect(m.dispatch(now: now) == Array(repeating: .open, count: names.count))
    for r in placeholders { #expect(m.cancel(r) == true) }
    for name in names { #expect(m.opened(name, lifetime: lifetime, now: now).isEmpty) }
    // One full batch each (freshly opened: no ping), most recently opened first.
    let used = (1...(names.count * depth)).map { -1_000_000 - $0 }
    for r in used { #expect(m.enqueue(r, label: "warm-up", now: now).isEmpty) }
    let sends = m.dispatch(now: now).map { action -> String in
        if case .send(let c, let batch) = action, batch.count == depth { return c }
        return "unexpected \(action)"
    }
    #expect(sends == Array(names.reversed()))
    for name in names { #expect(m.batchFinished(name, now: now).isEmpty) }
    #expect(m.counts == counts(open: names.count, idle: names.count))
}

@Suite struct PoolStateMachineTests {

    // MARK: Opening and FIFO batches

    @Test func anEmptyPoolOpensOneConnectionPerPipelineDepthOfWaitingRequests() {
        var m = Pool(configuration: config(size: 2, maxOverflow: 1, depth: 4))
        for r in 1...4 { #expect(m.enqueue(r, label: "q", now: 0).isEmpty) }
        #expect(m.counts == counts(waiting: 4))
        // 4 waiting, 4 per batch: exactly one connection.
        #expect(m.dispatch(now: 0) == [.open])
        // Asking again opens nothing more: the one opening covers them.
        #expect(m.dispatch(now: 0) == [])
        #expect(m.enqueue(5, label: "q", now: 0).isEmpty)
        #expect(m.dispatch(now: 0) == [.open])          // 5 waiting: ceil(5/4) = 2
        for r in 6...8 { #expect(m.enqueue(r, label: "q", now: 0).isEmpty) }
        #expect(m.dispatch(now: 0) == [])               // 8 waiting: ceil(8/4) = 2
        for r in 9...20 { #expect(m.enqueue(r, label: "q", now: 0).isEmpty) }
        #expect(m.dispatch(now: 0) == [.open])          // ceil(20/4) = 5, capped at 2 + 1
        #expect(m.dispatch(now: 0) == [])
        #expect(m.counts == counts(opening: 3, waiting: 20))
    }

    @Test func anEmptyPoolOpensEveryNeededConnectionInOneDispatchButNeverBeyondSizePlusOverflow() {
        var m = Pool(configuration: config(size: 3, maxOverflow: 2, depth: 2))
        for r in 1...7 { _ = m.enqueue(r, label: "q", now: 0) }
        #expect(m.dispatch(now: 0) == [.open, .open, .open, .open])   // ceil(7/2) = 4 ≤ 5

        var small = Pool(configuration: config(size: 1, maxOverflow: 1, depth: 1))
        for r in 1...5 { _ = small.enqueue(r, label: "q", now: 0) }
        #expect(small.dispatch(now: 0) == [.open, .open])             // 5 wanted, 1 + 1 allowed
        #expect(small.counts == counts(opening: 2, waiting: 5))
    }

    @Test func openedConnectionsTakeTheOldestRequestsInFIFOBatchesOfAtMostPipelineDepth() {
        var m = Pool(configuration: config(size: 2, depth: 3))
        for r in 1...7 { _ = m.enqueue(r, label: "q", now: 0) }
        #expect(m.dispatch(now: 0) == [.open, .open])
        #expect(m.opened("a", lifetime: hour, now: 1 * ms).isEmpty)
        #expect(m.counts == counts(open: 1, opening: 1, idle: 1, waiting: 7))
        #expect(m.dispatch(now: 1 * ms) == [.send("a", [1, 2, 3])])
        #expect(m.counts == counts(open: 1, opening: 1, busy: 1, waiting: 4))
        #expect(m.opened("b", lifetime: hour, now: 2 * ms).isEmpty)
        #expect(m.dispatch(now: 2 * ms) == [.send("b", [4, 5, 6])])
        #expect(m.dispatch(now: 2 * ms) == [])          // both busy, none may open
        #expect(m.batchFinished("a", now: 3 * ms).isEmpty)
        #expect(m.dispatch(now: 3 * ms) == [.send("a", [7])])
        #expect(m.counts == counts(open: 2, busy: 2))
    }

    @Test func idleConnectionsAreReusedMostRecentlyUsedFirst() {
        var m = Pool(configuration: config(size: 3, depth: 1))
        for r in 1...3 { _ = m.enqueue(r, label: "q", now: 0) }
        #expect(m.dispatch(now: 0) == [.open, .open, .open])
        for c in ["a", "b", "c"] { _ = m.opened(c, lifetime: hour, now: 0) }
        // Opened last = used most recently.
        #expect(m.dispatch(now: 0) == [.send("c", [1]), .send("b", [2]), .send("a", [3])])
        #expect(m.batchFinished("b", now: 10 * ms).isEmpty)
        #expect(m.batchFinished("c", now: 20 * ms).isEmpty)
        #expect(m.batchFinished("a", now: 30 * ms).isEmpty)
        _ = m.enqueue(4, label: "q", now: 40 * ms)
        #expect(m.dispatch(now: 40 * ms) == [.send("a", [4])])
        _ = m.enqueue(5, label: "q", now: 41 * ms)
        _ = m.enqueue(6, label: "q", now: 41 * ms)
        #expect(m.dispatch(now: 41 * ms) == [.send("c", [5]), .send("b", [6])])
    }

    @Test func aBusyConnectionGetsNothingMoreUntilItsBatchFinishes() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        _ = m.enqueue(1, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.open])
        _ = m.opened("a", lifetime: hour, now: 0)
        #expect(m.dispatch(now: 0) == [.send("a", [1])])
        _ = m.enqueue(2, label: "q", now: 1 * ms)
        _ = m.enqueue(3, label: "q", now: 1 * ms)
        #expect(m.dispatch(now: 1 * ms) == [])         // a is busy, the pool is full
        #expect(m.counts == counts(open: 1, busy: 1, waiting: 2))
        #expect(m.batchFinished("a", now: 2 * ms).isEmpty)
        #expect(m.counts == counts(open: 1, idle: 1, waiting: 2))
        #expect(m.dispatch(now: 2 * ms) == [.send("a", [2, 3])])
    }

    @Test func aSecondBatchFinishedForTheSameBatchIsIgnored() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        startIdle(&m, ["a"], now: 0)
        _ = m.enqueue(1, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.send("a", [1])])
        #expect(m.batchFinished("a", now: 1 * ms).isEmpty)
        #expect(m.batchFinished("a", now: 1 * ms).isEmpty)   // duplicate: not listed idle twice
        #expect(m.counts == counts(open: 1, idle: 1))
        _ = m.enqueue(2, label: "q", now: 2 * ms)
        #expect(m.dispatch(now: 2 * ms) == [.send("a", [2])])
        _ = m.enqueue(3, label: "q", now: 2 * ms)
        #expect(m.dispatch(now: 2 * ms) == [])               // a is busy, not idle a second time
        #expect(m.batchFinished("zz", now: 3 * ms).isEmpty)  // unknown connection
        #expect(m.counts == counts(open: 1, busy: 1, waiting: 1))
    }

    @Test func withEveryConnectionBusyANewOneIsOpenedRatherThanQueueingOnABusyOne() {
        var m = Pool(configuration: config(size: 1, maxOverflow: 1, depth: 4))
        startIdle(&m, ["a"], now: 0)
        _ = m.enqueue(1, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.send("a", [1])])
        _ = m.enqueue(2, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.open])
        _ = m.opened("b", lifetime: hour, now: 1 * ms)
        #expect(m.dispatch(now: 1 * ms) == [.send("b", [2])])
        #expect(m.counts == counts(open: 2, busy: 2, overflow: 1))
    }

    @Test func aLongQueueStaysFIFOAcrossCompaction() {
        // 3,000 requests through one connection, 64 at a time: the queue's
        // head passes 1,024 and the storage is compacted on the way.
        let timeout = 10 * hour
        var m = Pool(configuration: config(size: 1, depth: 64, prePing: false, checkoutTimeout: timeout))
        for r in 0..<3_000 { #expect(m.enqueue(r, label: "q", now: UInt64(r) * ms).isEmpty) }
        #expect(m.cancel(5) == true)
        #expect(m.dispatch(now: 3 * sec) == [.open])
        _ = m.opened("a", lifetime: 100 * hour, now: 3 * sec)
        var cancelled: Set<Int> = [5]
        var next = 0          // the oldest request not yet sent
        var batches = 0
        while next < 3_000 {
            var expected: [Int] = []
            while expected.count < 64 && next < 3_000 {
                if !cancelled.contains(next) { expected.append(next) }
                next += 1
            }
            #expect(m.dispatch(now: 3 * sec) == [.send("a", expected)])
            batches += 1
            #expect(m.batchFinished("a", now: 3 * sec).isEmpty)
            if batches == 30 {
                // After compaction: cancel one still waiting, and one already sent.
                #expect(m.cancel(2_500) == true)
                #expect(m.cancel(100) == false)
                cancelled.insert(2_500)
            }
            let oldest = (next..<3_000).first { !cancelled.contains($0) }
            #expect(m.nextCheckoutTimeout == oldest.map { UInt64($0) * ms + timeout })
            #expect(m.counts.waiting == (next..<3_000).filter { !cancelled.contains($0) }.count)
        }
        #expect(batches == 47)   // 2,998 requests: 46 full batches and one of 54
        #expect(m.dispatch(now: 3 * sec) == [])
    }

    // MARK: Pre-ping

    @Test func aConnectionIdlePastThePingBypassIsPingedBeforeItTakesWork() {
        var m = Pool(configuration: config(size: 1, depth: 4))   // full at one: no open muddles this
        startIdle(&m, ["a"], now: 0)
        _ = m.enqueue(1, label: "q", now: 1 * sec)
        #expect(m.dispatch(now: 1 * sec) == [.ping("a")])        // idle exactly the bypass window
        #expect(m.counts == counts(open: 1, waiting: 1))          // pinging: neither idle nor busy
        #expect(m.dispatch(now: 1 * sec) == [])                   // no second ping, nothing sent
        #expect(m.pingFinished("a", alive: true, now: 1 * sec + 5 * ms).isEmpty)
        #expect(m.counts == counts(open: 1, idle: 1, waiting: 1))
        #expect(m.dispatch(now: 1 * sec + 5 * ms) == [.send("a", [1])])
    }

    @Test func aConnectionUsedWithinThePingBypassIsNotPinged() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        startIdle(&m, ["a"], now: 0)
        _ = m.enqueue(1, label: "q", now: 1 * sec - 1)
        #expect(m.dispatch(now: 1 * sec - 1) == [.send("a", [1])])
        // Returned at 2 s: the window starts again from its last use.
        #expect(m.batchFinished("a", now: 2 * sec).isEmpty)
        _ = m.enqueue(2, label: "q", now: 2 * sec + 999 * ms)
        #expect(m.dispatch(now: 2 * sec + 999 * ms) == [.send("a", [2])])
    }

    @Test func aFreshlyOpenedConnectionNeedsNoPing() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        _ = m.enqueue(1, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.open])
        _ = m.opened("a", lifetime: hour, now: 5 * sec)         // the request waited 5 s
        #expect(m.dispatch(now: 5 * sec) == [.send("a", [1])])
    }

    @Test func aFailedPingClosesTheConnectionAndANewOneIsOpenedForWhatWaits() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        startIdle(&m, ["a"], now: 0)
        _ = m.enqueue(1, label: "q", now: 2 * sec)
        #expect(m.dispatch(now: 2 * sec) == [.ping("a")])
        #expect(m.pingFinished("a", alive: false, now: 2 * sec + 1 * ms) == [.close("a")])
        #expect(m.counts == counts(waiting: 1))
        #expect(m.dispatch(now: 2 * sec + 1 * ms) == [.open])
        _ = m.opened("b", lifetime: hour, now: 2 * sec + 9 * ms)
        #expect(m.dispatch(now: 2 * sec + 9 * ms) == [.send("b", [1])])
    }

    @Test func withPrePingOffAnIdleConnectionIsNeverPinged() {
        var m = Pool(configuration: config(size: 1, depth: 4, prePing: false))
        startIdle(&m, ["a"], now: 0, lifetime: 2 * hour)
        _ = m.enqueue(1, label: "q", now: hour)
        #expect(m.dispatch(now: hour) == [.send("a", [1])])
    }

    @Test func aPingFinishedForAConnectionNotBeingPingedIsIgnored() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        startIdle(&m, ["a"], now: 0)
        #expect(m.pingFinished("a", alive: true, now: 1 * ms).isEmpty)    // idle, not pinging
        #expect(m.pingFinished("a", alive: false, now: 1 * ms).isEmpty)   // not closed either
        #expect(m.pingFinished("zz", alive: true, now: 1 * ms).isEmpty)   // unknown
        #expect(m.counts == counts(open: 1, idle: 1))
        _ = m.enqueue(1, label: "q", now: 2 * ms)
        #expect(m.dispatch(now: 2 * ms) == [.send("a", [1])])
        _ = m.enqueue(2, label: "q", now: 2 * ms)
        #expect(m.dispatch(now: 2 * ms) == [])                            // a listed idle once only
    }

    @Test func oneWaitingRequestPingsOneStaleConnectionNotEveryIdleOne() {
        // Three connections idle for 2 s, one request: one ping is enough;
        // the other two take no batch, so they are not pinged.
        var m = Pool(configuration: config(size: 3, depth: 1))
        startIdle(&m, ["a", "b", "c"], now: 0)
        _ = m.enqueue(1, label: "q", now: 2 * sec)
        #expect(m.dispatch(now: 2 * sec) == [.ping("c")])
        #expect(m.counts == counts(open: 3, idle: 2, waiting: 1))
        #expect(m.dispatch(now: 2 * sec) == [])                  // c's ping still covers request 1
        #expect(m.pingFinished("c", alive: true, now: 2 * sec + 1 * ms).isEmpty)
        #expect(m.dispatch(now: 2 * sec + 1 * ms) == [.send("c", [1])])
        #expect(m.counts == counts(open: 3, busy: 1, idle: 2))
    }

    @Test func aConnectionBeingPingedCountsAsCapacityForTheRequestsItWillTake() {
        // One stale idle connection, one request, room to open more: the
        // ping will bring back a connection for the request, so nothing
        // opens until more wait than it will take (depth 4).
        var m = Pool(configuration: config(size: 1, maxOverflow: 1, depth: 4))
        startIdle(&m, ["a"], now: 0)
        _ = m.enqueue(1, label: "q", now: 2 * sec)
        #expect(m.dispatch(now: 2 * sec) == [.ping("a")])
        #expect(m.counts == counts(open: 1, waiting: 1))
        for r in 2...4 { _ = m.enqueue(r, label: "q", now: 2 * sec) }
        #expect(m.dispatch(now: 2 * sec) == [])                  // 4 waiting ≤ 1 pinging × 4
        _ = m.enqueue(5, label: "q", now: 2 * sec)
        #expect(m.dispatch(now: 2 * sec) == [.open])             // 5 > 4: one more connection
        #expect(m.counts == counts(open: 1, opening: 1, waiting: 5))
        #expect(m.pingFinished("a", alive: true, now: 2 * sec + 1 * ms).isEmpty)
        #expect(m.dispatch(now: 2 * sec + 1 * ms) == [.send("a", [1, 2, 3, 4])])
        #expect(m.counts == counts(open: 1, opening: 1, busy: 1, waiting: 1))
    }

    @Test func pingsAndOpensAreOnlyForRequestsBeyondWhatPingingConnectionsWillTake() {
        var m = Pool(configuration: config(size: 3, maxOverflow: 1, depth: 2))
        startIdle(&m, ["a", "b", "c"], now: 0)
        _ = m.enqueue(1, label: "q", now: 2 * sec)
        _ = m.enqueue(2, label: "q", now: 2 * sec)
        #expect(m.dispatch(now: 2 * sec) == [.ping("c")])        // 2 waiting: one batch, one ping
        _ = m.enqueue(3, label: "q", now: 2 * sec)
        #expect(m.dispatch(now: 2 * sec) == [.ping("b")])        // 3 > 1 × 2
        _ = m.enqueue(4, label: "q", now: 2 * sec)
        #expect(m.dispatch(now: 2 * sec) == [])                  // 4 ≤ 2 × 2
        _ = m.enqueue(5, label: "q", now: 2 * sec)
        #expect(m.dispatch(now: 2 * sec) == [.ping("a")])        // 5 > 4
        _ = m.enqueue(6, label: "q", now: 2 * sec)
        #expect(m.dispatch(now: 2 * sec) == [])                  // 6 ≤ 3 × 2
        _ = m.enqueue(7, label: "q", now: 2 * sec)
        #expect(m.dispatch(now: 2 * sec) == [.open])             // 7 > (0 + 3) × 2; then 7 ≤ (1 + 3) × 2
        #expect(m.counts == counts(open: 3, opening: 1, waiting: 7))
        #expect(m.pingFinished("c", alive: true, now: 2 * sec + 1 * ms).isEmpty)
        #expect(m.dispatch(now: 2 * sec + 1 * ms) == [.send("c", [1, 2])])
        // A failed ping gives back the capacity it stood for: 5 waiting > (1 + 1) × 2.
        #expect(m.pingFinished("b", alive: false, now: 2 * sec + 2 * ms) == [.close("b")])
        #expect(m.dispatch(now: 2 * sec + 2 * ms) == [.open])
        #expect(m.counts == counts(open: 2, opening: 2, busy: 1, waiting: 5))
    }

    @Test func aFreshlyOpenedOrPingedConnectionTakesItsBatchEvenWithAZeroBypass() {
        // A bypass of 0 means "ping before every batch", except the first
        // batch after an open or a successful ping.
        var m = Pool(configuration: config(size: 1, depth: 4, pingBypass: 0))
        _ = m.enqueue(1, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.open])
        #expect(m.opened("a", lifetime: hour, now: 10 * ms).isEmpty)
        #expect(m.dispatch(now: 10 * ms) == [.send("a", [1])])      // just opened: no ping
        #expect(m.batchFinished("a", now: 20 * ms).isEmpty)
        _ = m.enqueue(2, label: "q", now: 20 * ms)
        #expect(m.dispatch(now: 20 * ms) == [.ping("a")])           // returned, idle 0 ns ≥ 0: ping
        #expect(m.dispatch(now: 20 * ms) == [])
        #expect(m.pingFinished("a", alive: true, now: 21 * ms).isEmpty)
        #expect(m.dispatch(now: 21 * ms) == [.send("a", [2])])      // just pinged: no second ping
        #expect(m.batchFinished("a", now: 30 * ms).isEmpty)
        _ = m.enqueue(3, label: "q", now: 30 * ms)
        #expect(m.dispatch(now: 30 * ms) == [.ping("a")])           // the ping covered one batch only
    }

    @Test func aFreshlyOpenedOrPingedConnectionNeedsNoPingHoweverLongItWaitsForItsBatch() {
        var m = Pool(configuration: config(size: 1, depth: 1))      // bypass 1 s
        _ = m.enqueue(-1, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.open])
        #expect(m.cancel(-1) == true)
        #expect(m.opened("a", lifetime: hour, now: 0).isEmpty)
        _ = m.enqueue(1, label: "q", now: 10 * sec)
        #expect(m.dispatch(now: 10 * sec) == [.send("a", [1])])     // idle 10 s since its open
        #expect(m.batchFinished("a", now: 11 * sec).isEmpty)
        _ = m.enqueue(2, label: "q", now: 20 * sec)
        #expect(m.dispatch(now: 20 * sec) == [.ping("a")])          // used, then idle 9 s
        #expect(m.cancel(2) == true)                                // nobody wants it any more
        #expect(m.pingFinished("a", alive: true, now: 20 * sec + 1 * ms).isEmpty)
        #expect(m.counts == counts(open: 1, idle: 1))
        _ = m.enqueue(3, label: "q", now: 30 * sec)
        #expect(m.dispatch(now: 30 * sec) == [.send("a", [3])])     // pinged, then idle 10 s: still no ping
        #expect(m.batchFinished("a", now: 30 * sec + 1 * ms).isEmpty)
        _ = m.enqueue(4, label: "q", now: 32 * sec)
        #expect(m.dispatch(now: 32 * sec) == [.ping("a")])
    }

    @Test func aConnectionReturnedByBatchFinishedIsPingedOnlyOnceIdleForTheBypass() {
        var m = Pool(configuration: config(size: 1, depth: 1, pingBypass: 500 * ms))
        _ = m.enqueue(1, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.open])
        #expect(m.opened("a", lifetime: hour, now: 0).isEmpty)
        #expect(m.dispatch(now: 0) == [.send("a", [1])])
        #expect(m.batchFinished("a", now: 1 * sec).isEmpty)
        _ = m.enqueue(2, label: "q", now: 1 * sec + 500 * ms - 1)
        #expect(m.dispatch(now: 1 * sec + 500 * ms - 1) == [.send("a", [2])])   // idle 499.999999 ms
        #expect(m.batchFinished("a", now: 2 * sec).isEmpty)
        _ = m.enqueue(3, label: "q", now: 2 * sec + 500 * ms)
        #expect(m.dispatch(now: 2 * sec + 500 * ms) == [.ping("a")])            // idle exactly 500 ms
    }

    // MARK: Lifetimes

    @Test func aConnectionPastItsLifetimeIsClosedOnDispatchNotPingedAndReplaced() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        startIdle(&m, ["a"], now: 0, lifetime: 10 * sec)
        _ = m.enqueue(1, label: "q", now: 10 * sec)
        #expect(m.dispatch(now: 10 * sec) == [.close("a"), .open])
        #expect(m.counts == counts(opening: 1, waiting: 1))
        _ = m.opened("b", lifetime: hour, now: 10 * sec + 3 * ms)
        #expect(m.dispatch(now: 10 * sec + 3 * ms) == [.send("b", [1])])
    }

    @Test func aConnectionJustBeforeItsLifetimeIsStillUsed() {
        var m = Pool(configuration: config(size: 1, depth: 4, prePing: false))
        startIdle(&m, ["a"], now: 0, lifetime: 10 * sec)
        _ = m.enqueue(1, label: "q", now: 10 * sec - 1)
        #expect(m.dispatch(now: 10 * sec - 1) == [.send("a", [1])])
    }

    @Test func aConnectionPastItsLifetimeIsClosedWhenItsBatchFinishes() {
        var m = Pool(configuration: config(size: 1, depth: 4, prePing: false))
        startIdle(&m, ["a"], now: 0, lifetime: 10 * sec)
        _ = m.enqueue(1, label: "q", now: 9 * sec)
        #expect(m.dispatch(now: 9 * sec) == [.send("a", [1])])
        _ = m.enqueue(2, label: "q", now: 9 * sec)
        #expect(m.sweep(now: 10 * sec) == [])                  // busy: sweep leaves it alone
        #expect(m.batchFinished("a", now: 10 * sec) == [.close("a")])
        #expect(m.counts == counts(waiting: 1))
        #expect(m.dispatch(now: 10 * sec) == [.open])
    }

    @Test func sweepClosesIdleConnectionsPastTheirLifetime() {
        var m = Pool(configuration: config(size: 2, depth: 1))
        _ = m.enqueue(-1, label: "q", now: 0)
        _ = m.enqueue(-2, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.open, .open])
        _ = m.cancel(-1)
        _ = m.cancel(-2)
        _ = m.opened("a", lifetime: 10 * sec, now: 0)
        _ = m.opened("b", lifetime: 20 * sec, now: 0)
        #expect(m.sweep(now: 10 * sec - 1) == [])
        #expect(m.sweep(now: 10 * sec) == [.close("a")])
        #expect(m.counts == counts(open: 1, idle: 1))
        #expect(m.sweep(now: 19 * sec) == [])
        #expect(m.sweep(now: 20 * sec) == [.close("b")])
        #expect(m.counts == counts())
    }

    // MARK: Overflow

    @Test func anOverflowConnectionReturnedWhileSizeConnectionsAreIdleIsClosed() {
        var m = Pool(configuration: config(size: 2, maxOverflow: 1, depth: 1))
        for r in 1...3 { _ = m.enqueue(r, label: "q", now: 0) }
        #expect(m.dispatch(now: 0) == [.open, .open, .open])
        for c in ["a", "b", "c"] { _ = m.opened(c, lifetime: hour, now: 0) }
        #expect(m.dispatch(now: 0) == [.send("c", [1]), .send("b", [2]), .send("a", [3])])
        #expect(m.counts == counts(open: 3, busy: 3, overflow: 1))
        #expect(m.batchFinished("a", now: 1 * ms).isEmpty)          // 0 idle < 2
        #expect(m.batchFinished("b", now: 2 * ms).isEmpty)          // 1 idle < 2
        #expect(m.batchFinished("c", now: 3 * ms) == [.close("c")]) // 2 idle: surplus
        #expect(m.counts == counts(open: 2, idle: 2))
    }

    @Test func anOverflowConnectionIsKeptWhileRequestsWait() {
        var m = Pool(configuration: config(size: 1, maxOverflow: 1, depth: 1))
        _ = m.enqueue(1, label: "q", now: 0)
        _ = m.enqueue(2, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.open, .open])
        _ = m.opened("a", lifetime: hour, now: 0)
        _ = m.opened("b", lifetime: hour, now: 0)
        #expect(m.dispatch(now: 0) == [.send("b", [1]), .send("a", [2])])
        _ = m.enqueue(3, label: "q", now: 1 * ms)
        _ = m.enqueue(4, label: "q", now: 1 * ms)               // both wait: no dispatch yet
        #expect(m.batchFinished("a", now: 2 * ms).isEmpty)       // 0 idle < 1
        #expect(m.batchFinished("b", now: 3 * ms).isEmpty)       // 1 idle = size, but 2 wait: kept
        #expect(m.counts == counts(open: 2, idle: 2, waiting: 2, overflow: 1))
        #expect(m.dispatch(now: 3 * ms) == [.send("b", [3]), .send("a", [4])])
        // Nothing waits any more: the rule closes the surplus again.
        #expect(m.batchFinished("b", now: 4 * ms).isEmpty)       // 0 idle < 1
        #expect(m.batchFinished("a", now: 5 * ms) == [.close("a")])
        #expect(m.counts == counts(open: 1, idle: 1))
    }

    @Test func sweepClosesOverflowConnectionsIdleTooLongButKeepsSizeOfThem() {
        var m = Pool(configuration: config(size: 2, maxOverflow: 2, depth: 1, prePing: false))
        for r in 1...4 { _ = m.enqueue(-r, label: "q", now: 0) }
        #expect(m.dispatch(now: 0) == [.open, .open, .open, .open])
        for r in 1...4 { _ = m.cancel(-r) }
        _ = m.opened("a", lifetime: hour, now: 0)
        _ = m.opened("b", lifetime: hour, now: 1 * sec)
        _ = m.opened("c", lifetime: hour, now: 2 * sec)
        _ = m.opened("d", lifetime: hour, now: 3 * sec)
        #expect(m.counts == counts(open: 4, idle: 4, overflow: 2))
        #expect(m.sweep(now: 60 * sec - 1) == [])                   // none idle 60 s yet
        #expect(m.sweep(now: 60 * sec) == [.close("a")])            // exactly 60 s
        #expect(m.sweep(now: 62 * sec) == [.close("b")])            // c is idle 60 s too, but only 2 left
        #expect(m.sweep(now: 1_000 * sec) == [])
        #expect(m.counts == counts(open: 2, idle: 2))
        // The warm ones survived.
        _ = m.enqueue(1, label: "q", now: 1_000 * sec)
        _ = m.enqueue(2, label: "q", now: 1_000 * sec)
        #expect(m.dispatch(now: 1_000 * sec) == [.send("d", [1]), .send("c", [2])])
    }

    @Test func sweepCountsBusyConnectionsTowardSize() {
        var m = Pool(configuration: config(size: 1, maxOverflow: 1, depth: 1, prePing: false))
        _ = m.enqueue(1, label: "q", now: 0)
        _ = m.enqueue(2, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.open, .open])
        _ = m.opened("a", lifetime: hour, now: 0)
        _ = m.opened("b", lifetime: hour, now: 0)
        #expect(m.dispatch(now: 0) == [.send("b", [1]), .send("a", [2])])
        #expect(m.batchFinished("a", now: 0).isEmpty)
        #expect(m.sweep(now: 60 * sec - 1) == [])
        #expect(m.sweep(now: 60 * sec) == [.close("a")])            // b busy + a idle = 2 > 1
        #expect(m.counts == counts(open: 1, busy: 1))
        #expect(m.batchFinished("b", now: 61 * sec).isEmpty)        // 0 idle < 1: kept
        #expect(m.sweep(now: 500 * sec) == [])                      // 1 = size: kept however long
        #expect(m.counts == counts(open: 1, idle: 1))
    }

    // MARK: Checkout timeout

    @Test func sweepFailsRequestsWaitingPastTheCheckoutTimeoutOldestFirst() {
        var m = Pool(configuration: config(size: 1, depth: 4, prePing: false, checkoutTimeout: 3 * sec))
        #expect(m.nextCheckoutTimeout == nil)
        startIdle(&m, ["a"], now: 0)
        _ = m.enqueue(10, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.send("a", [10])])
        #expect(m.nextCheckoutTimeout == nil)
        _ = m.enqueue(1, label: "q", now: 1 * sec)
        _ = m.enqueue(2, label: "q", now: 2 * sec)
        _ = m.enqueue(3, label: "q", now: 5 * sec)
        #expect(m.dispatch(now: 5 * sec) == [])
        #expect(m.nextCheckoutTimeout == 4 * sec)
        #expect(m.sweep(now: 4 * sec - 1) == [])
        // 1 waited 4 s, 2 exactly 3 s, 3 none: 1 and 2 fail, reporting the longest wait.
        #expect(m.sweep(now: 5 * sec) == [.fail([1, 2], .checkoutTimedOut(waitedNanoseconds: 4 * sec))])
        #expect(m.counts == counts(open: 1, busy: 1, waiting: 1))
        #expect(m.nextCheckoutTimeout == 8 * sec)
        #expect(m.cancel(1) == false)                                       // failed: no longer waiting
        #expect(m.sweep(now: 8 * sec - 1) == [])
        #expect(m.batchFinished("a", now: 8 * sec - 1).isEmpty)
        #expect(m.dispatch(now: 8 * sec - 1) == [.send("a", [3])])  // neither 1 nor 2
        #expect(m.nextCheckoutTimeout == nil)
        #expect(m.sweep(now: 100 * sec) == [])
    }

    @Test func nextCheckoutTimeoutFollowsTheOldestStillWaiting() {
        var m = Pool(configuration: config(size: 1, depth: 4, checkoutTimeout: 30 * sec))
        _ = m.enqueue(1, label: "q", now: 1 * sec)
        _ = m.enqueue(2, label: "q", now: 2 * sec)
        #expect(m.nextCheckoutTimeout == 31 * sec)
        #expect(m.cancel(1) == true)
        #expect(m.nextCheckoutTimeout == 32 * sec)
        #expect(m.cancel(2) == true)
        #expect(m.nextCheckoutTimeout == nil)
    }

    // MARK: Cancel

    @Test func aCancelledRequestIsNeverSentAndCancellingTwiceSentOrUnknownReturnsFalse() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        for r in 1...3 { _ = m.enqueue(r, label: "q", now: 0) }
        #expect(m.cancel(2) == true)
        #expect(m.cancel(2) == false)
        #expect(m.cancel(42) == false)
        #expect(m.counts == counts(waiting: 2))
        #expect(m.dispatch(now: 0) == [.open])
        _ = m.opened("a", lifetime: hour, now: 0)
        #expect(m.dispatch(now: 0) == [.send("a", [1, 3])])
        #expect(m.cancel(1) == false)
        #expect(m.cancel(3) == false)
        #expect(m.counts == counts(open: 1, busy: 1))
    }

    @Test func aCancelledRequestNeedsNoConnection() {
        var m = Pool(configuration: config(size: 2, depth: 2))
        for r in 1...3 { _ = m.enqueue(r, label: "q", now: 0) }
        #expect(m.cancel(3) == true)
        #expect(m.dispatch(now: 0) == [.open])     // 2 left: one batch
    }

    // MARK: Open failures

    @Test func whenTheOnlyOpenFailsEveryWaitingRequestFailsAtOnce() {
        var m = Pool(configuration: config(size: 2, depth: 4))
        for r in 1...3 { _ = m.enqueue(r, label: "q", now: 0) }
        #expect(m.dispatch(now: 0) == [.open])
        #expect(m.openFailed(now: 0) == [.fail([1, 2, 3], .connectFailed)])
        #expect(m.counts == counts())
        #expect(m.nextCheckoutTimeout == nil)
        #expect(m.dispatch(now: 0) == [])
        #expect(m.cancel(1) == false)
        // New demand tries again.
        _ = m.enqueue(4, label: "q", now: 1 * sec)
        #expect(m.dispatch(now: 1 * sec) == [.open])
    }

    @Test func whenAnotherConnectionIsStillOpeningWaitingRequestsKeepWaiting() {
        var m = Pool(configuration: config(size: 2, depth: 1))
        _ = m.enqueue(1, label: "q", now: 0)
        _ = m.enqueue(2, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.open, .open])
        #expect(m.openFailed(now: 0) == [])
        #expect(m.counts == counts(opening: 1, waiting: 2))
        #expect(m.dispatch(now: 0) == [])                 // capacity freed, but backing off
        #expect(m.dispatch(now: 100 * ms) == [.open])     // 2 still want 2
        #expect(m.counts == counts(opening: 2, waiting: 2))
        #expect(m.openFailed(now: 100 * ms) == [])
        #expect(m.openFailed(now: 150 * ms) == [.fail([1, 2], .connectFailed)])
        #expect(m.counts == counts())
    }

    @Test func whenAnotherConnectionIsOpenWaitingRequestsKeepWaiting() {
        var m = Pool(configuration: config(size: 2, depth: 1))
        startIdle(&m, ["a"], now: 0)
        _ = m.enqueue(1, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.send("a", [1])])
        _ = m.enqueue(2, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.open])
        #expect(m.openFailed(now: 0) == [])                // a is open (busy): wait for it
        #expect(m.counts == counts(open: 1, busy: 1, waiting: 1))
        #expect(m.batchFinished("a", now: 1 * ms).isEmpty)
        #expect(m.dispatch(now: 1 * ms) == [.send("a", [2])])
    }

    @Test func afterAFailedOpenNoNewOpenIsTriedUntilTheBackOffEnds() {
        var m = Pool(configuration: config(size: 3, depth: 1))
        _ = m.enqueue(1, label: "q", now: 1 * sec)
        _ = m.enqueue(2, label: "q", now: 1 * sec)
        #expect(m.dispatch(now: 1 * sec) == [.open, .open])
        #expect(m.openFailed(now: 1 * sec) == [])          // the other is still opening: 1 and 2 wait
        #expect(m.counts == counts(opening: 1, waiting: 2))
        // 2 waiting, 1 opening, room for 2 more: the back-off holds until 1.1 s.
        #expect(m.dispatch(now: 1 * sec) == [])
        // The other open succeeds inside the window and takes request 1; no open for request 2 yet.
        #expect(m.opened("a", lifetime: hour, now: 1 * sec + 10 * ms).isEmpty)
        #expect(m.dispatch(now: 1 * sec + 10 * ms) == [.send("a", [1])])
        #expect(m.dispatch(now: 1 * sec + 100 * ms - 1) == [])
        #expect(m.counts == counts(open: 1, busy: 1, waiting: 1))
        #expect(m.dispatch(now: 1 * sec + 100 * ms) == [.open])
        #expect(m.counts == counts(open: 1, opening: 1, busy: 1, waiting: 1))
    }

    @Test func aRequestArrivingDuringTheBackOffWaitsForTheNextTryAndFailsWithIt() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        _ = m.enqueue(1, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.open])
        #expect(m.openFailed(now: 0) == [.fail([1], .connectFailed)])   // nothing open or opening
        _ = m.enqueue(2, label: "q", now: 50 * ms)
        #expect(m.dispatch(now: 50 * ms) == [])                           // backing off until 100 ms
        #expect(m.counts == counts(waiting: 1))
        #expect(m.dispatch(now: 100 * ms) == [.open])
        #expect(m.openFailed(now: 120 * ms) == [.fail([2], .connectFailed)])
        #expect(m.counts == counts())
    }

    @Test func theOwnerIsToldWhenTheBackOffEndsWhileARequestWaitsForIt() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        _ = m.enqueue(1, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.open])
        #expect(m.openBackoffEnd(now: 0) == nil)                         // an open is under way
        #expect(m.openFailed(now: 0) == [.fail([1], .connectFailed)])
        #expect(m.openBackoffEnd(now: 10 * ms) == nil)                   // nothing waits
        _ = m.enqueue(2, label: "q", now: 50 * ms)
        #expect(m.dispatch(now: 50 * ms) == [])
        #expect(m.openBackoffEnd(now: 50 * ms) == 100 * ms)              // dispatch again then
        #expect(m.dispatch(now: 100 * ms) == [.open])
        #expect(m.openBackoffEnd(now: 100 * ms) == nil)
        #expect(m.opened("a", lifetime: hour, now: 110 * ms).isEmpty)
        #expect(m.dispatch(now: 110 * ms) == [.send("a", [2])])
        #expect(m.openBackoffEnd(now: 110 * ms) == nil)
    }

    @Test func theBackOffDoublesUpToFiveSecondsAndResetsOnSuccess() {
        var m = Pool(configuration: config(size: 2, depth: 1))
        // Each round an open is tried at the first moment allowed and fails:
        // (when it fails, the first moment the next open is allowed).
        let rounds: [(failAt: UInt64, nextOpenAt: UInt64)] = [
            (0,           100 * ms),      // 1st failure: 100 ms
            (100 * ms,    300 * ms),      // 2nd: 200 ms
            (300 * ms,    700 * ms),      // 3rd: 400 ms
            (700 * ms,    1_500 * ms),    // 4th: 800 ms
            (1_500 * ms,  3_100 * ms),    // 5th: 1.6 s
            (3_100 * ms,  6_300 * ms),    // 6th: 3.2 s
            (6_300 * ms,  11_300 * ms),   // 7th: 6.4 s, capped at 5 s
            (11_300 * ms, 16_300 * ms),   // 8th: 5 s
        ]
        var request = 1
        _ = m.enqueue(request, label: "q", now: 0)
        for (failAt, nextOpenAt) in rounds {
            #expect(m.dispatch(now: failAt) == [.open])
            #expect(m.openFailed(now: failAt) == [.fail([request], .connectFailed)])
            request += 1
            _ = m.enqueue(request, label: "q", now: failAt)
            #expect(m.dispatch(now: nextOpenAt - 1) == [])
            #expect(m.counts == counts(waiting: 1))
        }
        #expect(request == 9)
        // A success resets the back-off.
        #expect(m.dispatch(now: 16_300 * ms) == [.open])
        #expect(m.opened("a", lifetime: hour, now: 16_305 * ms).isEmpty)
        #expect(m.dispatch(now: 16_305 * ms) == [.send("a", [9])])
        _ = m.enqueue(10, label: "q", now: 16_400 * ms)
        #expect(m.dispatch(now: 16_400 * ms) == [.open])
        #expect(m.openFailed(now: 17 * sec) == [])                   // a is open: 10 waits
        #expect(m.dispatch(now: 17_100 * ms - 1) == [])
        #expect(m.dispatch(now: 17_100 * ms) == [.open])             // 100 ms again, not 5 s
        #expect(m.openFailed(now: 17_100 * ms) == [])
        #expect(m.dispatch(now: 17_300 * ms - 1) == [])
        #expect(m.dispatch(now: 17_300 * ms) == [.open])             // then 200 ms
        #expect(m.counts == counts(open: 1, opening: 1, busy: 1, waiting: 1))
    }

    // MARK: Broken connections

    @Test func aBrokenIdleConnectionIsForgotten() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        startIdle(&m, ["a"], now: 0)
        m.connectionBroken("a")
        #expect(m.counts == counts())
        _ = m.enqueue(1, label: "q", now: 1 * ms)
        #expect(m.dispatch(now: 1 * ms) == [.open])  // not a send to the dead a
        m.connectionBroken("a")                      // twice, or unknown: nothing
        m.connectionBroken("zz")
        #expect(m.counts == counts(opening: 1, waiting: 1))
    }

    @Test func aBrokenBusyConnectionFreesItsCapacity() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        startIdle(&m, ["a"], now: 0)
        _ = m.enqueue(1, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.send("a", [1])])
        _ = m.enqueue(2, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [])
        m.connectionBroken("a")
        #expect(m.counts == counts(waiting: 1))
        #expect(m.dispatch(now: 0) == [.open])
        #expect(m.batchFinished("a", now: 1 * ms).isEmpty)    // forgotten: not made idle again
        #expect(m.counts == counts(opening: 1, waiting: 1))
        _ = m.opened("b", lifetime: hour, now: 2 * ms)
        #expect(m.dispatch(now: 2 * ms) == [.send("b", [2])])
    }

    @Test func aBrokenPingingConnectionIsForgotten() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        startIdle(&m, ["a"], now: 0)
        _ = m.enqueue(1, label: "q", now: 2 * sec)
        #expect(m.dispatch(now: 2 * sec) == [.ping("a")])
        m.connectionBroken("a")
        #expect(m.pingFinished("a", alive: true, now: 2 * sec).isEmpty)
        #expect(m.counts == counts(waiting: 1))
        #expect(m.dispatch(now: 2 * sec) == [.open])
    }

    // MARK: Leak reports

    @Test func aBatchHeldPastTheLeakThresholdIsReportedOnceWithItsLabel() {
        var m = Pool(configuration: config(size: 1, depth: 4, prePing: false, leak: 10 * sec))
        startIdle(&m, ["a"], now: 0)
        _ = m.enqueue(1, label: "GetResume", now: 0)
        _ = m.enqueue(2, label: "ListResumes", now: 0)
        #expect(m.dispatch(now: 0) == [.send("a", [1, 2])])
        #expect(m.sweep(now: 10 * sec - 1) == [])
        #expect(m.sweep(now: 10 * sec + 5) == [.reportLeak("a", label: "GetResume", heldNanoseconds: 10 * sec + 5)])
        #expect(m.sweep(now: 20 * sec) == [])                 // once
        #expect(m.sweep(now: 25 * sec) == [])
        #expect(m.batchFinished("a", now: 25 * sec).isEmpty)
        // The next batch is timed, and reported, on its own.
        _ = m.enqueue(3, label: "Search", now: 30 * sec)
        #expect(m.dispatch(now: 30 * sec) == [.send("a", [3])])
        #expect(m.sweep(now: 39 * sec) == [])
        #expect(m.sweep(now: 40 * sec) == [.reportLeak("a", label: "Search", heldNanoseconds: 10 * sec)])
    }

    @Test func everyBatchHeldPastTheLeakThresholdIsReported() {
        var m = Pool(configuration: config(size: 3, depth: 1, prePing: false, leak: 10 * sec))
        startIdle(&m, ["a", "b", "c"], now: 0)
        _ = m.enqueue(1, label: "one", now: 0)
        #expect(m.dispatch(now: 0) == [.send("c", [1])])
        _ = m.enqueue(2, label: "two", now: 4 * sec)
        #expect(m.dispatch(now: 4 * sec) == [.send("b", [2])])
        _ = m.enqueue(3, label: "three", now: 9 * sec)
        #expect(m.dispatch(now: 9 * sec) == [.send("a", [3])])
        let actions = m.sweep(now: 14 * sec)
        #expect(actions.count == 2)
        #expect(Set(actions) == [.reportLeak("c", label: "one", heldNanoseconds: 14 * sec),
                                 .reportLeak("b", label: "two", heldNanoseconds: 10 * sec)])
        #expect(m.sweep(now: 19 * sec) == [.reportLeak("a", label: "three", heldNanoseconds: 10 * sec)])
    }

    @Test func aLeakThresholdOfZeroReportsNothing() {
        var m = Pool(configuration: config(size: 1, depth: 4, prePing: false, leak: 0))
        startIdle(&m, ["a"], now: 0)
        _ = m.enqueue(1, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.send("a", [1])])
        #expect(m.sweep(now: 1) == [])
        #expect(m.sweep(now: 59 * 60 * sec) == [])
    }

    // MARK: Close

    @Test func closeClosesIdleConnectionsFailsWaitersAndClosesTheRestAsTheyReport() {
        var m = Pool(configuration: config(size: 4, depth: 1, prePing: false))
        for r in 1...4 { _ = m.enqueue(r, label: "q", now: 0) }
        #expect(m.dispatch(now: 0) == [.open, .open, .open, .open])
        for c in ["a", "b", "c"] { _ = m.opened(c, lifetime: hour, now: 0) }
        #expect(m.dispatch(now: 0) == [.send("c", [1]), .send("b", [2]), .send("a", [3])])
        #expect(m.batchFinished("b", now: 1 * ms).isEmpty)
        #expect(m.batchFinished("a", now: 2 * ms).isEmpty)
        _ = m.enqueue(5, label: "q", now: 3 * ms)                 // 4 and 5 wait (no dispatch yet)
        #expect(m.counts == counts(open: 3, opening: 1, busy: 1, idle: 2, waiting: 2))
        #expect(!m.isClosed)

        #expect(m.close() == [.close("b"), .close("a"), .fail([4, 5], .closed)])
        #expect(m.isClosed)
        #expect(m.counts == counts(open: 1, opening: 1, busy: 1))
        #expect(m.nextCheckoutTimeout == nil)
        #expect(m.enqueue(6, label: "q", now: 4 * ms) == [.fail([6], .closed)])
        #expect(m.counts.waiting == 0)
        #expect(m.dispatch(now: 4 * ms) == [])
        #expect(m.cancel(4) == false)
        #expect(m.cancel(6) == false)
        #expect(m.batchFinished("c", now: 5 * ms) == [.close("c")])   // busy: closed on return
        #expect(m.opened("d", lifetime: hour, now: 6 * ms) == [.close("d")])
        #expect(m.counts == counts())
        #expect(m.close() == [])                                        // twice: nothing more
        #expect(m.dispatch(now: 7 * ms) == [])
    }

    @Test func closeClosesAPingingConnectionWhenItsPingFinishes() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        startIdle(&m, ["a"], now: 0)
        _ = m.enqueue(1, label: "q", now: 2 * sec)
        #expect(m.dispatch(now: 2 * sec) == [.ping("a")])
        #expect(m.close() == [.fail([1], .closed)])
        #expect(m.counts == counts(open: 1))
        #expect(m.pingFinished("a", alive: true, now: 2 * sec + 1 * ms) == [.close("a")])
        #expect(m.counts == counts())
    }

    @Test func anOpenFailingAfterCloseFailsNothing() {
        var m = Pool(configuration: config(size: 1, depth: 4))
        _ = m.enqueue(1, label: "q", now: 0)
        #expect(m.dispatch(now: 0) == [.open])
        #expect(m.close() == [.fail([1], .closed)])
        #expect(m.openFailed(now: 0) == [])
        #expect(m.counts == counts())
    }

    // MARK: Counts

    @Test func countsAlongOneLongerScenario() {
        var m = Pool(configuration: config(size: 2, maxOverflow: 1, depth: 2))
        for r in 1...5 { _ = m.enqueue(r, label: "q", now: 0) }
        #expect(m.counts == counts(waiting: 5))
        #expect(m.dispatch(now: 0) == [.open, .open, .open])
        #expect(m.counts == counts(opening: 3, waiting: 5))
        _ = m.opened("a", lifetime: hour, now: 0)
        #expect(m.counts == counts(open: 1, opening: 2, idle: 1, waiting: 5))
        #expect(m.dispatch(now: 0) == [.send("a", [1, 2])])
        #expect(m.counts == counts(open: 1, opening: 2, busy: 1, waiting: 3))
        _ = m.opened("b", lifetime: hour, now: 0)
        #expect(m.dispatch(now: 0) == [.send("b", [3, 4])])
        #expect(m.counts == counts(open: 2, opening: 1, busy: 2, waiting: 1))
        _ = m.opened("c", lifetime: hour, now: 0)
        #expect(m.dispatch(now: 0) == [.send("c", [5])])
        #expect(m.counts == counts(open: 3, busy: 3, overflow: 1))
        #expect(m.batchFinished("a", now: 10 * ms).isEmpty)
        #expect(m.counts == counts(open: 3, busy: 2, idle: 1, overflow: 1))
        #expect(m.batchFinished("b", now: 20 * ms).isEmpty)
        #expect(m.counts == counts(open: 3, busy: 1, idle: 2, overflow: 1))
        #expect(m.batchFinished("c", now: 30 * ms) == [.close("c")])
        #expect(m.counts == counts(open: 2, idle: 2))
        for r in 6...8 { _ = m.enqueue(r, label: "q", now: 500 * ms) }
        #expect(m.counts == counts(open: 2, idle: 2, waiting: 3))
        #expect(m.dispatch(now: 500 * ms) == [.send("b", [6, 7]), .send("a", [8])])
        #expect(m.counts == counts(open: 2, busy: 2))
        for r in 9...11 { _ = m.enqueue(r, label: "q", now: 550 * ms) }
        #expect(m.dispatch(now: 550 * ms) == [.open])
        #expect(m.counts == counts(open: 2, opening: 1, busy: 2, waiting: 3))
        _ = m.opened("c2", lifetime: hour, now: 600 * ms)
        #expect(m.dispatch(now: 600 * ms) == [.send("c2", [9, 10])])
        #expect(m.counts == counts(open: 3, busy: 3, waiting: 1, overflow: 1))
        #expect(m.batchFinished("a", now: 700 * ms).isEmpty)
        #expect(m.counts == counts(open: 3, busy: 2, idle: 1, waiting: 1, overflow: 1))
        #expect(m.dispatch(now: 700 * ms) == [.send("a", [11])])
        #expect(m.batchFinished("c2", now: 800 * ms).isEmpty)
        #expect(m.dispatch(now: 800 * ms) == [])
        #expect(m.counts == counts(open: 3, busy: 2, idle: 1, overflow: 1))
        _ = m.enqueue(12, label: "q", now: 5 * sec)
        #expect(m.dispatch(now: 5 * sec) == [.ping("c2")])            // full: nothing to open
        #expect(m.counts == counts(open: 3, busy: 2, waiting: 1, overflow: 1))
        #expect(m.pingFinished("c2", alive: true, now: 5 * sec + 1 * ms).isEmpty)
        #expect(m.counts == counts(open: 3, busy: 2, idle: 1, waiting: 1, overflow: 1))
        #expect(m.dispatch(now: 5 * sec + 1 * ms) == [.send("c2", [12])])
        #expect(m.counts == counts(open: 3, busy: 3, overflow: 1))
        m.connectionBroken("b")
        #expect(m.counts == counts(open: 2, busy: 2))
        #expect(m.close() == [])
        #expect(m.counts == counts(open: 2, busy: 2))
        #expect(m.batchFinished("a", now: 6 * sec) == [.close("a")])
        #expect(m.counts == counts(open: 1, busy: 1))
        #expect(m.batchFinished("c2", now: 6 * sec) == [.close("c2")])
        #expect(m.counts == counts())
    }

    // MARK: Randomized

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8, 0xDEAD_BEEF, 0x5EED] as [UInt64])
    func randomEventsKeepEveryInvariant(seed: UInt64) {
        var sim = PoolSimulation(seed: seed)
        sim.run(events: 2_000)
        sim.drain()
        sim.checkEveryRequestSettledOnce()
        // The run exercised the pool (not a quiet pool that never did anything).
        #expect(sim.sentOrder.count >= 100)
        #expect(sim.tally["open", default: 0] >= 10 && sim.tally["close", default: 0] >= 1)
    }

    @Test func theRandomRunsTogetherReachEveryNewRule() {
        // So the model's checks of the new rules are not vacuous.
        var total: [String: Int] = [:]
        for seed in [1, 2, 3, 4, 5, 6, 7, 8, 0xDEAD_BEEF, 0x5EED] as [UInt64] {
            var sim = PoolSimulation(seed: seed)
            sim.run(events: 2_000)
            sim.drain()
            total.merge(sim.tally, uniquingKeysWith: +)
        }
        #expect(total["verified, no ping", default: 0] > 0)       // rule 1
        #expect(total["idle while pings cover", default: 0] > 0)  // rule 2
        #expect(total["held back", default: 0] > 0)               // rule 3
        #expect(total["fail connectFailed".prefix(12).description, default: 0] > 0)
        #expect(total["overflow kept", default: 0] > 0)           // rule 4
    }
}

// MARK: - The randomized simulation

/// Plays a pool's owner: performs every action the machine asks for, keeps
/// its own model of connections and requests, and feeds random events back.
/// Checks each action against the model, and the invariants after each step.
private struct PoolSimulation {
    enum Conn: Equatable {
        /// `verified`: just opened or pinged successfully (no ping before its next batch).
        case idle(since: UInt64, verified: Bool)
        case pinging
        case busy(batch: [Int], since: UInt64, reported: Bool)
        var isIdle: Bool { if case .idle = self { true } else { false } }
    }
    enum Fate: Equatable { case sent(String), failed(Pool.Failure), cancelled }

    let seed: UInt64
    var rng: SplitMix64
    let config: PoolConfiguration
    var m: Pool
    var now: UInt64 = 1_000 * sec
    var step = 0

    var conns: [String: Conn] = [:]
    var expiresAt: [String: UInt64] = [:]
    var pendingOpens = 0
    var nextConn = 0
    var nextRequest = 0
    var waiting: [Int] = []                 // oldest first
    var since: [Int: UInt64] = [:]
    var label: [Int: String] = [:]
    var fate: [Int: Fate] = [:]
    var sentOrder: [Int] = []
    var closed = false
    let closeAt: Int?
    /// The open back-off: failed opens since the last successful one, and
    /// the first moment a new open may be asked for.
    var failuresInARow = 0
    var noOpenBefore: UInt64 = 0

    init(seed: UInt64) {
        self.seed = seed
        var rng = SplitMix64(seed: seed)
        var c = PoolConfiguration()
        c.size = rng.int(1...3)
        c.maxOverflow = rng.int(0...2)
        c.pipelineDepth = rng.int(1...4)
        c.prePing = rng.chance(70)
        c.pingBypassNanoseconds = rng.chance(20) ? 0 : UInt64(rng.int(200...2_000)) * ms
        c.checkoutTimeoutNanoseconds = UInt64(rng.int(1_000...5_000)) * ms
        c.overflowIdleTimeoutNanoseconds = UInt64(rng.int(1_000...5_000)) * ms
        c.leakThresholdNanoseconds = rng.chance(30) ? 0 : UInt64(rng.int(1_000...3_000)) * ms
        config = c
        closeAt = rng.chance(30) ? rng.int(1_000...1_900) : nil
        self.rng = rng
        m = Pool(configuration: c)
    }

    var where_: String { "seed \(seed), step \(step), config \(config)" }

    func fail(_ message: String) { Issue.record("\(message) [\(where_)]") }

    var depth: Int { max(1, config.pipelineDepth) }
    var idleCount: Int { conns.values.filter(\.isIdle).count }
    var pingingCount: Int { conns.values.filter { $0 == .pinging }.count }
    var busyConns: [String] { conns.filter { if case .busy = $0.value { true } else { false } }.map(\.key).sorted() }

    /// The back-off after the n-th failed open in a row: 100 ms, doubling, at most 5 s.
    static func backoff(afterFailures n: Int) -> UInt64 {
        n >= 7 ? 5 * sec : min((100 * ms) << UInt64(n - 1), 5 * sec)
    }

    // MARK: Events

    mutating func run(events: Int) {
        for _ in 0..<events {
            step += 1
            now += UInt64(rng.int(0..<50)) * ms
            if let closeAt, step == closeAt {
                closed = true
                apply(m.close())
            } else {
                randomEvent()
            }
            dispatch()
            checkInvariants()
        }
    }

    mutating func dispatch() {
        apply(m.dispatch(now: now), fromDispatch: true)
        guard !closed, !waiting.isEmpty else { return }
        // Coverage of what only the new rules allow: requests left to a
        // pinging connection while another is idle, and opens held back.
        if idleCount > 0 { tally["idle while pings cover", default: 0] += 1 }
        if now < noOpenBefore && waiting.count > (pendingOpens + pingingCount) * depth
            && conns.count + pendingOpens < config.maxConnections {
            tally["held back", default: 0] += 1
        }
    }

    mutating func randomEvent() {
        let roll = rng.int(0..<100)
        switch roll {
        case 0..<30: enqueue()
        case 30..<35:
            let r = rng.int(0...(nextRequest + 2))     // sometimes unknown
            let expected = waiting.contains(r)
            if m.cancel(r) != expected { fail("cancel(\(r)) returned \(!expected)") }
            if expected { waiting.removeAll { $0 == r }; settle(r, .cancelled) }
        case 35..<50: completeOpen(succeed: rng.chance(80))
        case 50..<70: finishBatch(busyConns.isEmpty ? nil : rng.pick(busyConns))
        case 70..<80: finishPing(alive: rng.chance(85))
        case 80..<83:
            guard !conns.isEmpty else { return }
            let c = rng.pick(conns.keys.sorted())
            conns[c] = nil
            m.connectionBroken(c)
        case 83..<91: apply(m.sweep(now: now))
        default: now += UInt64(rng.int(0..<800)) * ms
        }
    }

    mutating func enqueue() {
        let r = nextRequest
        nextRequest += 1
        let l = "L\(r)"
        let actions = m.enqueue(r, label: l, now: now)
        if closed {
            if actions != [.fail([r], .closed)] { fail("enqueue on a closed pool: \(actions)") }
            settle(r, .failed(.closed))
        } else {
            if !actions.isEmpty { fail("enqueue returned \(actions)") }
            waiting.append(r)
            since[r] = now
            label[r] = l
        }
    }

    mutating func completeOpen(succeed: Bool) {
        guard pendingOpens > 0 else { return }
        pendingOpens -= 1
        if succeed {
            nextConn += 1
            let c = "c\(nextConn)"
            let lifetime = UInt64(rng.int(2_000...20_000)) * ms
            conns[c] = .idle(since: now, verified: true)
            expiresAt[c] = now + lifetime
            let actions = m.opened(c, lifetime: lifetime, now: now)
            if closed {
                if actions != [.close(c)] { fail("opened after close: \(actions)") }
            } else {
                if !actions.isEmpty { fail("opened returned \(actions)") }
                failuresInARow = 0
            }
            apply(actions)
        } else {
            let expected: [Pool.Action] = conns.isEmpty && pendingOpens == 0 && !waiting.isEmpty
                ? [.fail(waiting, .connectFailed)] : []
            let actions = m.openFailed(now: now)
            if actions != expected { fail("openFailed returned \(actions), expected \(expected)") }
            failuresInARow += 1
            noOpenBefore = now + Self.backoff(afterFailures: failuresInARow)
            apply(actions)
        }
    }

    mutating func finishBatch(_ c: String?) {
        guard let c else { return }
        // An overflow connection (size already idle) closes only when nothing waits.
        let expectClose = closed || now >= expiresAt[c]! || (idleCount >= config.size && waiting.isEmpty)
        if !expectClose && idleCount >= config.size { tally["overflow kept", default: 0] += 1 }
        conns[c] = .idle(since: now, verified: false)
        let actions = m.batchFinished(c, now: now)
        if actions != (expectClose ? [.close(c)] : []) { fail("batchFinished(\(c)) returned \(actions), expected close: \(expectClose)") }
        apply(actions)
    }

    mutating func finishPing(alive: Bool) {
        let pinging = conns.filter { $0.value == .pinging }.map(\.key).sorted()
        guard !pinging.isEmpty else { return }
        let c = rng.pick(pinging)
        conns[c] = .idle(since: now, verified: true)
        let actions = m.pingFinished(c, alive: alive, now: now)
        let expectClose = !alive || closed
        if actions != (expectClose ? [.close(c)] : []) { fail("pingFinished(\(c), \(alive)) returned \(actions)") }
        apply(actions)
    }

    mutating func settle(_ r: Int, _ f: Fate) {
        if let old = fate[r] { fail("request \(r) settled twice: \(old), then \(f)") }
        fate[r] = f
    }

    // MARK: Actions

    var tally: [String: Int] = [:]

    /// A connection `dispatch` takes from the idle list must be the most
    /// recently used one (idle lists are appended to at `now`, so that is
    /// the greatest `since`), and only while more requests wait than the
    /// pinging connections will take.
    func checkDispatchTakes(_ c: String, _ what: String) {
        guard case .idle(let idleSince, _)? = conns[c] else { fail("\(what) of \(c) in state \(String(describing: conns[c]))"); return }
        let latest = conns.values.compactMap { if case .idle(let s, _) = $0 { s } else { nil } }.max()!
        if idleSince != latest { fail("\(what) of \(c) idle since \(idleSince), not the most recently used (\(latest))") }
        if waiting.count <= pingingCount * depth {
            fail("\(what) of \(c) with \(waiting.count) waiting, \(pingingCount) pinging will take them")
        }
    }

    mutating func apply(_ actions: [Pool.Action], fromDispatch: Bool = false) {
        for action in actions {
            switch action {
            case .open: tally["open", default: 0] += 1
            case .send: tally["send", default: 0] += 1
            case .ping: tally["ping", default: 0] += 1
            case .close: tally["close", default: 0] += 1
            case .fail(_, let f): tally["fail \(f)".prefix(12).description, default: 0] += 1
            case .reportLeak: tally["leak", default: 0] += 1
            }
            switch action {
            case .open:
                if closed { fail(".open on a closed pool") }
                if !fromDispatch { fail(".open outside dispatch") }
                if now < noOpenBefore { fail(".open at \(now), backing off until \(noOpenBefore) after \(failuresInARow) failures") }
                if idleCount > 0 { fail(".open with \(idleCount) idle") }
                if waiting.count <= (pendingOpens + pingingCount) * depth {
                    fail(".open with \(waiting.count) waiting, \(pendingOpens) opening, \(pingingCount) pinging")
                }
                if conns.count + pendingOpens >= config.maxConnections { fail(".open beyond \(config.maxConnections)") }
                pendingOpens += 1
            case .send(let c, let batch):
                if !fromDispatch { fail("send outside dispatch") }
                checkDispatchTakes(c, "send")
                guard case .idle(let idleSince, let verified)? = conns[c] else { continue }
                if now >= expiresAt[c]! { fail("send to \(c) past its lifetime") }
                // Only a verified connection, or one used within the bypass window, skips the ping.
                if config.prePing && !verified && now - idleSince >= config.pingBypassNanoseconds {
                    fail("send to \(c), idle \(now - idleSince) since its last batch, without a ping")
                }
                if config.prePing && verified && now - idleSince >= config.pingBypassNanoseconds {
                    tally["verified, no ping", default: 0] += 1
                }
                if batch.count != min(waiting.count, depth) { fail("batch of \(batch.count) with \(waiting.count) waiting") }
                // FIFO: a batch is always the oldest requests still waiting.
                if Array(waiting.prefix(batch.count)) != batch { fail("batch \(batch) is not the head of \(waiting.prefix(8))") }
                if let last = sentOrder.last, let first = batch.first, first <= last { fail("sent \(first) after \(last)") }
                waiting.removeFirst(min(batch.count, waiting.count))
                for r in batch { settle(r, .sent(c)) }
                sentOrder += batch
                conns[c] = .busy(batch: batch, since: now, reported: false)
            case .ping(let c):
                if !config.prePing { fail("ping with prePing off") }
                if !fromDispatch { fail("ping outside dispatch") }
                checkDispatchTakes(c, "ping")
                guard case .idle(let idleSince, let verified)? = conns[c] else { continue }
                if now >= expiresAt[c]! { fail("ping of \(c) past its lifetime") }
                if verified { fail("ping of \(c), just opened or pinged") }
                if now - idleSince < config.pingBypassNanoseconds { fail("ping of \(c), used \(now - idleSince) ago") }
                conns[c] = .pinging
            case .close(let c):
                // Never with something in flight on it.
                if conns[c]?.isIdle != true { fail("close of \(c) in state \(String(describing: conns[c]))") }
                if fromDispatch {
                    checkDispatchTakes(c, "close")
                    if now < expiresAt[c] ?? 0 { fail("dispatch closed \(c) before its lifetime") }
                }
                conns[c] = nil
            case .fail(let requests, let failure):
                if requests.isEmpty { fail("empty fail") }
                if fromDispatch { fail("fail from dispatch") }
                switch failure {
                case .checkoutTimedOut(let waited):
                    if Array(waiting.prefix(requests.count)) != requests { fail("timed out \(requests), not the oldest") }
                    if let first = requests.first, waited != now - since[first]! { fail("waited \(waited)") }
                    for r in requests where now - since[r]! < config.checkoutTimeoutNanoseconds { fail("\(r) timed out early") }
                    if let younger = waiting.dropFirst(requests.count).first, now - since[younger]! >= config.checkoutTimeoutNanoseconds {
                        fail("\(younger) should have timed out too")
                    }
                case .connectFailed:
                    if requests != waiting { fail("connectFailed \(requests), waiting \(waiting)") }
                case .closed:
                    if requests != waiting || !closed { fail("closed \(requests), waiting \(waiting)") }
                }
                for r in requests {
                    guard let i = waiting.firstIndex(of: r) else { fail("failed \(r), not waiting"); continue }
                    waiting.remove(at: i)
                    settle(r, .failed(failure))
                }
            case .reportLeak(let c, let l, let held):
                guard case .busy(let batch, let start, let reported)? = conns[c] else { fail("leak of \(c), not busy"); continue }
                if reported { fail("leak of \(c) reported twice") }
                if config.leakThresholdNanoseconds == 0 { fail("leak reported with the threshold off") }
                if held != now - start || held < config.leakThresholdNanoseconds { fail("leak held \(held)") }
                if l != label[batch[0]] { fail("leak label \(l), expected \(label[batch[0]]!)") }
                conns[c] = .busy(batch: batch, since: start, reported: true)
            }
        }
    }

    /// Checked right after a dispatch.
    func checkInvariants() {
        let c = m.counts
        let expected = Counts(open: conns.count, opening: pendingOpens, busy: busyConns.count, idle: idleCount,
                              waiting: waiting.count, overflow: max(0, conns.count - config.size))
        if c != expected { fail("counts \(c), expected \(expected)") }
        if c.open + c.opening > config.maxConnections { fail("\(c.open) open + \(c.opening) opening > \(config.maxConnections)") }
        if m.isClosed != closed { fail("isClosed \(m.isClosed)") }
        let expectedTimeout = waiting.first.map { since[$0]! + config.checkoutTimeoutNanoseconds }
        if m.nextCheckoutTimeout != expectedTimeout { fail("nextCheckoutTimeout \(String(describing: m.nextCheckoutTimeout))") }
        if !closed && !waiting.isEmpty {
            // After a dispatch nothing waits beyond what the pinging
            // connections will take while a connection sits idle, and enough
            // connections are on their way unless the pool is full or
            // backing off after a failed open.
            if idleCount > 0 && waiting.count > pingingCount * depth {
                fail("\(waiting.count) waiting with \(idleCount) idle, \(pingingCount) pinging")
            }
            if waiting.count > (pendingOpens + pingingCount) * depth && c.open + c.opening < config.maxConnections
                && now >= noOpenBefore {
                fail("\(waiting.count) waiting, \(pendingOpens) opening, \(pingingCount) pinging, room for more")
            }
        }
    }

    // MARK: Quiescence

    /// No more random events: every open succeeds, every ping is alive, and
    /// every batch finishes, until nothing is waiting or in flight.
    mutating func drain() {
        var rounds = 0
        while !waiting.isEmpty || pendingOpens > 0 || pingingCount > 0 || !busyConns.isEmpty {
            rounds += 1
            step += 1
            if rounds > 10_000 { fail("did not settle: \(waiting.count) waiting, counts \(m.counts)"); return }
            now += 10 * ms
            while pendingOpens > 0 { completeOpen(succeed: true) }
            while pingingCount > 0 { finishPing(alive: true) }
            for c in busyConns { finishBatch(c) }
            if rounds % 7 == 0 { apply(m.sweep(now: now)) }
            dispatch()
            checkInvariants()
        }
    }

    func checkEveryRequestSettledOnce() {
        for r in 0..<nextRequest where fate[r] == nil { fail("request \(r) was never sent, failed or cancelled") }
        if sentOrder != sentOrder.sorted() || Set(sentOrder).count != sentOrder.count { fail("sends out of order or repeated") }
        let sent = fate.values.filter { if case .sent = $0 { true } else { false } }.count
        if sent != sentOrder.count { fail("\(sent) sent fates, \(sentOrder.count) sends") }
    }
}
