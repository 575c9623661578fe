import Synchronization

/// A bounded lane for CPU-heavy work (password hashing, redaction of large
/// documents, analysis): a `WorkerPool` of its own, awaited without holding
/// anything else. The awaiting task is suspended, not a thread: a call
/// waiting here holds no event-loop time, no request worker and no database
/// connection. Admission is bounded twice: when the lane's queue is full
/// the work is refused at once, and work that waited longer than the queue
/// timeout is refused when a thread reaches it; both refusals say when to
/// retry, estimated from the lane's recent job times. The lane's threads
/// may run at a lower priority (`niceness`), so the event loop and the
/// database get the CPU first.
public final class WorkLane: Sendable {
    /// Why work did not run.
    public enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        /// The lane's queue is full, or the work waited past the queue timeout.
        case saturated(lane: String, retryAfterMilliseconds: UInt32)
        /// The deadline passed before the work was done: while it waited for a
        /// thread, or while it ran if it polls its call (redaction, analysis).
        case deadlineExceeded
        /// The call was cancelled before the work was done (waiting or running, as above).
        case cancelled(CallCancellation.Reason)

        public var description: String {
            switch self {
            case .saturated(let lane, let ms): "the \(lane) lane is saturated (retry after \(ms) ms)"
            case .deadlineExceeded: "deadline passed before the work was done"
            case .cancelled(let reason): "cancelled (\(reason)) before the work was done"
            }
        }
    }

    /// The lane's name (`cpu`, `bcrypt`, `analysis`).
    public let name: String
    /// Longest a job may wait for a thread, in ns, before it is refused.
    public let maxQueueWaitNanoseconds: UInt64
    private let pool: WorkerPool
    /// Recent job run time, in ns (an exponentially weighted average).
    private let averageJobNanoseconds = Atomic<UInt64>(0)
    /// Set by `shutdown`: work not started yet is refused, never run.
    private let stopping = Atomic<Bool>(false)

    /// A lane of `threads` threads with at most `maxQueued` jobs waiting, each
    /// for at most `maxQueueWaitMilliseconds` (default 5,000), its threads at
    /// `niceness` (0: the process' priority; 1–19: lower).
    public init(name: String, threads: Int, maxQueued: Int, maxQueueWaitMilliseconds: UInt64 = 5_000, niceness: Int32 = 0) {
        self.name = name
        self.maxQueueWaitNanoseconds = maxQueueWaitMilliseconds * 1_000_000
        self.pool = WorkerPool(name: "resumed.\(name)", threads: threads, maxQueued: maxQueued, niceness: niceness)
    }

    /// Jobs waiting and running.
    public var load: (queued: Int, running: Int) { pool.load }

    /// Jobs that may wait at most.
    public var maxQueued: Int { pool.maxQueued }

    /// Whether new work would be refused now (the queue is full).
    public var isSaturated: Bool { pool.load.queued >= pool.maxQueued }

    /// Threads in the lane.
    public var threadCount: Int { pool.threadCount }

    /// When work refused now should be tried again, in ms: the time the lane
    /// needs for what is queued, at its recent job time (100 ms to 60 s).
    public var retryAfterMilliseconds: UInt32 {
        let average = max(averageJobNanoseconds.load(ordering: .relaxed), 1_000_000)
        let queued = UInt64(pool.load.queued + 1)
        let ms = average / 1_000_000 * queued / UInt64(max(1, pool.threadCount))
        return UInt32(min(max(ms, 100), 60_000))
    }

    /// Runs `work` on the lane and returns its result. Work whose deadline
    /// passed, or whose call was cancelled, before a thread took it never
    /// runs; nor does work that waited past the queue timeout.
    public func run<T: Sendable, E: Error>(
        deadline: Deadline = .distantFuture, cancellation: CallCancellation? = nil,
        _ work: @escaping @Sendable () throws(E) -> T
    ) async throws -> T {
        let queuedAt = MonotonicClock.nanoseconds()
        let outcome: Result<T, any Error> = await withUnsafeContinuation { continuation in
            let accepted = pool.submit { [self] in
                let startedAt = MonotonicClock.nanoseconds()
                if stopping.load(ordering: .relaxed) {
                    continuation.resume(returning: .failure(Refusal.cancelled(.serverShutdown)))
                } else if let reason = cancellation?.reason {
                    continuation.resume(returning: .failure(Refusal.cancelled(reason)))
                } else if deadline.hasPassed() {
                    continuation.resume(returning: .failure(Refusal.deadlineExceeded))
                } else if startedAt &- queuedAt > maxQueueWaitNanoseconds {
                    continuation.resume(returning: .failure(Refusal.saturated(lane: name, retryAfterMilliseconds: retryAfterMilliseconds)))
                } else {
                    let result = Result { () throws(E) -> T in try work() }.mapError { $0 as any Error }
                    recordJob(MonotonicClock.nanoseconds() &- startedAt)
                    continuation.resume(returning: result)
                }
            }
            if !accepted {
                continuation.resume(returning: .failure(Refusal.saturated(lane: name, retryAfterMilliseconds: retryAfterMilliseconds)))
            }
        }
        return try outcome.get()
    }

    private func recordJob(_ nanoseconds: UInt64) {
        let old = averageJobNanoseconds.load(ordering: .relaxed)
        averageJobNanoseconds.store(old == 0 ? nanoseconds : (old * 7 + nanoseconds) / 8, ordering: .relaxed)
    }

    /// Refuses the work not started yet (`cancelled(.serverShutdown)`), lets
    /// running work finish, then ends the threads (waiting until `deadline`).
    @discardableResult
    public func shutdown(deadline: Deadline) -> Bool {
        stopping.store(true, ordering: .relaxed)
        return pool.shutdown(deadline: deadline)
    }
}
