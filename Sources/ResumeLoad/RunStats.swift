/// What one engine thread (or, merged, the whole run) counted: statistics
/// per scenario, and the calls that were not measured.
public struct RunStats: Sendable {
    /// Statistics of each scenario, indexed by `LoadScenario.allCases` position.
    public private(set) var scenarios: [ScenarioStats]
    /// Calls the open-loop schedule made due in the measured stretch that
    /// could not be sent before it ended (every slot was busy).
    public var unsent: UInt64 = 0
    /// Calls started during the warm-up (not counted anywhere else).
    public var warmupCalls: UInt64 = 0
    /// Answers that came after the harness had given up on their call.
    public var lateAnswers: UInt64 = 0
    /// Monotonic time of the last measured answer (or give-up), 0 if none.
    public var lastFinishNanoseconds: UInt64 = 0

    /// Empty statistics.
    public init() {
        scenarios = LoadScenario.allCases.map { _ in ScenarioStats() }
    }

    /// The position of `scenario` in `scenarios`.
    @inline(__always)
    public static func index(of scenario: LoadScenario) -> Int {
        LoadScenario.allCases.firstIndex(of: scenario)!
    }

    /// Records a finished measured call of the scenario at `index`.
    public mutating func record(scenarioIndex index: Int, status: Int32, latencyNanoseconds: UInt64?, at now: UInt64) {
        scenarios[index].record(status: status, latencyNanoseconds: latencyNanoseconds)
        if now > lastFinishNanoseconds { lastFinishNanoseconds = now }
    }

    /// Records whether an analysis answer of the scenario at `index` was cached.
    public mutating func recordCache(scenarioIndex index: Int, hit: Bool) {
        scenarios[index].recordCache(hit: hit)
    }

    /// Adds another thread's statistics.
    public mutating func merge(_ other: RunStats) {
        for i in scenarios.indices { scenarios[i].merge(other.scenarios[i]) }
        unsent += other.unsent
        warmupCalls += other.warmupCalls
        lateAnswers += other.lateAnswers
        lastFinishNanoseconds = max(lastFinishNanoseconds, other.lastFinishNanoseconds)
    }

    /// The statistics of `scenario`.
    public subscript(scenario: LoadScenario) -> ScenarioStats { scenarios[Self.index(of: scenario)] }

    /// Measured calls finished, all scenarios.
    public var count: UInt64 { scenarios.reduce(0) { $0 + $1.count } }
}
