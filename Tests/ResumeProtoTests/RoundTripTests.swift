import Testing
@testable import ResumeProto

/// Every generated message survives encode → decode through protobuf-c, with
/// every field set to a non-default value.
@Suite struct RoundTripTests {
    static let status = Resume_Rpc_V1_Status(
        code: .invalidArgument,
        message: "ungültig — ✓",
        violations: [
            .init(field: "page_size", description: "must be at most 100"),
            .init(field: "email", description: "not an email address"),
        ]
    )

    static let samples: [any ProtoMessage] = [
        Resume_Rpc_V1_RequestFrame(
            callID: .max, method: "/resume.rpc.v1.Diagnostics/Echo", payload: [0, 1, 2, 255],
            timeoutMs: 1500, metadata: ["authorization": "Bearer x", "x-trace": "τ"]
        ),
        Resume_Rpc_V1_ResponseFrame(callID: 7, status: status, payload: [9, 9], metadata: ["k": "v"]),
        status,
        Resume_Rpc_V1_FieldViolation(field: "f", description: "d"),
        Resume_Rpc_V1_EchoRequest(payload: Array(repeating: 0xAB, count: 70_000)),
        Resume_Rpc_V1_EchoResponse(payload: [0]),
        Resume_Rpc_V1_HealthCheckRequest(),
        Resume_Rpc_V1_ListServicesRequest(),
        Resume_Rpc_V1_ListServicesResponse(services: ["resume.v1.ResumeService", "résumé ✓"]),
        Resume_Rpc_V1_GetFileDescriptorSetRequest(),
        Resume_Rpc_V1_GetFileDescriptorSetResponse(fileDescriptorSet: [0, 1, 0xFF]),
        Resume_Rpc_V1_HealthCheckResponse(
            status: .notServing,
            dependencies: [
                .init(name: "postgres", status: .serving, detail: "ok", required: true, checkedAtUnixMicros: -1),
                .init(name: "redis", status: .unrecognized(42), detail: "connection refused", required: false, checkedAtUnixMicros: .max),
            ]
        ),
        Resume_Rpc_V1_DependencyHealth(name: "n", status: .serving, detail: "d", required: true, checkedAtUnixMicros: 1),
        Resume_Rpc_V1_GetStatsRequest(),
        stats,
        Resume_Rpc_V1_MethodStats(method: "/m", code: "OK", calls: .max, latencySumUs: 1, latencyMaxUs: 2, latencyBuckets: [0, 5, .max]),
        Resume_Rpc_V1_DatabasePoolStats(open: 20, opening: 1, inUse: 3, idle: 17, overflow: 0, waiting: .max, checkoutTimeouts: 1,
                                        opened: 2, closed: 3, replaced: 4, statements: 5, batches: 6),
        Resume_Rpc_V1_CachePolicyStats(policy: "analysis", hits: 1, misses: 2, errors: 3, sets: 4, invalidations: 5, nearHits: 6,
                                       evictions: 7, breakerState: "half-open"),
        Resume_Rpc_V1_RewriteRedactionsRequest(cursor: "r:00000000-0000-0000-0000-000000000001", maxDocuments: 500),
        Resume_Rpc_V1_RewriteRedactionsResponse(examined: .max, rewritten: 2, unchanged: 3, skipped: 4, analysesRetired: 5, cursor: "j:",
                                                redactorVersion: 1),
    ] + resumeV1Samples + analysisSamples

    static let stats = Resume_Rpc_V1_GetStatsResponse(
        methods: [.init(method: "/resume.v1.ResumeService/GetResume", code: "NOT_FOUND", calls: 3, latencySumUs: 300, latencyMaxUs: 200,
                        latencyBuckets: [1, 2, 3])],
        latencyBoundsUs: [100, 1_000], database: .init(open: 1), cache: [.init(policy: "user-status", breakerState: "closed")],
        connectionsOpen: 4, callsInFlight: 5, uptimeMs: .max)

    static let analysis = Resume_V1_Analysis(
        id: "a", userID: "u", resumeID: "r", jobDescriptionID: "j", resumeVersion: 3, missingKeywords: ["Kubernetes", "C++"],
        matchedKeywords: ["Go"], suggestions: ["Add \"Kubernetes\" to your Skills section."], matchScore: 72.25,
        semanticSimilarity: 0.8123, analyzerVersion: 1, createdAt: 5, cached: true)
    static let metadata = Resume_V1_GenerationMetadata(promptTokens: 1_200, completionTokens: 800, costUsd: 0.0123, latencyMs: 4_100)
    static let generated = Resume_V1_GeneratedResume(id: "g", userID: "u", analysisID: "a", optimizedText: "better ✓", modelUsed: "gpt-test",
                                                     metadata: metadata, createdAt: 6)

