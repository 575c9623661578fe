#if canImport(Glibc)
import Glibc
#endif
import Dispatch
public import Logging
import ResumeCore
public import ResumeProto
public import ResumeTransport
public import ResumeWire

/// The RPC server: listeners, connections, deadlines and graceful shutdown.
/// All connection I/O runs on one `EventLoop`; `.task` handlers run as Swift
/// tasks on that loop (it is their executor), so their answers are queued in
/// the wake-up that finished them and written once per connection at its end.
///
/// `@unchecked Sendable`: everything mutable is confined to `loop.queue`;
/// public methods hop onto it.
public final class RPCServer: @unchecked Sendable {
    /// The settings it was made with.
    public let configuration: ServerConfiguration
    /// Serving or draining; shared with the health handler.
    public let servingState: ServingState
    let registry: MethodRegistry
    let logger: Logger
    /// The loop every connection and handler task runs on.
    public let loop: EventLoop
    /// Whether the server made `loop` (and stops it at the end of shutdown).
    private let ownsLoop: Bool
    /// Called on the loop once per answered call: method, status, latency in nanoseconds.
    private let callFinished: @Sendable (_ method: String, _ code: StatusCode, _ nanoseconds: UInt64) -> Void

    // Confined to loop.queue.
    private var listeners: [Listener] = []
    private var connections: [UInt64: ServerConnection] = [:]
    private var nextConnectionID: UInt64 = 1
    private var touched: [ServerConnection] = []
    private var draining = false
    private var drainTimer: TimerHeap.ID?
    private var shutdownWaiters: [@Sendable () -> Void] = []
    private var finished = false
    private var lastAcceptErrorLog: UInt64 = 0

    /// A server for `registry`'s handlers. Nothing listens before `start()`.
    /// `loop` is the event loop to serve on (the daemon shares it with its
    /// database client); `callFinished` sees every answered call.
    public init(configuration: ServerConfiguration, registry: MethodRegistry, servingState: ServingState = ServingState(),
                loop: EventLoop? = nil, logger: Logger,
                callFinished: @escaping @Sendable (_ method: String, _ code: StatusCode, _ nanoseconds: UInt64) -> Void = { _, _, _ in }) throws {
        self.configuration = configuration
        self.registry = registry
        self.servingState = servingState
        self.logger = logger
        self.ownsLoop = loop == nil
        self.loop = try loop ?? EventLoop(label: "resumed.io")
        self.callFinished = callFinished
    }

    /// Binds every listen address, starts serving, and returns the bound
    /// addresses (with real ports where port 0 was asked for).
    public func start() throws -> [SocketAddress] {
        var bound: [(Int32, SocketAddress)] = []
        do {
            for address in configuration.listen {
                let fd = try Socket.listen(address)
                bound.append((fd, Socket.localAddress(fd) ?? address))
            }
        } catch {
            for (fd, _) in bound { Glibc.close(fd) }
            throw error
        }
        loop.start()
        loop.sync {
            loop.onBatchEnd { [unowned self] in flushTouched() }
            for (fd, address) in bound {
                let source = loop.makeReadSource(fileDescriptor: fd) { [unowned self] in acceptPending(fd) }
                source.resume()
                listeners.append(Listener(fd: fd, address: address, source: source))
            }
            scheduleSweep()
        }
        return bound.map(\.1)
    }

    /// Open connections (for tests and metrics).
    public var connectionCount: Int { loop.sync { connections.count } }

    // MARK: Accepting

