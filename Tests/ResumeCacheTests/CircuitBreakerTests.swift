import ResumeCache
import Testing

/// The breaker as a state machine: events in, `allow` and `state` out.
@Suite struct CircuitBreakerTests {
    let second: UInt64 = 1_000_000_000

    @Test func opensAfterTheThresholdOfFailuresInARow() {
        var b = CircuitBreaker(failureThreshold: 3, openNanoseconds: 2 * second)
        for t in 0..<2 {
            do { let ok = b.allow(now: UInt64(t)); #expect(ok) }
            b.failed(now: UInt64(t))
            #expect(b.state == .closed)
        }
        do { let ok = b.allow(now: 2); #expect(ok) }
        b.failed(now: 2)
        #expect(b.state == .open)
        do { let ok = !b.allow(now: 3); #expect(ok) }
        do { let ok = !b.allow(now: 2 + 2 * second - 1); #expect(ok) }
    }

    @Test func aSuccessResetsTheCount() {
        var b = CircuitBreaker(failureThreshold: 3, openNanoseconds: second)
        b.failed(now: 0)
        b.failed(now: 0)
        b.succeeded()
        b.failed(now: 0)
        b.failed(now: 0)
        #expect(b.state == .closed)
        b.failed(now: 0)
        #expect(b.state == .open)
    }

    @Test func halfOpenLetsOneTrialThroughAndClosesWhenItSucceeds() {
        var b = CircuitBreaker(failureThreshold: 1, openNanoseconds: second)
        b.failed(now: 10)
        #expect(b.state == .open)
        do { let ok = b.allow(now: 10 + second); #expect(ok) }
        #expect(b.state == .halfOpen)
        do { let ok = !b.allow(now: 10 + second); #expect(ok, "only one trial at a time") }
        b.succeeded()
        #expect(b.state == .closed)
        do { let ok = b.allow(now: 10 + second) && b.allow(now: 10 + second); #expect(ok) }
    }

    @Test func aFailedTrialOpensItAgainForAFullPeriod() {
        var b = CircuitBreaker(failureThreshold: 1, openNanoseconds: second)
        b.failed(now: 0)
        do { let ok = b.allow(now: second); #expect(ok) }
        b.failed(now: second + 5)
        #expect(b.state == .open)
        do { let ok = !b.allow(now: 2 * second); #expect(ok) }
        do { let ok = b.allow(now: 2 * second + 5); #expect(ok) }
    }
}
