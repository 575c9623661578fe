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

    /// From fuzz-tokens, whose check compared Characters: a token starting with a
    /// combining mark joins the scheme's space in one Character, yet the token is
    /// exactly the bytes after the scheme, and user tokens and service tokens are
    /// only ever compared byte by byte.
    @Test func aTokenStartingWithACombiningMarkIsTheBytesAfterTheScheme() {
        let token = CallMetadata(["authorization": "BeArEr \u{05A2}x"]).bearerToken
        #expect(token.map { Array($0.utf8) } == [0xD6, 0xA2, 0x78])
    }
}

@Suite struct ResponseFrameHandWriterTests {
    @Test func theHandWrittenOKFrameIsByteForByteWhatProtobufCPacks() throws {
        for callID: UInt64 in [1, 127, 128, 300, 16_383, 16_384, 1 << 35, .max] {
            for size in [0, 1, 127, 128, 16_384, 70_000] {
                let payload = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
                var hand: [UInt8] = []
                #expect(ResponseFrameWriter.appendOK(callID: callID, payload: payload, maxFrameSize: 1 << 20, to: &hand))
                var frame = Resume_Rpc_V1_ResponseFrame(callID: callID)
                frame.status = Resume_Rpc_V1_Status(code: .ok)
                frame.payload = payload
                let packed = try FrameEncoder.frame(frame)
                #expect(hand == packed, "call \(callID), payload of \(size) bytes")
            }
        }
    }

    @Test func anOKFrameOverTheLimitIsNotWrittenAndBecomesResourceExhausted() throws {
        var out: [UInt8] = []
        ResponseFrameWriter.append(callID: 7, result: .success([UInt8](repeating: 1, count: 2_000)), maxFrameSize: 1_024, to: &out)
        let frame = try Resume_Rpc_V1_ResponseFrame(serializedBytes: Array(out.dropFirst(4)))
        #expect(frame.callID == 7)
        #expect(frame.status?.code == .resourceExhausted)
    }
}

/// The hand-written envelope parser against protobuf-c's decoder (which it
/// replaced on the hot path): on valid frames it reads the same fields, and
/// on mangled ones it refuses exactly what protobuf-c refuses.
@Suite struct RequestFrameParserDifferentialTests {
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    func reference(_ bytes: [UInt8]) -> Resume_Rpc_V1_RequestFrame? {
        try? Resume_Rpc_V1_RequestFrame(serializedBytes: bytes)
    }

    func parse(_ bytes: [UInt8]) -> RequestFrameParser.Outcome {
        bytes.withUnsafeBytes { RequestFrameParser.parse($0, limits: .default) }
    }

    func randomFrame(_ g: inout Generator) -> [UInt8] {
        var f = Resume_Rpc_V1_RequestFrame(callID: g.next() % 3 == 0 ? UInt64(g.below(5)) : g.next(),
                                           method: ["/resume.rpc.v1.Diagnostics/Echo", "/a/b", "", "é/ü"][g.below(4)],
                                           payload: (0..<g.below(40)).map { _ in UInt8(g.below(256)) },
                                           timeoutMs: UInt32(truncatingIfNeeded: g.next()))
        for _ in 0..<g.below(4) { f.metadata["k\(g.below(3))"] = "v\(g.below(100))" }
        var bytes = (try? f.serializedBytes()) ?? []
        // Sometimes an unknown field, or a repeated scalar (the last wins).
        if g.below(3) == 0 { bytes += [0x30, UInt8(g.below(128))] }                 // field 6, varint
        if g.below(3) == 0 { bytes += [0x3A, 0x02, 0x41, 0x42] }                    // field 7, bytes
        if g.below(4) == 0 { bytes += [0x20, UInt8(g.below(128))] }                 // timeout_ms again
        return bytes
    }

    @Test func validFramesReadTheSameFields() {
        var g = Generator(state: 42)
        for _ in 0..<3_000 {
            let bytes = randomFrame(&g)
            guard let expected = reference(bytes) else { Issue.record("the generator made an invalid frame"); continue }
            switch parse(bytes) {
            case .call(let call):
                #expect(call.callID == expected.callID)
                #expect(call.method == expected.method)
                #expect(call.payload == expected.payload)
                #expect(call.timeoutMilliseconds == expected.timeoutMs)
                #expect(call.metadata.entries == expected.metadata)
            case .rejectCall(let id, _):
                #expect(id == expected.callID)
                #expect(!expected.method.hasPrefix("/") || expected.method.utf8.count < 2 || expected.method.utf8.count > 256)
            case .closeConnection:
                #expect(expected.callID == 0)
            }
        }
    }

    @Test func mangledFramesAreRefusedExactlyWhenProtobufCRefusesThem() {
        var g = Generator(state: 7)
        var refused = 0
        for _ in 0..<20_000 {
            var bytes = randomFrame(&g)
            for _ in 0...g.below(3) where !bytes.isEmpty {
                switch g.below(4) {
                case 0: bytes[g.below(bytes.count)] = UInt8(g.below(256))
                case 1: bytes.removeLast(min(bytes.count, 1 + g.below(4)))
                case 2: bytes.insert(UInt8(g.below(256)), at: g.below(bytes.count))
                default: bytes[g.below(bytes.count)] ^= 0x80
                }
            }
            let expected = reference(bytes)
            let outcome = parse(bytes)
            if case .closeConnection(let e) = outcome, e.message.contains("not a valid") {
                refused += 1
                #expect(expected == nil, "refused a frame protobuf-c reads: \(bytes)")
            } else {
                #expect(expected != nil, "accepted a frame protobuf-c refuses: \(bytes)")
                if case .call(let call) = outcome, let expected {
                    #expect(call.callID == expected.callID && call.payload == expected.payload && call.method == expected.method)
                }
            }
        }
        #expect(refused > 1_000) // the mutations do reach the refusal paths
    }
}
