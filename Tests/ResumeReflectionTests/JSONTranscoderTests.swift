import ResumeProto
import Testing
@testable import ResumeReflection

/// JSON <-> wire through the descriptor set, checked against protoc-c's
/// encoder and decoder (the Swift messages), which share no code with it.
@Suite struct JSONTranscoderTests {
    static let transcoder = JSONTranscoder(descriptors: DescriptorSetTests.set)

    static func json(_ text: String) throws -> JSONValue { try JSONValue(parsing: text) }

    @Test func jsonBecomesWhatProtocCReads() throws {
        let bytes = try Self.transcoder.encode(Self.json("""
            {"callId": "18446744073709551615", "method": "/resume.v1.ResumeService/GetResume",
             "payload": "AAEC/w==", "timeout_ms": 2500, "metadata": {"authorization": "Bearer x", "k": ""}}
            """), as: "resume.rpc.v1.RequestFrame")
        let frame = try Resume_Rpc_V1_RequestFrame(serializedBytes: bytes)
        #expect(frame.callID == UInt64.max)
        #expect(frame.method == "/resume.v1.ResumeService/GetResume")
        #expect(frame.payload == [0, 1, 2, 255])
        #expect(frame.timeoutMs == 2_500)
        #expect(frame.metadata == ["authorization": "Bearer x", "k": ""])
    }

    @Test func doublesRepeatedStringsAndNegativeNumbers() throws {
        let bytes = try Self.transcoder.encode(Self.json("""
            {"id": "a", "resumeVersion": -3, "missingKeywords": ["swift", "k8s"], "matchScore": 87.5,
             "semanticSimilarity": "NaN", "createdAt": -1700000000000000, "cached": true}
            """), as: "resume.v1.Analysis")
        let a = try Resume_V1_Analysis(serializedBytes: bytes)
        #expect(a.id == "a" && a.resumeVersion == -3 && a.missingKeywords == ["swift", "k8s"])
        #expect(a.matchScore == 87.5 && a.semanticSimilarity.isNaN && a.createdAt == -1_700_000_000_000_000 && a.cached)
    }

