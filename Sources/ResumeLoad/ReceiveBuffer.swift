
/// The bytes one connection received and has not yet handed out as frames
/// (a 4-byte big-endian length, then the body). Like ResumeWire's
/// `FrameDecoder`, but tuned for a client that reads answers all day: it
/// reads into all of its free room, grows to hold a whole long frame (so a
/// 80 KB page arrives in one or two reads), and keeps up to `retainedCapacity`
/// of memory once drained, instead of returning everything over 64 KiB and
/// allocating it again (page faults and `mmap` churn for every long answer).
public struct ReceiveBuffer: ~Copyable {
    /// What `next` found.
    public enum Step<Body> {
        /// A whole frame; `Body` is what the handler made of its bytes.
        case frame(Body)
        /// No whole frame is buffered yet.
        case needMoreBytes
        /// The frame's length prefix exceeds `maxFrameSize`.
        case frameTooLarge(announcedLength: UInt32)
    }

    /// Largest frame body accepted, in bytes.
    public let maxFrameSize: Int
    /// Memory kept once drained; a buffer grown past it shrinks back to `initialCapacity`.
    public let retainedCapacity: Int
    /// Room of the first allocation, and the least free room a read gets.
    public let initialCapacity: Int

    private var storage: UnsafeMutableRawPointer?
    private var capacity = 0
    private var start = 0
    private var end = 0

    /// A buffer for frames of up to `maxFrameSize` bytes.
    public init(maxFrameSize: Int, initialCapacity: Int = 64 * 1024, retainedCapacity: Int = 1 << 20) {
        precondition(maxFrameSize >= 0 && initialCapacity >= 16 && retainedCapacity >= initialCapacity)
        self.maxFrameSize = maxFrameSize
        self.initialCapacity = initialCapacity
        self.retainedCapacity = retainedCapacity
    }

    deinit {
        storage?.deallocate()
    }

    /// Bytes received and not yet handed out.
    public var bufferedByteCount: Int { end - start }
    /// Bytes of memory held.
    public var bufferCapacity: Int { capacity }

    /// Lets `read` write into all the free room (at least `initialCapacity`
    /// bytes, or enough for the rest of the frame in front); returns what
    /// `read` returned (bytes written, 0 at end of stream, negative for none).
    public mutating func receive(_ read: (UnsafeMutableRawBufferPointer) -> Int) -> Int {
        makeRoom()
        let n = read(UnsafeMutableRawBufferPointer(start: storage! + end, count: capacity - end))
        if n > 0 { end += min(n, capacity - end) }
        return n
    }

    /// Appends bytes (for tests and callers without a socket).
    public mutating func feed(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            _ = receive { room in
                let n = min(room.count, bytes.count - offset)
                bytes.withUnsafeBytes { room.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
                offset += n
                return n
            }
        }
    }

    /// The next whole frame, if one is buffered: `body` sees its bytes (valid
    /// only during the call) and its result is returned in `.frame`.
    public mutating func next<Body>(_ body: (UnsafeRawBufferPointer) -> Body) -> Step<Body> {
        guard let length = frontLength else { return .needMoreBytes }
        guard Int(length) <= maxFrameSize else { return .frameTooLarge(announcedLength: length) }
        guard end - start - 4 >= Int(length) else { return .needMoreBytes }
        let result = body(UnsafeRawBufferPointer(start: storage! + start + 4, count: Int(length)))
        start += 4 + Int(length)
        if start == end {
            start = 0
            end = 0
            if capacity > retainedCapacity { release() }
        }
        return .frame(result)
    }

    /// The length prefix of the frame in front, once its 4 bytes are in.
    private var frontLength: UInt32? {
        guard end - start >= 4, let p = storage.map({ $0 + start }) else { return nil }
        return UInt32(p.load(as: UInt8.self)) << 24 | UInt32(p.load(fromByteOffset: 1, as: UInt8.self)) << 16
            | UInt32(p.load(fromByteOffset: 2, as: UInt8.self)) << 8 | UInt32(p.load(fromByteOffset: 3, as: UInt8.self))
    }

    /// Free room after `end` of at least `initialCapacity`, or of the rest of
    /// the frame in front when that is more (bounded by `maxFrameSize`).
    private mutating func makeRoom() {
        let live = end - start
        var want = initialCapacity
        if let length = frontLength, Int(length) <= maxFrameSize { want = max(want, 4 + Int(length) - live) }
        if capacity - end >= want { return }
        if start > 0 && capacity - live >= want {
            if live > 0 { storage!.copyMemory(from: storage! + start, byteCount: live) }
            start = 0
            end = live
            return
        }
        var newCapacity = max(capacity, initialCapacity)
        while newCapacity - live < want { newCapacity *= 2 }
        let fresh = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
        if live > 0 { fresh.copyMemory(from: storage! + start, byteCount: live) }
        storage?.deallocate()
        storage = fresh
        capacity = newCapacity
        start = 0
        end = live
    }

    private mutating func release() {
        storage?.deallocate()
        storage = nil
        capacity = 0
        start = 0
        end = 0
    }
}
