import Foundation
import ResumeClient
import ResumeProto
import ResumeTestSupport
import ResumeWire
import Testing

/// Two `resumed` processes on one PostgreSQL and one Redis: what one changes
/// the other stops serving within pub/sub delivery; each counts its own
/// hits and misses; a burst split across both computes once.
@Suite(.onOwnExecutor) struct TwoDaemonsTests {
    struct Side {
        let daemon: DaemonProcess
        let connection: ClientConnection
        init(redisURL: String) throws {
            daemon = try DaemonProcess(redisURL: redisURL)
            connection = try daemon.connect()
        }
        var analyses: Resume_V1_AnalysisServiceClient { Resume_V1_AnalysisServiceClient(connection) }
        var service: CallOptions { .bearer(daemon.serviceToken) }
        func analysisCounts() async throws -> Resume_Rpc_V1_CachePolicyStats {
            let stats = try await Resume_Rpc_V1_AdminClient(connection).getStats(options: service)
            return try #require(stats.cache.first { $0.policy == "analysis" })
        }
        /// Warm: the daemon answers near-cache hits once subscribed (polled, bounded).
        func warm(_ request: Resume_V1_AnalyzeResumeRequest, _ me: CallOptions) async throws -> Bool {
            for _ in 0..<100 {
                let before = try await analysisCounts().nearHits
                _ = try await analyses.analyzeResume(request, options: me)
                if try await analysisCounts().nearHits > before { return true }
                try await Task.sleep(nanoseconds: 50_000_000) // polling a condition, bounded: 5 s
            }
            return false
        }
    }

    struct Setup {
        let a: Side, b: Side
        let me: CallOptions
        let resume: Resume_V1_Resume
        let job: Resume_V1_JobDescription
        var request: Resume_V1_AnalyzeResumeRequest { .init(resumeID: resume.id, jobDescriptionID: job.id) }
    }

    /// `resumeText` (default: AnalysisTests') as the resume.
    func setUp(resumeText: String = AnalysisTests.resumeText) async throws -> Setup {
        let url = try TestEnvironment.redisURL()
        let a = try Side(redisURL: url), b = try Side(redisURL: url)
        let users = Resume_V1_UserServiceClient(a.connection)
        let email = "two.\(UUID().uuidString.prefix(8))@example.com"
        _ = try await users.createUser(.init(email: email, password: "correct horse battery"), options: a.service)
        let token = try await users.authenticate(.init(email: email, password: "correct horse battery"), options: a.service).token
        let me = CallOptions.bearer(token)
        let resume = try await Resume_V1_ResumeServiceClient(a.connection).createResume(.init(title: "R", rawText: resumeText),
                                                                                      options: me)
        let job = try await Resume_V1_JobDescriptionServiceClient(a.connection).createJobDescription(
            .init(positionTitle: "Backend", rawText: AnalysisTests.jobText), options: me)
        return Setup(a: a, b: b, me: me, resume: resume, job: job)
    }

    @Test func anUpdateThroughOneInvalidatesTheOthersNearCache() async throws {
        let s = try await setUp()
        #expect(try await s.a.warm(s.request, s.me))
        #expect(try await s.b.warm(s.request, s.me))
        let bBefore = try await s.b.analysisCounts()
        _ = try await Resume_V1_ResumeServiceClient(s.a.connection).updateResume(
            .init(id: s.resume.id, expectedVersion: 1, title: "R", rawText: AnalysisTests.resumeText + "\nTerraform"), options: s.me)
        // A acknowledged the update: it never answers version 1 again.
        #expect(try await s.a.analyses.analyzeResume(s.request, options: s.me).resumeVersion == 2)
        // B stops within pub/sub delivery: its near entries were dropped by the message (its near TTL is a minute).
        var seen: Int32 = 1
        for _ in 0..<100 where seen == 1 {
            seen = try await s.b.analyses.analyzeResume(s.request, options: s.me).resumeVersion
            if seen == 1 { try await Task.sleep(nanoseconds: 20_000_000) } // polling, bounded: 2 s
        }
        #expect(seen == 2)
        let bAfter = try await s.b.analysisCounts()
        #expect(bAfter.invalidations > bBefore.invalidations)
        // Each counts its own: A computed the first analysis and B found it; both have near hits of their own.
        let aCounts = try await s.a.analysisCounts()
        #expect(aCounts.nearHits >= 1 && aCounts.misses >= 2)
        #expect(bAfter.nearHits >= 1 && bAfter.misses >= 2)
    }

    @Test func aColdBurstSplitAcrossBothComputesOnce() async throws {
        // A resume near the size limit, so each computation takes long enough for both daemons' to overlap.
        let big = AnalysisTests.resumeText + (0..<2_500).map { "\nProject \($0): service \($0) in Go, Kafka and PostgreSQL" }.joined()
        let s = try await setUp(resumeText: big)
        let request = s.request, me = s.me
        let clients = [s.a.analyses, s.b.analyses]
        let answers = try await withThrowingTaskGroup(of: Resume_V1_Analysis.self) { group in
            for i in 0..<100 { group.addTask { try await clients[i % 2].analyzeResume(request, options: me) } }
            return try await group.reduce(into: [Resume_V1_Analysis]()) { $0.append($1) }
        }
        #expect(Set(answers.map(\.id)).count == 1)
        #expect(answers.filter { !$0.cached }.count == 1)
        let listed = try await s.a.analyses.listAnalyses(.init(), options: me)
        #expect(listed.analyses.count == 1)
    }
}
