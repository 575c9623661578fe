public import ResumeCore

/// Opens, checks and closes the connections a `ConnectionPool` manages.
public protocol PoolConnectionFactory: Sendable {
    associatedtype Connection
    /// Opens a connection before `deadline`.
    func open(deadline: Deadline) throws -> Connection
    /// Whether the connection still looks alive, without a round trip.
    func isUsable(_ connection: Connection) -> Bool
    /// A round trip to the server before `deadline`; false if it failed.
    func ping(_ connection: Connection, deadline: Deadline) -> Bool
    /// Closes the connection.
    func close(_ connection: Connection)
}

/// Where a pool reads the time; tests move it by hand.
public protocol PoolClock: Sendable {
    /// `MonotonicClock`-compatible nanoseconds.
    func now() -> UInt64
}

/// The real monotonic clock.
public struct SystemPoolClock: PoolClock {
    public init() {}
    public func now() -> UInt64 { MonotonicClock.nanoseconds() }
}

/// Why a checkout failed.
public enum PoolError: Error, Sendable, CustomStringConvertible {
    /// No connection within the pool's checkout timeout; carries the pool's
    /// state and the last connection failure (HikariCP's practice).
    case checkoutTimedOut(waitedMilliseconds: UInt64, statistics: PoolStatistics, lastConnectError: String?)
    /// The caller's own deadline passed first.
    case deadlineExceeded
    /// A new connection could not be opened.
    case connectFailed(any Error)
    /// The pool was closed.
    case closed

    public var description: String {
        switch self {
        case .checkoutTimedOut(let ms, let stats, let last):
            "no connection within \(ms) ms (\(stats))" + (last.map { "; last connection failure: \($0)" } ?? "")
        case .deadlineExceeded: "deadline exceeded while waiting for a connection"
        case .connectFailed(let e): "could not connect: \(e)"
        case .closed: "pool is closed"
        }
    }
}

/// A connection on loan from a pool; give it back with `release`.
public struct PooledConnection<Connection>: @unchecked Sendable {
    // @unchecked: the pool hands each connection to one thread at a time; the
    // lease is that thread's until it is released.
    public let connection: Connection
    let id: UInt64
}

/// A blocking, thread-safe connection pool: the I/O owner of
/// `PoolStateMachine`. Checkouts wait (FIFO) on a condition variable, never
/// past their deadline; connections are opened, pinged and closed by the
/// threads that need them, outside the lock.
///
/// Sendable: all state is behind one `ConditionLock`.
public final class ConnectionPool<Factory: PoolConnectionFactory>: Sendable {
    private struct Box: @unchecked Sendable {
        // @unchecked: reached only under the pool's lock or by the thread holding its lease.
        let connection: Factory.Connection
    }

    private struct State {
        var machine: PoolStateMachine<UInt64>
        var connections: [UInt64: Box] = [:]
        var grants: [UInt64: PoolStateMachine<UInt64>.Grant?] = [:]   // nil value: woken with nothing (pool closed)
        var nextID: UInt64 = 1
        var lastConnectError: String?
        var timeouts = 0
        var opened = 0
        var closed = 0
        var replaced = 0
        var wait = WaitHistogram()
    }

    /// The pool's settings.
    public let configuration: PoolConfiguration
    private let factory: Factory
    private let clock: any PoolClock
    private let state: ConditionLock<State>
    /// Called with each leak report (connection label and how long it was held).
    private let onLeak: @Sendable (String, UInt64) -> Void

    /// A pool; nothing is opened until the first checkout.
    public init(configuration: PoolConfiguration, factory: Factory, clock: any PoolClock = SystemPoolClock(),
                onLeak: @escaping @Sendable (_ label: String, _ heldNanoseconds: UInt64) -> Void = { _, _ in }) {
        precondition(configuration.size >= 1 && configuration.maxOverflow >= 0)
        self.configuration = configuration
        self.factory = factory
        self.clock = clock
        self.onLeak = onLeak
        self.state = ConditionLock(State(machine: PoolStateMachine(configuration: configuration)))
    }

