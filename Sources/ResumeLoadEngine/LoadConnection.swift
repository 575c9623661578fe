#if canImport(Glibc)
import Glibc
#endif
import CResumeLoad
import ResumeLoad

/// What a call in flight remembers besides its start: its scenario and
/// whether it is measured (started after the warm-up).
struct CallTag {
    var scenarioIndex: UInt8
    var measured: Bool
}

/// One connection of an engine thread: its socket, the calls in flight,
/// the frames not yet written and the answers not yet read. Confined to the
/// thread that made it.
final class LoadConnection {
    let fd: Int32
    var slots: CallSlots<CallTag>
    // 16 KiB holds many small answers; a long one gets room for all of itself. 10,000 connections hold 160 MiB.
    var decoder = ReceiveBuffer(maxFrameSize: 64 << 20, initialCapacity: 16 * 1024, retainedCapacity: 256 * 1024)
    /// Frames waiting to be written, from `written` on.
    var output: [UInt8] = []
    var written = 0
    /// Whether the epoll set watches it for writability.
    var watchingWrites = false
    var alive = true
    /// Turns through the templates of a scenario (GetResume ids, warm pairs).
    var turn = 0

    init(fd: Int32, inFlight: Int) {
        self.fd = fd
        slots = CallSlots(capacity: inFlight)
        output.reserveCapacity(1_024)
    }

    /// Writes what it can; false when the socket failed.
    func flush() -> Bool {
        while written < output.count {
            let n = output.withUnsafeBytes { cload_send(fd, $0.baseAddress! + written, $0.count - written) }
            if n > 0 { written += n; continue }
            if n < 0 && errno == EINTR { continue }
            if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return true }
            return false
        }
        output.removeAll(keepingCapacity: true)
        written = 0
        return true
    }

    /// Whether frames are still waiting to be written.
    var hasPendingOutput: Bool { written < output.count }

    deinit {
        if fd >= 0 { close(fd) }
    }
}
