#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Logging
import ResumeCore
import ResumeTransport
import ResumeWire

/// The listening sockets: accepts connections and decides which are
/// served. One over `maxConnections` gets a call_id-0 `UNAVAILABLE` and is
/// closed; one accepted while the server drains is closed at once; when
/// accepting fails for lack of descriptors (EMFILE/ENFILE) the listener
/// pauses for 100 ms instead of spinning.
///
/// Confined to the loop's queue.
final class Acceptor {
    private let loop: EventLoop
    private let logger: Logger
    private let configuration: ServerConfiguration
    private let connections: ConnectionTable
    private var listeners: [Listener] = []
    /// Serves an accepted socket; set by `start`.
    private var serve: (Int32) -> Void = { Glibc.close($0) }
    private var lastErrorLog: UInt64 = 0

    init(loop: EventLoop, logger: Logger, configuration: ServerConfiguration, connections: ConnectionTable) {
        self.loop = loop
        self.logger = logger
        self.configuration = configuration
        self.connections = connections
    }

    /// Binds every address (all or none), returning each socket with its
    /// bound address (real ports where port 0 was asked for). Any thread.
    static func bind(_ addresses: [SocketAddress]) throws -> [(fd: Int32, address: SocketAddress)] {
        var bound: [(fd: Int32, address: SocketAddress)] = []
        do {
            for address in addresses {
                let fd = try Socket.listen(address)
                bound.append((fd, Socket.localAddress(fd) ?? address))
            }
        } catch {
            for (fd, _) in bound { Glibc.close(fd) }
            throw error
        }
        return bound
    }

    /// Starts accepting on `bound` (from `bind`); `serve` takes each socket to serve. On the loop.
    func start(_ bound: [(fd: Int32, address: SocketAddress)], serve: @escaping (Int32) -> Void) {
        loop.assertOnLoop()
        self.serve = serve
        for (fd, address) in bound {
            let source = loop.makeReadSource(fileDescriptor: fd) { [unowned self] in acceptPending(fd) }
            source.resume()
            listeners.append(Listener(fd: fd, address: address, source: source))
        }
    }

    /// Stops accepting: new connections are refused from now on; the
    /// descriptors close once their sources let go of them, and a Unix
    /// socket's path is removed. On the loop.
    func stop() {
        for l in listeners {
            if l.paused { l.source.resume() } // libdispatch must not release a suspended source
            let fd = l.fd
            Glibc.shutdown(fd, Int32(SHUT_RDWR))
            l.source.setCancelHandler { Glibc.close(fd) }
            l.source.cancel()
            if case .unix(let path) = l.address { unlink(path) }
        }
        listeners = []
    }

    private func acceptPending(_ listener: Int32) {
        for _ in 0..<64 {
            let fd: Int32
            do {
                guard let accepted = try Socket.accept(listener) else { return }
                fd = accepted
            } catch {
                pause(listener, after: error)
                return
            }
            if connections.isDraining {
                Glibc.close(fd)
                continue
            }
            if connections.count >= configuration.maxConnections {
                refuse(fd, RPCError(.unavailable, "too many connections (limit \(configuration.maxConnections))"))
                continue
            }
            Socket.setNoDelay(fd)
            serve(fd)
        }
    }

    /// Out of descriptors (EMFILE/ENFILE): the listener stays readable, so
    /// pause it briefly instead of spinning, and say so now and then.
    private func pause(_ listener: Int32, after error: any Error) {
        let now = loop.now
        if now &- lastErrorLog > 5_000_000_000 {
            lastErrorLog = now
            logger.error("accept failed; pausing accepts for 100 ms", metadata: ["error": "\(error)"])
        }
        guard let l = listeners.first(where: { $0.fd == listener }), !l.paused else { return }
        l.paused = true
        l.source.suspend()
        loop.schedule(at: .after(milliseconds: 100)) { [unowned self] in
            guard let l = listeners.first(where: { $0.fd == listener }), l.paused else { return }
            l.paused = false
            l.source.resume()
        }
    }

    /// Writes one connection-level error frame to a socket that will not be served, and closes it.
    private func refuse(_ fd: Int32, _ error: RPCError) {
        var frame: [UInt8] = []
        ResponseFrameWriter.append(callID: 0, result: .failure(error), maxFrameSize: configuration.wireLimits.maxFrameSize, to: &frame)
        _ = frame.withUnsafeBytes { send(fd, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
        Glibc.shutdown(fd, Int32(SHUT_WR))
        Glibc.close(fd)
    }
}

/// A listening socket and the source that accepts on it; loop-confined.
private final class Listener {
    let fd: Int32
    let address: SocketAddress
    let source: any DispatchSourceRead
    /// Suspended after an accept failure (out of descriptors).
    var paused = false

    init(fd: Int32, address: SocketAddress, source: any DispatchSourceRead) {
        self.fd = fd
        self.address = address
        self.source = source
    }
}
