import Testing
import ResumeLoad
import ResumeProto
import ResumeWire

/// Pre-encoded frames with a fresh call id: every one decodes, with the
/// protocol's own decoder, as the request it stands for.
@Suite struct RequestTemplateTests {
    /// The one frame in `bytes`, decoded as a RequestFrame.
    static func decode(_ bytes: [UInt8]) throws -> Resume_Rpc_V1_RequestFrame {
        var decoder = FrameDecoder(maxFrameSize: 1 << 24)
        decoder.feed(bytes)
        guard case .frame(let body) = decoder.nextFrame() else { Issue.record("no whole frame"); throw CancellationError() }
        #expect(decoder.bufferedByteCount == 0)
        return try Resume_Rpc_V1_RequestFrame(serializedBytes: body)
    }

    @Test(arguments: [1, 127, 128, 16_383, 16_384, 1 << 40, UInt64.max])
    func aFixedTemplateCarriesTheCallIdAndEverythingElse(callID: UInt64) throws {
        let payload = RequestPayloads.echo(Array("hello".utf8))
        let t = RequestTemplate(method: "/resume.rpc.v1.Diagnostics/Echo", payload: payload, timeoutMilliseconds: 1_500,
                                metadata: [("authorization", "Bearer abc"), ("x-request-id", "load")])
        let frame = try Self.decode(t.frame(callID: callID))
        #expect(frame.callID == callID)
        #expect(frame.method == "/resume.rpc.v1.Diagnostics/Echo")
        #expect(frame.timeoutMs == 1_500)
        #expect(frame.metadata == ["authorization": "Bearer abc", "x-request-id": "load"])
        #expect(try Resume_Rpc_V1_EchoRequest(serializedBytes: frame.payload).payload == Array("hello".utf8))
    }

    @Test(arguments: [1, 300, UInt64.max])
    func theHeaderThenTheRestIsTheFrame(callID: UInt64) {
        let t = RequestTemplate(method: "/resume.rpc.v1.Diagnostics/Echo", payload: RequestPayloads.echo([UInt8](repeating: 3, count: 70_000)),
                                timeoutMilliseconds: 5)
        var header: [UInt8] = [1, 2, 3]
        t.header(callID: callID, into: &header)
        #expect(header + t.rest == t.frame(callID: callID))
    }

    @Test func framesAppendBackToBack() throws {
        let t = RequestTemplate(method: "/resume.rpc.v1.Health/Check", payload: [], timeoutMilliseconds: 0)
        var out: [UInt8] = []
        for id in 1...3 as ClosedRange<UInt64> { t.appendFrame(callID: id, to: &out) }
        var decoder = FrameDecoder(maxFrameSize: 1 << 20)
        decoder.feed(out)
        var ids: [UInt64] = []
        while case .frame(let body) = decoder.nextFrame() {
            let f = try Resume_Rpc_V1_RequestFrame(serializedBytes: body)
            #expect(f.timeoutMs == 0 && f.payload.isEmpty && f.metadata.isEmpty)
            ids.append(f.callID)
        }
        #expect(ids == [1, 2, 3])
    }

    @Test func aTemplateWithoutPayloadTakesOnePerCall() throws {
        let t = RequestTemplate(method: "/resume.v1.ResumeService/CreateResume", payload: nil, timeoutMilliseconds: 10_000,
                                metadata: [("authorization", "Bearer t")])
        var scratch: [UInt8] = []
        for n in 0..<3 {
            RequestPayloads.createResume(title: "Load resume \(n)", firstLine: "Call \(n)", body: Array("Body text é".utf8), into: &scratch)
            let f = try Self.decode(t.frame(callID: UInt64(n + 1), payload: scratch))
            #expect(f.callID == UInt64(n + 1))
            #expect(f.metadata["authorization"] == "Bearer t")
            let request = try Resume_V1_CreateResumeRequest(serializedBytes: f.payload)
            #expect(request.title == "Load resume \(n)")
            #expect(request.rawText == "Call \(n)\nBody text é")
        }
    }

    @Test func payloadsDecodeAsTheirRequests() throws {
        #expect(try Resume_V1_GetResumeRequest(serializedBytes: RequestPayloads.getResume(id: "0b4c…")).id == "0b4c…")
        #expect(try Resume_V1_ListResumesRequest(serializedBytes: RequestPayloads.listResumes(pageSize: 20)).pageSize == 20)
        #expect(try Resume_Rpc_V1_HealthCheckRequest(serializedBytes: RequestPayloads.health()) == .init())
        var out: [UInt8] = [9, 9, 9]
        RequestPayloads.analyzeResume(resumeID: "r-1", jobDescriptionID: "j-2", into: &out)
        let a = try Resume_V1_AnalyzeResumeRequest(serializedBytes: out)
        #expect(a.resumeID == "r-1" && a.jobDescriptionID == "j-2")
        let big = [UInt8](repeating: 7, count: 300_000)
        #expect(try Resume_Rpc_V1_EchoRequest(serializedBytes: RequestPayloads.echo(big)).payload == big)
    }

    @Test func varintsHaveTheirSize() {
        for v: UInt64 in [0, 1, 127, 128, 300, 1 << 35, .max] {
            var out: [UInt8] = []
            ProtoBytes.appendVarint(v, to: &out)
            #expect(out.count == ProtoBytes.varintSize(v))
            let back = out.withUnsafeBytes { b -> UInt64? in
                var i = 0
                return ProtoBytes.readVarint(b, &i)
            }
            #expect(back == v)
        }
    }
}
