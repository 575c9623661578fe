import Synchronization

/// What the coordinator and the engine threads share: when the run starts,
/// whether to stop, each thread's progress (atomics) and results (under a `Mutex`).
final class LoadShared: Sendable {
    /// Monotonic nanoseconds at which calls start (set once every thread has connected).
    let startTime = Atomic<UInt64>(0)
    /// Set on Ctrl-C or a setup failure: threads stop sending and wind down.
    let stop = Atomic<Bool>(false)
    let progress: [ThreadProgress]
    /// What each thread brought back, by thread number.
    let results: Mutex<[WorkerResult?]>
    /// Why threads could not connect, if any could not.
    let connectFailures = Mutex<[String]>([])

    init(threads: Int) {
        progress = (0..<threads).map { _ in ThreadProgress() }
        results = Mutex(Array(repeating: nil, count: threads))
    }
}

/// One engine thread's counters for the live line, published every 100 ms.
final class ThreadProgress: Sendable {
    /// Calls finished, warm-up included.
    let calls = Atomic<UInt64>(0)
    /// Measured calls finished with a status other than OK.
    let errors = Atomic<UInt64>(0)
    /// Calls in flight now.
    let inFlight = Atomic<UInt64>(0)
}