    @Test func whatProtocCWritesBecomesMappedJSON() throws {
        var health = Resume_Rpc_V1_HealthCheckResponse()
        health.status = .notServing
        health.dependencies = [
            Resume_Rpc_V1_DependencyHealth(name: "postgres", status: .serving, detail: "ok", required: true, checkedAtUnixMicros: 1_733_000_000_000_000),
            Resume_Rpc_V1_DependencyHealth(name: "redis", status: .unknown, detail: "", required: false, checkedAtUnixMicros: 0),
        ]
        let json = try Self.transcoder.decode(health.serializedBytes(), as: "resume.rpc.v1.HealthCheckResponse")
        #expect(json.text(pretty: false) == #"""
            {"status":"SERVING_STATUS_NOT_SERVING","dependencies":[{"name":"postgres","status":"SERVING_STATUS_SERVING","detail":"ok","required":true,"checkedAtUnixMicros":"1733000000000000"},{"name":"redis"}]}
            """#)
    }

    @Test func defaultsAreWrittenOnlyWhenAsked() throws {
        var t = Self.transcoder
        t.emitDefaults = true
        let json = try t.decode([], as: "resume.rpc.v1.DependencyHealth")
        #expect(json.text(pretty: false) == #"{"name":"","status":"SERVING_STATUS_UNKNOWN","detail":"","required":false,"checkedAtUnixMicros":"0"}"#)
        #expect(try Self.transcoder.decode([], as: "resume.rpc.v1.DependencyHealth") == .object([]))
    }

    @Test func packedRepeatedNumbersBothWays() throws {
        var stats = Resume_Rpc_V1_GetStatsResponse()
        stats.latencyBoundsUs = [100, 1_000, UInt64.max]
        let json = try Self.transcoder.decode(stats.serializedBytes(), as: "resume.rpc.v1.GetStatsResponse")
        #expect(json.text(pretty: false).contains(#""latencyBoundsUs":["100","1000","18446744073709551615"]"#))
        let back = try Resume_Rpc_V1_GetStatsResponse(serializedBytes: Self.transcoder.encode(json, as: "resume.rpc.v1.GetStatsResponse"))
        #expect(back.latencyBoundsUs == [100, 1_000, UInt64.max])
    }

    @Test func bytesAndMapsSurviveARoundTrip() throws {
        var frame = Resume_Rpc_V1_ResponseFrame()
        frame.callID = 7
        frame.payload = Array(0...255)
        frame.metadata = ["retry-after-ms": "250"]
        let json = try Self.transcoder.decode(frame.serializedBytes(), as: "resume.rpc.v1.ResponseFrame")
        let back = try Resume_Rpc_V1_ResponseFrame(serializedBytes: Self.transcoder.encode(json, as: "resume.rpc.v1.ResponseFrame"))
        #expect(back.callID == 7 && back.payload == Array(0...255) && back.metadata == ["retry-after-ms": "250"])
    }

    /// Field order, packing and the 10-byte form of negative int32 are the
    /// canonical encoding: the bytes equal protoc-c's, not merely parse.
    @Test func encodingIsByteForByteProtocCs() throws {
        var analysis = Resume_V1_Analysis()
        analysis.id = "a"
        analysis.resumeVersion = -3
        analysis.missingKeywords = ["swift", "k8s"]
        analysis.matchScore = 87.5
        analysis.createdAt = -1
        var stats = Resume_Rpc_V1_GetStatsResponse()
        stats.latencyBoundsUs = [100, 1_000, UInt64.max]
        stats.uptimeMs = 3
        for (message, name) in [(try analysis.serializedBytes(), "resume.v1.Analysis"), (try stats.serializedBytes(), "resume.rpc.v1.GetStatsResponse")] {
            let json = try Self.transcoder.decode(message, as: name)
            #expect(try Self.transcoder.encode(json, as: name) == message, "\(name)")
        }
    }

    @Test func prettyTextIsIndentedJSON() throws {
        let json = try Self.transcoder.decode(Resume_V1_GetResumeRequest(id: "r1").serializedBytes(), as: "resume.v1.GetResumeRequest")
        #expect(json.text() == "{\n  \"id\": \"r1\"\n}")
        #expect(JSONValue.object([("a", .array([]))]).text() == "{\n  \"a\": []\n}")
    }

    @Test(arguments: [
        (#"{"nope": 1}"#, "resume.v1.GetResumeRequest: unknown field \"nope\""),
        (#"{"id": 5}"#, "resume.v1.GetResumeRequest.id: expected a string, got a number"),
        (#"[1]"#, "resume.v1.GetResumeRequest: expected an object, got an array"),
        (#"{"id": "a", "id": "b"}"#, ""),
    ])
    func badRequestsNameTheField(_ text: String, _ message: String) throws {
        let value = try Self.json(text)
        if message.isEmpty {
            _ = try? Self.transcoder.encode(value, as: "resume.v1.GetResumeRequest") // duplicate keys: JSONDecoder keeps one
            return
        }
        #expect(throws: TranscodingError.self) { try Self.transcoder.encode(value, as: "resume.v1.GetResumeRequest") }
        do {
            _ = try Self.transcoder.encode(value, as: "resume.v1.GetResumeRequest")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func rangesEnumsAndBase64AreChecked() throws {
        let t = Self.transcoder
        #expect(throws: TranscodingError.self) { try t.encode(Self.json(#"{"pageSize": 2147483648}"#), as: "resume.v1.ListResumesRequest") }
        #expect(throws: TranscodingError.self) { try t.encode(Self.json(#"{"pageSize": 1.5}"#), as: "resume.v1.ListResumesRequest") }
        #expect(throws: TranscodingError.self) { try t.encode(Self.json(#"{"timeoutMs": -1}"#), as: "resume.rpc.v1.RequestFrame") }
        #expect(throws: TranscodingError.self) { try t.encode(Self.json(#"{"payload": "!!"}"#), as: "resume.rpc.v1.RequestFrame") }
        #expect(throws: TranscodingError.self) { try t.encode(Self.json(#"{"status": "SERVING"}"#), as: "resume.rpc.v1.DependencyHealth") }
        #expect(throws: TranscodingError.self) { try t.encode(Self.json(#"{"required": 1}"#), as: "resume.rpc.v1.DependencyHealth") }
        #expect(throws: TranscodingError.self) { try t.encode(Self.json("{}"), as: "resume.v1.NoSuchMessage") }
        // Enums by number, 64-bit integers as numbers, URL-safe base64 without padding are accepted.
        let d = try Resume_Rpc_V1_DependencyHealth(serializedBytes: t.encode(Self.json(#"{"status": 2, "checkedAtUnixMicros": 5}"#), as: "resume.rpc.v1.DependencyHealth"))
        #expect(d.status == .notServing && d.checkedAtUnixMicros == 5)
        let f = try Resume_Rpc_V1_RequestFrame(serializedBytes: t.encode(Self.json(#"{"payload": "-_8"}"#), as: "resume.rpc.v1.RequestFrame"))
        #expect(f.payload == [0xFB, 0xFF])
    }

    @Test func malformedWireBytesAreErrorsNamingTheMessage() {
        #expect(throws: TranscodingError.self) { try Self.transcoder.decode([0x0A, 0x09, 0x61], as: "resume.v1.GetResumeRequest") }
        // A string field sent as a varint.
        #expect(throws: TranscodingError.self) { try Self.transcoder.decode([0x08, 0x01], as: "resume.v1.GetResumeRequest") }
        // Unknown fields are skipped.
        #expect((try? Self.transcoder.decode([0x48, 0x01], as: "resume.v1.GetResumeRequest")) == .object([]))
    }

    @Test func syntaxErrorsAreReported() {
        #expect(throws: JSONValue.SyntaxError.self) { try JSONValue(parsing: "{\"id\": ") }
        #expect(throws: JSONValue.SyntaxError.self) { try JSONValue(parsing: "") }
    }
}
