import Foundation
import ResumeClient
import ResumeCore
import ResumeProto
import ResumeTestSupport
import ResumeWire
import Testing

/// AnalysisService, GenerationService and Admin over the wire.
@Suite(.onOwnExecutor) struct AnalysisTests {
    static let resumeText = """
        Summary
        Backend engineer building distributed systems in Go and Python on AWS.

        Experience
        Payments platform, 2019-2024: Go services on Kubernetes, PostgreSQL, Kafka; on-call for 40 services.

        Skills
        Go, Python, PostgreSQL, Kubernetes, Docker, AWS
        """
    static let jobText = """
        Senior Backend Engineer. We need strong experience with Go, Kubernetes and PostgreSQL,
        Terraform for infrastructure as code, gRPC APIs, and observability with Prometheus and Grafana.
        Kafka is a plus. Excellent communication and ability to work in a team.
        """

    struct Setup {
        let h: Harness
        let me: CallOptions
        let user: Resume_V1_User
        let resume: Resume_V1_Resume
        let job: Resume_V1_JobDescription
        var analyses: Resume_V1_AnalysisServiceClient { Resume_V1_AnalysisServiceClient(h.connection) }
        var generation: Resume_V1_GenerationServiceClient { Resume_V1_GenerationServiceClient(h.connection) }
    }

    func setUp() async throws -> Setup {
        let h = try Harness()
        let (user, me, _) = try await h.signUp()
        let resume = try await h.resumes.createResume(.init(title: "Backend", rawText: Self.resumeText), options: me)
        let job = try await h.jobs.createJobDescription(.init(companyName: "Acme", positionTitle: "Senior Backend Engineer", rawText: Self.jobText),
                                                        options: me)
        return Setup(h: h, me: me, user: user, resume: resume, job: job)
    }

    @Test func analysingTwiceComputesOnceAndTheSecondAnswerIsCached() async throws {
        let s = try await setUp()
        let first = try await s.analyses.analyzeResume(.init(resumeID: s.resume.id, jobDescriptionID: s.job.id), options: s.me)
        #expect(!first.cached)
        #expect(first.resumeVersion == 1 && first.analyzerVersion >= 1)
        #expect(first.missingKeywords.contains("Terraform"))
        #expect(first.matchedKeywords.contains("Kubernetes"))
        #expect((0...100).contains(first.matchScore) && (0...1).contains(first.semanticSimilarity))
        let second = try await s.analyses.analyzeResume(.init(resumeID: s.resume.id, jobDescriptionID: s.job.id), options: s.me)
        #expect(second.cached)
        #expect(second.id == first.id && second.missingKeywords == first.missingKeywords)
        #expect(s.h.daemon.daemon.analysis.computations.count == 1)
        #expect(try await s.analyses.getAnalysis(.init(id: first.id), options: s.me).id == first.id)
    }

    @Test func updatingTheResumeChangesTheNextAnswer() async throws {
        let s = try await setUp()
        let first = try await s.analyses.analyzeResume(.init(resumeID: s.resume.id, jobDescriptionID: s.job.id), options: s.me)
        _ = try await s.h.resumes.updateResume(.init(id: s.resume.id, expectedVersion: 1, title: "Backend",
                                                     rawText: Self.resumeText + "\nTerraform, gRPC, Prometheus, Grafana"), options: s.me)
        let next = try await s.analyses.analyzeResume(.init(resumeID: s.resume.id, jobDescriptionID: s.job.id), options: s.me)
        #expect(!next.cached)
        #expect(next.resumeVersion == 2 && next.id != first.id)
        #expect(!next.missingKeywords.contains("Terraform") && next.matchedKeywords.contains("Terraform"))
        #expect(next.matchScore > first.matchScore)
    }

    @Test func oneHundredIdenticalColdCallsComputeOnceAndStoreOneRow() async throws {
        let s = try await setUp()
        let client = s.analyses, me = s.me, request = Resume_V1_AnalyzeResumeRequest(resumeID: s.resume.id, jobDescriptionID: s.job.id)
        let answers = try await withThrowingTaskGroup(of: Resume_V1_Analysis.self) { group in
            for _ in 0..<100 { group.addTask { try await client.analyzeResume(request, options: me) } }
            return try await group.reduce(into: [Resume_V1_Analysis]()) { $0.append($1) }
        }
        #expect(Set(answers.map(\.id)).count == 1)
        #expect(answers.filter { !$0.cached }.count == 1)
        #expect(s.h.daemon.daemon.analysis.computations.count == 1)
        let listed = try await s.analyses.listAnalyses(.init(pageSize: 100), options: s.me)
        #expect(listed.analyses.count == 1)
    }

