import Dispatch
public import Logging
public import ResumeCore
public import ResumePool
public import ResumeTransport

/// PostgreSQL for request handlers: a pool of libpq connections driven
/// without blocking from the event loop, with pipelining.
///
/// A request (one or more statements) waits in the pool's FIFO queue; at
/// the end of each event-loop pass the queue is handed, up to the pipeline
/// depth at a time, to idle connections, so the requests that arrived in
/// one wake-up travel together: one batch of segments, each with its own
/// sync point, flushed as the socket takes it. Results are read as they
/// arrive on the same loop and resume the waiting tasks there. The pool's
/// rules (`PoolStateMachine`): size + overflow, ping of connections idle
/// past the bypass window, jittered lifetimes, leak reports, FIFO order,
/// and no wait past the request's deadline. Opening a connection (which may
/// resolve a host name) and `PQcancel` (which opens one) run on queues of
/// their own, never on the loop.
///
/// A request cancelled (deadline, disconnect) while it waits is dropped; one
/// already sent is cancelled with `PQcancel` once it is the statement the
/// server is running. A request that may have committed is never run twice:
/// only requests marked idempotent (reads) are sent again after their
/// connection broke, and requests the server refused without running
/// (a cancel meant for another request, a stale prepared plan) are retried
/// once; one refused because a PREPARE ahead of it failed, whenever it is.
///
/// `@unchecked Sendable`: all state is confined to `loop`; the public
/// methods hop onto it.
public final class PostgresClient: @unchecked Sendable {
    /// The settings it was made with.
    public let configuration: PostgresClientConfiguration
    /// Statements executed (pings excluded); tests count them to prove a call costs one.
    public let statementCounter = StatementCounter()
    let loop: EventLoop
    private let logger: Logger
    private let sqlEcho: Logger?

    // Confined to `loop`.
    private var pool: PoolStateMachine<UInt64, UInt64>
    private var requests: [UInt64: Request] = [:]
    private var connections: [UInt64: PipelinedConnection] = [:]
    private var nextID: UInt64 = 1
    private var dispatchNeeded = false
    private var lastConnectError: String?
    private var counters = Counters()
    private var sweepTimer: (id: TimerHeap.ID, at: UInt64)?
    private var maintenanceStarted = false

    /// Threads that open connections (libpq's connect blocks a thread in poll until
    /// the server answers). Dedicated threads rather than a Dispatch queue: Dispatch
    /// runs about one blocking job per core at a time, so under load connects queued
    /// behind one another for seconds. Shared by every client in the process.
    private static let connectThreads = WorkerPool(name: "postgres-connect", threads: 16, maxQueued: 4_096)

    private struct Counters {
        var timeouts = 0, opened = 0, closed = 0, replaced = 0, statements = 0, batches = 0, cancels = 0
        var wait = WaitHistogram()
    }

    /// One request: its statements and the task waiting for them.
    private final class Request {
        let statements: [PostgresStatement]
        let idempotent: Bool
        let context: QueryContext
        let continuation: UnsafeContinuation<Result<[PostgresRows], PostgresError>, Never>
        let enqueuedAt: UInt64
        var attempts = 0
        var connection: UInt64?
        var cancelled: PostgresError.Kind?
        var cancelSent = false
        var hook: CallCancellation.Hook?
        var timer: TimerHeap.ID?

        init(statements: [PostgresStatement], idempotent: Bool, context: QueryContext,
             continuation: UnsafeContinuation<Result<[PostgresRows], PostgresError>, Never>, now: UInt64) {
            self.statements = statements
            self.idempotent = idempotent
            self.context = context
            self.continuation = continuation
            self.enqueuedAt = now
        }
    }

    /// A client on `loop`. Nothing connects until the first request.
    public init(configuration: PostgresClientConfiguration, loop: EventLoop, logger: Logger) {
        self.configuration = configuration
        self.loop = loop
        self.logger = logger
        var echo: Logger?
        if configuration.sqlEcho {
            echo = logger
            echo?.logLevel = min(logger.logLevel, .info)
        }
        sqlEcho = echo
        pool = PoolStateMachine(configuration: configuration.pool)
        loop.sync {
            loop.onBatchEnd { [unowned self] in
                if dispatchNeeded { dispatch() }
            }
        }
    }

    // MARK: Requests

