/// The bookkeeping of a pipelining connection pool, with no I/O and no
/// clock of its own: callers pass `now` (`MonotonicClock` nanoseconds) into
/// every event and perform the actions returned. Generic over how
/// connections and requests are named, so it knows nothing of PostgreSQL.
///
/// Requests wait in one FIFO queue. `dispatch` hands the oldest requests,
/// up to `pipelineDepth` at a time, to an idle connection (the most recently
/// used first, so a few stay warm); the connection runs them as one batch
/// and reports `batchFinished` when every answer is in. With no idle
/// connection, a new one is opened while under `maxConnections`; otherwise
/// requests wait, at most the checkout timeout (`sweep` fails them after it).
/// A connection idle longer than the ping bypass window since its last batch
/// is pinged (one round trip) before it takes the next (one freshly opened
/// or pinged is not); one used more recently needs no check,
/// because an idle connection's socket stays watched and a dead one is
/// reported (`connectionBroken`) as soon as the server closes it.
///
/// Connection states: `opening` → `idle` ⇄ `busy` (a batch in flight), and
/// `idle` → `pinging` → `idle`; any state → gone (`connectionBroken`, or
/// closed by an action). Requests: queued → handed to a batch, or failed
/// (checkout timeout, connect failure, pool closed), or cancelled.
public struct PoolStateMachine<Connection: Hashable & Sendable, Request: Hashable & Sendable>: Sendable {
    /// What the owner must do.
    public enum Action: Sendable, Hashable {
        /// Open a connection; report `opened` or `openFailed`.
        case open
        /// Send these requests, in order, as one batch on `connection`.
        case send(Connection, [Request])
        /// A round trip on `connection`; report `pingFinished`.
        case ping(Connection)
        /// Close `connection` (nothing is in flight on it).
        case close(Connection)
        /// Fail these requests: they will not be sent.
        case fail([Request], Failure)
        /// A batch has been in flight past the leak threshold (reported once).
        case reportLeak(Connection, label: String, heldNanoseconds: UInt64)
    }

    /// Why requests failed before they were sent.
    public enum Failure: Sendable, Hashable {
        /// No connection within the checkout timeout.
        case checkoutTimedOut(waitedNanoseconds: UInt64)
        /// Opening a connection failed and none is open to wait for.
        case connectFailed
        /// The pool is closed.
        case closed
    }

    private enum State: Sendable, Hashable {
        /// `verified`: just opened or pinged, so it needs no ping before its next batch.
        case idle(since: UInt64, verified: Bool)
        case pinging
        case busy(since: UInt64, label: String, reported: Bool)
    }

    private struct Entry: Sendable {
        var state: State
        let expiresAt: UInt64
    }

    private struct Waiting: Sendable {
        let request: Request
        let label: String
        let since: UInt64
    }

    /// The pool's settings.
    public let configuration: PoolConfiguration
    private var connections: [Connection: Entry] = [:]
    private var idle: [Connection] = []        // most recently used last
    private var opening = 0
    private var queue: [Waiting] = []
    private var queueHead = 0
    private var closed = false
    private var pinging = 0
    /// After a failed open, no new one before this (backing off while the database is down).
    private var openBackoffUntil: UInt64 = 0
    private var openBackoff: UInt64 = 0

    public init(configuration: PoolConfiguration) {
        self.configuration = configuration
    }

    /// Counts, for statistics.
    public struct Counts: Sendable, Hashable {
        public var open: Int
        public var opening: Int
        public var busy: Int
        public var idle: Int
        /// Requests waiting for a connection.
        public var waiting: Int
        /// Open connections beyond `size`.
        public var overflow: Int
    }

    /// Current counts.
    public var counts: Counts {
        let open = connections.count
        return Counts(open: open, opening: opening, busy: open - idle.count - pinging, idle: idle.count,
                      waiting: queue.count - queueHead, overflow: max(0, open - configuration.size))
    }

    private var total: Int { connections.count + opening }
    private var waitingCount: Int { queue.count - queueHead }

    /// Whether `close()` was called.
    public var isClosed: Bool { closed }

    // MARK: Requests

