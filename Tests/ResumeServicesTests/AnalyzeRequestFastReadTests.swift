import Foundation
import ResumeProto
import Testing
@testable import ResumeServices

/// The fast path's in-place read of an AnalyzeResumeRequest, against the
/// generated encoder: it reads what the canonical encoding carries and
/// refuses (defers) everything else.
@Suite struct AnalyzeRequestFastReadTests {
    func read(_ bytes: [UInt8]) -> (resume: UUID, job: UUID)? {
        bytes.withUnsafeBytes { AnalysisService.ids(ofAnalyzeRequest: $0) }
    }

    func lower(_ id: UUID) -> String { id.uuidString.lowercased() }

    @Test func readsWhatTheEncoderWrites() throws {
        for _ in 0..<100 {
            let r = UUID(), j = UUID()
            let bytes = try Resume_V1_AnalyzeResumeRequest(resumeID: lower(r), jobDescriptionID: lower(j)).serializedBytes()
            let ids = read(bytes)
            #expect(ids?.resume == r && ids?.job == j)
        }
    }

    @Test func fieldsInEitherOrderAndTheLastOfARepeatedOneWins() throws {
        let r = UUID(), j = UUID(), r2 = UUID()
        let one = try Resume_V1_AnalyzeResumeRequest(resumeID: lower(r)).serializedBytes()
        let two = try Resume_V1_AnalyzeResumeRequest(jobDescriptionID: lower(j)).serializedBytes()
        let three = try Resume_V1_AnalyzeResumeRequest(resumeID: lower(r2)).serializedBytes()
        #expect(read(two + one)?.resume == r)
        let repeated = read(one + two + three)
        #expect(repeated?.resume == r2 && repeated?.job == j)
    }

    @Test func anythingElseIsLeftToTheFullDecoder() throws {
        let r = lower(UUID()), j = lower(UUID())
        let good = try Resume_V1_AnalyzeResumeRequest(resumeID: r, jobDescriptionID: j).serializedBytes()
        #expect(read([]) == nil)
        #expect(read(try Resume_V1_AnalyzeResumeRequest(resumeID: r).serializedBytes()) == nil, "a missing field")
        #expect(read(try Resume_V1_AnalyzeResumeRequest(resumeID: r.uppercased(), jobDescriptionID: j).serializedBytes()) == nil)
        #expect(read(try Resume_V1_AnalyzeResumeRequest(resumeID: "x", jobDescriptionID: j).serializedBytes()) == nil)
        #expect(read(Array(good.dropLast())) == nil, "truncated")
        #expect(read(good + [0x18, 0x01]) == nil, "an unknown field")
        var dashless = good
        dashless[2 + 8] = UInt8(ascii: "0")
        #expect(read(dashless) == nil)
    }
}
