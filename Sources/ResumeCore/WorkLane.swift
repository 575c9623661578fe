/// A bounded lane for CPU-heavy work (password hashing, redaction of large
/// documents, analysis): a `WorkerPool` of its own, awaited without holding
/// anything else. The awaiting task is suspended, not a thread: a call
/// waiting here holds no event-loop time, no request worker and no database
/// connection. When the lane's queue is full the work is refused at once.
public final class WorkLane: Sendable {
    /// Why work did not run.
    public enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        /// The lane's queue is full.
        case saturated(lane: String)
        /// The deadline passed while the work waited for a thread.
        case deadlineExceeded
        /// The call was cancelled while the work waited for a thread.
        case cancelled(CallCancellation.Reason)

        public var description: String {
            switch self {
            case .saturated(let lane): "the \(lane) lane is saturated"
            case .deadlineExceeded: "deadline passed while waiting for a thread"
            case .cancelled(let reason): "cancelled (\(reason)) while waiting for a thread"
            }
        }
    }

    /// The lane's name (`cpu`, `bcrypt`).
    public let name: String
    private let pool: WorkerPool

    /// A lane of `threads` threads with at most `maxQueued` jobs waiting.
    public init(name: String, threads: Int, maxQueued: Int) {
        self.name = name
        self.pool = WorkerPool(name: "resumed.\(name)", threads: threads, maxQueued: maxQueued)
    }

    /// Jobs waiting and running.
    public var load: (queued: Int, running: Int) { pool.load }

    /// Threads in the lane.
    public var threadCount: Int { pool.threadCount }

    /// Runs `work` on the lane and returns its result. Work whose deadline
    /// passed, or whose call was cancelled, before a thread took it never runs.
    public func run<T: Sendable, E: Error>(
        deadline: Deadline = .distantFuture, cancellation: CallCancellation? = nil,
        _ work: @escaping @Sendable () throws(E) -> T
    ) async throws -> T {
        let outcome: Result<T, any Error> = await withUnsafeContinuation { continuation in
            let accepted = pool.submit {
                if let reason = cancellation?.reason {
                    continuation.resume(returning: .failure(Refusal.cancelled(reason)))
                } else if deadline.hasPassed() {
                    continuation.resume(returning: .failure(Refusal.deadlineExceeded))
                } else {
                    continuation.resume(returning: Result { () throws(E) -> T in try work() }.mapError { $0 as any Error })
                }
            }
            if !accepted { continuation.resume(returning: .failure(Refusal.saturated(lane: name))) }
        }
        return try outcome.get()
    }

    /// Lets queued work finish, then ends the threads (waiting until `deadline`).
    @discardableResult
    public func shutdown(deadline: Deadline) -> Bool { pool.shutdown(deadline: deadline) }
}