    /// A request wants a connection; it waits until the next `dispatch`.
    /// Returns `.fail` at once when the pool is closed.
    public mutating func enqueue(_ request: Request, label: String, now: UInt64) -> [Action] {
        if closed { return [.fail([request], .closed)] }
        queue.append(Waiting(request: request, label: label, since: now))
        return []
    }

    /// A waiting request is no longer wanted. Returns whether it was still
    /// waiting (false: it was already sent, failed, or never known).
    public mutating func cancel(_ request: Request) -> Bool {
        guard let i = queue[queueHead...].firstIndex(where: { $0.request == request }) else { return false }
        queue.remove(at: i)
        compactQueue()
        return true
    }

    /// Hands waiting requests to idle connections, opening or pinging
    /// connections as needed. Call after any event that may have freed
    /// capacity (the owner does it once per event-loop pass).
    public mutating func dispatch(now: UInt64) -> [Action] {
        var actions: [Action] = []
        guard !closed else { return actions }
        let depth = max(1, configuration.pipelineDepth)
        // A connection being pinged will take a batch when it is back: count it.
        while waitingCount > pinging * depth, let candidate = idle.popLast() {
            let entry = connections[candidate]!
            if now >= entry.expiresAt {
                connections[candidate] = nil
                actions.append(.close(candidate))
                continue
            }
            guard case .idle(let since, let verified) = entry.state else { preconditionFailure("an idle-listed connection is not idle") }
            if configuration.prePing && !verified && now &- since >= configuration.pingBypassNanoseconds {
                connections[candidate]!.state = .pinging
                pinging += 1
                actions.append(.ping(candidate))
                continue
            }
            let batch = takeBatch()
            connections[candidate]!.state = .busy(since: now, label: batch.label, reported: false)
            actions.append(.send(candidate, batch.requests))
        }
        // Open enough connections for what still waits (each will take a batch).
        while waitingCount > (opening + pinging) * depth, total < configuration.maxConnections, now >= openBackoffUntil {
            opening += 1
            actions.append(.open)
        }
        return actions
    }

    private mutating func takeBatch() -> (requests: [Request], label: String) {
        let n = min(waitingCount, max(1, configuration.pipelineDepth))
        let slice = queue[queueHead..<(queueHead + n)]
        queueHead += n
        let batch = (slice.map { $0.request }, slice.first!.label)
        compactQueue()
        return batch
    }

