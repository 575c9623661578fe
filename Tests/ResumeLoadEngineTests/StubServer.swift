#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import ResumeTransport
import Synchronization

/// A listener on a free loopback port whose connections never get an answer:
/// a thread of its own accepts them and reads what they send, then either
/// closes each after its first read (`closeAfterFirstRead`) or keeps it
/// open until `stop()`. For the harness' handling of servers that fail it.
final class StubServer: Sendable {
    let address: SocketAddress
    private let state: State

    private final class State: Sendable {
        let stop = Atomic<Bool>(false)
        let stopped = DispatchSemaphore(value: 0)
    }

    init(closeAfterFirstRead: Bool) throws {
        let listener = try Socket.listen(.tcp(host: "127.0.0.1", port: 0))
        address = Socket.localAddress(listener)!
        let state = State()
        self.state = state
        let thread = Thread {
            var fds = [pollfd(fd: listener, events: Int16(POLLIN), revents: 0)]
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            // The timeout only lets the loop see `stop`; nothing waits on it.
            while !state.stop.load(ordering: .acquiring) {
                guard poll(&fds, nfds_t(fds.count), 20) > 0 else { continue }
                var keep: [pollfd] = [fds[0]]
                if fds[0].revents != 0, let fd = try? Socket.accept(listener) {
                    keep.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0))
                }
                for p in fds.dropFirst() {
                    guard p.revents != 0 else { keep.append(p); continue }
                    let n = buffer.withUnsafeMutableBytes { read(p.fd, $0.baseAddress, $0.count) }
                    if n <= 0 && errno != EAGAIN || closeAfterFirstRead { close(p.fd) } else { keep.append(p) }
                }
                fds = keep.map { pollfd(fd: $0.fd, events: $0.events, revents: 0) }
            }
            for p in fds { close(p.fd) }
            state.stopped.signal()
        }
        thread.start()
    }

    /// Closes the listener and every connection, and waits for the thread.
    func stop() {
        state.stop.store(true, ordering: .releasing)
        state.stopped.wait()
    }
}
