import Dispatch
import Synchronization

/// Carries items from any thread to an event loop in batches: the first item
/// of a batch schedules one delivery on the loop's queue, later ones ride
/// along (../shared/PERF-NOTES.md: one hop per item collapses throughput).
/// Once closed, it refuses items.
///
/// Thread-safe: the pending items are behind a `Mutex`.
public final class LoopMailbox<Item: Sendable>: Sendable {
    private let pending = Mutex<(items: [Item], scheduled: Bool, closed: Bool)>(([], false, false))
    private let loop: EventLoop
    private let deliver: @Sendable ([Item]) -> Void

    /// `deliver` runs on `loop`'s queue with each batch, in posting order.
    public init(loop: EventLoop, deliver: @escaping @Sendable ([Item]) -> Void) {
        self.loop = loop
        self.deliver = deliver
    }

    /// Queues `item`; false (and nothing queued) once the mailbox is closed.
    @discardableResult
    public func post(_ item: Item) -> Bool {
        let (accepted, schedule) = pending.withLock { p -> (Bool, Bool) in
            if p.closed { return (false, false) }
            p.items.append(item)
            if p.scheduled { return (true, false) }
            p.scheduled = true
            return (true, true)
        }
        if schedule { loop.execute { [self] in drain() } }
        return accepted
    }

    /// Refuses further items; returns those not yet delivered.
    public func close() -> [Item] {
        pending.withLock { p in
            p.closed = true
            defer { p.items = [] }
            return p.items
        }
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