    /// Runs `statements` as one request (one implicit transaction, all or
    /// nothing) and returns each statement's rows. `idempotent` requests
    /// (reads) may be sent again if their connection breaks before they finish.
    public func execute(_ statements: [PostgresStatement], idempotent: Bool, context: QueryContext) async throws(PostgresError) -> [PostgresRows] {
        precondition(!statements.isEmpty)
        let result = await withUnsafeContinuation { (continuation: UnsafeContinuation<Result<[PostgresRows], PostgresError>, Never>) in
            loop.executeOrRun { [self] in
                submit(Request(statements: statements, idempotent: idempotent, context: context, continuation: continuation,
                               now: MonotonicClock.nanoseconds()))
            }
        }
        return try result.get()
    }

    /// Runs one statement and returns its rows.
    public func query(_ sql: String, _ bindings: PostgresBindings = PostgresBindings(), idempotent: Bool,
                      context: QueryContext) async throws(PostgresError) -> PostgresRows {
        try await execute([PostgresStatement(sql, bindings)], idempotent: idempotent, context: context)[0]
    }

    private func submit(_ r: Request) {
        let id = nextID
        nextID += 1
        requests[id] = r
        if !maintenanceStarted {
            maintenanceStarted = true
            scheduleMaintenance()
        }
        if let cancellation = r.context.cancellation {
            r.hook = cancellation.onCancel { [weak self] reason in
                guard let self else { return }
                loop.executeOrRun { self.cancel(id, reason == .deadlineExceeded ? .deadlineExceeded : .cancelled) }
            }
        } else {
            r.timer = loop.schedule(at: r.context.deadline) { [weak self] in self?.cancel(id, .deadlineExceeded) }
        }
        guard requests[id] != nil else { return } // cancelled already
        if r.context.deadline.hasPassed() {
            cancel(id, .deadlineExceeded)
            return
        }
        perform(pool.enqueue(id, label: r.context.label, now: r.enqueuedAt))
        dispatchNeeded = true
    }

    private func finish(_ id: UInt64, _ result: Result<[PostgresRows], PostgresError>) {
        guard let r = requests.removeValue(forKey: id) else { return }
        r.context.cancellation?.removeHook(r.hook)
        if let t = r.timer { loop.cancelTimer(t) }
        r.continuation.resume(returning: result)
    }

    private func cancel(_ id: UInt64, _ kind: PostgresError.Kind) {
        guard let r = requests[id], r.cancelled == nil else { return }
        r.cancelled = kind
        if r.connection == nil {
            if pool.cancel(id) || r.attempts == 0 { finish(id, .failure(Self.cancellationError(kind))) }
            return
        }
        cancelIfRunning(id)
    }

    /// Sends `PQcancel` for a cancelled request once it is what the server
    /// runs, unless the server will refuse it at once anyway: then the cancel
    /// would arrive after it and cancel an innocent request.
    private func cancelIfRunning(_ id: UInt64) {
        guard let r = requests[id], r.cancelled != nil, !r.cancelSent, let c = r.connection, let connection = connections[c],
              connection.currentRequest == id, !connection.willBeRefused(id) else { return }
        r.cancelSent = true
        counters.cancels += 1
        connection.cancelCurrent()
    }

    private static func cancellationError(_ kind: PostgresError.Kind) -> PostgresError {
        kind == .deadlineExceeded
            ? PostgresError(.deadlineExceeded, "deadline passed before the statement finished")
            : PostgresError(.cancelled, "statement cancelled")
    }

    // MARK: The pool

    private func dispatch() {
        dispatchNeeded = false
        let now = MonotonicClock.nanoseconds()
        perform(pool.dispatch(now: now))
        // Wake up for the first checkout timeout, or for the end of the open
        // back-off if requests wait for it: nothing else would dispatch them.
        var wake = pool.nextCheckoutTimeout
        if let end = pool.openBackoffEnd(now: now), wake.map({ end < $0 }) ?? true { wake = end }
        if let at = wake, sweepTimer.map({ at < $0.at }) ?? true {
            if let t = sweepTimer { loop.cancelTimer(t.id) }
            sweepTimer = (loop.schedule(at: Deadline(nanoseconds: at)) { [weak self] in self?.sweep() }, at)
        }
    }