    static let analysisSamples: [any ProtoMessage] = [
        analysis,
        Resume_V1_AnalyzeResumeRequest(resumeID: "r", jobDescriptionID: "j"),
        Resume_V1_GetAnalysisRequest(id: "a"),
        Resume_V1_ListAnalysesRequest(pageSize: 50, pageToken: "t", resumeID: "r"),
        Resume_V1_AnalysisSummary(analysis: analysis, resumeTitle: "Backend", positionTitle: "SRE", companyName: "Acme"),
        Resume_V1_ListAnalysesResponse(analyses: [.init(analysis: analysis, resumeTitle: "x", positionTitle: "y", companyName: "")],
                                       nextPageToken: "n"),
        Resume_V1_DeleteAnalysisRequest(id: "a"),
        Resume_V1_DeleteAnalysisResponse(),
        metadata,
        generated,
        Resume_V1_SaveGeneratedResumeRequest(analysisID: "a", optimizedText: "t", modelUsed: "m", metadata: metadata, userID: "u"),
        Resume_V1_GetGeneratedResumeRequest(id: "g"),
        Resume_V1_ListGeneratedResumesRequest(analysisID: "a", pageSize: 2, pageToken: "p"),
        Resume_V1_ListGeneratedResumesResponse(generatedResumes: [generated, generated], nextPageToken: ""),
        Resume_V1_DeleteGeneratedResumeRequest(id: "g"),
        Resume_V1_DeleteGeneratedResumeResponse(),
    ]

    static let user = Resume_V1_User(id: "4f1c2d3e-0000-4000-8000-000000000001", email: "Zoë@example.com", isActive: true,
                                     isVerified: true, createdAt: 1_795_572_616_245_026, updatedAt: -1)
    static let resume = Resume_V1_Resume(id: "a", userID: "b", title: "Lebenslauf", rawText: "raw ✓", redactedText: "[NAME]",
                                         version: .max, createdAt: 1, updatedAt: 2)
    static let job = Resume_V1_JobDescription(id: "a", userID: "b", companyName: "ACME", positionTitle: "Engineer", rawText: "r",
                                              redactedText: "[EMAIL]", createdAt: .min)
    static let resumeV1Samples: [any ProtoMessage] = [
        user,
        Resume_V1_CreateUserRequest(email: "a@b.co", password: "correct horse"),
        Resume_V1_AuthenticateRequest(email: "a@b.co", password: "pw"),
        Resume_V1_AuthenticateResponse(user: user, token: "v1.x.y", expiresAt: 42),
        Resume_V1_GetMeRequest(),
        Resume_V1_VerifyEmailRequest(userID: "u"),
        Resume_V1_DeactivateUserRequest(userID: "u"),
        Resume_V1_DeleteUserRequest(userID: "u"),
        Resume_V1_DeleteUserResponse(),
        resume,
        Resume_V1_CreateResumeRequest(title: "t", rawText: "r"),
        Resume_V1_GetResumeRequest(id: "i"),
        Resume_V1_UpdateResumeRequest(id: "i", expectedVersion: 3, title: "t", rawText: "r"),
        Resume_V1_ListResumesRequest(pageSize: 100, pageToken: "tok"),
        Resume_V1_ListResumesResponse(resumes: [resume, resume], nextPageToken: "next"),
        Resume_V1_DeleteResumeRequest(id: "i"),
        Resume_V1_DeleteResumeResponse(),
        job,
        Resume_V1_CreateJobDescriptionRequest(companyName: "c", positionTitle: "p", rawText: "r"),
        Resume_V1_GetJobDescriptionRequest(id: "i"),
        Resume_V1_ListJobDescriptionsRequest(pageSize: -1, pageToken: "t"),
        Resume_V1_ListJobDescriptionsResponse(jobDescriptions: [job], nextPageToken: "n"),
        Resume_V1_DeleteJobDescriptionRequest(id: "i"),
        Resume_V1_DeleteJobDescriptionResponse(),
    ]

    @Test func everyGeneratedMessageHasASample() {
        let covered = Set(Self.samples.map { type(of: $0).protoName })
        let declared = Set(ProtoRegistry.messages.keys.filter { !$0.hasSuffix("Entry") })
        #expect(covered == declared)
    }

    @Test(arguments: 0..<samples.count)
    func roundTrip(index: Int) throws {
        try Self.check(Self.samples[index])
    }

    static func check<M: ProtoMessage>(_ message: M) throws {
        let bytes = try message.serializedBytes()
        let decoded = try M(serializedBytes: bytes)
        #expect(decoded == message, "\(M.protoName)")
        // A non-default message has a non-empty encoding; a default one is empty.
        #expect(bytes.isEmpty == (message == M()))
    }

