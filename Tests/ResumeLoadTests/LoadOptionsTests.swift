import Testing
import ResumeLoad

/// The options' bounds, each checked with a message naming the option.
@Suite struct LoadOptionsTests {
    @Test func theDefaultsAreValid() throws {
        try LoadOptions().validate()
        #expect(LoadOptions().effectiveDurationNanoseconds == 10_000_000_000)
    }

    static func failure(_ change: (inout LoadOptions) -> Void) -> String? {
        var o = LoadOptions()
        change(&o)
        do { try o.validate(); return nil } catch { return error.message }
    }

    @Test func everyBoundIsChecked() {
        #expect(Self.failure { $0.connections = 0 }?.contains("--connections") == true)
        #expect(Self.failure { $0.connections = 10_001 }?.contains("--connections") == true)
        #expect(Self.failure { $0.inFlight = 0 }?.contains("--in-flight") == true)
        #expect(Self.failure { $0.inFlight = 1_025 }?.contains("--in-flight") == true)
        #expect(Self.failure { $0.threads = -1 }?.contains("--threads") == true)
        #expect(Self.failure { $0.rate = 0 }?.contains("--rate") == true)
        #expect(Self.failure { $0.rate = .infinity }?.contains("--rate") == true)
        #expect(Self.failure { $0.rate = .nan }?.contains("--rate") == true)
        #expect(Self.failure { $0.durationNanoseconds = 1; $0.requests = nil }?.contains("--duration") == true)
        #expect(Self.failure { $0.requests = 0 }?.contains("--requests") == true)
        #expect(Self.failure { $0.warmupNanoseconds = 3_600_000_000_001 }?.contains("--warmup") == true)
        #expect(Self.failure { $0.timeoutMilliseconds = 0 }?.contains("--timeout") == true)
        #expect(Self.failure { $0.timeoutMilliseconds = 300_001 }?.contains("--timeout") == true)
        #expect(Self.failure { $0.payloadBytes = 4_000_001 }?.contains("--payload-bytes") == true)
        #expect(Self.failure { $0.resumes = 0 }?.contains("--resumes") == true)
        #expect(Self.failure { $0.jobs = 0 }?.contains("--jobs") == true)
        #expect(Self.failure { $0.textBytes = 199 }?.contains("--text-bytes") == true)
        #expect(Self.failure { $0.uncachedPairs = 0 }?.contains("--uncached-pairs") == true)
        #expect(Self.failure { $0.rate = 100; $0.connections = 1 } == nil)
    }

    @Test func durationAndRequestsExcludeEachOther() {
        #expect(Self.failure { $0.durationNanoseconds = 1_000_000_000; $0.requests = 10 }?.contains("not both") == true)
        var o = LoadOptions()
        o.requests = 10
        #expect(o.effectiveDurationNanoseconds == nil)
    }

    @Test func aMixNeedsItsWeightsAndWeightsNeedAMix() throws {
        #expect(Self.failure { $0.scenario = .mix }?.contains("needs --mix") == true)
        let mix = try ScenarioMix(parsing: "echo=1")
        #expect(Self.failure { $0.mix = mix }?.contains("--scenario mix only") == true)
        #expect(Self.failure { $0.scenario = .mix; $0.mix = mix } == nil)
    }

    @Test func scenarioNamesParse() throws {
        #expect(try LoadScenario(parsing: "analyze-uncached") == .analyzeUncached)
        #expect(throws: LoadOptionError.self) { _ = try LoadScenario(parsing: "Echo") }
        #expect(LoadScenario.mixable.count == LoadScenario.allCases.count - 1)
        #expect(LoadScenario.echo.needsUser == false && LoadScenario.createResume.needsUser)
    }

    @Test func uncachedPairsAreSizedFromTheRun() throws {
        var o = LoadOptions()
        o.scenario = .analyzeUncached
        #expect(o.uncachedPairsNeeded == 4_096)                 // closed loop for a duration: a fixed guess
        o.requests = 1_000
        #expect(o.uncachedPairsNeeded == 1_714)                 // 1000 × 1.5 (warm-up) × 1.1 + 64
        o.requests = nil
        o.rate = 100
        o.durationNanoseconds = 9_000_000_000
        #expect(o.uncachedPairsNeeded == 1_164)                 // 100/s × 10 s × 1.1 + 64
        o.scenario = .mix
        o.mix = try ScenarioMix(parsing: "analyze-uncached=1,echo=3")
        #expect(o.uncachedPairsNeeded == 339)                   // a quarter of the calls
        o.uncachedPairs = 77
        #expect(o.uncachedPairsNeeded == 77)
    }
}
