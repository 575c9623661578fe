import Testing
@testable import ResumeProto

/// What protobuf-c alone would accept, and the runtime rejects before unpacking.
@Suite struct DecodingValidationTests {
    private func decodeFrame(_ bytes: [UInt8], limits: ProtoDecodingLimits = .default) -> ProtoDecodingError? {
        do {
            _ = try Resume_Rpc_V1_RequestFrame(serializedBytes: bytes, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func invalidUTF8InAStringIsRejectedNamingTheField() {
        #expect(decodeFrame([0x12, 0x03, 0x61, 0xFF, 0x62]) == .invalidString(message: "resume.rpc.v1.RequestFrame", field: "method"))
    }

    @Test func aNULInAStringIsRejectedRatherThanTruncated() {
        #expect(decodeFrame([0x12, 0x03, 0x61, 0x00, 0x62]) == .invalidString(message: "resume.rpc.v1.RequestFrame", field: "method"))
    }

    @Test func stringsInsideMapEntriesAreChecked() {
        // metadata entry whose value is 0xC0 0x80 (an overlong NUL).
        #expect(decodeFrame([0x2A, 0x07, 0x0A, 0x01, 0x6B, 0x12, 0x02, 0xC0, 0x80]) != nil)
    }

    @Test func bytesFieldsMayHoldAnything() throws {
        let m = try Resume_Rpc_V1_EchoRequest(serializedBytes: [0x0A, 0x03, 0x00, 0xFF, 0xC0])
        #expect(m.payload == [0x00, 0xFF, 0xC0])
    }

    @Test(arguments: [
        [0x0A, 0x05, 0x01] as [UInt8],             // length past the end
        [0x08],                                    // varint missing
        [0x08, 0x80, 0x80],                        // varint truncated
        [0x0B],                                    // start group
        [0x0E, 0x00],                              // wire type 6
        [0x00, 0x00],                              // field number 0
        [0x09, 0x01, 0x02],                        // fixed64 truncated
        [0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F], // varint over 64 bits
    ])
    func malformedEncodingsAreRejected(bytes: [UInt8]) {
        #expect(decodeFrame(bytes) == .malformed(message: "resume.rpc.v1.RequestFrame"))
    }

    @Test func aMillionEmptyMapEntriesDoNotReachTheAllocator() {
        // 100,000 empty metadata entries: 0x2A 0x00 each.
        let bytes: [UInt8] = (0..<200_000).map { $0 % 2 == 0 ? 0x2A : 0x00 }
        #expect(decodeFrame(bytes) == .tooManyElements(message: "resume.rpc.v1.RequestFrame"))
        #expect(decodeFrame(Array(bytes.prefix(200)), limits: .default) == nil)
    }

    @Test func nestingDeeperThanTheLimitIsRejected() throws {
        let response = Resume_Rpc_V1_HealthCheckResponse(dependencies: [.init(name: "postgres")])
        let bytes = try response.serializedBytes()
        #expect(throws: ProtoDecodingError.tooDeep(message: Resume_Rpc_V1_HealthCheckResponse.protoName)) {
            try Resume_Rpc_V1_HealthCheckResponse(serializedBytes: bytes, limits: .init(maxElements: 100, maxDepth: 0))
        }
        #expect(try Resume_Rpc_V1_HealthCheckResponse(serializedBytes: bytes, limits: .init(maxElements: 100, maxDepth: 1)) == response)
    }

    @Test func encodingAStringWithNULFailsInsteadOfTruncating() {
        #expect(throws: ProtoEncodingError.embeddedNUL(message: Resume_Rpc_V1_FieldViolation.protoName)) {
            try Resume_Rpc_V1_FieldViolation(field: "a\u{0}b").serializedBytes()
        }
    }
}

@Suite struct UTF8ValidationTests {
    private func valid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { UTF8Validation.isValidWithoutNUL($0) }
    }

    @Test func acceptsWellFormedText() {
        #expect(valid([]))
        #expect(valid(Array("plain ascii that is longer than eight bytes".utf8)))
        #expect(valid(Array("é ß € 𝄞 日本語 — Zoë".utf8)))
        #expect(valid([0xF4, 0x8F, 0xBF, 0xBF]))      // U+10FFFF
        #expect(valid([0xED, 0x9F, 0xBF]))            // U+D7FF
    }

    @Test(arguments: [
        [0x00] as [UInt8],                             // NUL
        [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x00], // NUL inside the fast path
        [0x80],                                        // lone continuation
        [0xC0, 0x80], [0xC1, 0xBF],                    // overlong two-byte
        [0xE0, 0x80, 0x80],                            // overlong three-byte
        [0xF0, 0x80, 0x80, 0x80],                      // overlong four-byte
        [0xED, 0xA0, 0x80],                            // surrogate U+D800
        [0xF4, 0x90, 0x80, 0x80],                      // past U+10FFFF
        [0xF5, 0x80, 0x80, 0x80],                      // invalid lead
        [0xE2, 0x82],                                  // truncated
        [0xE2, 0x28, 0xA1],                            // bad continuation
    ])
    func rejectsMalformedText(bytes: [UInt8]) {
        #expect(!valid(bytes))
    }
}

/// `validate(serializedBytes:)` lets a handler pass an opaque message
/// through; it must never accept what protobuf-c would refuse to decode.
@Suite struct ValidationAgainstProtobufCTests {
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    func check<M: ProtoMessage>(_: M.Type, seeds: [[UInt8]], rounds: Int = 5_000) {
        var g = Generator(state: 99)
        var agreedRefusals = 0
        for _ in 0..<rounds {
            var bytes = seeds[g.below(seeds.count)]
            for _ in 0...g.below(3) {
                switch g.below(5) {
                case 0 where !bytes.isEmpty: bytes[g.below(bytes.count)] = UInt8(g.below(256))
                case 1 where !bytes.isEmpty: bytes.removeLast(min(bytes.count, 1 + g.below(3)))
                case 2: bytes.insert(UInt8(g.below(256)), at: bytes.isEmpty ? 0 : g.below(bytes.count))
                case 3: bytes += [UInt8(g.below(256)), UInt8(g.below(256))]
                default: if !bytes.isEmpty { bytes[g.below(bytes.count)] ^= UInt8(1 << g.below(8)) }
                }
            }
            let valid = bytes.withUnsafeBytes { b in (try? M.validate(serializedBytes: b)) != nil }
            let unpacks = bytes.withUnsafeBytes { ProtoCodec.protobufCAccepts(M.self, $0) }
            if valid { #expect(unpacks, "\(M.protoName): validated what protobuf-c refuses: \(bytes)") }
            if !unpacks { #expect(!valid); agreedRefusals += 1 }
        }
        #expect(agreedRefusals > rounds / 20)
    }

    @Test func echoRequests() throws {
        check(Resume_Rpc_V1_EchoRequest.self, seeds: [
            try Resume_Rpc_V1_EchoRequest(payload: Array("hello".utf8)).serializedBytes(), [], [0x0A, 0x00],
        ])
    }

    @Test func envelopesAndStatuses() throws {
        check(Resume_Rpc_V1_RequestFrame.self, seeds: [
            try Resume_Rpc_V1_RequestFrame(callID: 300, method: "/a/b", payload: [1, 2], timeoutMs: 9, metadata: ["k": "v"]).serializedBytes(),
        ])
        check(Resume_Rpc_V1_ResponseFrame.self, seeds: [
            try Resume_Rpc_V1_ResponseFrame(callID: 5, status: .init(code: .notFound, message: "x", violations: [.init(field: "f", description: "d")]),
                                            payload: [9]).serializedBytes(),
        ])
    }
}
