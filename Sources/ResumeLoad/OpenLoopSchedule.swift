/// When the calls of an open-loop run are due: call k (from 0) at
/// `start + k / rate`, whatever the answers do, as wrk2 schedules them. Each
/// engine thread owns every `shares`-th call from `share`, so the threads
/// together keep the one schedule. Latency is measured from the due time,
/// not from when the call could be sent: a call that waited for a free slot
/// (the server was slow) is charged for the wait, as its user would be —
/// the correction for coordinated omission.
public struct OpenLoopSchedule: Sendable, Hashable {
    /// Monotonic nanoseconds of call 0.
    public let start: UInt64
    /// Calls per second, all threads together.
    public let rate: Double
    /// This thread's share (0 ..< `shares`) and the number of shares.
    public let share: Int, shares: Int
    /// The next call of this share (a global call number).
    public private(set) var nextCall: UInt64

    /// The schedule of share `share` of `shares`, starting at `start`.
    public init(start: UInt64, rate: Double, share: Int = 0, of shares: Int = 1) {
        precondition(rate > 0 && rate.isFinite && shares >= 1 && (0..<shares).contains(share))
        self.start = start
        self.rate = rate
        self.share = share
        self.shares = shares
        nextCall = UInt64(share)
    }

    /// When global call `k` is due.
    public func dueTime(ofCall k: UInt64) -> UInt64 {
        start &+ UInt64((Double(k) * 1e9 / rate).rounded())
    }

    /// When this share's next call is due.
    public var nextDue: UInt64 { dueTime(ofCall: nextCall) }

    /// Takes this share's next call: its number and due time.
    public mutating func take() -> (call: UInt64, due: UInt64) {
        let k = nextCall
        nextCall += UInt64(shares)
        return (k, dueTime(ofCall: k))
    }

    /// The first global call due at or after `time`.
    public func firstCall(dueAtOrAfter time: UInt64) -> UInt64 {
        guard time > start else { return 0 }
        var k = UInt64((Double(time - start) * rate / 1e9).rounded(.down))
        while k > 0 && dueTime(ofCall: k - 1) >= time { k -= 1 }
        while dueTime(ofCall: k) < time { k += 1 }
        return k
    }

    /// How many of this share's calls, from `nextCall` on, have a global number below `limit`.
    public func remaining(below limit: UInt64) -> UInt64 {
        guard nextCall < limit else { return 0 }
        return (limit - nextCall + UInt64(shares) - 1) / UInt64(shares)
    }
}