    private mutating func compactQueue() {
        if queueHead == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueHead = 0
        } else if queueHead > 1_024 && queueHead * 2 > queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
    }

    // MARK: Connections

    /// A connection asked for by `.open` is ready; `lifetime` is its
    /// lifetime after jitter. It is idle and fresh (no ping needed).
    public mutating func opened(_ connection: Connection, lifetime: UInt64, now: UInt64) -> [Action] {
        opening -= 1
        if closed { return [.close(connection)] }
        connections[connection] = Entry(state: .idle(since: now, verified: true), expiresAt: now &+ lifetime)
        idle.append(connection)
        openBackoff = 0
        return []
    }

    /// Opening a connection failed. If no connection is open or opening,
    /// nothing can serve the waiting requests soon: they fail now (the
    /// database is down; callers should hear it at once, not at a timeout).
    /// Either way no new connection is opened for a while (100 ms, doubling
    /// with each failure in a row up to 5 s), so an outage is not a
    /// reconnect storm.
    public mutating func openFailed(now: UInt64) -> [Action] {
        opening -= 1
        openBackoff = min(max(openBackoff * 2, 100_000_000), 5_000_000_000)
        openBackoffUntil = now &+ openBackoff
        guard total == 0, waitingCount > 0 else { return [] }
        let failed = queue[queueHead...].map { $0.request }
        queue.removeAll(keepingCapacity: true)
        queueHead = 0
        return [.fail(failed, .connectFailed)]
    }

    /// Every answer of `connection`'s batch is in. It becomes idle, unless
    /// it is past its lifetime, or it is an overflow connection returned
    /// while `size` connections are idle and nothing waits (SQLAlchemy's
    /// rule): then it closes.
    public mutating func batchFinished(_ connection: Connection, now: UInt64) -> [Action] {
        guard let entry = connections[connection], case .busy = entry.state else { return [] }
        if closed || now >= entry.expiresAt || (idle.count >= configuration.size && waitingCount == 0) {
            connections[connection] = nil
            return [.close(connection)]
        }
        connections[connection]!.state = .idle(since: now, verified: false)
        idle.append(connection)
        return []
    }

    /// A ping asked for by `.ping` finished. A failed one closes the connection.
    public mutating func pingFinished(_ connection: Connection, alive: Bool, now: UInt64) -> [Action] {
        guard let entry = connections[connection], entry.state == .pinging else { return [] }
        pinging -= 1
        if !alive || closed {
            connections[connection] = nil
            return [.close(connection)]
        }
        connections[connection]!.state = .idle(since: now, verified: true)
        idle.append(connection)
        return []
    }

    /// The connection broke (the server closed it, a read or write failed).
    /// The owner has already dealt with what was in flight on it.
    public mutating func connectionBroken(_ connection: Connection) {
        guard let entry = connections.removeValue(forKey: connection) else { return }
        if entry.state == .pinging { pinging -= 1 }
        idle.removeAll { $0 == connection }
    }

    // MARK: Maintenance

    /// The periodic check: closes idle connections past their lifetime or
    /// (overflow only) idle too long, fails requests waiting longer than the
    /// checkout timeout, and reports batches in flight past the leak threshold.
    public mutating func sweep(now: UInt64) -> [Action] {
        var actions: [Action] = []
        // Oldest idle first, so the warm ones survive.
        var keep: [Connection] = []
        var open = connections.count
        for c in idle {
            guard case .idle(let since, _) = connections[c]!.state else { continue }
            let overflowIdle = open > configuration.size && now &- since >= configuration.overflowIdleTimeoutNanoseconds
            if now >= connections[c]!.expiresAt || overflowIdle {
                connections[c] = nil
                open -= 1
                actions.append(.close(c))
            } else {
                keep.append(c)
            }
        }
        idle = keep
        var timedOut: [Request] = []
        var longest: UInt64 = 0
        while queueHead < queue.count, now &- queue[queueHead].since >= configuration.checkoutTimeoutNanoseconds {
            timedOut.append(queue[queueHead].request)
            longest = max(longest, now &- queue[queueHead].since)
            queueHead += 1
        }
        compactQueue()
        if !timedOut.isEmpty { actions.append(.fail(timedOut, .checkoutTimedOut(waitedNanoseconds: longest))) }
        if configuration.leakThresholdNanoseconds > 0 {
            for (c, entry) in connections {
                guard case .busy(let since, let label, false) = entry.state, now &- since >= configuration.leakThresholdNanoseconds else { continue }
                connections[c]!.state = .busy(since: since, label: label, reported: true)
                actions.append(.reportLeak(c, label: label, heldNanoseconds: now &- since))
            }
        }
        return actions
    }

    /// When the back-off ends, if `dispatch` held an open back for it that
    /// is still wanted: requests wait that no connection can take, nothing
    /// is opening, and the pool has room. The owner must `dispatch` again
    /// then (a timer): no other event may come to do it, since the callers
    /// of the waiting requests are all waiting.
    public func openBackoffEnd(now: UInt64) -> UInt64? {
        guard !closed, openBackoffUntil > now, waitingCount > (opening + pinging) * max(1, configuration.pipelineDepth),
              total < configuration.maxConnections else { return nil }
        return openBackoffUntil
    }

    /// When the oldest waiting request times out, if any (for a timer).
    public var nextCheckoutTimeout: UInt64? {
        queueHead < queue.count ? queue[queueHead].since &+ configuration.checkoutTimeoutNanoseconds : nil
    }

    /// Stops the pool: idle connections close, waiting requests fail, busy
    /// and pinging connections close when they report back.
    public mutating func close() -> [Action] {
        closed = true
        var actions: [Action] = idle.map { .close($0) }
        for c in idle { connections[c] = nil }
        idle = []
        if waitingCount > 0 {
            actions.append(.fail(queue[queueHead...].map { $0.request }, .closed))
            queue.removeAll()
            queueHead = 0
        }
        return actions
    }
}
