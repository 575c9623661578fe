/// Whether to call a dependency that has been failing, with no I/O and no
/// clock of its own (callers pass `now`, `MonotonicClock` nanoseconds).
///
/// `closed` (calls go through) → `open` after `failureThreshold` failures in
/// a row (calls are skipped, so requests stop paying the timeout) →
/// `halfOpen` once `openNanoseconds` have passed (one trial call goes
/// through; others are still skipped) → `closed` when it succeeds, `open`
/// again when it fails. A success in `closed` resets the count.
public struct CircuitBreaker: Sendable, Hashable {
    public enum State: String, Sendable, Hashable {
        case closed
        case open
        case halfOpen = "half-open"
    }

    /// Failures in a row that open the breaker. Default 3.
    public let failureThreshold: Int
    /// How long it stays open before a trial, in nanoseconds. Default 2 s.
    public let openNanoseconds: UInt64

    public private(set) var state: State = .closed
    private var failures = 0
    private var openedAt: UInt64 = 0
    private var trialInFlight = false

    public init(failureThreshold: Int = 3, openNanoseconds: UInt64 = 2_000_000_000) {
        precondition(failureThreshold >= 1)
        self.failureThreshold = failureThreshold
        self.openNanoseconds = openNanoseconds
    }

    /// Whether a call may go to the dependency now. In `halfOpen` only the
    /// first caller is let through (the trial).
    public mutating func allow(now: UInt64) -> Bool {
        switch state {
        case .closed:
            return true
        case .open:
            guard now &- openedAt >= openNanoseconds else { return false }
            state = .halfOpen
            trialInFlight = true
            return true
        case .halfOpen:
            if trialInFlight { return false }
            trialInFlight = true
            return true
        }
    }

    /// A call that was allowed succeeded.
    public mutating func succeeded() {
        state = .closed
        failures = 0
        trialInFlight = false
    }

    /// A call that was allowed failed (an error, a timeout, garbage).
    public mutating func failed(now: UInt64) {
        trialInFlight = false
        switch state {
        case .closed:
            failures += 1
            if failures >= failureThreshold { open(now) }
        case .halfOpen, .open:
            open(now)
        }
    }

    private mutating func open(_ now: UInt64) {
        state = .open
        openedAt = now
        failures = 0
    }
}
