import Synchronization
import Testing
@testable import ResumeCore

@Suite struct DeadlineTests {
    @Test func remainingTimeCountsDownAndStopsAtZero() {
        let d = Deadline.after(milliseconds: 10, now: 1_000)
        #expect(d.nanoseconds == 10_001_000)
        #expect(d.remainingNanoseconds(now: 1_000) == 10_000_000)
        #expect(d.remainingMilliseconds(now: 1_000) == 10)
        #expect(d.remainingMilliseconds(now: 10_000_999) == 1) // rounds up
        #expect(d.remainingNanoseconds(now: 20_000_000) == 0)
        #expect(d.hasPassed(now: 10_001_000))
        #expect(!d.hasPassed(now: 10_000_999))
    }

    @Test func earlierPicksTheSoonerDeadline() {
        let a = Deadline(nanoseconds: 5), b = Deadline(nanoseconds: 9)
        #expect(a.earlier(b) == a)
        #expect(b.earlier(a) == a)
        #expect(Deadline.distantFuture > .after(milliseconds: 1_000_000_000))
    }

    @Test func theClockNeverGoesBackwards() {
        var last = MonotonicClock.nanoseconds()
        for _ in 0..<1000 {
            let now = MonotonicClock.nanoseconds()
            #expect(now >= last)
            last = now
        }
    }
}

@Suite struct CallCancellationTests {
    @Test func hooksRunOnceWithTheFirstReason() {
        let c = CallCancellation()
        let seen = Mutex<[CallCancellation.Reason]>([])
        c.onCancel { r in seen.withLock { $0.append(r) } }
        #expect(c.cancel(.deadlineExceeded))
        #expect(!c.cancel(.clientDisconnected))
        #expect(seen.withLock { $0 } == [.deadlineExceeded])
        #expect(c.reason == .deadlineExceeded)
    }

    @Test func aHookAddedAfterCancellationRunsAtOnce() {
        let c = CallCancellation()
        c.cancel(.serverShutdown)
        let ran = Mutex(false)
        let hook = c.onCancel { _ in ran.withLock { $0 = true } }
        #expect(hook == nil)
        #expect(ran.withLock { $0 })
    }

    @Test func aRemovedHookDoesNotRun() {
        let c = CallCancellation()
        let ran = Mutex(false)
        let hook = c.onCancel { _ in ran.withLock { $0 = true } }
        c.removeHook(hook)
        c.cancel(.clientDisconnected)
        #expect(!ran.withLock { $0 })
        #expect(c.isCancelled)
    }
}

/// Submits a job that blocks until `gate` is true; returns once a worker runs it.
private func occupy(_ pool: WorkerPool, until gate: ConditionLock<Bool>) -> Bool {
    let started = ConditionLock(false)
    guard pool.submit({
        started.withLock { $0 = true }
        started.broadcast()
        _ = gate.wait { $0 ? true : nil }
    }) else { return false }
    return started.wait(until: .after(milliseconds: 20_000)) { $0 ? true : nil } ?? false
}

@Suite struct WorkerPoolTests {
    @Test func everyJobRunsExactlyOnce() {
        let pool = WorkerPool(name: "t", threads: 4, maxQueued: 10_000)
        let count = Mutex(0)
        let refused = pool.submit((0..<5_000).map { _ in { count.withLock { $0 += 1 } } })
        #expect(refused.isEmpty)
        #expect(pool.shutdown(deadline: .after(milliseconds: 20_000)))
        #expect(count.withLock { $0 } == 5_000)
    }

    @Test func aFullQueueRefusesTheRest() {
        let pool = WorkerPool(name: "t", threads: 1, maxQueued: 3)
        let gate = ConditionLock(false)
        // Occupy the only thread, then wait until it has taken its job off the queue.
        let started = occupy(pool, until: gate)
        #expect(started)
        let refused = pool.submit((0..<5).map { _ in {} })
        #expect(refused.count == 2)
        gate.withLock { $0 = true }
        gate.broadcast()
        #expect(pool.shutdown(deadline: .after(milliseconds: 20_000)))
    }

    @Test func aStoppedPoolRefusesEverything() {
        let pool = WorkerPool(name: "t", threads: 2, maxQueued: 10)
        #expect(pool.shutdown(deadline: .after(milliseconds: 20_000)))
        #expect(!pool.submit {})
    }

    @Test func shutdownReportsThreadsThatDoNotFinish() {
        let pool = WorkerPool(name: "t", threads: 1, maxQueued: 10)
        let release = ConditionLock(false)
        #expect(occupy(pool, until: release))
        #expect(!pool.shutdown(deadline: .after(milliseconds: 50)))
        release.withLock { $0 = true }
        release.broadcast()
        #expect(pool.shutdown(deadline: .after(milliseconds: 20_000)))
    }
}

@Suite struct ConditionLockTests {
    @Test func waitReturnsNilAtTheDeadline() {
        let lock = ConditionLock(0)
        let start = MonotonicClock.nanoseconds()
        #expect(lock.wait(until: .after(milliseconds: 30)) { $0 > 0 ? true : nil } == nil)
        #expect(MonotonicClock.nanoseconds() - start >= 30_000_000)
    }
}
