import Foundation
import Testing
import ResumeLoad

/// The report's figures and its three renderings.
@Suite struct LoadReportTests {
    /// A mix run: get-resume 1..1000 µs (one each), analyze-cached 100 calls at 50 µs with 2 computed, 3 UNAVAILABLE, 1 lost.
    static func mixReport() throws -> LoadReport {
        var o = LoadOptions()
        o.scenario = .mix
        o.mix = try ScenarioMix(parsing: "get-resume=90,analyze-cached=10")
        o.connections = 4
        o.inFlight = 2
        o.rate = 500
        o.durationNanoseconds = 2_000_000_000
        var stats = RunStats()
        let get = RunStats.index(of: .getResume), analyze = RunStats.index(of: .analyzeCached)
        for us in 1...1_000 { stats.record(scenarioIndex: get, status: 0, latencyNanoseconds: UInt64(us) * 1_000, at: 5) }
        for k in 0..<100 {
            stats.record(scenarioIndex: analyze, status: 0, latencyNanoseconds: 50_000, at: 5)
            stats.recordCache(scenarioIndex: analyze, hit: k >= 2)
        }
        for _ in 0..<3 { stats.record(scenarioIndex: get, status: 14, latencyNanoseconds: 2_000_000, at: 5) }
        stats.record(scenarioIndex: get, status: LoadStatus.connectionLost, latencyNanoseconds: nil, at: 5)
        stats.unsent = 7
        stats.warmupCalls = 11
        return LoadReport(options: o, threads: 2, stats: stats, measuredNanoseconds: 2_000_000_000, setupSummary: "user u, 20 resumes")
    }

    @Test func countsRatesAndStatuses() throws {
        let r = try Self.mixReport()
        #expect(r.count == 1_104)
        #expect(r.ok == 1_100)
        #expect(r.errors == 4)
        #expect(abs(r.errorRate - 4.0 / 1_104) < 1e-12)
        #expect(r.rps == 552)
        #expect(r.statusCounts.map(\.name) == ["OK", "UNAVAILABLE", "CONNECTION_LOST"])
        #expect(r.statusCounts.map(\.count) == [1_100, 3, 1])
        #expect(r.scenarios.map(\.scenario) == [.getResume, .analyzeCached])
        #expect(r.scenarios[1].cacheHits == 98 && r.scenarios[1].cacheMisses == 2)
        #expect(r.warnings.contains { $0.contains("7 calls") })
        #expect(r.warnings.contains { $0.contains("analyze-cached: 2 answers were computed") })
    }

    @Test func percentilesComeFromTheHistogram() throws {
        let l = try Self.mixReport().scenarios[0].latency     // 1..1000 µs, then 3 × 2 ms
        #expect(l.p50 >= 502_000 && l.p50 < 503_000)
        #expect(l.p90 >= 903_000 && l.p90 < 904_000)
        #expect(l.p99_9 >= 2_000_000 && l.p99_9 < 2_002_000)
        #expect(l.min == 1_000)
        #expect(l.max >= 2_000_000 && l.max < 2_002_000)
        let empty = LoadReport.Latency(ScenarioStats().latency)
        #expect(empty == LoadReport.Latency(ScenarioStats().latency) && empty.p99 == 0 && empty.max == 0)
    }

    @Test func histogramBucketsDoubleFromOneMicrosecond() {
        var stats = RunStats()
        let i = RunStats.index(of: .echo)
        for ns: UInt64 in [1_500, 1_900, 3_000, 3_500, 3_900, 20_000] { stats.record(scenarioIndex: i, status: 0, latencyNanoseconds: ns, at: 1) }
        let r = LoadReport(options: LoadOptions(), threads: 1, stats: stats, measuredNanoseconds: 1_000_000_000)
        #expect(r.histogram.map(\.upperBoundNanoseconds) == [2_000, 4_000, 8_000, 16_000, 32_000])
        #expect(r.histogram.map(\.count) == [2, 3, 0, 0, 1])
        #expect(abs(r.histogram.map(\.fraction).reduce(0, +) - 1) < 1e-9)
    }

