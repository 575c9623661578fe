public import Histogram

/// The result of a run, ready to render (`text`, `json`, `csv`) and to check
/// against `--fail-on`: counts, throughput, latency percentiles, a latency
/// histogram, status codes, a summary per scenario, and the options used.
/// Latencies are nanoseconds.
public struct LoadReport: Sendable {
    /// Latency figures of a set of calls, in nanoseconds; all 0 when there were none.
    public struct Latency: Sendable, Hashable {
        public var min: UInt64 = 0, mean: UInt64 = 0, p50: UInt64 = 0, p90: UInt64 = 0, p99: UInt64 = 0
        public var p99_9: UInt64 = 0, p99_99: UInt64 = 0, max: UInt64 = 0

        /// The figures of `histogram`.
        public init(_ histogram: Histogram<UInt64>) {
            guard histogram.totalCount > 0 else { return }
            min = histogram.min
            mean = UInt64(histogram.mean.rounded())
            p50 = histogram.valueAtPercentile(50)
            p90 = histogram.valueAtPercentile(90)
            p99 = histogram.valueAtPercentile(99)
            p99_9 = histogram.valueAtPercentile(99.9)
            p99_99 = histogram.valueAtPercentile(99.99)
            max = histogram.maxRecorded
        }

        /// Each percentile with its label, in order: `p50` ... `p99.99`.
        public var percentiles: [(label: String, percentage: Double, nanoseconds: UInt64)] {
            [("p50", 50, p50), ("p90", 90, p90), ("p99", 99, p99), ("p99.9", 99.9, p99_9), ("p99.99", 99.99, p99_99)]
        }
    }

    /// One bar of the latency histogram: calls whose latency is above the
    /// previous bucket's bound and at most this one's.
    public struct Bucket: Sendable, Hashable {
        /// Upper bound, nanoseconds (1 µs × 2^k).
        public let upperBoundNanoseconds: UInt64
        /// Calls in it.
        public let count: UInt64
        /// `count` over all calls, 0 to 1.
        public let fraction: Double
    }

    /// The calls of one scenario (one line per scenario of a mix).
    public struct ScenarioSummary: Sendable {
        public let scenario: LoadScenario
        /// Calls finished, any status.
        public let count: UInt64
        /// Calls not answered `OK`.
        public let errors: UInt64
        public let latency: Latency
        /// Statuses with their counts, most frequent first.
        public let statusCounts: [(name: String, count: UInt64)]
        /// Analysis answers with `cached` true and false (0 for other scenarios).
        public let cacheHits: UInt64, cacheMisses: UInt64
    }

    /// The options of the run.
    public let options: LoadOptions
    /// Engine threads used.
    public let threads: Int
    /// The measured stretch: from the end of the warm-up to the last measured answer.
    public let measuredNanoseconds: UInt64
    /// Measured calls finished, any status (answered, or given up).
    public let count: UInt64
    /// Measured calls answered `OK`.
    public let ok: UInt64
    /// `count - ok`.
    public var errors: UInt64 { count - ok }
    /// `errors / count`, 0 when nothing was measured.
    public var errorRate: Double { count == 0 ? 0 : Double(errors) / Double(count) }
    /// Calls per second over the measured stretch.
    public var rps: Double { measuredNanoseconds == 0 ? 0 : Double(count) / (Double(measuredNanoseconds) / 1e9) }
    /// Open loop: calls due in the measured stretch never sent (all slots busy).
    public let unsent: UInt64
    /// Calls started during the warm-up, not counted.
    public let warmupCalls: UInt64
    /// Answers that came after the harness gave up on their call.
    public let lateAnswers: UInt64
    /// All measured calls' latency.
    public let latency: Latency
    /// All measured calls' latency, by powers of two from 1 µs, from the first non-empty bucket to the last.
    public let histogram: [Bucket]
    /// Statuses with their counts, most frequent first.
    public let statusCounts: [(name: String, count: UInt64)]
    /// One per scenario used (one for a plain run).
    public let scenarios: [ScenarioSummary]
    /// What the reader should know about the run (unsent calls, exhausted pairs, cache surprises).
    public let warnings: [String]
    /// What the setup prepared, in a few words (empty when it prepared nothing).
    public let setupSummary: String
    /// CPU time (user + system) the harness spent during the calls, warm-up included; 0 if not measured.
    public let harnessCPUNanoseconds: UInt64
    /// `harnessCPUNanoseconds` over every call made (warm-up included).
    public var harnessCPUNanosecondsPerCall: Double {
        count + warmupCalls == 0 ? 0 : Double(harnessCPUNanoseconds) / Double(count + warmupCalls)
    }

    /// The report of a run whose merged statistics are `stats`.
    public init(options: LoadOptions, threads: Int, stats: RunStats, measuredNanoseconds: UInt64,
                warnings: [String] = [], setupSummary: String = "", harnessCPUNanoseconds: UInt64 = 0) {
        self.options = options
        self.threads = threads
        self.measuredNanoseconds = measuredNanoseconds
        var all = ScenarioStats()
        var summaries: [ScenarioSummary] = []
        for scenario in options.scenariosUsed {
            let s = stats[scenario]
            all.merge(s)
            summaries.append(ScenarioSummary(scenario: scenario, count: s.count, errors: s.count - s.ok, latency: Latency(s.latency),
                                             statusCounts: s.statusCounts, cacheHits: s.cacheHits, cacheMisses: s.cacheMisses))
        }
        count = all.count
        ok = all.ok
        unsent = stats.unsent
        warmupCalls = stats.warmupCalls
        lateAnswers = stats.lateAnswers
        latency = Latency(all.latency)
        histogram = Self.buckets(all.latency)
        statusCounts = all.statusCounts
        scenarios = summaries
        var notes = warnings
        if unsent > 0 {
            notes.append("\(unsent) calls the schedule made due were never sent: all \(options.connections * options.inFlight) slots were busy; the server (or this harness) could not keep up with --rate")
        }
        for s in summaries {
            if s.scenario == .analyzeCached && s.cacheMisses > 0 {
                notes.append("analyze-cached: \(s.cacheMisses) answers were computed, not cached")
            }
            if s.scenario == .analyzeUncached && s.cacheHits > 0 {
                notes.append("analyze-uncached: \(s.cacheHits) answers came from a cache")
            }
        }
        self.warnings = notes
        self.setupSummary = setupSummary
        self.harnessCPUNanoseconds = harnessCPUNanoseconds
    }

    /// Buckets of 1 µs × 2^k: from the first with calls to the last with calls.
    static func buckets(_ h: Histogram<UInt64>) -> [Bucket] {
        guard h.totalCount > 0 else { return [] }
        var counts: [UInt64] = []
        for v in h.recordedValues() {
            let value = h.lowestEquivalentForValue(v.value) // the iterator gives the highest equivalent
            var k = 0
            var bound: UInt64 = 1_000
            while bound < value && k < 62 { bound <<= 1; k += 1 }
            while counts.count <= k { counts.append(0) }
            counts[k] += UInt64(v.count)
        }
        let first = counts.firstIndex { $0 > 0 } ?? 0
        let total = Double(h.totalCount)
        return (first..<counts.count).map { k in
            Bucket(upperBoundNanoseconds: 1_000 << UInt64(k), count: counts[k], fraction: Double(counts[k]) / total)
        }
    }
}
