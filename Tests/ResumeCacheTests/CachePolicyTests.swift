import Foundation
import ResumeCache
import Testing

@Suite struct CachePolicyTests {
    @Test func analysisTTLIsAnHourWithinTenPercent() {
        let p = CachePolicy.analysis
        #expect(p.ttl(unit: 0) == 3_600)
        #expect(p.ttl(unit: -1) == 3_240)
        #expect(p.ttl(unit: 1) == 3_960)
        #expect(p.ttl(unit: 7) == 3_960, "out-of-range units are clamped")
        for _ in 0..<1_000 {
            #expect((3_240...3_960).contains(p.ttl(unit: Double.random(in: -1...1))))
        }
    }

    @Test func jitterSpreadsEntriesWrittenTogether() {
        let ttls = Set((0..<200).map { _ in CachePolicy.analysis.ttl(unit: Double.random(in: -1...1)) })
        #expect(ttls.count > 50)
    }

    @Test func userStatusStaysInProcess() {
        #expect(!CachePolicy.userStatus.usesRedis && CachePolicy.analysis.usesRedis)
        #expect(CachePolicy.userStatus.name == "user-status")
    }
}

@Suite struct CacheKeyTests {
    let user = UUID(uuidString: "6F1C2B8E-0D7A-4E43-9A65-2A1D0C9E7B11")!
    let resume = UUID(uuidString: "0B6E9F44-3C21-4D8A-8F0E-5B7C1A2D3E4F")!
    let job = UUID(uuidString: "9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D")!

    @Test func analysisKeyIsNamespacedVersionedAndTaggedByUser() {
        #expect(CacheKey.analysis(user: user, resume: resume, jobDescription: job, resumeVersion: 3, analyzerVersion: 2)
            == "rb:v1:analysis:{6f1c2b8e-0d7a-4e43-9a65-2a1d0c9e7b11}:0b6e9f44-3c21-4d8a-8f0e-5b7c1a2d3e4f:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d:3:2")
        #expect(CacheKey.index(user: user) == "rb:v1:index:{6f1c2b8e-0d7a-4e43-9a65-2a1d0c9e7b11}")
        #expect(CacheKey.computeLock(user: user, resume: resume, jobDescription: job, resumeVersion: 3, analyzerVersion: 2)
            .hasPrefix("rb:v1:lock:{6f1c2b8e-0d7a-4e43-9a65-2a1d0c9e7b11}:"))
    }

    @Test func everyVersionAndAnalyzerHasItsOwnKey() {
        let a = CacheKey.analysis(user: user, resume: resume, jobDescription: job, resumeVersion: 1, analyzerVersion: 1)
        #expect(a != CacheKey.analysis(user: user, resume: resume, jobDescription: job, resumeVersion: 2, analyzerVersion: 1))
        #expect(a != CacheKey.analysis(user: user, resume: resume, jobDescription: job, resumeVersion: 1, analyzerVersion: 2))
        #expect(a != CacheKey.analysis(user: user, resume: job, jobDescription: resume, resumeVersion: 1, analyzerVersion: 1))
    }

    @Test func keysHoldOnlyIdsNumbersAndSeparators() {
        let keys = [CacheKey.analysis(user: user, resume: resume, jobDescription: job, resumeVersion: 12, analyzerVersion: 1),
                    CacheKey.index(user: user), CacheKey.invalidationChannel]
        let allowed = Set("rbv0123456789abcdef-:{}analysisindexinvalidate")
        for key in keys { #expect(key.allSatisfy(allowed.contains), "\(key)") }
    }
}