    /// Checks a connection out, waiting at most the checkout timeout and
    /// never past `deadline`. `label` (the RPC method) names the lease in leak
    /// reports. A connection that fails its pre-use check is replaced; the
    /// caller never sees it.
    public func lease(label: String, deadline: Deadline) throws(PoolError) -> PooledConnection<Factory.Connection> {
        let start = clock.now()
        let timeout = Deadline(nanoseconds: MonotonicClock.nanoseconds() &+ configuration.checkoutTimeoutNanoseconds)
        let until = deadline.earlier(timeout)
        while true {
            let waiter: UInt64
            var grant: PoolStateMachine<UInt64>.Grant?
            var retire: [Box] = []
            (waiter, grant, retire) = state.withLock { s in
                let w = s.nextID
                s.nextID += 1
                let (g, r) = s.machine.leaseRequested(waiter: w, label: label, now: clock.now())
                let boxes = r.compactMap { s.connections.removeValue(forKey: $0) }
                s.closed += boxes.count
                return (w, g, boxes)
            }
            for b in retire { factory.close(b.connection) }
            if grant == nil {
                if state.withLock({ $0.machine.isClosed }) { throw .closed }
                grant = try wait(waiter, until: until, timedOutIsDeadline: deadline < timeout, start: start)
            }
            switch grant! {
            case .open:
                return try open(label: label, deadline: until, start: start)
            case .use(let id, let check):
                let box = state.withLock { $0.connections[id]! }
                let alive: Bool
                switch check {
                case .none: alive = true
                case .quick: alive = factory.isUsable(box.connection)
                case .roundTrip: alive = factory.ping(box.connection, deadline: until)
                }
                if alive {
                    record(start)
                    return PooledConnection(connection: box.connection, id: id)
                }
                discard(id, box)
            }
        }
    }

    /// Gives a connection back. `healthy` false (it broke in use) closes it.
    public func release(_ lease: PooledConnection<Factory.Connection>, healthy: Bool) {
        let (disposal, box): (PoolStateMachine<UInt64>.Disposal, Box?) = state.withLock { s in
            let d = s.machine.released(lease.id, healthy: healthy, now: clock.now())
            switch d {
            case .keep: return (d, nil)
            case .handOver(let w, let g):
                s.grants[w] = g
                return (d, nil)
            case .close(let id, let g):
                if let g { s.grants[g.waiter] = g.grant }
                s.closed += 1
                return (d, s.connections.removeValue(forKey: id))
            }
        }
        if case .keep = disposal { return }
        state.broadcast()
        if let box { factory.close(box.connection) }
    }

    /// Runs `body` with a connection; returns it afterwards. If `body` throws
    /// and `isConnectionBroken` says the error broke the connection, it is closed.
    public func withConnection<R>(
        label: String, deadline: Deadline,
        isConnectionBroken: (any Error, Factory.Connection) -> Bool = { _, _ in false },
        _ body: (Factory.Connection) throws -> R
    ) throws -> R {
        let lease = try lease(label: label, deadline: deadline)
        do {
            let r = try body(lease.connection)
            release(lease, healthy: true)
            return r
        } catch {
            release(lease, healthy: !isConnectionBroken(error, lease.connection))
            throw error
        }
    }

    /// Closes idle connections past their lifetime or idle too long (overflow)
    /// and reports leases held too long. A timer calls it; tests may too.
    public func runMaintenance() {
        let (boxes, leaks): ([Box], [PoolStateMachine<UInt64>.LeakReport]) = state.withLock { s in
            let r = s.machine.sweep(now: clock.now())
            let b = r.close.compactMap { s.connections.removeValue(forKey: $0) }
            s.closed += b.count
            return (b, r.leaks)
        }
        for b in boxes { factory.close(b.connection) }
        for l in leaks { onLeak(l.label, l.heldNanoseconds) }
    }

