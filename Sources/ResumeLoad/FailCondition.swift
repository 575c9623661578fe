/// One `--fail-on` threshold: a metric, a comparison and a limit, e.g.
/// `p99>5ms`, `errors>0.1%`, `errors>0`, `rps<1000`. The run fails when the
/// comparison holds for its report.
///
/// Metrics: `p50`, `p90`, `p99`, `p99.9`, `p99.99`, `max`, `mean` (a
/// duration with a unit: `ns`, `us`, `µs`, `ms`, `s`); `errors` (a count, or
/// a percentage of the measured calls with `%`); `rps` and `count` (plain
/// numbers). Comparisons: `>`, `>=`, `<`, `<=`.
public struct FailCondition: Sendable, Hashable, CustomStringConvertible {
    /// What is compared.
    public enum Metric: String, CaseIterable, Sendable {
        case p50, p90, p99, p99_9 = "p99.9", p99_99 = "p99.99", max, mean, errors, rps, count

        var isLatency: Bool {
            switch self {
            case .p50, .p90, .p99, .p99_9, .p99_99, .max, .mean: true
            case .errors, .rps, .count: false
            }
        }
    }

    /// How.
    public enum Comparison: String, Sendable {
        case above = ">", atLeast = ">=", below = "<", atMost = "<="

        func holds(_ value: Double, _ limit: Double) -> Bool {
            switch self {
            case .above: value > limit
            case .atLeast: value >= limit
            case .below: value < limit
            case .atMost: value <= limit
            }
        }
    }

    /// The limit: nanoseconds for latencies, a count, a percentage, or calls per second.
    public enum Limit: Sendable, Hashable {
        case nanoseconds(UInt64)
        case number(Double)
        case percent(Double)
    }

    public let metric: Metric
    public let comparison: Comparison
    public let limit: Limit
    /// The text it was parsed from, trimmed.
    public let text: String

    /// Parses a comma-separated list, e.g. `p99>5ms,errors>0.1%`.
    public static func parseList(_ text: String) throws(LoadOptionError) -> [FailCondition] {
        guard text.utf8.count <= 1_024 else { throw LoadOptionError("--fail-on is longer than 1024 bytes") }
        var out: [FailCondition] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            out.append(try FailCondition(parsing: String(item.trimmingSpaces())))
        }
        return out
    }

    /// Parses one condition, e.g. `p99>5ms`.
    public init(parsing text: String) throws(LoadOptionError) {
        let help = "expected METRIC OP VALUE such as p99>5ms, errors>0.1%, errors>0 or rps<1000"
        guard !text.isEmpty else { throw LoadOptionError("--fail-on has an empty condition; \(help)") }
        guard let opStart = text.firstIndex(where: { $0 == ">" || $0 == "<" }) else {
            throw LoadOptionError("--fail-on condition \"\(text.prefix(40))\" has no comparison (>, >=, <, <=); \(help)")
        }
        let name = String(Substring(text[..<opStart]).trimmingSpaces())
        var rest = text[opStart...]
        let op: Comparison
        if rest.hasPrefix(">=") { op = .atLeast; rest = rest.dropFirst(2) }
        else if rest.hasPrefix("<=") { op = .atMost; rest = rest.dropFirst(2) }
        else if rest.hasPrefix(">") { op = .above; rest = rest.dropFirst() }
        else { op = .below; rest = rest.dropFirst() }
        let valueText = String(rest.trimmingSpaces())
        guard let metric = Metric(rawValue: name) else {
            throw LoadOptionError("--fail-on: unknown metric \"\(name.prefix(20))\"; expected one of \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let limit: Limit
        if metric.isLatency {
            guard let ns = DurationText.nanoseconds(valueText) else {
                throw LoadOptionError("--fail-on \(metric.rawValue) needs a duration with a unit (ns, us, ms, s), e.g. \(metric.rawValue)>5ms; got \"\(valueText.prefix(20))\"")
            }
            limit = .nanoseconds(ns)
        } else if metric == .errors && valueText.hasSuffix("%") {
            guard let p = Self.number(String(valueText.dropLast())), p <= 100 else {
                throw LoadOptionError("--fail-on errors percentage must be 0% to 100%; got \"\(valueText.prefix(20))\"")
            }
            limit = .percent(p)
        } else {
            guard let n = Self.number(valueText) else {
                throw LoadOptionError("--fail-on \(metric.rawValue) needs a plain number\(metric == .errors ? " or a percentage" : ""); got \"\(valueText.prefix(20))\"")
            }
            limit = .number(n)
        }
        self.metric = metric
        self.comparison = op
        self.limit = limit
        self.text = "\(metric.rawValue)\(op.rawValue)\(valueText)"
    }

    private static func number(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.count <= 20, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let v = Double(text), v.isFinite, v >= 0 else { return nil }
        return v
    }

    /// The report's value of this metric, in the limit's terms, and its rendering.
    func value(in report: LoadReport) -> (Double, String) {
        let l = report.latency
        func ns(_ v: UInt64) -> (Double, String) { (Double(v), DurationText.describe(nanoseconds: v)) }
        switch metric {
        case .p50: return ns(l.p50)
        case .p90: return ns(l.p90)
        case .p99: return ns(l.p99)
        case .p99_9: return ns(l.p99_9)
        case .p99_99: return ns(l.p99_99)
        case .max: return ns(l.max)
        case .mean: return ns(l.mean)
        case .rps: return (report.rps, Decimal2.format(report.rps, decimals: 1))
        case .count: return (Double(report.count), "\(report.count)")
        case .errors:
            if case .percent = limit {
                let p = report.errorRate * 100
                return (p, "\(Decimal2.format(p, decimals: 3))% (\(report.errors) of \(report.count))")
            }
            return (Double(report.errors), "\(report.errors)")
        }
    }

    /// Whether `report` breaks this threshold.
    public func isBreached(by report: LoadReport) -> Bool {
        let limitValue: Double = switch limit {
        case .nanoseconds(let n): Double(n)
        case .number(let n), .percent(let n): n
        }
        return comparison.holds(value(in: report).0, limitValue)
    }

    /// `p99 was 7.20 ms (fail-on p99>5ms)`: what a breach says.
    public func explain(_ report: LoadReport) -> String {
        "\(metric.rawValue) was \(value(in: report).1) (fail-on \(text))"
    }

    public var description: String { text }
}
