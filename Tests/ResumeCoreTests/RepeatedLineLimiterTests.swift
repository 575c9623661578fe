import Testing
@testable import ResumeCore

/// Which repeats of a log line are written, on an injected clock.
@Suite struct RepeatedLineLimiterTests {
    let second: UInt64 = 1_000_000_000

    @Test func aFloodOfOneCauseIsOneLinePerIntervalWithItsCount() {
        let limiter = RepeatedLineLimiter(intervalNanoseconds: 10 * second)
        var written = [Int]()
        // 52,532 failures over 10 s (what a PostgreSQL outage produced), then one more.
        for i in 0..<52_532 {
            if case .write(let suppressed) = limiter.decide("pool unavailable", now: UInt64(i) * (10 * second / 52_532)) {
                written.append(suppressed)
            }
        }
        #expect(written == [0])
        #expect(limiter.decide("pool unavailable", now: 10 * second) == .write(suppressed: 52_531))
        #expect(limiter.decide("pool unavailable", now: 10 * second + 1) == .drop)
        #expect(limiter.decide("pool unavailable", now: 25 * second) == .write(suppressed: 1))
    }

    @Test func causesAreLimitedApart() {
        let limiter = RepeatedLineLimiter(intervalNanoseconds: 10 * second)
        #expect(limiter.decide("a", now: 0) == .write(suppressed: 0))
        #expect(limiter.decide("b", now: 1) == .write(suppressed: 0))
        #expect(limiter.decide("a", now: 2) == .drop)
        #expect(limiter.decide("b", now: 3) == .drop)
    }

    @Test func distinctCausesBeyondTheBoundShareOneSlot() {
        let limiter = RepeatedLineLimiter(intervalNanoseconds: 10 * second, maxCauses: 4)
        let written = (0..<1_000).filter { limiter.decide("cause \($0)", now: UInt64($0)) != .drop }.count
        #expect(written == 4 + 1, "four causes of their own, then one line for the shared slot")
        // Once the tracked causes have been quiet for an interval, new ones get slots again.
        #expect(limiter.decide("late", now: 20 * second) == .write(suppressed: 0))
    }
}
