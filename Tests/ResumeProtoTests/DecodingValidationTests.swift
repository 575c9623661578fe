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
