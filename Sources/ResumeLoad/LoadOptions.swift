/// Everything a load run is told, validated: what to call, how hard, for how
/// long, and what to report. Units are in the names; `validate()` checks
/// every bound and says which option is wrong.
public struct LoadOptions: Sendable, Hashable {
    /// `host:port` of the daemon (checked by the caller, which resolves it).
    public var server = "127.0.0.1:7700"
    /// What each call does.
    public var scenario: LoadScenario = .echo
    /// The weights, for `scenario == .mix` (and only then).
    public var mix: ScenarioMix?
    /// Connections, spread over the threads. 1 to 10,000.
    public var connections = 8
    /// Calls in flight on each connection at most (pipelining). 1 to 1,024.
    public var inFlight = 1
    /// Threads, each with its own epoll loop; 0 picks one per CPU (at most one per connection). 0 to 256.
    public var threads = 0
    /// Open loop: calls started per second, whatever the answers do. nil: closed loop. Above 0, at most 10,000,000.
    public var rate: Double?
    /// How long calls are measured, after the warm-up. Exclusive with `requests`; neither: 10 s.
    public var durationNanoseconds: UInt64?
    /// How many calls are measured, after the warm-up. 1 to 1,000,000,000.
    public var requests: Int?
    /// Calls started during this first stretch are made but not counted. 0 to 1 h.
    public var warmupNanoseconds: UInt64 = 1_000_000_000
    /// Sent as each frame's `timeout_ms`; a call unanswered a second past it counts as `DEADLINE_EXCEEDED`. 1 to 300,000 ms.
    public var timeoutMilliseconds: UInt32 = 10_000
    /// Echo payload size. 0 to 4,000,000 bytes (the daemon's frame limit is 4 MiB by default).
    public var payloadBytes = 64
    /// Resumes the setup creates for the reading scenarios. 1 to 10,000.
    public var resumes = 20
    /// Job descriptions the setup creates for `analyze-cached`. 1 to 1,000.
    public var jobs = 2
    /// Approximate size of each generated resume text. 200 to 204,800 bytes.
    public var textBytes = 2_000
    /// Distinct resume/job pairs prepared for `analyze-uncached`; nil: sized from the run (see `uncachedPairsNeeded`). 1 to 1,000,000.
    public var uncachedPairs: Int?
    /// Seed of the generated texts and the mix's draws.
    public var seed: UInt64 = 1
    /// How the report is written.
    public var format: ReportFormat = .text
    /// Thresholds whose breach makes the run fail.
    public var failOn: [FailCondition] = []
    /// Delete the setup's user (and so all its data) after the run.
    public var cleanup = false

    /// Defaults: echo, 8 connections × 1 in flight, closed loop, 10 s after 1 s of warm-up.
    public init() {}

    /// The measured duration when neither `requests` nor a duration was given.
    public static let defaultDurationNanoseconds: UInt64 = 10_000_000_000

    /// Checks every bound; the first problem found is thrown.
    public func validate() throws(LoadOptionError) {
        func check(_ ok: Bool, _ message: @autoclosure () -> String) throws(LoadOptionError) {
            if !ok { throw LoadOptionError(message()) }
        }
        try check((1...10_000).contains(connections), "--connections must be 1 to 10000")
        try check((1...1_024).contains(inFlight), "--in-flight must be 1 to 1024")
        try check((0...256).contains(threads), "--threads must be 0 (one per CPU) to 256")
        if let rate { try check(rate.isFinite && rate > 0 && rate <= 10_000_000, "--rate must be above 0 and at most 10000000 calls/s") }
        try check(!(durationNanoseconds != nil && requests != nil), "give --duration or --requests, not both")
        if let d = durationNanoseconds { try check(d >= 1_000_000 && d <= 86_400_000_000_000, "--duration must be 1ms to 24h") }
        if let r = requests { try check((1...1_000_000_000).contains(r), "--requests must be 1 to 1000000000") }
        try check(warmupNanoseconds <= 3_600_000_000_000, "--warmup must be 0 to 1h")
        try check((1...300_000).contains(timeoutMilliseconds), "--timeout must be 1 to 300000 ms")
        try check((0...4_000_000).contains(payloadBytes), "--payload-bytes must be 0 to 4000000")
        try check((1...10_000).contains(resumes), "--resumes must be 1 to 10000")
        try check((1...1_000).contains(jobs), "--jobs must be 1 to 1000")
        try check((200...204_800).contains(textBytes), "--text-bytes must be 200 to 204800")
        if let p = uncachedPairs { try check((1...1_000_000).contains(p), "--uncached-pairs must be 1 to 1000000") }
        try check((scenario == .mix) == (mix != nil), scenario == .mix ? "--scenario mix needs --mix, e.g. --mix get-resume=70,analyze-cached=25,create-resume=5" : "--mix goes with --scenario mix only")
        try check(failOn.count <= 32, "--fail-on takes at most 32 conditions")
    }

    /// The scenarios calls will be made of: the mix's, or the one scenario.
    public var scenariosUsed: [LoadScenario] { mix?.scenarios ?? [scenario] }

    /// The measured stretch, or nil when the run is bounded by `requests`.
    public var effectiveDurationNanoseconds: UInt64? {
        requests == nil ? durationNanoseconds ?? Self.defaultDurationNanoseconds : nil
    }

    /// Pairs `analyze-uncached` needs when `uncachedPairs` is not given: with
    /// `requests`, that many plus the warm-up's share; in open loop, the
    /// calls the schedule makes in the warm-up and the measured stretch;
    /// closed loop for a duration cannot be known in advance: 4,096. Each
    /// estimate gets 10% and 64 more, and at most 1,000,000.
    public var uncachedPairsNeeded: Int {
        if let uncachedPairs { return uncachedPairs }
        let share = mix.map { m in Double(m.entries.first { $0.scenario == .analyzeUncached }?.weight ?? 0) / Double(m.totalWeight) } ?? 1
        var calls: Double
        if let rate {
            let seconds = Double(warmupNanoseconds + (effectiveDurationNanoseconds ?? 0)) / 1e9
            calls = rate * seconds
            if let requests { calls += Double(requests) }
        } else if let requests {
            calls = Double(requests) * 1.5
        } else {
            return 4_096
        }
        let mine = calls * share
        let need = (mine + mine / 10).rounded(.up) + 64
        return Int(min(need, 1_000_000))
    }
}
