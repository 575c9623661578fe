extension LoadReport {
    /// The CSV header: one column per figure, latencies in microseconds with three decimals.
    public static let csvHeader = "scenario,connections,in_flight,threads,rate,duration_s,count,ok,errors,error_rate,rps,"
        + "min_us,mean_us,p50_us,p90_us,p99_us,p99_9_us,p99_99_us,max_us,unsent"

    /// A header line, then one line for the run (named after its scenario,
    /// `mix` for a mix), then, for a mix, one line per scenario in it (their
    /// `rps` is their share of the calls over the same stretch; `unsent` is
    /// the run's).
    public func csv() -> String {
        var lines = [Self.csvHeader]
        let seconds = Double(measuredNanoseconds) / 1e9
        func line(_ name: String, count: UInt64, ok: UInt64, latency l: Latency) -> String {
            let us = { (ns: UInt64) in Decimal2.format(Double(ns) / 1e3, decimals: 3) }
            let fields: [String] = [
                name, String(options.connections), String(options.inFlight), String(threads),
                options.rate.map { Decimal2.format($0, decimals: 3) } ?? "",
                Decimal2.format(seconds, decimals: 3), String(count), String(ok), String(count - ok),
                Decimal2.format(count == 0 ? 0 : Double(count - ok) / Double(count), decimals: 6),
                Decimal2.format(seconds == 0 ? 0 : Double(count) / seconds, decimals: 2),
                us(l.min), us(l.mean), us(l.p50), us(l.p90), us(l.p99), us(l.p99_9), us(l.p99_99), us(l.max), String(unsent),
            ]
            return fields.joined(separator: ",")
        }
        lines.append(line(options.scenario.rawValue, count: count, ok: ok, latency: latency))
        if options.scenario == .mix {
            for s in scenarios { lines.append(line(s.scenario.rawValue, count: s.count, ok: s.count - s.errors, latency: s.latency)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
