import Testing
import ResumeLoad

/// The open-loop schedule: call k due at start + k/rate, shared among threads.
@Suite struct OpenLoopScheduleTests {
    @Test func callKIsDueAtStartPlusKOverRate() {
        let s = OpenLoopSchedule(start: 1_000, rate: 4)
        #expect(s.dueTime(ofCall: 0) == 1_000)
        #expect(s.dueTime(ofCall: 1) == 1_000 + 250_000_000)
        #expect(s.dueTime(ofCall: 8) == 1_000 + 2_000_000_000)
        let fast = OpenLoopSchedule(start: 0, rate: 3)
        #expect(fast.dueTime(ofCall: 1) == 333_333_333)
        #expect(fast.dueTime(ofCall: 2) == 666_666_667)
    }

    @Test func takeWalksTheSharesCalls() {
        var s = OpenLoopSchedule(start: 0, rate: 1_000, share: 1, of: 3)
        let taken = (0..<4).map { _ in s.take() }
        #expect(taken.map(\.call) == [1, 4, 7, 10])
        #expect(taken.map(\.due) == [1_000_000, 4_000_000, 7_000_000, 10_000_000])
        #expect(s.nextCall == 13)
    }

    @Test func theSharesTogetherMakeEveryCallOnce() {
        var seen: [UInt64] = []
        for share in 0..<4 {
            var s = OpenLoopSchedule(start: 0, rate: 100, share: share, of: 4)
            while s.nextCall < 1_000 { seen.append(s.take().call) }
        }
        #expect(seen.sorted() == Array(0..<1_000))
    }

    @Test func firstCallDueAtOrAfterATime() {
        let s = OpenLoopSchedule(start: 10, rate: 3)
        #expect(s.firstCall(dueAtOrAfter: 0) == 0)
        #expect(s.firstCall(dueAtOrAfter: 10) == 0)
        #expect(s.firstCall(dueAtOrAfter: 11) == 1)
        #expect(s.firstCall(dueAtOrAfter: 10 + 333_333_333) == 1)
        #expect(s.firstCall(dueAtOrAfter: 10 + 333_333_334) == 2)
        #expect(s.firstCall(dueAtOrAfter: 10 + 1_000_000_000) == 3)
        for t in stride(from: UInt64(0), to: 3_000_000_000, by: 7_777_777) {
            let k = s.firstCall(dueAtOrAfter: t)
            #expect(s.dueTime(ofCall: k) >= t)
            #expect(k == 0 || s.dueTime(ofCall: k - 1) < t)
        }
    }

    @Test func remainingCountsOnlyThisSharesCalls() {
        var s = OpenLoopSchedule(start: 0, rate: 10, share: 2, of: 3)
        #expect(s.remaining(below: 2) == 0)
        #expect(s.remaining(below: 3) == 1)     // call 2
        #expect(s.remaining(below: 9) == 3)     // 2, 5, 8
        _ = s.take()
        #expect(s.remaining(below: 9) == 2)
    }

    /// Latency runs from the due time: a call that had to wait for a slot is
    /// charged for the wait (the correction for coordinated omission).
    @Test func aLateSendIsChargedFromItsDueTime() {
        var s = OpenLoopSchedule(start: 0, rate: 1_000)   // one call every millisecond
        var slots = CallSlots<Int>(capacity: 1)
        var histogram = ScenarioStats()
        var now: UInt64 = 0
        // The server takes 10 ms per call, one at a time: calls pile up behind it.
        for _ in 0..<20 {
            let (k, due) = s.take()
            now = max(now, due)
            let id = slots.open(start: due, tag: Int(k))!
            now += 10_000_000
            let (start, _) = slots.close(callID: id)!
            histogram.record(status: 0, latencyNanoseconds: now - start)
        }
        let l = LoadReport.Latency(histogram.latency)
        // Measured from the send, every call would take 10 ms; from the schedule call k took 10 + 9k ms.
        #expect(l.min >= 10_000_000 && l.min < 10_100_000)
        #expect(l.max >= 181_000_000 && l.max < 181_200_000)
    }
}
