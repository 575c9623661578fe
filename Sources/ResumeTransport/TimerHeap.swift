/// A min-heap of timers keyed by `MonotonicClock` nanoseconds, with lazy
/// cancellation. Pure: the event loop arms one system timer for its earliest
/// entry.
public struct TimerHeap {
    /// Names a scheduled timer.
    public struct ID: Hashable, Sendable {
        fileprivate let value: UInt64
    }

    private var heap: [(deadline: UInt64, id: UInt64)] = []
    private var work: [UInt64: () -> Void] = [:]
    private var nextID: UInt64 = 1

    /// An empty heap.
    public init() {}

    /// Number of timers not yet run or cancelled.
    public var count: Int { work.count }

    /// Adds a timer.
    public mutating func insert(deadline: UInt64, _ action: @escaping () -> Void) -> ID {
        let id = nextID
        nextID += 1
        work[id] = action
        heap.append((deadline, id))
        siftUp(heap.count - 1)
        return ID(value: id)
    }

    /// Cancels a timer. Its heap entry goes when it reaches the top, or
    /// sooner: when cancelled entries outnumber live ones the heap is rebuilt,
    /// so cancelling (every call that finishes before its deadline does)
    /// never grows the heap beyond twice the live timers.
    public mutating func cancel(_ id: ID) {
        work[id.value] = nil
        if work.isEmpty {
            heap.removeAll(keepingCapacity: true)
        } else if heap.count > 64 && heap.count > 2 * work.count {
            heap.removeAll { work[$0.id] == nil }
            for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(i) }
        }
    }

    /// Entries in the heap, cancelled ones included (for tests).
    var storedCount: Int { heap.count }

    /// The earliest live deadline.
    public var nextDeadline: UInt64? {
        mutating get {
            dropCancelledTop()
            return heap.first?.deadline
        }
    }

    /// Removes and returns the earliest timer whose deadline is at or before `now`.
    public mutating func popDue(now: UInt64) -> (() -> Void)? {
        dropCancelledTop()
        guard let top = heap.first, top.deadline <= now else { return nil }
        removeTop()
        return work.removeValue(forKey: top.id)
    }

    private mutating func dropCancelledTop() {
        while let top = heap.first, work[top.id] == nil { removeTop() }
    }

    private mutating func removeTop() {
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        if !heap.isEmpty { siftDown(0) }
    }

    private mutating func siftUp(_ i: Int) {
        var i = i
        while i > 0 {
            let parent = (i - 1) / 2
            guard heap[i].deadline < heap[parent].deadline else { return }
            heap.swapAt(i, parent)
            i = parent
        }
    }

    private mutating func siftDown(_ i: Int) {
        var i = i
        while true {
            let l = 2 * i + 1, r = l + 1
            var smallest = i
            if l < heap.count && heap[l].deadline < heap[smallest].deadline { smallest = l }
            if r < heap.count && heap[r].deadline < heap[smallest].deadline { smallest = r }
            if smallest == i { return }
            heap.swapAt(i, smallest)
            i = smallest
        }
    }
}