    @Test func theJSONHasTheDocumentedFields() throws {
        let r = try Self.mixReport()
        let text = r.json(failOn: try FailCondition.parseList("p99>5ms,errors>0"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "resume-load.report.v1")
        for key in ["options", "count", "ok", "errors", "error_rate", "total_ns", "rps", "unsent", "warmup_calls", "late_answers",
                    "latency_ns", "latency_distribution", "histogram", "status_code_distribution", "scenarios", "fail_on", "warnings", "setup"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["count"] as? Int == 1_104)
        #expect(object["rps"] as? Double == 552)
        let options = try #require(object["options"] as? [String: Any])
        #expect(options["scenario"] as? String == "mix")
        #expect((options["mix"] as? [String: Int]) == ["get-resume": 90, "analyze-cached": 10])
        #expect(options["rate"] as? Double == 500)
        #expect(options["requests"] is NSNull)
        let latency = try #require(object["latency_ns"] as? [String: Int])
        #expect(Set(latency.keys) == ["min", "mean", "p50", "p90", "p99", "p99_9", "p99_99", "max"])
        #expect(object["status_code_distribution"] as? [String: Int] == ["OK": 1_100, "UNAVAILABLE": 3, "CONNECTION_LOST": 1])
        let failOn = try #require(object["fail_on"] as? [[String: Any]])
        #expect(failOn.map { $0["breached"] as? Bool } == [false, true])
        let scenarios = try #require(object["scenarios"] as? [[String: Any]])
        #expect(scenarios.map { $0["name"] as? String } == ["get-resume", "analyze-cached"])
        #expect(scenarios[1]["cache_misses"] as? Int == 2)
        // Fields keep the documented order.
        let order = ["\"schema\"", "\"options\"", "\"count\"", "\"rps\"", "\"latency_ns\"", "\"histogram\"", "\"status_code_distribution\"", "\"scenarios\""]
        let positions = order.map { text.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func jsonStringsAreEscaped() throws {
        var o = LoadOptions()
        o.server = "we\"ird\\host\n:1"
        let r = LoadReport(options: o, threads: 1, stats: RunStats(), measuredNanoseconds: 0, warnings: ["tab\there \u{1}"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.json().utf8)) as? [String: Any])
        #expect((object["options"] as? [String: Any])?["server"] as? String == "we\"ird\\host\n:1")
        #expect(object["warnings"] as? [String] == ["tab\there \u{1}"])
        #expect(object["rps"] as? Double == 0)
    }

    @Test func csvHasOneLinePerScenarioOfAMix() throws {
        let lines = try Self.mixReport().csv().split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0] == LoadReport.csvHeader)
        let columns = lines[0].split(separator: ",").count
        for l in lines { #expect(l.split(separator: ",", omittingEmptySubsequences: false).count == columns) }
        #expect(lines[1].hasPrefix("mix,4,2,2,500.000,2.000,1104,1100,4,"))
        #expect(lines[2].hasPrefix("get-resume,"))
        #expect(lines[3].hasPrefix("analyze-cached,4,2,2,500.000,2.000,100,100,0,0.000000,50.00,50.000,"))
    }

    @Test func theTextSaysWhatARunDid() throws {
        let text = try Self.mixReport().text(failOn: try FailCondition.parseList("errors>0"))
        #expect(text.contains("open loop at 500 calls/s, at most 4 connections × 2 in flight, 2 threads"))
        #expect(text.contains("scheduled time, corrected for coordinated omission"))
        #expect(text.contains("1,104 (OK 1,100, errors 4 = 0.362%)"))
        #expect(text.contains("[UNAVAILABLE]"))
        #expect(text.contains("analyze-cached"))
        #expect(text.contains("BREACHED  errors was 4 (fail-on errors>0)"))
        #expect(text.contains("Unsent:"))
    }

    @Test func theProgressLineReadsAtAGlance() {
        let line = ProgressLine.format(elapsedNanoseconds: 3_200_000_000, calls: 123_456, callsLastSecond: 41_152, errors: 0, inFlight: 64, warmingUp: false)
        #expect(line == "   3 s   123,456 calls  41,152/s  errors 0  in flight 64")
    }
}
