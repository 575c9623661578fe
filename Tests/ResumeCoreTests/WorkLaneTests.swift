#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import Testing
@testable import ResumeCore

/// A lane's admission: a full queue and a queue wait past the timeout are
/// refused with a time to retry; its threads run at the lane's niceness.
@Suite struct WorkLaneTests {
    /// A gate jobs wait at until the test opens it.
    final class Gate: Sendable {
        let open = Atomic<Bool>(false)
        let arrived = Atomic<Int>(0)
        func wait() {
            arrived.add(1, ordering: .relaxed)
            while !open.load(ordering: .acquiring) { usleep(1_000) }
        }
    }

    @Test func aFullQueueIsRefusedAtOnceWithATimeToRetry() async throws {
        let lane = WorkLane(name: "test", threads: 1, maxQueued: 2)
        defer { lane.shutdown(deadline: .after(milliseconds: 5_000)) }
        let gate = Gate()
        // One job holds the thread; two wait; the fourth is refused.
        let held = Task { try await lane.run { gate.wait() } }
        while gate.arrived.load(ordering: .relaxed) == 0 { await Task.yield() }
        let waiting = (0..<2).map { _ in Task { try await lane.run { 1 } } }
        while lane.load.queued < 2 { await Task.yield() }
        #expect(lane.isSaturated)
        do {
            _ = try await lane.run { 1 }
            Issue.record("a job past the queue's limit ran")
        } catch WorkLane.Refusal.saturated(let name, let ms) {
            #expect(name == "test" && (100...60_000).contains(ms))
        }
        gate.open.store(true, ordering: .releasing)
        try await held.value
        for w in waiting { #expect(try await w.value == 1) }
        #expect(!lane.isSaturated)
    }

    @Test func workThatWaitedPastTheQueueTimeoutNeverRuns() async throws {
        let lane = WorkLane(name: "test", threads: 1, maxQueued: 10, maxQueueWaitMilliseconds: 50)
        defer { lane.shutdown(deadline: .after(milliseconds: 5_000)) }
        let gate = Gate(), ran = Atomic<Bool>(false)
        let held = Task { try await lane.run { gate.wait() } }
        while gate.arrived.load(ordering: .relaxed) == 0 { await Task.yield() }
        let late = Task { try await lane.run { ran.store(true, ordering: .relaxed) } }
        while lane.load.queued < 1 { await Task.yield() }
        // Hold the thread until the queued job has waited past the timeout.
        let queuedAt = MonotonicClock.nanoseconds()
        while MonotonicClock.nanoseconds() - queuedAt < 100_000_000 { usleep(5_000) }
        gate.open.store(true, ordering: .releasing)
        try await held.value
        await #expect(throws: WorkLane.Refusal.self) { try await late.value }
        let didRun = ran.load(ordering: .relaxed)
        #expect(!didRun)
    }

    @Test func theLanesThreadsRunAtItsNiceness() async throws {
        let lane = WorkLane(name: "test", threads: 1, maxQueued: 1, niceness: 10)
        defer { lane.shutdown(deadline: .after(milliseconds: 5_000)) }
        let own = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        let inLane = try await lane.run { getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }
        #expect(inLane == min(19, own + 10))
        #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) == own, "the caller's thread is untouched")
    }
}