    @Test func defaultMessagesEncodeToNothing() throws {
        #expect(try Resume_Rpc_V1_RequestFrame().serializedBytes() == [])
        #expect(try Resume_Rpc_V1_RequestFrame(serializedBytes: [UInt8]()) == Resume_Rpc_V1_RequestFrame())
    }

    /// Hand-assembled from the protobuf encoding rules: field 1, wire type 2 → 0x0A.
    @Test func encodingMatchesTheProtobufSpecification() throws {
        #expect(try Resume_Rpc_V1_EchoRequest(payload: [1, 2, 3]).serializedBytes() == [0x0A, 0x03, 0x01, 0x02, 0x03])
        // call_id = 300 → tag 0x08, varint 0xAC 0x02; method "/a" → tag 0x12, len 2.
        let frame = Resume_Rpc_V1_RequestFrame(callID: 300, method: "/a")
        #expect(try frame.serializedBytes() == [0x08, 0xAC, 0x02, 0x12, 0x02, 0x2F, 0x61])
        // A map entry is a nested message: field 5 → 0x2A, then key (0x0A) and value (0x12).
        let withMetadata = Resume_Rpc_V1_RequestFrame(metadata: ["k": "v"])
        #expect(try withMetadata.serializedBytes() == [0x2A, 0x06, 0x0A, 0x01, 0x6B, 0x12, 0x01, 0x76])
    }

    @Test func mapsEncodeSortedSoEqualMapsEncodeEqually() throws {
        let a = Resume_Rpc_V1_RequestFrame(metadata: ["b": "2", "a": "1", "c": "3"])
        var b = Resume_Rpc_V1_RequestFrame()
        for (k, v) in [("c", "3"), ("a", "1"), ("b", "2")] { b.metadata[k] = v }
        #expect(try a.serializedBytes() == b.serializedBytes())
    }

    @Test func aRepeatedMapKeyKeepsItsLastValue() throws {
        // Two entries for "k": "1" then "2".
        let bytes: [UInt8] = [0x2A, 0x06, 0x0A, 0x01, 0x6B, 0x12, 0x01, 0x31, 0x2A, 0x06, 0x0A, 0x01, 0x6B, 0x12, 0x01, 0x32]
        #expect(try Resume_Rpc_V1_RequestFrame(serializedBytes: bytes).metadata == ["k": "2"])
    }

    @Test func unknownEnumNumbersSurviveARoundTrip() throws {
        let m = Resume_Rpc_V1_Status(code: .unrecognized(99))
        let decoded = try Resume_Rpc_V1_Status(serializedBytes: m.serializedBytes())
        #expect(decoded.code == .unrecognized(99))
        #expect(decoded.code.rawValue == 99)
        #expect(decoded.code.protoName == nil)
    }

    @Test func unknownFieldsAreSkipped() throws {
        // Field 15 (varint 5) before the payload field.
        let bytes: [UInt8] = [0x78, 0x05, 0x0A, 0x01, 0x07]
        #expect(try Resume_Rpc_V1_EchoRequest(serializedBytes: bytes).payload == [7])
    }

    @Test func statusCodesCarryGRPCNumbers() {
        let expected: [(Resume_Rpc_V1_StatusCode, Int32)] = [
            (.ok, 0), (.cancelled, 1), (.unknown, 2), (.invalidArgument, 3), (.deadlineExceeded, 4), (.notFound, 5),
            (.alreadyExists, 6), (.permissionDenied, 7), (.resourceExhausted, 8), (.failedPrecondition, 9),
            (.aborted, 10), (.outOfRange, 11), (.unimplemented, 12), (.internal, 13), (.unavailable, 14),
            (.dataLoss, 15), (.unauthenticated, 16),
        ]
        for (code, number) in expected {
            #expect(code.rawValue == number)
            #expect(Resume_Rpc_V1_StatusCode(rawValue: number) == code)
        }
        #expect(Resume_Rpc_V1_StatusCode.allKnownCases.count == expected.count)
    }

    @Test func descriptionsNeverShowFieldValues() {
        let m = Resume_Rpc_V1_RequestFrame(metadata: ["authorization": "Bearer secret-token"])
        #expect(!"\(m)".contains("secret"))
        #expect(!String(reflecting: m).contains("secret"))
    }

    @Test func serviceDescriptorsListEveryMethod() {
        let paths = ProtoMethodInfo.all.map(\.path)
        #expect(paths.contains("/resume.rpc.v1.Diagnostics/Echo"))
        #expect(paths.contains("/resume.rpc.v1.Health/Check"))
        let echo = ProtoMethodInfo.all.first { $0.path == Resume_Rpc_V1_Diagnostics.echo.path }
        #expect(echo?.requestType == Resume_Rpc_V1_EchoRequest.protoName)
        #expect(echo?.responseType == Resume_Rpc_V1_EchoResponse.protoName)
    }
}
