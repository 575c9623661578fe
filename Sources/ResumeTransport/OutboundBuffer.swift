#if canImport(Glibc)
import Glibc
#endif

/// Bytes queued for one socket, and the one loop that writes them: as much
/// as the socket takes, without blocking. Large buffers are released once
/// drained and compacted once mostly sent.
public struct OutboundBuffer {
    private var bytes: [UInt8] = []
    private var start = 0

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
                    bytes.removeFirst(start)
                    start = 0
                }
                return .blocked
            } else {
                return .failed(n < 0 ? errno : EPIPE)
            }
        }
        if bytes.capacity > 1 << 20 { bytes = [] } else { bytes.removeAll(keepingCapacity: true) }
        start = 0
        return .drained
    }

    /// Drops everything queued.
    public mutating func discard() {
        bytes = []
        start = 0
    }
}
