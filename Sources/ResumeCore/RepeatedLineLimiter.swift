import Synchronization

/// Decides which repeats of a log line are written: the first line of a
/// cause is written at once, the repeats within `interval` after it are only
/// counted, and the first one after the interval is written with that count.
/// While PostgreSQL is down every failing call has the same cause, so a
/// flood of tens of thousands of identical lines a second becomes one line
/// per cause per interval.
///
/// Bounded: at most `maxCauses` causes are tracked; past that, new causes
/// share one slot (so a flood of distinct causes is limited too).
/// Thread-safe: the state is behind a `Mutex`.
public final class RepeatedLineLimiter: Sendable {
    /// What to do with one line.
    public enum Decision: Equatable, Sendable {
        /// Write it; `suppressed` repeats of its cause were dropped since its last line.
        case write(suppressed: Int)
        /// Drop it (counted, reported with the cause's next written line).
        case drop
    }

    private struct Entry {
        var lastWritten: UInt64
        var suppressed: Int
    }

    /// The shortest time between two lines of one cause, in nanoseconds.
    public let interval: UInt64
    /// Causes tracked at most.
    public let maxCauses: Int
    private let state = Mutex([String: Entry]())
    private let clock: @Sendable () -> UInt64
    /// The slot every cause beyond `maxCauses` shares.
    static let overflowCause = "\u{0}overflow"

    /// A limiter writing one line per cause per `intervalNanoseconds`
    /// (default 10 s), tracking at most `maxCauses` causes (default 1,024),
    /// reading time from `clock` (monotonic ns; tests inject one).
    public init(intervalNanoseconds: UInt64 = 10_000_000_000, maxCauses: Int = 1_024,
                clock: @escaping @Sendable () -> UInt64 = MonotonicClock.nanoseconds) {
        self.interval = intervalNanoseconds
        self.maxCauses = max(1, maxCauses)
        self.clock = clock
    }

    /// The decision for one line of `cause` now.
    public func decide(_ cause: String) -> Decision { decide(cause, now: clock()) }

    /// The decision for one line of `cause` at `now` (monotonic ns).
    public func decide(_ cause: String, now: UInt64) -> Decision {
        state.withLock { entries in
            var key = cause
            if entries[key] == nil && entries.count >= maxCauses {
                // Forget causes quiet for a whole interval before sharing the overflow slot.
                entries = entries.filter { now &- $0.value.lastWritten < interval || $0.value.suppressed > 0 }
                if entries.count >= maxCauses { key = Self.overflowCause }
            }
            guard var entry = entries[key] else {
                entries[key] = Entry(lastWritten: now, suppressed: 0)
                return .write(suppressed: 0)
            }
            if now &- entry.lastWritten < interval {
                entry.suppressed += 1
                entries[key] = entry
                return .drop
            }
            let suppressed = entry.suppressed
            entries[key] = Entry(lastWritten: now, suppressed: 0)
            return .write(suppressed: suppressed)
        }
    }
}
