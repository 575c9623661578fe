import ResumeTransport
import ResumeWire
import Synchronization

/// The answer of one dispatched call, on its way back to the I/O queue.
struct Completion: Sendable {
    let connectionID: UInt64
    /// The call's slot on its connection (see `ConnectionStateMachine`).
    let slot: UInt64
    let result: Result<[UInt8], RPCError>
}

/// Collects completions from worker threads and hands them to the I/O queue
/// in batches: the first completion of a batch schedules one drain; the rest
/// ride along (../shared/PERF-NOTES.md: a hop per call collapses throughput).
///
/// Thread-safe: the pending list is behind a `Mutex`.
final class CompletionInbox: Sendable {
    private let pending = Mutex<(items: [Completion], scheduled: Bool)>(([], false))
    private let loop: EventLoop
    private let deliver: @Sendable ([Completion]) -> Void

    /// `deliver` runs on `loop`'s queue with each batch.
    init(loop: EventLoop, deliver: @escaping @Sendable ([Completion]) -> Void) {
        self.loop = loop
        self.deliver = deliver
    }

    /// Called by workers.
    func post(_ completion: Completion) {
        let schedule = pending.withLock { p in
            p.items.append(completion)
            if p.scheduled { return false }
            p.scheduled = true
            return true
        }
        if schedule { loop.execute { [self] in drain() } }
    }

    private func drain() {
        let batch = pending.withLock { p in
            p.scheduled = false
            defer { p.items = [] }
            return p.items
        }
        if !batch.isEmpty { deliver(batch) }
    }
}
