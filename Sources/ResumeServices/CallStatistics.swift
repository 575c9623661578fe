import Synchronization
public import ResumeWire

/// Calls answered since start, by method and status code, with their
/// latencies in a fixed histogram: what `Admin/GetStats` reports and the
/// Prometheus exporter will read. The server calls `record` once per
/// answered call (its `callFinished` point).
///
/// Thread-safe: the counters (`Slot`s, reached only through the state) are
/// behind a `Mutex`; the last method's slot is remembered, so a repeated
/// method costs no hashing.
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

    /// One method's counters, per status code: calls, latency sum, latency
    /// max, then one count per bucket, in one flat array (no copies on update).
    private final class Slot {
        static let perCode = 3 + CallStatistics.boundsMicroseconds.count + 1
        var counters = [UInt64](repeating: 0, count: 17 * perCode)
    }

    private struct State {
        var slots: [String: Slot] = [:]
        /// The last method recorded: clients call one method over and over,
        /// and an interned path compares equal without hashing.
        var lastMethod = ""
        var lastSlot: Slot?
    }

    private let state = Mutex(State())
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
        let codeIndex = Int(min(max(code.rawValue, 0), 16)) * Slot.perCode
        state.withLock { s in
            let slot: Slot
            if let last = s.lastSlot, s.lastMethod == method {
                slot = last
            } else {
                let name = s.slots[method] == nil && s.slots.count >= maxMethods ? "(other)" : method
                if let known = s.slots[name] { slot = known } else { slot = Slot(); s.slots[name] = slot }
                s.lastMethod = method
                s.lastSlot = slot
            }
            slot.counters[codeIndex] &+= 1
            slot.counters[codeIndex + 1] &+= micros
            if micros > slot.counters[codeIndex + 2] { slot.counters[codeIndex + 2] = micros }
            slot.counters[codeIndex + 3 + bucket] &+= 1
        }
    }

    /// Every entry, ordered by method then code.
    public var snapshot: [Entry] {
        state.withLock { s in
            var out: [Entry] = []
            for (method, slot) in s.slots {
                for c in 0..<17 where slot.counters[c * Slot.perCode] > 0 {
                    let base = c * Slot.perCode
                    var e = Entry(method: method, code: StatusCode(rawValue: Int32(c)))
                    e.calls = slot.counters[base]
                    e.latencySumMicroseconds = slot.counters[base + 1]
                    e.latencyMaxMicroseconds = slot.counters[base + 2]
                    e.buckets = Array(slot.counters[(base + 3)..<(base + Slot.perCode)])
                    out.append(e)
                }
            }
            return out
        }.sorted { ($0.method, $0.code.rawValue) < ($1.method, $1.code.rawValue) }
    }
}
