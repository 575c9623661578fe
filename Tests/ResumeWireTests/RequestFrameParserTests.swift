import Testing
import ResumeProto
@testable import ResumeWire

@Suite struct RequestFrameParserTests {
    private func parse(_ frame: Resume_Rpc_V1_RequestFrame, limits: WireLimits = .default) throws -> RequestFrameParser.Outcome {
        try parse(frame.serializedBytes(), limits: limits)
    }

    private func parse(_ bytes: [UInt8], limits: WireLimits = .default) -> RequestFrameParser.Outcome {
        bytes.withUnsafeBytes { RequestFrameParser.parse($0, limits: limits) }
    }

    @Test func aWellFormedFrameBecomesACall() throws {
        let outcome = try parse(.init(callID: 5, method: "/resume.rpc.v1.Diagnostics/Echo", payload: [1], timeoutMs: 250, metadata: ["authorization": "Bearer t"]))
        guard case .call(let call) = outcome else { Issue.record("\(outcome)"); return }
        #expect(call.callID == 5)
        #expect(call.method == "/resume.rpc.v1.Diagnostics/Echo")
        #expect(call.payload == [1])
        #expect(call.timeoutMilliseconds == 250)
        #expect(call.metadata.bearerToken == "t")
    }

    @Test func bytesThatAreNotARequestFrameCloseTheConnection() {
        guard case .closeConnection(let e) = parse([0xFF, 0xFF, 0xFF]) else { Issue.record("not closed"); return }
        #expect(e.code == .invalidArgument)
    }

    @Test func callIDZeroClosesTheConnection() throws {
        guard case .closeConnection(let e) = try parse(.init(callID: 0, method: "/a/b")) else { Issue.record("not closed"); return }
        #expect(e.code == .invalidArgument)
        #expect(e.message.contains("call_id 0"))
    }

    @Test(arguments: ["", "/", "no-slash", String(repeating: "x", count: 300)])
    func aMethodThatIsNotAPathIsUnimplementedForThatCallOnly(method: String) throws {
        guard case .rejectCall(let id, let e) = try parse(.init(callID: 9, method: method)) else { Issue.record("not rejected"); return }
        #expect(id == 9)
        #expect(e.code == .unimplemented)
        #expect(e.message.count < 120)
    }

    @Test func badMetadataKeysAreInvalidArgumentForThatCall() throws {
        for key in ["Authorization", "", "has space", String(repeating: "k", count: 129)] {
            guard case .rejectCall(let id, let e) = try parse(.init(callID: 3, method: "/a/b", metadata: [key: "v"])) else {
                Issue.record("key \(key) accepted"); continue
            }
            #expect(id == 3)
            #expect(e.code == .invalidArgument)
            #expect(e.violations.first?.field == "metadata")
        }
    }

    @Test func tooManyOrTooLongMetadataIsInvalidArgument() throws {
        var many: [String: String] = [:]
        for i in 0..<65 { many["k\(i)"] = "v" }
        guard case .rejectCall(_, let e1) = try parse(.init(callID: 1, method: "/a/b", metadata: many)) else { Issue.record("accepted"); return }
        #expect(e1.code == .invalidArgument)
        let long = String(repeating: "v", count: 8 * 1024 + 1)
        guard case .rejectCall(_, let e2) = try parse(.init(callID: 1, method: "/a/b", metadata: ["x": long])) else { Issue.record("accepted"); return }
        #expect(e2.violations == [FieldViolation("metadata[x]", "value longer than 8192 bytes")])
    }

    @Test func deadlinesUseTheDefaultForZeroAndAreCapped() {
        let call = InboundCall(callID: 1, method: "/a/b", payload: [], timeoutMilliseconds: 0, metadata: .init())
        #expect(call.deadline(receivedAt: 1_000, defaultMilliseconds: 30_000, maximumMilliseconds: 60_000).nanoseconds == 1_000 + 30_000 * 1_000_000)
        let long = InboundCall(callID: 1, method: "/a/b", payload: [], timeoutMilliseconds: .max, metadata: .init())
        #expect(long.deadline(receivedAt: 0, defaultMilliseconds: 30_000, maximumMilliseconds: 60_000).nanoseconds == 60_000 * 1_000_000)
    }

