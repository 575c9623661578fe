#if canImport(Glibc)
import Glibc
#endif
import ResumeCore
public import ResumeTransport

/// A TCP proxy for tests of slow networks: it relays the first `relayed`
/// connections to `upstream` and holds every later one open without a word,
/// as a server that stopped answering would.
public final class StallingProxy: @unchecked Sendable {
    // @unchecked: `held` is guarded by its lock; the rest is set in init.
    public let address: SocketAddress
    private let listener: Int32
    private let threads: WorkerPool
    private let held = ConditionLock<[Int32]>([])
    private let stopping = ConditionLock(false)
    private let paused = ConditionLock(false)
    /// Both ends of every relayed connection (for `cut`).
    private let relays = ConditionLock<[Int32]>([])

    public init(upstream: SocketAddress, relayed: Int = 1) throws {
        listener = try Socket.listen(.tcp(host: "127.0.0.1", port: 0))
        _ = fcntl(listener, F_SETFL, fcntl(listener, F_GETFL) & ~O_NONBLOCK)
        address = Socket.localAddress(listener)!
        threads = WorkerPool(name: "proxy", threads: relayed + 1, maxQueued: relayed + 1)
        let listener = self.listener, held = self.held, threads = self.threads, stopping = self.stopping, paused = self.paused
        let relays = self.relays
        _ = threads.submit {
            var count = 0
            while !stopping.withLock({ $0 }) {
                let fd = Glibc.accept(listener, nil, nil)
                if fd < 0 { return }
                count += 1
                if count > relayed {
                    held.withLock { $0.append(fd) }
                    continue
                }
                guard let up = try? Socket.connect(upstream, timeoutMilliseconds: 5_000, nonBlocking: false) else { Glibc.close(fd); continue }
                relays.withLock { $0 += [fd, up] }
                _ = threads.submit { Self.relay(fd, up, paused: paused) }
            }
        }
    }

    private static func relay(_ a: Int32, _ b: Int32, paused: ConditionLock<Bool>) {
        var fds = [pollfd(fd: a, events: Int16(POLLIN), revents: 0), pollfd(fd: b, events: Int16(POLLIN), revents: 0)]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        loop: while true {
            // While paused nothing moves, as with a server that stopped reading.
            _ = paused.wait { $0 ? nil : true }
            let r = pollRetryingInterrupts(&fds, timeoutMilliseconds: 50)
            if r < 0 { break }
            if r == 0 || paused.withLock({ $0 }) { continue }
            for (i, from, to) in [(0, a, b), (1, b, a)] where fds[i].revents != 0 {
                let n = Glibc.read(from, &buffer, buffer.count)
                if n <= 0 || Glibc.write(to, buffer, n) != n { break loop }
            }
        }
        Glibc.close(a)
        Glibc.close(b)
    }

    /// Stops (or resumes) moving bytes on relayed connections.
    public func pause(_ on: Bool) {
        paused.withLock { $0 = on }
        paused.broadcast()
    }

    /// The upstream goes away: every relayed connection is reset and no new
    /// one is accepted (as a database that stopped would look).
    public func cut() {
        stop()
        for fd in relays.withLock({ $0 }) { Glibc.shutdown(fd, Int32(SHUT_RDWR)) }
    }

    /// Closes the held connections and stops listening.
    public func stop() {
        pause(false)
        stopping.withLock { $0 = true }
        Glibc.shutdown(listener, Int32(SHUT_RDWR))
        Glibc.close(listener)
        for fd in held.withLock({ $0 }) { Glibc.close(fd) }
        _ = threads.shutdown(deadline: .after(milliseconds: 100))
    }
}
