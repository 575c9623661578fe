import Testing
import ResumeLoad

/// `--fail-on` parsing, and its verdict on reports.
@Suite struct FailConditionTests {
    @Test func parsesTheIssuesExample() throws {
        let list = try FailCondition.parseList("p99>5ms,errors>0.1%")
        #expect(list.count == 2)
        #expect(list[0].metric == .p99 && list[0].comparison == .above && list[0].limit == .nanoseconds(5_000_000))
        #expect(list[1].metric == .errors && list[1].comparison == .above && list[1].limit == .percent(0.1))
    }

    @Test func parsesEveryComparisonAndMetric() throws {
        #expect(try FailCondition(parsing: "p99.9>=250us").limit == .nanoseconds(250_000))
        #expect(try FailCondition(parsing: "p99.99 <= 1.5s").comparison == .atMost)
        #expect(try FailCondition(parsing: "rps<1000").limit == .number(1000))
        #expect(try FailCondition(parsing: "errors>0").limit == .number(0))
        #expect(try FailCondition(parsing: "max>2µs").limit == .nanoseconds(2_000))
        #expect(try FailCondition(parsing: "mean>900ns").metric == .mean)
        #expect(try FailCondition(parsing: "count<10").metric == .count)
        #expect(try FailCondition(parsing: " p50 > 1ms ").text == "p50>1ms")
    }

    @Test(arguments: [
        ("", "empty condition"),
        ("p99", "no comparison"),
        ("p98>5ms", "unknown metric"),
        ("p99>5", "duration with a unit"),
        ("p99>fast", "duration with a unit"),
        ("p99>-5ms", "duration with a unit"),
        ("errors>101%", "0% to 100%"),
        ("errors>x", "plain number"),
        ("rps<1k", "plain number"),
        ("rps<", "plain number"),
    ])
    func badConditionsAreRefusedWithAClearMessage(text: String, says: String) {
        #expect {
            _ = try FailCondition(parsing: text)
        } throws: { error in
            (error as? LoadOptionError)?.message.contains(says) == true
        }
    }

    @Test func anEmptyItemInAListIsRefused() {
        #expect(throws: LoadOptionError.self) { _ = try FailCondition.parseList("p99>5ms,,errors>0") }
    }

    /// 990 calls at 1 ms and 10 at 10 ms, `errors` of them UNAVAILABLE, over one second.
    static func report(errors: Int) -> LoadReport {
        var stats = RunStats()
        let i = RunStats.index(of: .echo)
        for k in 0..<1_000 {
            stats.record(scenarioIndex: i, status: k < errors ? 14 : 0, latencyNanoseconds: k < 990 ? 1_000_000 : 10_000_000, at: 1)
        }
        return LoadReport(options: LoadOptions(), threads: 1, stats: stats, measuredNanoseconds: 1_000_000_000)
    }

    @Test func latencyThresholdsCompareWithThePercentile() throws {
        let r = Self.report(errors: 0)
        #expect(try FailCondition(parsing: "p50>2ms").isBreached(by: r) == false)
        #expect(try FailCondition(parsing: "p99>2ms").isBreached(by: r) == false)   // the 990th of 1000 is 1 ms
        #expect(try FailCondition(parsing: "p99.9>2ms").isBreached(by: r) == true)
        #expect(try FailCondition(parsing: "max>9ms").isBreached(by: r) == true)
        #expect(try FailCondition(parsing: "max>11ms").isBreached(by: r) == false)
        #expect(try FailCondition(parsing: "p50>=1ms").isBreached(by: r) == true)
    }

    @Test func errorThresholdsCountOrTakeAShare() throws {
        let clean = Self.report(errors: 0), some = Self.report(errors: 2)
        #expect(try FailCondition(parsing: "errors>0").isBreached(by: clean) == false)
        #expect(try FailCondition(parsing: "errors>0").isBreached(by: some) == true)
        #expect(try FailCondition(parsing: "errors>0.1%").isBreached(by: some) == true)    // 0.2%
        #expect(try FailCondition(parsing: "errors>0.5%").isBreached(by: some) == false)
        #expect(try FailCondition(parsing: "errors>2").isBreached(by: some) == false)
    }

    @Test func rpsAndCountThresholds() throws {
        let r = Self.report(errors: 0)   // 1000 calls in 1 s
        #expect(try FailCondition(parsing: "rps<1000").isBreached(by: r) == false)
        #expect(try FailCondition(parsing: "rps<1001").isBreached(by: r) == true)
        #expect(try FailCondition(parsing: "count<1000").isBreached(by: r) == false)
    }

    @Test func theExplanationNamesTheValueAndTheCondition() throws {
        let c = try FailCondition(parsing: "errors>0.1%")
        #expect(c.explain(Self.report(errors: 2)) == "errors was 0.200% (2 of 1000) (fail-on errors>0.1%)")
    }
}
