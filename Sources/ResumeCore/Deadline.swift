/// The instant by which a call must be answered, on `MonotonicClock`.
public struct Deadline: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// `MonotonicClock` nanoseconds.
    public let nanoseconds: UInt64

    /// A deadline at a `MonotonicClock` reading.
    public init(nanoseconds: UInt64) {
        self.nanoseconds = nanoseconds
    }

    /// A deadline `milliseconds` from now.
    public static func after(milliseconds: UInt64, now: UInt64 = MonotonicClock.nanoseconds()) -> Deadline {
        Deadline(nanoseconds: now &+ milliseconds.multipliedReportingOverflow(by: 1_000_000).partialValue)
    }

    /// A deadline `nanoseconds` from now.
    public static func after(nanoseconds: UInt64, now: UInt64 = MonotonicClock.nanoseconds()) -> Deadline {
        Deadline(nanoseconds: now &+ nanoseconds)
    }

    /// A deadline no call reaches.
    public static let distantFuture = Deadline(nanoseconds: .max / 2)

    /// Nanoseconds left, 0 once passed.
    public func remainingNanoseconds(now: UInt64 = MonotonicClock.nanoseconds()) -> UInt64 {
        nanoseconds > now ? nanoseconds - now : 0
    }

    /// Whole milliseconds left, rounded up so that "1 ns left" is not "expired"; 0 once passed.
    public func remainingMilliseconds(now: UInt64 = MonotonicClock.nanoseconds()) -> UInt64 {
        let ns = remainingNanoseconds(now: now)
        return ns / 1_000_000 + (ns % 1_000_000 == 0 ? 0 : 1)
    }

    /// Whether the deadline is past.
    public func hasPassed(now: UInt64 = MonotonicClock.nanoseconds()) -> Bool {
        now >= nanoseconds
    }

    /// The earlier of two deadlines.
    public func earlier(_ other: Deadline) -> Deadline { min(self, other) }

    public static func < (a: Deadline, b: Deadline) -> Bool { a.nanoseconds < b.nanoseconds }

    public var description: String { "Deadline(in \(Double(remainingNanoseconds()) / 1e6) ms)" }
}
