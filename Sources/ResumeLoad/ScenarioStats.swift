public import Histogram

/// What the calls of one scenario came to: latencies in an HdrHistogram
/// (nanoseconds, three significant digits, up to an hour), answers by status
/// code, and cache hits for the analysis scenarios. Plain data: each engine
/// thread keeps its own and they are merged at the end.
public struct ScenarioStats: Sendable {
    /// Latency of every answered call, whatever its status, in nanoseconds.
    public private(set) var latency: Histogram<UInt64>
    /// Calls by status: index `code + 2` for codes -2...29 (the two negative
    /// ones are the harness' own, see `LoadStatus`); others in `otherCodes`.
    private var codeCounts: [UInt64]
    private var otherCodes: [Int32: UInt64] = [:]
    /// Analysis answers with `cached = true`.
    public private(set) var cacheHits: UInt64 = 0
    /// Analysis answers with `cached = false`.
    public private(set) var cacheMisses: UInt64 = 0

    /// The highest latency recorded as itself; longer ones are recorded as this.
    public static let highestTrackableNanoseconds: UInt64 = 3_600_000_000_000

    /// Empty statistics.
    public init() {
        latency = Histogram(lowestDiscernibleValue: 1, highestTrackableValue: Self.highestTrackableNanoseconds, numberOfSignificantValueDigits: .three)
        codeCounts = [UInt64](repeating: 0, count: 32)
    }

    /// Records one finished call: its status code (`LoadStatus` for the
    /// harness' own outcomes) and, when it was answered, its latency.
    public mutating func record(status code: Int32, latencyNanoseconds: UInt64?) {
        if let ns = latencyNanoseconds { latency.record(min(ns, Self.highestTrackableNanoseconds)) }
        let i = Int(code) + 2
        if i >= 0 && i < codeCounts.count { codeCounts[i] += 1 } else { otherCodes[code, default: 0] += 1 }
    }

    /// Records whether an analysis answer came from a cache.
    public mutating func recordCache(hit: Bool) {
        if hit { cacheHits += 1 } else { cacheMisses += 1 }
    }

    /// Adds another thread's statistics.
    public mutating func merge(_ other: ScenarioStats) {
        if other.latency.totalCount > 0 { latency.add(other.latency) }
        for i in codeCounts.indices { codeCounts[i] += other.codeCounts[i] }
        for (c, n) in other.otherCodes { otherCodes[c, default: 0] += n }
        cacheHits += other.cacheHits
        cacheMisses += other.cacheMisses
    }

    /// Calls finished, any status.
    public var count: UInt64 { codeCounts.reduce(0, +) + otherCodes.values.reduce(0, +) }

    /// Calls answered `OK`.
    public var ok: UInt64 { codeCounts[2] }

    /// Every status seen, with its count, most frequent first (ties by name).
    public var statusCounts: [(name: String, count: UInt64)] {
        var out: [(name: String, count: UInt64)] = []
        for (i, n) in codeCounts.enumerated() where n > 0 { out.append((LoadStatus.name(Int32(i - 2)), n)) }
        for (c, n) in otherCodes where n > 0 { out.append((LoadStatus.name(c), n)) }
        return out.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }
}
