/// Fixed-point decimal text of a `Double`, without Foundation's formatters
/// (whose output depends on the locale): `format(1234.5, decimals: 2)` is
/// `1234.50`. Reports must read the same everywhere.
public enum Decimal2 {
    /// `value` rounded to `decimals` (0 to 9) places; non-finite values are `0`.
    public static func format(_ value: Double, decimals: Int) -> String {
        precondition((0...9).contains(decimals))
        guard value.isFinite else { return "0" }
        var scale: Double = 1
        for _ in 0..<decimals { scale *= 10 }
        let negative = value < 0
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9.0e18 else { return negative ? "-\(abs(value))" : "\(value)" }
        let n = UInt64(scaled)
        let p = UInt64(scale)
        var text = String(n / p)
        if decimals > 0 {
            var frac = String(n % p)
            while frac.count < decimals { frac = "0" + frac }
            text += "." + frac
        }
        return negative && n != 0 ? "-" + text : text
    }

    /// `1,234,567`: thousands separated by commas.
    public static func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