    private func perform(_ actions: [PoolStateMachine<UInt64, UInt64>.Action]) {
        for action in actions {
            switch action {
            case .open: open()
            case .send(let c, let ids): send(ids, on: c)
            case .ping(let c):
                if connections[c]?.ping() != true { dispatchNeeded = true }
            case .close(let c):
                connections.removeValue(forKey: c)?.close()
                counters.closed += 1
            case .fail(let ids, let failure):
                let error = failureError(failure)
                if case .checkoutTimedOut = failure { counters.timeouts += ids.count }
                for id in ids { finish(id, .failure(error)) }
            case .reportLeak(_, let label, let held):
                logger.warning("database request in flight unusually long (possible leak)",
                               metadata: ["method": "\(label)", "held_ms": "\(held / 1_000_000)"])
            }
        }
    }

    private func failureError(_ failure: PoolStateMachine<UInt64, UInt64>.Failure) -> PostgresError {
        switch failure {
        case .checkoutTimedOut(let waited):
            return PostgresError(.poolExhausted, "no connection within \(waited / 1_000_000) ms (\(snapshot()))"
                + (lastConnectError.map { "; last connection failure: \($0)" } ?? ""))
        case .connectFailed:
            return PostgresError(.connectionFailed, lastConnectError ?? "could not connect")
        case .closed:
            return PostgresError(.poolClosed, "the database pool is closed")
        }
    }

    private func send(_ ids: [UInt64], on c: UInt64) {
        guard let connection = connections[c] else { return }
        counters.batches += 1
        let now = MonotonicClock.nanoseconds()
        let echo = sqlEcho.map { echo in { (sql: String) in echo.info("sql", metadata: ["statement": "\(sql)"]) } }
        connection.batch(of: ids.count) {
            for id in ids {
                guard let r = requests[id] else { continue }
                r.connection = c
                r.attempts += 1
                counters.wait.record(now &- r.enqueuedAt)
                // A failed send loses the connection; connectionLost deals with everything sent on it.
                guard connection.send(request: id, r.statements, echo: echo) else { return }
                counters.statements += r.statements.count
            }
        }
        guard !connection.isClosed else { return }
        // A request may have been cancelled while it waited; it may now be running.
        if let head = connection.currentRequest { cancelIfRunning(head) }
    }

    private func open() {
        let url = configuration.url, app = configuration.applicationName, timeout = configuration.connectTimeoutMilliseconds
        let accepted = Self.connectThreads.submit { [weak self] in
            // The timeout bounds the connect itself, so it starts when a thread takes the
            // work: time spent queued behind other connects (every client in the process
            // shares these threads; a test process runs dozens) is not the server's
            // slowness. Callers waiting for the connection are bounded by their own deadlines.
            let deadline = Deadline.after(milliseconds: timeout)
            let outcome = Result { () throws(PostgresError) in try PostgresConnection(url: url, deadline: deadline, applicationName: app) }
            guard let self else { return }
            let box = UncheckedConnection(outcome)
            loop.execute { [self] in adopt(box.outcome) }
        }
        if !accepted {
            let failure = UncheckedConnection(.failure(PostgresError(.connectionFailed, "too many connects waiting in this process")))
            loop.execute { [self] in adopt(failure.outcome) }
        }
    }

    private func adopt(_ outcome: Result<PostgresConnection, PostgresError>) {
        switch outcome {
        case .success(let c):
            let id = nextID
            nextID += 1
            do {
                let connection = try PipelinedConnection(id: id, connection: c, loop: loop, delegate: self)
                connections[id] = connection
                counters.opened += 1
                perform(pool.opened(id, lifetime: jitteredLifetime(), now: MonotonicClock.nanoseconds()))
            } catch {
                lastConnectError = error.description
                perform(pool.openFailed(now: MonotonicClock.nanoseconds()))
            }
        case .failure(let e):
            lastConnectError = e.description
            perform(pool.openFailed(now: MonotonicClock.nanoseconds()))
        }
        dispatchNeeded = true
    }

    private func jitteredLifetime() -> UInt64 {
        let lifetime = configuration.pool.maxLifetimeNanoseconds
        let jitter = min(configuration.pool.lifetimeJitterNanoseconds, lifetime / 4)
        return lifetime - (jitter == 0 ? 0 : UInt64.random(in: 0...jitter))
    }

    private func scheduleMaintenance() {
        loop.schedule(at: .after(milliseconds: configuration.maintenanceIntervalMilliseconds)) { [weak self] in
            guard let self, !pool.isClosed || !connections.isEmpty else { return }
            sweep()
            scheduleMaintenance()
        }
    }

    private func sweep() {
        sweepTimer = nil
        perform(pool.sweep(now: MonotonicClock.nanoseconds()))
        dispatchNeeded = true
    }

    // MARK: Statistics and shutdown

