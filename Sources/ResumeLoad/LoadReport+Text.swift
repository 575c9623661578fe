extension LoadReport {
    /// The report for a person: a summary, percentiles, a histogram with
    /// bars, status codes, one line per scenario of a mix, warnings, and the
    /// `--fail-on` verdicts.
    public func text(failOn: [FailCondition] = []) -> String {
        var out: [String] = []
        func row(_ label: String, _ value: String) { out.append("  " + (label + ":").padded(to: 14) + value) }
        out.append("Summary:")
        row("Server", options.server)
        var scenario = options.scenario.rawValue
        if let mix = options.mix { scenario += " " + mix.description }
        if options.scenario == .echo { scenario += ", \(options.payloadBytes)-byte payload" }
        row("Scenario", scenario)
        let shape = "\(options.connections) connections × \(options.inFlight) in flight, \(threads) thread\(threads == 1 ? "" : "s")"
        if let rate = options.rate {
            row("Load", "open loop at \(Decimal2.format(rate, decimals: rate < 10 ? 2 : 0)) calls/s, at most \(shape)")
        } else {
            row("Load", "closed loop, \(shape)")
        }
        if !setupSummary.isEmpty { row("Setup", setupSummary) }
        row("Measured", "\(Decimal2.format(Double(measuredNanoseconds) / 1e9, decimals: 2)) s after \(DurationText.describe(nanoseconds: options.warmupNanoseconds)) of warm-up (\(Decimal2.grouped(warmupCalls)) calls not counted)")
        row("Count", "\(Decimal2.grouped(count)) (OK \(Decimal2.grouped(ok)), errors \(Decimal2.grouped(errors)) = \(Decimal2.format(errorRate * 100, decimals: 3))%)")
        row("Requests/s", Decimal2.format(rps, decimals: 1))
        if unsent > 0 { row("Unsent", Decimal2.grouped(unsent)) }
        if lateAnswers > 0 { row("Late answers", Decimal2.grouped(lateAnswers)) }
        if harnessCPUNanoseconds > 0 {
            row("Harness CPU", "\(DurationText.describe(nanoseconds: UInt64(harnessCPUNanosecondsPerCall.rounded()))) per call (user + system, warm-up included)")
        }
        out.append("")
        out.append(options.rate == nil ? "Latency (from each call's send):" : "Latency (from each call's scheduled time, corrected for coordinated omission):")
        out.append("  min \(DurationText.describe(nanoseconds: latency.min))   mean \(DurationText.describe(nanoseconds: latency.mean))   max \(DurationText.describe(nanoseconds: latency.max))")
        for p in latency.percentiles { out.append("  " + p.label.padded(to: 8) + DurationText.describe(nanoseconds: p.nanoseconds)) }
        if !histogram.isEmpty {
            out.append("")
            out.append("Histogram (calls with latency up to each mark):")
            let most = histogram.map(\.count).max() ?? 1
            for b in histogram {
                let bar = String(repeating: "■", count: most == 0 ? 0 : Int((Double(b.count) / Double(most) * 40).rounded()))
                out.append("  " + ("≤ " + DurationText.describe(nanoseconds: b.upperBoundNanoseconds)).padded(to: 12)
                           + Decimal2.grouped(b.count).leftPadded(to: 12) + "  " + Decimal2.format(b.fraction * 100, decimals: 2).leftPadded(to: 6) + "% |" + bar)
            }
        }
        out.append("")
        out.append("Status code distribution:")
        if statusCounts.isEmpty { out.append("  (no calls measured)") }
        for s in statusCounts { out.append("  " + "[\(s.name)]".padded(to: 22) + Decimal2.grouped(s.count).leftPadded(to: 12) + " responses") }
        if options.scenario == .mix || scenarios.contains(where: { $0.cacheHits + $0.cacheMisses > 0 }) {
            out.append("")
            out.append("Scenarios:")
            for s in scenarios {
                var line = "  " + s.scenario.rawValue.padded(to: 18) + Decimal2.grouped(s.count).leftPadded(to: 12) + " calls, "
                    + "\(Decimal2.grouped(s.errors)) errors, p50 \(DurationText.describe(nanoseconds: s.latency.p50)), p99 \(DurationText.describe(nanoseconds: s.latency.p99))"
                if s.cacheHits + s.cacheMisses > 0 { line += ", cached \(Decimal2.grouped(s.cacheHits)) / computed \(Decimal2.grouped(s.cacheMisses))" }
                out.append(line)
            }
        }
        if !warnings.isEmpty {
            out.append("")
            out.append("Warnings:")
            for w in warnings { out.append("  - " + w) }
        }
        if !failOn.isEmpty {
            out.append("")
            out.append("Fail-on:")
            for c in failOn { out.append("  " + (c.isBreached(by: self) ? "BREACHED  " : "ok        ") + c.explain(self)) }
        }
        return out.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// Padded with spaces on the right to `width` characters.
    func padded(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }

    /// Padded with spaces on the left to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
