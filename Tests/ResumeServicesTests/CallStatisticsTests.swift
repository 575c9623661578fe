import Testing
import ResumeWire
@testable import ResumeServices

@Suite struct CallStatisticsTests {
    @Test func callsAreCountedByMethodAndCodeWithTheirLatencies() {
        let stats = CallStatistics()
        stats.record(method: "/a/B", code: .ok, nanoseconds: 50_000)          // 50 µs: bucket ≤ 100
        stats.record(method: "/a/B", code: .ok, nanoseconds: 3_000_000)       // 3 ms: bucket ≤ 5,000
        stats.record(method: "/a/B", code: .notFound, nanoseconds: 1_000)
        stats.record(method: "/a/C", code: .ok, nanoseconds: 20_000_000_000)  // 20 s: the unbounded bucket
        stats.record(method: "/a/B", code: .ok, nanoseconds: 100_000)         // exactly 100 µs: bucket ≤ 100
        let s = stats.snapshot
        #expect(s.map { "\($0.method) \($0.code.name) \($0.calls)" } == ["/a/B OK 3", "/a/B NOT_FOUND 1", "/a/C OK 1"])
        #expect(s[0].latencySumMicroseconds == 3_150 && s[0].latencyMaxMicroseconds == 3_000)
        #expect(s[0].buckets[0] == 2 && s[0].buckets[5] == 1 && s[0].buckets.reduce(0, +) == 3)
        #expect(s[2].buckets.last == 1 && s[2].buckets.reduce(0, +) == 1)
    }

    @Test func unexpectedMethodsAreBoundedUnderOther() {
        let stats = CallStatistics()
        for i in 0..<(stats.maxMethods + 10) { stats.record(method: "/m/\(i)", code: .ok, nanoseconds: 1) }
        let s = stats.snapshot
        #expect(s.count == stats.maxMethods + 1)
        #expect(s.first { $0.method == "(other)" }?.calls == 10)
    }
}
