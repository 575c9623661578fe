/// Durations written for people on command lines: `250ms`, `2s`, `1.5s`,
/// `2m`; a bare number is seconds.
public enum DurationText {
    /// Milliseconds in `text`, or nil when it is not a duration of 1 ms up to `maximum`.
    public static func milliseconds(_ text: String, maximum: UInt64 = UInt64(UInt32.max)) -> UInt64? {
        var t = Substring(text)
        while t.first == " " { t = t.dropFirst() }
        while t.last == " " { t = t.dropLast() }
        let (number, scale): (Substring, Double) =
            t.hasSuffix("ms") ? (t.dropLast(2), 1) :
            t.hasSuffix("s") ? (t.dropLast(1), 1_000) :
            t.hasSuffix("m") ? (t.dropLast(1), 60_000) : (t, 1_000)
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let value = Double(number), value.isFinite else { return nil }
        let ms = (value * scale).rounded()
        guard ms >= 1, ms <= Double(maximum) else { return nil }
        return UInt64(ms)
    }
}