    @Test func listsCarryTitlesAndCompanyAndFilterByResume() async throws {
        let s = try await setUp()
        let other = try await s.h.resumes.createResume(.init(title: "Other", rawText: "Swift developer"), options: s.me)
        let a = try await s.analyses.analyzeResume(.init(resumeID: s.resume.id, jobDescriptionID: s.job.id), options: s.me)
        _ = try await s.analyses.analyzeResume(.init(resumeID: other.id, jobDescriptionID: s.job.id), options: s.me)
        let all = try await s.analyses.listAnalyses(.init(), options: s.me)
        #expect(all.analyses.count == 2 && all.nextPageToken.isEmpty)
        let filtered = try await s.analyses.listAnalyses(.init(resumeID: s.resume.id), options: s.me)
        #expect(filtered.analyses.map { $0.analysis?.id } == [a.id])
        #expect(filtered.analyses[0].resumeTitle == "Backend" && filtered.analyses[0].positionTitle == "Senior Backend Engineer")
        #expect(filtered.analyses[0].companyName == "Acme")
        _ = try await s.analyses.deleteAnalysis(.init(id: a.id), options: s.me)
        #expect(await s.h.error { () async throws(RPCError) in try await s.analyses.getAnalysis(.init(id: a.id), options: s.me) }?.code == .notFound)
    }

    @Test func anotherUsersResumeIsNotFoundAndBadIdsAreInvalid() async throws {
        let s = try await setUp()
        let (_, mallory, _) = try await s.h.signUp()
        let request = Resume_V1_AnalyzeResumeRequest(resumeID: s.resume.id, jobDescriptionID: s.job.id)
        #expect(await s.h.error { () async throws(RPCError) in try await s.analyses.analyzeResume(request, options: mallory) }?.code == .notFound)
        let bad = await s.h.error { () async throws(RPCError) in
            try await s.analyses.analyzeResume(.init(resumeID: "x", jobDescriptionID: "y"), options: s.me)
        }
        #expect(bad?.code == .invalidArgument && bad?.violations.map(\.field) == ["resume_id", "job_description_id"])
        #expect(await s.h.error { () async throws(RPCError) in try await s.analyses.analyzeResume(request, options: s.h.service) }?.code == .permissionDenied)
    }

    @Test func generatedResumesRoundTripWithTheirMetadata() async throws {
        let s = try await setUp()
        let a = try await s.analyses.analyzeResume(.init(resumeID: s.resume.id, jobDescriptionID: s.job.id), options: s.me)
        let metadata = Resume_V1_GenerationMetadata(promptTokens: 1_200, completionTokens: 800, costUsd: 0.0123, latencyMs: 4_100)
        let mine = try await s.generation.saveGeneratedResume(
            .init(analysisID: a.id, optimizedText: "Optimised ✓", modelUsed: "gpt-test", metadata: metadata), options: s.me)
        #expect(mine.metadata == metadata && mine.userID == s.user.id && mine.analysisID == a.id)
        // A background worker with the service token names the owner.
        let worker = try await s.generation.saveGeneratedResume(
            .init(analysisID: a.id, optimizedText: "Second", modelUsed: "gpt-test", metadata: metadata, userID: s.user.id), options: s.h.service)
        #expect(worker.userID == s.user.id)
        let (other, _, _) = try await s.h.signUp()
        let wrongOwner = await s.h.error { () async throws(RPCError) in
            try await s.generation.saveGeneratedResume(.init(analysisID: a.id, optimizedText: "x", modelUsed: "m", userID: other.id),
                                                       options: s.h.service)
        }
        #expect(wrongOwner?.code == .notFound)
        #expect(try await s.generation.getGeneratedResume(.init(id: mine.id), options: s.me) == mine)
        let listed = try await s.generation.listGeneratedResumes(.init(analysisID: a.id), options: s.me)
        #expect(listed.generatedResumes.map(\.id) == [worker.id, mine.id])
        _ = try await s.generation.deleteGeneratedResume(.init(id: mine.id), options: s.me)
        #expect(try await s.generation.listGeneratedResumes(.init(analysisID: a.id), options: s.me).generatedResumes.map(\.id) == [worker.id])
        let negative = await s.h.error { () async throws(RPCError) in
            try await s.generation.saveGeneratedResume(
                .init(analysisID: a.id, optimizedText: "x", modelUsed: "m", metadata: .init(promptTokens: -1, costUsd: .nan)), options: s.me)
        }
        #expect(negative?.violations.map(\.field) == ["metadata.prompt_tokens", "metadata.cost_usd"])
    }

    @Test func getStatsNeedsAServiceTokenAndCountsCalls() async throws {
        let s = try await setUp()
        let admin = Resume_Rpc_V1_AdminClient(s.h.connection)
        #expect(await s.h.error { () async throws(RPCError) in try await admin.getStats(options: s.me) }?.code == .permissionDenied)
        let stats = try await admin.getStats(options: s.h.service)
        let created = stats.methods.first { $0.method == "/resume.v1.ResumeService/CreateResume" && $0.code == "OK" }
        #expect(created?.calls == 1)
        #expect(created?.latencyBuckets.last == 1)
        #expect(stats.methods.contains { $0.method == "/resume.rpc.v1.Admin/GetStats" && $0.code == "PERMISSION_DENIED" })
        #expect(stats.connectionsOpen >= 1 && (stats.database?.statements ?? 0) >= 3)
    }
}
