/// A snapshot of a pool, for metrics, logs and error messages.
public struct PoolStatistics: Sendable, Hashable, CustomStringConvertible {
    /// Connections open (in use + idle).
    public var open: Int
    /// Connections being opened.
    public var opening: Int
    public var inUse: Int
    public var idle: Int
    /// Open connections beyond the pool size.
    public var overflow: Int
    /// Requests waiting for a connection.
    public var waiters: Int
    /// Checkouts that timed out.
    public var timeouts: Int
    /// Connections opened and closed since start.
    public var opened: Int
    public var closed: Int
    /// Connections found dead (by a ping, or closed by the server while idle) and replaced.
    public var replaced: Int
    /// Statements sent.
    public var statements: Int = 0
    /// Batches sent (statements per batch = statements / batches).
    public var batches: Int = 0
    /// How long requests waited for a connection.
    public var checkoutWait: WaitHistogram

    public init(open: Int, opening: Int, inUse: Int, idle: Int, overflow: Int, waiters: Int, timeouts: Int,
                opened: Int, closed: Int, replaced: Int, checkoutWait: WaitHistogram) {
        self.open = open; self.opening = opening; self.inUse = inUse; self.idle = idle; self.overflow = overflow
        self.waiters = waiters; self.timeouts = timeouts; self.opened = opened; self.closed = closed
        self.replaced = replaced; self.checkoutWait = checkoutWait
    }

    public var description: String {
        "open \(open) (in use \(inUse), idle \(idle), overflow \(overflow)), opening \(opening), waiting \(waiters), timeouts \(timeouts)"
    }
}

/// Counts of waits in power-of-ten buckets from 10 µs to 10 s, plus their sum and maximum.
public struct WaitHistogram: Sendable, Hashable {
    /// Upper bounds of the buckets, in nanoseconds; the last bucket is unbounded.
    public static let bounds: [UInt64] = [10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000]
    /// One count per bound, then one for waits above the last.
    public private(set) var counts = [Int](repeating: 0, count: bounds.count + 1)
    public private(set) var count = 0
    public private(set) var sumNanoseconds: UInt64 = 0
    public private(set) var maxNanoseconds: UInt64 = 0

    public init() {}

    /// Records one wait.
    public mutating func record(_ nanoseconds: UInt64) {
        let i = Self.bounds.firstIndex { nanoseconds <= $0 } ?? Self.bounds.count
        counts[i] += 1
        count += 1
        sumNanoseconds &+= nanoseconds
        maxNanoseconds = max(maxNanoseconds, nanoseconds)
    }
}
