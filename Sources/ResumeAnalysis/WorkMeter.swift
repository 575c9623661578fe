/// Counts the work an analysis does and polls the caller's cancellation check.
///
/// One step is one byte scanned (look-ahead included), one token handled, or one table
/// look-up of phrase matching, so `steps` measures work independently of the machine;
/// the linearity tests assert on it. The check is polled every ``pollInterval`` steps,
/// that is every few thousand tokens.
struct WorkMeter {
    /// Steps between two calls of the cancellation check.
    static let pollInterval = 16_384

    /// Steps charged so far.
    private(set) var steps = 0
    /// Times the cancellation check was called.
    private(set) var polls = 0
    /// The most steps charged between two polls (the start counts as a poll).
    private(set) var longestGap = 0
    private var lastPoll = 0
    private var nextPoll = WorkMeter.pollInterval

    /// Charges `n` steps; polls `shouldStop` when a poll is due and throws if it says stop.
    @inline(__always)
    mutating func charge(_ n: Int, _ shouldStop: () -> Bool) throws(AnalysisCancelled) {
        steps &+= n
        if steps >= nextPoll { try poll(shouldStop) }
    }

    /// Polls the check now (also done once at the start and the end of every analysis).
    mutating func poll(_ shouldStop: () -> Bool) throws(AnalysisCancelled) {
        longestGap = max(longestGap, steps &- lastPoll)
        lastPoll = steps
        nextPoll = steps &+ WorkMeter.pollInterval
        polls &+= 1
        if shouldStop() { throw AnalysisCancelled() }
    }
}
