import Dispatch
public import Logging
import ResumeCore
public import ResumeProto
public import ResumeTransport
public import ResumeWire

/// The RPC server. All connection I/O runs on one `EventLoop`; `.task`
/// handlers run as Swift tasks on that loop (it is their executor), so their
/// answers are queued in the wake-up that finished them and written once per
/// connection at its end. The work is split among loop-confined parts:
/// - `Acceptor`: the listening sockets, which connections are served;
/// - `ConnectionTable`: the open connections and the drain at shutdown;
/// - `CallDelivery`: handler tasks, their results, the end-of-pass flush,
///   and the one report of every answered call;
/// - `ServerConnection` (one per socket) with its `ConnectionStateMachine`.
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
    let connections: ConnectionTable
    let delivery: CallDelivery
    private let acceptor: Acceptor

    // Confined to loop.queue.
    private var shutdownWaiters: [@Sendable () -> Void] = []
    private var finished = false

    /// A server for `registry`'s handlers. Nothing listens before `start()`.
    /// `loop` is the event loop to serve on (the daemon shares it with its
    /// database client); `callFinished` sees every answered call (on the
    /// loop): method, status, latency in nanoseconds.
    public init(configuration: ServerConfiguration, registry: MethodRegistry, servingState: ServingState = ServingState(),
                loop: EventLoop? = nil, logger: Logger,
                callFinished: @escaping @Sendable (_ method: String, _ code: StatusCode, _ nanoseconds: UInt64) -> Void = { _, _, _ in }) throws {
        self.ownsLoop = loop == nil
        let loop = try loop ?? EventLoop(label: "resumed.io")
        let connections = ConnectionTable(loop: loop, logger: logger, outputBudget: configuration.outputBudgetBytes,
                                          inputBudget: configuration.inputBudgetBytes,
                                          shutdownFlushMilliseconds: configuration.shutdownFlushMilliseconds)
        self.configuration = configuration
        self.registry = registry
        self.servingState = servingState
        self.logger = logger
        self.loop = loop
        self.connections = connections
        self.delivery = CallDelivery(loop: loop, connections: connections, callFinished: callFinished)
        self.acceptor = Acceptor(loop: loop, logger: logger, configuration: configuration, connections: connections)
    }

    /// Binds every listen address, starts serving, and returns the bound
    /// addresses (with real ports where port 0 was asked for).
    public func start() throws -> [SocketAddress] {
        let bound = try Acceptor.bind(configuration.listen)
        loop.start()
        loop.sync {
            loop.onBatchEnd { [unowned delivery] in delivery.flushTouched() }
            acceptor.start(bound) { [unowned self] fd in connections.open(fd, server: self) }
        }
        return bound.map(\.address)
    }

    /// Open connections (for tests and metrics).
    public var connectionCount: Int { loop.sync { connections.count } }

    /// Calls received and not yet answered or finished, on every connection.
    public var callsInFlight: Int { loop.sync { connections.callsInFlight } }

    /// Bytes buffered against the budgets now, and connections shed for each so far.
    public var budgetUsage: (output: Int, input: Int, outputSheds: Int, inputSheds: Int) {
        loop.sync { (connections.bufferedOutput, connections.bufferedInput, connections.shedCount.output, connections.shedCount.input) }
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
            guard !connections.isDraining else { return }
            logger.info("draining", metadata: ["connections": "\(connections.count)", "calls_in_flight": "\(connections.callsInFlight)"])
            acceptor.stop()
            connections.drain(timeoutMilliseconds: configuration.drainTimeoutMilliseconds) { [unowned self] in finish() }
        }
    }

    /// Shuts down and blocks until done.
    public func shutdownAndWait() {
        let done = DispatchSemaphore(value: 0)
        shutdown { done.signal() }
        done.wait()
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