    /// Closes idle connections and fails waiters; connections in use close
    /// when they are returned.
    public func close() {
        let boxes: [Box] = state.withLock { s in
            let (idle, waiters) = s.machine.close()
            for w in waiters { s.grants[w] = .some(nil) }
            s.closed += idle.count
            return idle.compactMap { s.connections.removeValue(forKey: $0) }
        }
        state.broadcast()
        for b in boxes { factory.close(b.connection) }
    }

    /// A snapshot of the pool.
    public var statistics: PoolStatistics {
        state.withLock { s in
            let c = s.machine.counts
            return PoolStatistics(open: c.open, opening: c.opening, inUse: c.inUse, idle: c.idle, overflow: c.overflow,
                                  waiters: c.waiters, timeouts: s.timeouts, opened: s.opened, closed: s.closed,
                                  replaced: s.replaced, checkoutWait: s.wait)
        }
    }

    // MARK: Internals

    private func wait(_ waiter: UInt64, until: Deadline, timedOutIsDeadline: Bool, start: UInt64) throws(PoolError) -> PoolStateMachine<UInt64>.Grant {
        let delivered = state.wait(until: until) { s in s.grants.removeValue(forKey: waiter) }
        if let delivered {
            guard let grant = delivered else { throw .closed }
            return grant
        }
        // Timed out: unless a grant slipped in meanwhile, leave the queue.
        let outcome: Result<PoolStateMachine<UInt64>.Grant, PoolError> = state.withLock { s in
            if let late = s.grants.removeValue(forKey: waiter) {
                return late.map { .success($0) } ?? .failure(.closed)
            }
            _ = s.machine.waiterGaveUp(waiter)
            if timedOutIsDeadline { return .failure(.deadlineExceeded) }
            s.timeouts += 1
            let c = s.machine.counts
            let stats = PoolStatistics(open: c.open, opening: c.opening, inUse: c.inUse, idle: c.idle, overflow: c.overflow,
                                       waiters: c.waiters, timeouts: s.timeouts, opened: s.opened, closed: s.closed,
                                       replaced: s.replaced, checkoutWait: s.wait)
            return .failure(.checkoutTimedOut(waitedMilliseconds: (clock.now() &- start) / 1_000_000, statistics: stats,
                                              lastConnectError: s.lastConnectError))
        }
        return try outcome.get()
    }

    private func open(label: String, deadline: Deadline, start: UInt64) throws(PoolError) -> PooledConnection<Factory.Connection> {
        do {
            let connection = try factory.open(deadline: deadline)
            let id: UInt64 = state.withLock { s in
                let id = s.nextID
                s.nextID += 1
                s.connections[id] = Box(connection: connection)
                s.machine.opened(id, label: label, lifetime: jitteredLifetime(), now: clock.now())
                s.opened += 1
                return id
            }
            record(start)
            return PooledConnection(connection: connection, id: id)
        } catch {
            let description = "\(error)"
            let granted: Bool = state.withLock { s in
                s.lastConnectError = description
                guard let g = s.machine.openFailed() else { return false }
                s.grants[g.waiter] = g.grant
                return true
            }
            if granted { state.broadcast() }
            throw .connectFailed(error)
        }
    }

    private func discard(_ id: UInt64, _ box: Box) {
        let granted: Bool = state.withLock { s in
            s.connections[id] = nil
            s.closed += 1
            s.replaced += 1
            guard let g = s.machine.discarded(id) else { return false }
            s.grants[g.waiter] = g.grant
            return true
        }
        if granted { state.broadcast() }
        factory.close(box.connection)
    }

    private func record(_ start: UInt64) {
        let waited = clock.now() &- start
        state.withLock { $0.wait.record(waited) }
    }

    private func jitteredLifetime() -> UInt64 {
        let lifetime = configuration.maxLifetimeNanoseconds
        let jitter = min(configuration.lifetimeJitterNanoseconds, lifetime / 4)
        return lifetime - (jitter == 0 ? 0 : UInt64.random(in: 0...jitter))
    }
}
