#if canImport(Glibc)
import Glibc
#endif

/// Bytes queued for one socket, and the one loop that writes them: as much
/// as the socket takes, without blocking. Buffers past 64 KiB are released
/// once drained and compacted once mostly sent.
///
/// What is queued is whole length-prefixed frames (a 4-byte big-endian
/// length, then the body), so the buffer can drop the frames not yet begun
/// and keep the stream framed; the first byte held is always a frame's first.
public struct OutboundBuffer {
    private var bytes: [UInt8] = []
    private var start = 0
    /// Capacity kept once drained; more is released.
    static let retainedCapacity = 64 * 1024

    public init() {}

    /// Bytes not yet written.
    public var pending: Int { bytes.count - start }

    /// Lets `body` append to the buffer (an encoder writing frames in place).
    public mutating func append(_ body: (inout [UInt8]) -> Void) {
        body(&bytes)
    }

    /// Appends bytes.
    public mutating func append(contentsOf more: [UInt8]) {
        bytes.append(contentsOf: more)
    }

    /// What a flush achieved.
    public enum FlushResult: Equatable {
        /// Everything is written.
        case drained
        /// The socket is full; wait for it to be writable.
        case blocked
        /// The socket failed (the peer is gone); carries errno.
        case failed(Int32)
    }

    /// Writes as much as `fd` takes now.
    public mutating func flush(to fd: Int32) -> FlushResult {
        while start < bytes.count {
            let n = bytes.withUnsafeBytes { raw in send(fd, raw.baseAddress! + start, raw.count - start, Int32(MSG_NOSIGNAL)) }
            if n > 0 {
                start += n
            } else if n < 0 && errno == EINTR {
                continue
            } else if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                if start >= 1 << 16 && start * 2 >= bytes.count {
                    // Keep the frame being written from its first byte.
                    let boundary = frameContaining(start).lowerBound
                    bytes.removeFirst(boundary)
                    start -= boundary
                }
                return .blocked
            } else {
                return .failed(n < 0 ? errno : EPIPE)
            }
        }
        if bytes.capacity > Self.retainedCapacity { bytes = [] } else { bytes.removeAll(keepingCapacity: true) }
        start = 0
        return .drained
    }

    /// Drops every queued frame not begun yet, keeping the one being written
    /// (so the peer can still read a whole frame after it), and releases the
    /// memory. Returns the bytes dropped.
    @discardableResult
    public mutating func dropUnstartedFrames() -> Int {
        let before = pending
        let frame = frameContaining(start)
        let keepEnd = frame.lowerBound == start ? start : frame.upperBound
        bytes = Array(bytes[start..<keepEnd])
        start = 0
        return before - pending
    }

    /// The frame whose bytes include `offset` (< count), or an empty range at
    /// `offset` when it is a frame's first byte or the end.
    private func frameContaining(_ offset: Int) -> Range<Int> {
        var b = 0
        while b < offset {
            let length = 4 + (Int(bytes[b]) << 24 | Int(bytes[b + 1]) << 16 | Int(bytes[b + 2]) << 8 | Int(bytes[b + 3]))
            if b + length > offset { return b..<(b + length) }
            b += length
        }
        return offset..<offset
    }

    /// Drops everything queued.
    public mutating func discard() {
        bytes = []
        start = 0
    }
}
