#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a byte stream into frames: a 4-byte unsigned big-endian length L,
/// then L bytes of body. A pure, incremental state machine with no I/O, in
/// the manner of hiredis' reader: feed it bytes in any split, ask it for the
/// next frame.
///
/// The length is checked against `maxFrameSize` as soon as its 4 bytes are
/// in, before any room is made for the body; a frame that is too large moves
/// the decoder to a terminal state. The decoder owns its buffer; memory past
/// 64 KiB (one read) is returned once the buffer drains.
public struct FrameDecoder: ~Copyable {
    /// What `next` found.
    public enum Step<Body> {
        /// A whole frame; `Body` is what the handler made of its bytes.
        case frame(Body)
        /// No whole frame is buffered yet.
        case needMoreBytes
        /// The frame's length prefix exceeds `maxFrameSize`; the decoder is now failed.
        case frameTooLarge(announcedLength: UInt32)
    }

    /// Largest frame body accepted, in bytes.
    public let maxFrameSize: Int

    private var storage: UnsafeMutableRawPointer?
    private var capacity = 0
    private var start = 0
    private var end = 0
    private var failedLength: UInt32?

    private static let retainedCapacity = 64 * 1024

    /// A decoder that accepts frame bodies of up to `maxFrameSize` bytes.
    public init(maxFrameSize: Int) {
        precondition(maxFrameSize >= 0 && maxFrameSize <= Int(UInt32.max))
        self.maxFrameSize = maxFrameSize
    }

    deinit {
        storage?.deallocate()
    }

    /// Bytes received and not yet handed out as frames.
    public var bufferedByteCount: Int { end - start }

    /// Bytes of memory the buffer holds (for tests of the no-allocation promise).
    var bufferCapacity: Int { capacity }

    /// True once a frame was too large; nothing more is decoded.
    public var hasFailed: Bool { failedLength != nil }

    /// Appends received bytes.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty, failedLength == nil else { return }
        reserve(bytes.count)
        (storage! + end).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        end += bytes.count
    }

    /// Appends received bytes.
    public mutating func feed(_ bytes: some Collection<UInt8>) {
        let copy = Array(bytes)
        copy.withUnsafeBytes { feed($0) }
    }

    /// Lets `read` write up to `maxBytes` (0 or more) straight into the buffer
    /// (a `read(2)` into the decoder, no copy); `read` returns how many it
    /// wrote, or a negative number for none. Returns what `read` returned.
    public mutating func receive(upTo maxBytes: Int, _ read: (UnsafeMutableRawBufferPointer) -> Int) -> Int {
        precondition(maxBytes >= 0, "receive needs room of 0 or more bytes")
        guard failedLength == nil else { return 0 }
        reserve(maxBytes)
        // With no room asked for, a decoder that holds nothing has no buffer yet.
        let n = read(UnsafeMutableRawBufferPointer(start: storage.map { $0 + end }, count: maxBytes))
        if n > 0 { end += min(n, maxBytes) }
        return n
    }

    /// The next whole frame, if one is buffered: `body` sees its bytes (valid
    /// only during the call) and its result is returned in `.frame`.
    public mutating func next<Body>(_ body: (UnsafeRawBufferPointer) throws -> Body) rethrows -> Step<Body> {
        if let failedLength { return .frameTooLarge(announcedLength: failedLength) }
        let available = end - start
        guard available >= 4 else { return .needMoreBytes }
        let p = storage! + start
        let length = UInt32(p.load(as: UInt8.self)) << 24 | UInt32(p.load(fromByteOffset: 1, as: UInt8.self)) << 16
            | UInt32(p.load(fromByteOffset: 2, as: UInt8.self)) << 8 | UInt32(p.load(fromByteOffset: 3, as: UInt8.self))
        guard Int(length) <= maxFrameSize else {
            failedLength = length
            release()
            return .frameTooLarge(announcedLength: length)
        }
        guard available - 4 >= Int(length) else { return .needMoreBytes }
        let result = try body(UnsafeRawBufferPointer(start: p + 4, count: Int(length)))
        start += 4 + Int(length)
        if start == end { drained() }
        return .frame(result)
    }

    /// Copies out the next frame's body; for tests and simple callers.
    public mutating func nextFrame() -> Step<[UInt8]> {
        next { Array($0) }
    }

    /// Drops everything buffered and its memory (a connection being shed).
    public mutating func discardBuffered() {
        release()
    }

    // MARK: Buffer

    /// Makes room for `count` more bytes after `end`.
    private mutating func reserve(_ count: Int) {
        if capacity - end >= count { return }
        let live = end - start
        if start > 0 && capacity - live >= count {
            // Slide the live bytes to the front.
            if live > 0 { storage!.copyMemory(from: storage! + start, byteCount: live) }
            start = 0
            end = live
            return
        }
        var newCapacity = max(capacity * 2, 4096)
        while newCapacity - live < count { newCapacity *= 2 }
        let fresh = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
        if live > 0 { fresh.copyMemory(from: storage! + start, byteCount: live) }
        storage?.deallocate()
        storage = fresh
        capacity = newCapacity
        start = 0
        end = live
    }

    private mutating func drained() {
        start = 0
        end = 0
        if capacity > Self.retainedCapacity { release() }
    }

    private mutating func release() {
        storage?.deallocate()
        storage = nil
        capacity = 0
        start = 0
        end = 0
    }
}

extension FrameDecoder.Step: Equatable where Body: Equatable {}
extension FrameDecoder.Step: Sendable where Body: Sendable {}
