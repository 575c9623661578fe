/// The live line a run shows each second on a terminal:
/// `  3 s  123,456 calls  41,152/s  errors 0  in flight 64`.
public enum ProgressLine {
    /// The line for a run `elapsedNanoseconds` in (warm-up included), with
    /// `calls` finished so far, `callsLastSecond` of them in the last second,
    /// `errors` and `inFlight` now; `warmingUp` while the warm-up lasts.
    public static func format(elapsedNanoseconds: UInt64, calls: UInt64, callsLastSecond: UInt64, errors: UInt64,
                              inFlight: UInt64, warmingUp: Bool) -> String {
        let seconds = Decimal2.format(Double(elapsedNanoseconds) / 1e9, decimals: 0)
        return "\(seconds.leftPadded(to: 4)) s \(warmingUp ? " warm-up" : "")  \(Decimal2.grouped(calls)) calls  "
            + "\(Decimal2.grouped(callsLastSecond))/s  errors \(Decimal2.grouped(errors))  in flight \(Decimal2.grouped(inFlight))"
    }
}
