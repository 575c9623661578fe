import Testing
import ResumeClient
import ResumeLoad
import ResumeLoadEngine
import ResumeProto
import ResumeTestSupport
import ResumeTransport
import ResumeWire

/// The engine end to end: the setup through the API, the epoll threads and
/// the report, against the whole daemon in-process (and against stub
/// servers that misbehave). Counts are asserted, never speed.
@Suite(.serialized) struct LoadEngineTests {
    static func options(_ scenario: LoadScenario, requests: Int = 100) throws -> LoadOptions {
        var o = LoadOptions()
        o.scenario = scenario
        if scenario == .mix {
            o.mix = try ScenarioMix(parsing: LoadScenario.mixable.map { "\($0)=1" }.joined(separator: ","))
        }
        o.requests = requests
        o.warmupNanoseconds = 0
        o.connections = 2
        o.inFlight = 4
        o.threads = 2
        o.resumes = 3
        o.jobs = 2
        o.textBytes = 600
        o.payloadBytes = 100
        o.timeoutMilliseconds = 20_000
        o.cleanup = true
        try o.validate()
        return o
    }

    /// Setup, run and clean-up, as `resume-load` does them.
    static func run(_ o: LoadOptions, against address: SocketAddress, serviceToken: String?,
                    data given: PreparedData? = nil) async throws -> (LoadReport, PreparedData) {
        let setup = LoadSetup(address: address, options: o, serviceToken: serviceToken)
        let data: PreparedData
        if let given { data = given } else { data = try await setup.prepare(log: { _ in }) }
        let run = LoadRun(options: o, address: address, plan: CallPlan(options: o, data: data), showProgress: false, handleInterrupt: false)
        let outcome = await run.run()
        if o.cleanup && given == nil { try await setup.cleanup(data) }
        #expect(outcome.failure == nil)
        return (LoadReport(options: o, threads: run.threads, stats: outcome.stats, measuredNanoseconds: outcome.measuredNanoseconds,
                           warnings: outcome.warnings, setupSummary: data.summary), data)
    }

    @Test(arguments: LoadScenario.allCases)
    func everyScenarioRunsCleanAgainstTheDaemon(scenario: LoadScenario) async throws {
        let daemon = try TestDaemon()
        let o = try Self.options(scenario)
        let (report, data) = try await Self.run(o, against: daemon.address, serviceToken: daemon.serviceToken)
        #expect(report.count == 100)
        #expect(report.ok == 100, "\(report.statusCounts)")
        #expect(report.unsent == 0 && report.lateAnswers == 0)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        #expect(report.scenarios.reduce(0) { $0 + $1.count } == 100)
        for s in report.scenarios {
            switch s.scenario {
            case .analyzeCached: #expect(s.cacheHits == s.count && s.cacheMisses == 0)
            case .analyzeUncached: #expect(s.cacheMisses == s.count && s.cacheHits == 0)
            default: #expect(s.cacheHits + s.cacheMisses == 0)
            }
        }
        // --cleanup deleted the user, and with it everything the run made.
        if let user = data.userID {
            await #expect(throws: RPCError.self) {
                _ = try await Resume_V1_UserServiceClient(try daemon.connect())
                    .deleteUser(.init(userID: user), options: .bearer(daemon.serviceToken))
            }
        } else {
            #expect(!scenario.needsUser)
        }
    }

    @Test func anOpenLoopMakesEveryCallOfItsSchedule() async throws {
        let daemon = try TestDaemon()
        var o = try Self.options(.echo, requests: 300)
        o.rate = 3_000
        o.warmupNanoseconds = 20_000_000
        let (report, _) = try await Self.run(o, against: daemon.address, serviceToken: nil)
        #expect(report.count == 300 && report.ok == 300)
        #expect(report.warmupCalls == 60)            // due in the first 20 ms at 3,000/s
        #expect(report.unsent == 0)
    }

    @Test func aRunThatUsesUpItsNeverAnalysedPairsStopsAndSaysSo() async throws {
        let daemon = try TestDaemon()
        var o = try Self.options(.analyzeUncached)
        o.uncachedPairs = 10                          // made as 4 resumes × 3 job descriptions
        let (report, data) = try await Self.run(o, against: daemon.address, serviceToken: daemon.serviceToken)
        #expect(data.uncachedPairCount == 12)
        #expect(report.count == 12 && report.ok == 12)
        #expect(report.scenarios[0].cacheMisses == 12)
        #expect(report.warnings.contains { $0.contains("used all its never-analysed pairs") })
    }

    /// Long frames go from their template straight to the socket, or, when
    /// the socket takes only part, through the output buffer: every call is answered.
    @Test(arguments: [100 * 1_024, 1_024 * 1_024])
    func longEchoFramesAllArrive(payloadBytes: Int) async throws {
        let daemon = try TestDaemon()
        var o = try Self.options(.echo, requests: 60)
        o.payloadBytes = payloadBytes
        let (report, _) = try await Self.run(o, against: daemon.address, serviceToken: nil)
        #expect(report.count == 60 && report.ok == 60, "\(report.statusCounts)")
    }

    @Test func errorAnswersAreCountedByStatus() async throws {
        let daemon = try TestDaemon()
        var data = PreparedData()
        data.token = "v1.not-a-token"
        data.resumeIDs = ["00000000-0000-4000-8000-000000000000"]
        let o = try Self.options(.getResume, requests: 40)
        let (report, _) = try await Self.run(o, against: daemon.address, serviceToken: nil, data: data)
        #expect(report.count == 40 && report.ok == 0)
        #expect(report.statusCounts.map(\.name) == ["UNAUTHENTICATED"])
        #expect(try FailCondition(parsing: "errors>0").isBreached(by: report))
    }

    @Test func callsOnAConnectionThatClosesAreLost() async throws {
        let stub = try StubServer(closeAfterFirstRead: true)
        defer { stub.stop() }
        var o = try Self.options(.echo)
        o.connections = 1
        o.threads = 1
        let (report, _) = try await Self.run(o, against: stub.address, serviceToken: nil)
        #expect(report.count == 4)                   // the calls in flight when it closed
        #expect(report.statusCounts.map(\.name) == ["CONNECTION_LOST"])
        #expect(report.warnings.contains { $0.contains("every connection was lost") })
    }

    @Test func callsNeverAnsweredAreGivenUpASecondPastTheirTimeout() async throws {
        let stub = try StubServer(closeAfterFirstRead: false)
        defer { stub.stop() }
        var o = try Self.options(.echo, requests: 6)
        o.connections = 1
        o.threads = 1
        o.timeoutMilliseconds = 1
        let (report, _) = try await Self.run(o, against: stub.address, serviceToken: nil)
        #expect(report.count == 6)                   // 4 given up, then the 2 left in the freed slots
        #expect(report.statusCounts.map(\.name) == ["NO_ANSWER"])
        #expect(report.latency.max == 0)             // unanswered calls have no latency
    }
}
