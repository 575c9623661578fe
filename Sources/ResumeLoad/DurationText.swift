/// Durations as the command line writes them: a decimal number and a unit,
/// `ns`, `us` (or `µs`), `ms`, `s`, `m` or `h`: `500ms`, `2.5s`, `1m`.
public enum DurationText {
    /// Parses `text` into nanoseconds. A number without a unit is taken in
    /// `defaultUnit` (nil: a unit is required). Negative numbers, more than
    /// 24 bytes and results past `UInt64.max` are refused.
    public static func nanoseconds(_ text: String, defaultUnit: Unit? = nil) -> UInt64? {
        guard !text.isEmpty, text.utf8.count <= 24 else { return nil }
        var number = Substring(text), unit: Unit?
        for u in Unit.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count }) where number.hasSuffix(u.rawValue) {
            unit = u
            number = number.dropLast(u.rawValue.count)
            break
        }
        guard let unit = unit ?? defaultUnit, !number.isEmpty,
              number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let value = Double(number), value.isFinite, value >= 0 else { return nil }
        let ns = (value * Double(unit.nanoseconds)).rounded()
        guard ns < 18_446_744_073_709_551_616.0 else { return nil } // 2^64: past UInt64.max
        return UInt64(ns)
    }

    /// `1.5 ms`, `250 µs`, `2.00 s`: a readable rendering with three significant figures or so.
    public static func describe(nanoseconds ns: UInt64) -> String {
        let v = Double(ns)
        if ns < 1_000 { return "\(ns) ns" }
        if ns < 1_000_000 { return "\(Self.figures(v / 1e3)) µs" }
        if ns < 1_000_000_000 { return "\(Self.figures(v / 1e6)) ms" }
        return "\(Self.figures(v / 1e9)) s"
    }

    static func figures(_ v: Double) -> String {
        v >= 100 ? Decimal2.format(v, decimals: 0) : v >= 10 ? Decimal2.format(v, decimals: 1) : Decimal2.format(v, decimals: 2)
    }

    /// A unit of time.
    public enum Unit: String, CaseIterable, Sendable {
        case nanoseconds = "ns", microseconds = "us", microsecondsSign = "µs", milliseconds = "ms", seconds = "s", minutes = "m", hours = "h"

        /// Nanoseconds in one of it.
        public var nanoseconds: UInt64 {
            switch self {
            case .nanoseconds: 1
            case .microseconds, .microsecondsSign: 1_000
            case .milliseconds: 1_000_000
            case .seconds: 1_000_000_000
            case .minutes: 60_000_000_000
            case .hours: 3_600_000_000_000
            }
        }
    }
}
