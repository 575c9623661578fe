/// Counts the steps one redaction takes and, every `pollInterval` steps, asks the caller
/// whether to go on.
///
/// A step is one byte a detector's loop advances over (forwards or backwards), one look-up
/// in a precomputed table, or one candidate handled during overlap resolution. The count
/// is what the linear-time tests measure: on any input it stays below a fixed multiple of
/// the input size. Counting is a plain integer addition; the stop condition is polled only
/// at checkpoints (`tick`, `checkpoint`), which every iteration of a detector's outer loop,
/// and of any loop whose length is not bounded by a constant, passes.
///
/// One per redaction, used on the thread that runs it; never shared.
final class RedactionWork {
    /// Steps taken so far.
    private(set) var steps = 0
    /// How many times the stop condition was asked.
    private(set) var polls = 0
    /// Steps between two polls of the stop condition.
    let pollInterval: Int
    /// A checkpoint past this many steps stops the redaction, whatever `shouldStop` says.
    let stepLimit: Int
    /// The step count at which the next checkpoint polls.
    private var nextPoll: Int
    private let shouldStop: (() -> Bool)?

    /// A counter that polls `shouldStop` every `pollInterval` steps, and stops at the first
    /// checkpoint past `stepLimit` steps; with neither it only counts.
    init(pollInterval: Int = 4096, stepLimit: Int = .max, shouldStop: (() -> Bool)? = nil) {
        precondition(pollInterval > 0, "pollInterval must be positive")
        self.pollInterval = pollInterval
        self.stepLimit = stepLimit
        self.shouldStop = shouldStop
        self.nextPoll = shouldStop == nil && stepLimit == .max ? .max : pollInterval
    }

    /// Counts `n` steps.
    @inline(__always) func add(_ n: Int) { steps &+= n }

    /// Counts one step.
    @inline(__always) func step() { steps &+= 1 }

    /// Counts one step and polls the stop condition if `pollInterval` steps passed since the
    /// last poll; throws once it says stop.
    @inline(__always) func tick() throws(RedactionStopped) {
        steps &+= 1
        if steps >= nextPoll { try poll() }
    }

    /// Polls the stop condition if `pollInterval` steps passed since the last poll.
    @inline(__always) func checkpoint() throws(RedactionStopped) {
        if steps >= nextPoll { try poll() }
    }

    private func poll() throws(RedactionStopped) {
        // on schedule, so that checkpoints reached a few steps late do not add up; after a
        // long uninterrupted stretch (copying the text), from now
        nextPoll &+= pollInterval
        if nextPoll <= steps { nextPoll = steps &+ pollInterval }
        polls += 1
        if steps > stepLimit || shouldStop?() == true { throw RedactionStopped() }
    }
}