    /// Cancels sent (`PQcancel`), for tests.
    var cancelsSent: Int { loop.sync { counters.cancels } }

    /// A snapshot of the pool.
    public var statistics: PoolStatistics { loop.sync { snapshot() } }

    private func snapshot() -> PoolStatistics {
        let c = pool.counts
        var s = PoolStatistics(open: c.open, opening: c.opening, inUse: c.busy, idle: c.idle, overflow: c.overflow, waiters: c.waiting,
                               timeouts: counters.timeouts, opened: counters.opened, closed: counters.closed,
                               replaced: counters.replaced, checkoutWait: counters.wait)
        s.statements = counters.statements
        s.batches = counters.batches
        return s
    }

    /// Closes idle connections and fails waiting requests; connections with
    /// requests in flight close when those finish. Later requests fail at once.
    public func close() {
        loop.executeOrRun { [self] in perform(pool.close()) }
    }
}

extension PostgresClient: PipelinedConnection.Delegate {
    func segmentFinished(_ connection: PipelinedConnection, _ purpose: PipelinedConnection.Purpose, _ outcome: Result<[PostgresRows], PostgresError>) {
        let now = MonotonicClock.nanoseconds()
        switch purpose {
        case .ping:
            perform(pool.pingFinished(connection.id, alive: (try? outcome.get()) != nil, now: now))
        case .request(let id, _, _):
            if let r = requests[id] {
                finished(id, r, on: connection, outcome)
            }
        }
        if let head = connection.currentRequest { cancelIfRunning(head) }
        if connection.inFlight == 0 { perform(pool.batchFinished(connection.id, now: now)) }
        dispatchNeeded = true
    }

    private func finished(_ id: UInt64, _ r: Request, on connection: PipelinedConnection, _ outcome: Result<[PostgresRows], PostgresError>) {
        switch outcome {
        case .success(let rows):
            statementCounter.add(rows.count)
            finish(id, r.cancelled.map { .failure(Self.cancellationError($0)) } ?? .success(rows))
        case .failure(let error):
            if let kind = r.cancelled {
                finish(id, .failure(Self.cancellationError(kind)))
            } else if error.sqlState == "26000" {
                // Refused for a statement name the server does not have: the
                // PREPARE ahead of it in this pipeline failed (and is forgotten).
                // Nothing ran, and it was not this request's doing, so it is no
                // attempt: behind a locked table it can happen on every retry.
                // The request's deadline still bounds it.
                r.attempts -= 1
                for s in r.statements { connection.forget(s.sql) }
                requeue(id, r)
            } else if r.attempts < 2, error.sqlState == "57014" || error.sqlState == "0A000" {
                // Refused without running: a cancel meant for the request before it,
                // or a prepared plan gone stale. Either way nothing was committed.
                if error.sqlState != "57014" { for s in r.statements { connection.forget(s.sql) } }
                requeue(id, r)
            } else {
                if error.sqlState != nil { statementCounter.add(r.statements.count) }
                finish(id, .failure(error))
            }
        }
    }

    private func requeue(_ id: UInt64, _ r: Request) {
        r.connection = nil
        perform(pool.enqueue(id, label: r.context.label, now: MonotonicClock.nanoseconds()))
        dispatchNeeded = true
    }

    func connectionLost(_ connection: PipelinedConnection, inFlight: [PipelinedConnection.Purpose], error: PostgresError) {
        connections[connection.id] = nil
        pool.connectionBroken(connection.id)
        counters.closed += 1
        counters.replaced += 1
        for purpose in inFlight {
            guard case .request(let id, _, _) = purpose, let r = requests[id] else { continue }
            if let kind = r.cancelled {
                finish(id, .failure(Self.cancellationError(kind)))
            } else if r.idempotent && r.attempts < 2 {
                requeue(id, r)
            } else {
                // A write whose sync point had not come back: it may or may not have committed.
                finish(id, .failure(PostgresError(.connectionLost, error.message, sqlState: error.sqlState)))
            }
        }
        dispatchNeeded = true
    }
}

/// Carries a freshly opened connection from the connect queue to the loop.
/// `@unchecked Sendable`: the connection is used by exactly one thread at a
/// time — the connect queue until it hands the box over, the loop after.
private struct UncheckedConnection: @unchecked Sendable {
    let outcome: Result<PostgresConnection, PostgresError>
    init(_ outcome: Result<PostgresConnection, PostgresError>) { self.outcome = outcome }
}
