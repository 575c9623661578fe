import Synchronization
public import ResumeWire

/// Calls answered since start, by method and status code, with their
/// latencies in a fixed histogram: what `Admin/GetStats` reports and the
/// Prometheus exporter will read. The server calls `record` once per
/// answered call (its `callFinished` point).
///
/// Thread-safe: the counters are behind a `Mutex`.
public final class CallStatistics: Sendable {
    /// Upper bounds of the latency buckets, in microseconds (the last bucket is unbounded).
    public static let boundsMicroseconds: [UInt64] = [100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000,
                                                     250_000, 500_000, 1_000_000, 2_500_000, 5_000_000, 10_000_000]

    /// One method and code.
    public struct Entry: Sendable, Hashable {
        public let method: String
        public let code: StatusCode
        public var calls: UInt64 = 0
        public var latencySumMicroseconds: UInt64 = 0
        public var latencyMaxMicroseconds: UInt64 = 0
        /// Calls per bucket (not cumulative), one more than the bounds.
        public var buckets = [UInt64](repeating: 0, count: CallStatistics.boundsMicroseconds.count + 1)
    }

    private struct Key: Hashable {
        let method: String
        let code: StatusCode
    }

    private let entries = Mutex<[Key: Entry]>([:])
    /// Methods tracked at most; others are counted under "(other)" (method
    /// names come from the registry, so this only bounds the unexpected).
    public let maxMethods = 512

    public init() {}

    /// Counts one answered call.
    public func record(method: String, code: StatusCode, nanoseconds: UInt64) {
        let micros = nanoseconds / 1_000
        var bucket = Self.boundsMicroseconds.count
        for (i, bound) in Self.boundsMicroseconds.enumerated() where micros <= bound {
            bucket = i
            break
        }
        entries.withLock { e in
            var key = Key(method: method, code: code)
            if e[key] == nil && e.count >= maxMethods { key = Key(method: "(other)", code: code) }
            e[key, default: Entry(method: key.method, code: code)].calls += 1
            e[key]!.latencySumMicroseconds &+= micros
            e[key]!.latencyMaxMicroseconds = max(e[key]!.latencyMaxMicroseconds, micros)
            e[key]!.buckets[bucket] += 1
        }
    }

    /// Every entry, ordered by method then code.
    public var snapshot: [Entry] {
        entries.withLock { Array($0.values) }.sorted { ($0.method, $0.code.rawValue) < ($1.method, $1.code.rawValue) }
    }
}
