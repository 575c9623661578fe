import Testing
import ResumeLoad
import ResumeProto
import ResumeWire

/// Reading call ids, status codes and `cached` out of response frames in place.
@Suite struct ResponseScannerTests {
    static func scan(_ frame: Resume_Rpc_V1_ResponseFrame, readCached: Bool = false) throws -> ResponseScanner.Scanned? {
        try frame.serializedBytes().withUnsafeBytes { ResponseScanner.scan($0, readCached: readCached) }
    }

    @Test func okWithoutAStatusIsCodeZero() throws {
        let s = try Self.scan(.init(callID: 77, status: nil, payload: [1, 2, 3]))
        #expect(s == .init(callID: 77, code: 0, cached: nil))
    }

    @Test(arguments: [StatusCode.ok, .invalidArgument, .deadlineExceeded, .resourceExhausted, .unavailable, .unauthenticated])
    func theStatusCodeIsRead(code: StatusCode) throws {
        let frame = Resume_Rpc_V1_ResponseFrame(callID: 1 << 40, status: .init(code: code, message: "why", violations: [.init(field: "f", description: "d")]),
                                                metadata: ["retry-after-ms": "100"])
        let s = try Self.scan(frame)
        #expect(s?.callID == 1 << 40)
        #expect(s?.code == code.rawValue)
    }

    @Test func aConnectionLevelErrorHasCallIdZero() throws {
        #expect(try Self.scan(.init(callID: 0, status: .init(code: .resourceExhausted)))?.callID == 0)
    }

    @Test func anUnknownOrNegativeCodeSurvives() throws {
        #expect(try Self.scan(.init(callID: 5, status: .init(code: StatusCode(rawValue: 99))))?.code == 99)
        #expect(try Self.scan(.init(callID: 5, status: .init(code: StatusCode(rawValue: -3))))?.code == -3)
        #expect(LoadStatus.name(99) == "CODE_99")
        #expect(LoadStatus.name(14) == "UNAVAILABLE")
        #expect(LoadStatus.name(LoadStatus.connectionLost) == "CONNECTION_LOST")
    }

    @Test(arguments: [true, false])
    func cachedIsReadFromAnAnalysis(cached: Bool) throws {
        let analysis = Resume_V1_Analysis(id: "a", resumeID: "r", missingKeywords: ["go", "rust"], matchScore: 71.5,
                                          semanticSimilarity: 0.4, analyzerVersion: 3, createdAt: 123, cached: cached)
        let frame = Resume_Rpc_V1_ResponseFrame(callID: 9, status: .init(code: .ok), payload: try analysis.serializedBytes())
        #expect(try Self.scan(frame, readCached: true)?.cached == cached)
        #expect(try Self.scan(frame, readCached: false)?.cached == nil)
    }

    @Test func malformedBodiesAreRefused() {
        let bad: [[UInt8]] = [
            [0x08],                         // call id cut short
            [0x12, 0x05, 0x08],             // status longer than the body
            [0x12, 0x02, 0x08, 0x80],       // code cut short inside the status
            [0x0B],                         // wire type 3 (groups) is not used
            [0x19, 1, 2, 3],                // a fixed64 cut short
            [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],  // a key over 10 bytes
        ]
        for b in bad {
            let scanned = b.withUnsafeBytes { ResponseScanner.scan($0) }
            #expect(scanned == nil, "\(b)")
        }
        let empty = [UInt8]().withUnsafeBytes { ResponseScanner.scan($0) }
        #expect(empty == ResponseScanner.Scanned())
    }
}