    private func acceptPending(_ listener: Int32) {
        for _ in 0..<64 {
            let fd: Int32
            do {
                guard let accepted = try Socket.accept(listener) else { return }
                fd = accepted
            } catch {
                // Out of descriptors (EMFILE/ENFILE): the listener stays readable, so
                // pause it briefly instead of spinning, and say so now and then.
                let now = MonotonicClock.nanoseconds()
                if now &- lastAcceptErrorLog > 5_000_000_000 {
                    lastAcceptErrorLog = now
                    logger.error("accept failed; pausing accepts for 100 ms", metadata: ["error": "\(error)"])
                }
                if let l = listeners.first(where: { $0.fd == listener }), !l.paused {
                    l.paused = true
                    l.source.suspend()
                    loop.schedule(at: .after(milliseconds: 100)) { [unowned self] in
                        guard let l = listeners.first(where: { $0.fd == listener }), l.paused else { return }
                        l.paused = false
                        l.source.resume()
                    }
                }
                return
            }
            if draining {
                Glibc.close(fd)
                continue
            }
            if connections.count >= configuration.maxConnections {
                refuse(fd, RPCError(.unavailable, "too many connections (limit \(configuration.maxConnections))"))
                continue
            }
            Socket.setNoDelay(fd)
            let connection = ServerConnection(id: nextConnectionID, fd: fd, server: self)
            nextConnectionID += 1
            do {
                try connection.register(in: loop)
                connections[connection.id] = connection
            } catch {
                logger.error("could not watch an accepted socket", metadata: ["error": "\(error)"])
                Glibc.close(fd)
            }
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

    func connectionClosed(_ connection: ServerConnection) {
        connections[connection.id] = nil
        if draining { checkDrained() }
    }

    // MARK: Handler tasks

    /// Starts a `.task` handler as a Swift task on the loop; its answer comes
    /// back through `handlerFinished`, on the loop.
    func spawn(connectionID: UInt64, slot: UInt64, handler: MethodHandler, payload: [UInt8], context: CallContext) {
        Task(executorPreference: loop) { [self] in
            let result: Result<[UInt8], RPCError>
            if let reason = context.cancellation.reason {
                result = .failure(RPCError(cancelled: reason)) // expired or abandoned before it started
            } else {
                result = await handler.run(payload: payload, context: context)
            }
            handlerFinished(connectionID: connectionID, slot: slot, result)
        }
    }

    private func handlerFinished(connectionID: UInt64, slot: UInt64, _ result: Result<[UInt8], RPCError>) {
        loop.assertOnLoop()
        if let connection = connections[connectionID] {
            connection.handlerReturned(slot: slot, result)
            markTouched(connection)
        }
        if draining { checkDrained() }
    }

    /// The connection has output or work to resume at the end of this pass.
    func markTouched(_ connection: ServerConnection) {
        if !connection.isTouched {
            connection.isTouched = true
            touched.append(connection)
        }
    }

    /// At the end of each loop pass: starts waiting calls, decodes what
    /// output allows, and writes, once per connection touched.
    private func flushTouched() {
        guard !touched.isEmpty else { return }
        let batch = touched
        touched.removeAll(keepingCapacity: true)
        for connection in batch {
            connection.isTouched = false
            connection.resume()
        }
    }

    /// Reports one answered call.
    func finished(_ method: String, _ code: StatusCode, startedAt: UInt64) {
        callFinished(method, code, loop.now &- startedAt)
    }

    // MARK: Timeouts

    private func scheduleSweep() {
        let c = configuration
        let interval = max(10, min(1_000, min(c.idleTimeoutMilliseconds, c.readTimeoutMilliseconds) / 4))
        loop.schedule(at: .after(milliseconds: interval)) { [unowned self] in
            guard !finished else { return }
            let now = MonotonicClock.nanoseconds()
            for connection in Array(connections.values) { connection.checkTimeouts(now: now) }
            scheduleSweep()
        }
    }

    // MARK: Shutdown

    /// Stops accepting, answers new calls `UNAVAILABLE`, lets calls in flight
    /// finish (up to the drain timeout), closes every connection and stops the
    /// workers; then runs `completion` (on another queue). Safe to call twice.
    public func shutdown(_ completion: @escaping @Sendable () -> Void = {}) {
        servingState.beginDraining() // health says NOT_SERVING from this instant
        loop.execute { [self] in
            if finished { completion(); return }
            shutdownWaiters.append(completion)
            guard !draining else { return }
            draining = true
            let inFlight = connections.values.reduce(0) { $0 + $1.callsInFlight }
            logger.info("draining", metadata: ["connections": "\(connections.count)", "calls_in_flight": "\(inFlight)"])
            for l in listeners {
                if l.paused { l.source.resume() } // libdispatch must not release a suspended source
                // Refuse new connections now; close the descriptor once the source lets go of it.
                let fd = l.fd
                Glibc.shutdown(fd, Int32(SHUT_RDWR))
                l.source.setCancelHandler { Glibc.close(fd) }
                l.source.cancel()
                if case .unix(let path) = l.address { unlink(path) }
            }
            listeners = []
            for connection in connections.values { connection.startDraining() }
            drainTimer = loop.schedule(at: .after(milliseconds: configuration.drainTimeoutMilliseconds)) { [unowned self] in
                drainTimer = nil
                let left = connections.values.reduce(0) { $0 + $1.callsInFlight }
                logger.warning("drain timeout: cancelling calls still in flight", metadata: ["calls_in_flight": "\(left)"])
                for connection in connections.values { connection.abandonCalls(.serverShutdown) }
                closeConnections()
            }
            checkDrained()
        }
    }

    /// Shuts down and blocks until done.
    public func shutdownAndWait() {
        let done = DispatchSemaphore(value: 0)
        shutdown { done.signal() }
        done.wait()
    }

    private func checkDrained() {
        guard draining, !finished, drainTimer != nil else { return }
        guard connections.values.allSatisfy({ $0.callsInFlight == 0 }) else { return }
        loop.cancelTimer(drainTimer!)
        drainTimer = nil
        closeConnections()
    }

    /// Flushes and closes every connection (waiting at most one second for slow readers), then finishes.
    private func closeConnections() {
        for connection in Array(connections.values) { connection.closeWhenFlushed() }
        if connections.isEmpty { return finish() }
        loop.schedule(at: .after(milliseconds: 1_000)) { [unowned self] in
            for connection in Array(connections.values) { connection.close() }
            finish()
        }
    }

    private func finish() {
        guard !finished else { return }
        finished = true
        let waiters = shutdownWaiters
        shutdownWaiters = []
        let loop = self.loop
        let logger = self.logger
        let ownsLoop = self.ownsLoop
        DispatchQueue.global().async {
            if ownsLoop { loop.stop() }
            logger.info("stopped")
            for w in waiters { w() }
        }
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