    @Test func printableNeverEchoesControlBytesOrLongStrings() {
        #expect(RequestFrameParser.printable("/a/b") == "\"/a/b\"")
        #expect(RequestFrameParser.printable("a\u{1B}[2J") == "(5 bytes, not shown)")
        #expect(RequestFrameParser.printable(String(repeating: "a", count: 65)) == "(65 bytes, not shown)")
    }
}

@Suite struct ResponseFrameWriterTests {
    private func decodeOne(_ buffer: [UInt8]) throws -> Resume_Rpc_V1_ResponseFrame {
        var d = FrameDecoder(maxFrameSize: 1 << 24)
        d.feed(buffer)
        guard case .frame(let body) = d.nextFrame() else { throw RPCError(.internal, "no frame") }
        #expect(d.bufferedByteCount == 0)
        return try Resume_Rpc_V1_ResponseFrame(serializedBytes: body)
    }

    @Test func successCarriesThePayloadAndOK() throws {
        var out: [UInt8] = []
        ResponseFrameWriter.append(callID: 4, result: .success([7, 7]), maxFrameSize: 1024, to: &out)
        let f = try decodeOne(out)
        #expect(f.callID == 4)
        #expect(f.status?.code == .ok)
        #expect(f.payload == [7, 7])
    }

    @Test func failureCarriesStatusAndNoPayload() throws {
        var out: [UInt8] = []
        let error = RPCError.invalidArgument([.init("title", "must not be empty")])
        ResponseFrameWriter.append(callID: 4, result: .failure(error), maxFrameSize: 1024, to: &out)
        let f = try decodeOne(out)
        #expect(f.status == error.status)
        #expect(f.payload.isEmpty)
    }

    @Test func anOversizedResponseBecomesResourceExhausted() throws {
        var out: [UInt8] = [0xAA] // existing output is kept
        ResponseFrameWriter.append(callID: 8, result: .success([UInt8](repeating: 1, count: 5000)), maxFrameSize: 1024, to: &out)
        #expect(out.first == 0xAA)
        let f = try decodeOne(Array(out.dropFirst()))
        #expect(f.callID == 8)
        #expect(f.status?.code == .resourceExhausted)
        #expect(f.payload.isEmpty)
    }
}

@Suite struct RPCErrorTests {
    @Test func statusRoundTrips() {
        let e = RPCError(.aborted, "version is 3", violations: [.init("expected_version", "stale")], cause: "SQLSTATE 40001")
        let back = RPCError(status: e.status)
        #expect(back.code == .aborted)
        #expect(back.message == "version is 3")
        #expect(back.violations == e.violations)
        #expect(back.cause == nil) // the cause never travels
    }

    @Test func theCauseIsOnlyInTheDebugDescription() {
        let e = RPCError(.unavailable, "database unavailable", cause: "connection refused")
        #expect(!e.description.contains("refused"))
        #expect(e.debugDescription.contains("refused"))
    }

    @Test func anOKStatusReadAsAnErrorIsUnknown() {
        #expect(RPCError(status: .init(code: .ok)).code == .unknown)
    }

    @Test func bearerTokensAreFoundCaseInsensitively() {
        #expect(CallMetadata(["authorization": "Bearer abc"]).bearerToken == "abc")
        #expect(CallMetadata(["authorization": "bearer  abc"]).bearerToken == "abc")
        #expect(CallMetadata(["authorization": "Basic abc"]).bearerToken == nil)
        #expect(CallMetadata(["authorization": "Bearer "]).bearerToken == nil)
        #expect(CallMetadata().bearerToken == nil)
    }
}
