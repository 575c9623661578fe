#if canImport(Glibc)
import Glibc
#endif
import Dispatch
public import Logging
import ResumeCore
public import ResumeTransport
import Synchronization

/// `GET /metrics` over HTTP/1.1 on the server's event loop, for Prometheus:
/// one request per connection, then close. Bounded in every way a client
/// controls: the request header (8 KiB), the time to send it (the read
/// timeout), the connections open at once (excess ones are closed at once),
/// and one response, written without blocking.
///
/// `@unchecked Sendable`: every mutable field is touched only on `loop`'s queue.
public final class MetricsEndpoint: @unchecked Sendable {
    /// The path served.
    public static let path = "/metrics"
    /// Exchanges open at most.
    public static let maxOpen = 64

    let loop: EventLoop
    let logger: Logger
    let readTimeoutMilliseconds: UInt64
    let render: @Sendable () -> String
    private var listener: (fd: Int32, source: any DispatchSourceRead)?
    private let bound = Mutex<SocketAddress?>(nil)
    /// Where the endpoint listens, once started.
    public var address: SocketAddress? { bound.withLock { $0 } }
    var open: [UInt64: MetricsExchange] = [:]
    private var nextID: UInt64 = 1

    /// An endpoint on `loop` answering with what `render` returns (the
    /// Prometheus text format), closing exchanges whose request is not in
    /// within `readTimeoutMilliseconds` (default 5,000).
    public init(loop: EventLoop, logger: Logger, readTimeoutMilliseconds: UInt64 = 5_000, render: @escaping @Sendable () -> String) {
        self.loop = loop
        self.logger = logger
        self.readTimeoutMilliseconds = readTimeoutMilliseconds
        self.render = render
    }

    /// Listens on `address`; returns the address bound (port 0 picks one).
    public func start(_ address: SocketAddress) throws -> SocketAddress {
        let fd = try Socket.listen(address, backlog: 64)
        let local = Socket.localAddress(fd) ?? address
        bound.withLock { $0 = local }
        loop.sync {
            let source = loop.makeReadSource(fileDescriptor: fd) { [unowned self] in acceptPending(fd) }
            source.resume()
            listener = (fd, source)
        }
        return local
    }

    /// Stops listening and closes open exchanges.
    public func stop() {
        loop.sync {
            if let (fd, source) = listener {
                source.setCancelHandler { Glibc.close(fd) }
                source.cancel()
                listener = nil
            }
            for exchange in Array(open.values) { exchange.close() }
        }
    }

    private func acceptPending(_ listenerFD: Int32) {
        for _ in 0..<16 {
            guard let fd = try? Socket.accept(listenerFD) else { return }
            guard open.count < Self.maxOpen else {
                Glibc.close(fd)
                continue
            }
            let exchange = MetricsExchange(id: nextID, fd: fd, endpoint: self)
            nextID += 1
            do {
                try exchange.register()
                open[exchange.id] = exchange
            } catch {
                Glibc.close(fd)
            }
        }
    }
}

/// One scrape: read the request header, answer once, close.
final class MetricsExchange: EventLoopHandler {
    let id: UInt64
    let fd: Int32
    private unowned let endpoint: MetricsEndpoint
    private var token: UInt64 = 0
    private var received: [UInt8] = []
    private var output: [UInt8] = []
    private var sent = 0
    private var timer: TimerHeap.ID?
    private var closed = false

    init(id: UInt64, fd: Int32, endpoint: MetricsEndpoint) {
        self.id = id
        self.fd = fd
        self.endpoint = endpoint
    }

    func register() throws {
        token = try endpoint.loop.register(fd, interest: .read, handler: self)
        timer = endpoint.loop.schedule(at: .after(milliseconds: endpoint.readTimeoutMilliseconds)) { [weak self] in
            self?.timer = nil
            self?.close()
        }
    }

    func handle(_ events: IOEvents) {
        if events.contains(.writable) { write() }
        guard !closed, output.isEmpty, events.contains(.readable) || events.contains(.hangup) else { return }
        var chunk = [UInt8](repeating: 0, count: 4_096)
        let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        if n <= 0 {
            if n == 0 || (errno != EAGAIN && errno != EINTR) { close() }
            return
        }
        received += chunk[..<n]
        switch MetricsRequestParser.parse(received, path: MetricsEndpoint.path) {
        case .needMore: return
        case .metrics:
            respond(MetricsRequestParser.response(status: 200, reason: "OK", body: endpoint.render(),
                                                  contentType: "text/plain; version=0.0.4; charset=utf-8"))
        case .refuse(let status, let reason):
            respond(MetricsRequestParser.response(status: status, reason: reason, body: "\(reason)\n"))
        }
    }

    private func respond(_ bytes: [UInt8]) {
        received = []
        output = bytes
        write()
    }

    private func write() {
        while sent < output.count {
            let n = output.withUnsafeBytes { send(fd, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL)) }
            if n > 0 { sent += n; continue }
            if n < 0 && errno == EINTR { continue }
            if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                endpoint.loop.update(fd, token: token, interest: .write)
                return
            }
            close()
            return
        }
        Glibc.shutdown(fd, Int32(SHUT_WR))
        // Unread input at close would reset the connection and could destroy the answer.
        var scratch = [UInt8](repeating: 0, count: 4_096)
        for _ in 0..<16 where scratch.withUnsafeMutableBytes({ Glibc.recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }) > 0 {}
        close()
    }

    func close() {
        guard !closed else { return }
        closed = true
        if let timer { endpoint.loop.cancelTimer(timer) }
        endpoint.loop.deregister(fd, token: token)
        Glibc.close(fd)
        endpoint.open[id] = nil
    }
}
