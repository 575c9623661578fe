#if canImport(Glibc)
import Glibc
#endif
import Dispatch
public import Logging
import ResumeCore
import ResumeProto
public import ResumeTransport
import ResumeWire

/// The RPC server: listeners, connections, the worker pool for blocking
/// handlers, deadlines and graceful shutdown. All connection I/O runs on one
/// `EventLoop`; handlers on the `.blocking` lane run on `WorkerPool` threads
/// and come back in batches through a `LoopMailbox`.
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
    let loop: EventLoop
    private let workers: WorkerPool
    private var inbox: LoopMailbox<Completion>!

    // Confined to loop.queue.
    private var listeners: [Listener] = []
    private var connections: [UInt64: ServerConnection] = [:]
    private var nextConnectionID: UInt64 = 1
    private var pendingJobs: [(connectionID: UInt64, slot: UInt64, job: WorkerPool.Job)] = []
    private var touched: [ServerConnection] = []
    private var draining = false
    private var drainTimer: TimerHeap.ID?
    private var shutdownWaiters: [@Sendable () -> Void] = []
    private var finished = false
    private var lastAcceptErrorLog: UInt64 = 0

    /// A server for `registry`'s handlers. Nothing listens before `start()`.
    public init(configuration: ServerConfiguration, registry: MethodRegistry, servingState: ServingState = ServingState(), logger: Logger) throws {
        self.configuration = configuration
        self.registry = registry
        self.servingState = servingState
        self.logger = logger
        self.loop = try EventLoop(label: "resumed.io")
        self.workers = WorkerPool(name: "resumed.worker", threads: configuration.workerThreads, maxQueued: configuration.maxQueuedCalls)
        self.inbox = LoopMailbox(loop: loop) { [unowned self] batch in deliver(batch) }
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
        loop.queue.sync {
            loop.onBatchEnd { [unowned self] in submitPendingJobs() }
            for (fd, address) in bound {
                let source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: loop.queue)
                source.setEventHandler { [unowned self] in acceptPending(fd) }
                source.resume()
                listeners.append(Listener(fd: fd, address: address, source: source))
            }
            scheduleSweep()
        }
        return bound.map(\.1)
    }

    /// Open connections (for tests and metrics).
    public var connectionCount: Int { loop.queue.sync { connections.count } }

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
                    loop.queue.asyncAfter(deadline: .now() + .milliseconds(100)) { [unowned self] in
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

    // MARK: Dispatch

    /// Queues a call for the worker pool; handed over at the end of the batch.
    func enqueue(connectionID: UInt64, slot: UInt64, handler: MethodHandler, payload: [UInt8], context: CallContext) {
        let inbox = self.inbox!
        pendingJobs.append((connectionID, slot, {
            let result: Result<[UInt8], RPCError>
            if let reason = context.cancellation.reason {
                result = .failure(RPCError(cancelled: reason)) // expired or abandoned while queued
            } else {
                result = handler.run(payload: payload, context: context)
            }
            inbox.post(Completion(connectionID: connectionID, slot: slot, result: result))
        }))
    }

    private func submitPendingJobs() {
        guard !pendingJobs.isEmpty else { return }
        let batch = pendingJobs
        pendingJobs.removeAll(keepingCapacity: true)
        let refused = workers.submit(batch.map(\.job))
        guard !refused.isEmpty else { return }
        let error = RPCError(.resourceExhausted, "server overloaded: \(configuration.maxQueuedCalls) calls already wait for a worker")
        deliver(batch.suffix(refused.count).map { Completion(connectionID: $0.connectionID, slot: $0.slot, result: .failure(error)) })
    }

    /// A batch of answers from the workers, on the loop.
    private func deliver(_ batch: [Completion]) {
        var seen = Set<UInt64>()
        for c in batch {
            guard let connection = connections[c.connectionID] else { continue }
            connection.handlerReturned(slot: c.slot, c.result)
            if seen.insert(c.connectionID).inserted { touched.append(connection) }
        }
        let resumed = touched
        touched.removeAll(keepingCapacity: true)
        for connection in resumed { connection.resume() }
        submitPendingJobs()
        if draining { checkDrained() }
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
        let workers = self.workers
        let loop = self.loop
        let logger = self.logger
        DispatchQueue.global().async {
            if !workers.shutdown(deadline: .after(milliseconds: 2_000)) {
                logger.warning("worker threads still busy at shutdown")
            }
            loop.stop()
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
