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
