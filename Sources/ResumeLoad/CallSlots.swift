/// The calls in flight on one connection, matched to their answers by call
/// id. A call takes a free slot; its id is `sequence << 16 | slot`, where the
/// sequence counts the connection's calls from 1, so ids are never 0 and
/// never repeat on a connection, and an answer finds its slot at once. An
/// answer whose id is not the slot's current one (a call given up on) is
/// refused. Each slot keeps when its call was scheduled or sent, and a tag.
public struct CallSlots<Tag> {
    /// Slots, 1 to 65,536.
    public let capacity: Int
    private var ids: [UInt64]
    private var starts: [UInt64]
    private var tags: [Tag?]
    private var free: [Int]
    private var sequence: UInt64 = 0

    /// `capacity` free slots.
    public init(capacity: Int) {
        precondition((1...65_536).contains(capacity))
        self.capacity = capacity
        ids = [UInt64](repeating: 0, count: capacity)
        starts = [UInt64](repeating: 0, count: capacity)
        tags = [Tag?](repeating: nil, count: capacity)
        free = Array((0..<capacity).reversed())
    }

    /// Calls in flight.
    public var inFlight: Int { capacity - free.count }
    /// Whether another call fits.
    public var hasFree: Bool { !free.isEmpty }

    /// Takes a slot for a call started (or scheduled) at `start`; its call id, or nil when all are taken.
    public mutating func open(start: UInt64, tag: Tag) -> UInt64? {
        guard let slot = free.popLast() else { return nil }
        sequence += 1
        let id = sequence << 16 | UInt64(slot)
        ids[slot] = id
        starts[slot] = start
        tags[slot] = tag
        return id
    }

    /// Frees the slot of `callID`: its start and tag, or nil for an id that is not in flight.
    public mutating func close(callID: UInt64) -> (start: UInt64, tag: Tag)? {
        let slot = Int(callID & 0xFFFF)
        guard slot < capacity, ids[slot] == callID, callID != 0, let tag = tags[slot] else { return nil }
        ids[slot] = 0
        tags[slot] = nil
        free.append(slot)
        return (starts[slot], tag)
    }

    /// Frees every call started before `cutoff`: their starts and tags.
    public mutating func closeStarted(before cutoff: UInt64) -> [(start: UInt64, tag: Tag)] {
        var out: [(start: UInt64, tag: Tag)] = []
        for slot in 0..<capacity where ids[slot] != 0 && starts[slot] < cutoff {
            if let r = close(callID: ids[slot]) { out.append(r) }
        }
        return out
    }

    /// Frees every call in flight (the connection is gone).
    public mutating func closeAll() -> [(start: UInt64, tag: Tag)] {
        closeStarted(before: .max)
    }

    /// The earliest start among the calls in flight, if any.
    public var earliestStart: UInt64? {
        var m: UInt64?
        for slot in 0..<capacity where ids[slot] != 0 { m = min(m ?? .max, starts[slot]) }
        return m
    }
}
