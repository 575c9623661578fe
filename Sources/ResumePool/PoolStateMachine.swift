/// The bookkeeping of a connection pool, with no I/O and no clock of its
/// own: callers pass `now` (MonotonicClock nanoseconds) into every event, and
/// perform the actions returned. Generic over how a connection is named.
///
/// Capacity is counted over connections *open or being opened*. A lease
/// request takes an idle connection (most recently used first, so a few stay
/// warm), or permission to open a new one while under `maxConnections`, or
/// joins a FIFO queue of waiters. A connection that is returned goes to the
/// oldest waiter; capacity freed by a closed connection becomes permission
/// for the oldest waiter to open one.
public struct PoolStateMachine<ConnectionID: Hashable & Sendable>: Sendable {
    /// How a connection should be checked before use.
    public enum Check: Sendable, Hashable {
        /// Used moments ago (within the bypass window): look at its socket only.
        case quick
        /// Idle longer: a round trip.
        case roundTrip
        /// Pre-ping is off.
        case none
    }

    /// What a lease request (or a wake-up) gets.
    public enum Grant: Sendable, Hashable {
        /// Use this connection, after `check`.
        case use(ConnectionID, check: Check)
        /// Open a new connection; report `opened` or `openFailed`.
        case open
    }

    /// A grant for a queued waiter.
    public struct WaiterGrant: Sendable, Hashable {
        public let waiter: UInt64
        public let grant: Grant
    }

    /// What to do with a returned or found connection.
    public enum Disposal: Sendable, Hashable {
        /// Keep it idle.
        case keep
        /// Hand it to a waiter.
        case handOver(waiter: UInt64, Grant)
        /// Close it; `andGrant` says whether a waiter may now open one.
        case close(ConnectionID, andGrant: WaiterGrant?)
    }

    /// Results of the periodic sweep.
    public struct SweepResult: Sendable, Hashable {
        /// Idle connections to close: past their lifetime, or overflow idle too long.
        public var close: [ConnectionID] = []
        /// Leases held past the leak threshold, reported once each: (connection, label, held for ns).
        public var leaks: [LeakReport] = []
    }

    /// One lease held too long.
    public struct LeakReport: Sendable, Hashable {
        public let connection: ConnectionID
        public let label: String
        public let heldNanoseconds: UInt64
    }

    /// Counts, for statistics.
    public struct Counts: Sendable, Hashable {
        public var open: Int
        public var opening: Int
        public var inUse: Int
        public var idle: Int
        public var waiters: Int
        /// Open connections beyond `size`.
        public var overflow: Int
    }

    private struct Idle {
        let id: ConnectionID
        let since: UInt64
    }

    private struct Lease {
        let since: UInt64
        let label: String
        var reported = false
    }

    public let configuration: PoolConfiguration
    private var idle: [Idle] = []                  // most recently returned last
    private var leased: [ConnectionID: Lease] = [:]
    private var expiry: [ConnectionID: UInt64] = [:]
    private var opening = 0
    private var waiters: [(id: UInt64, label: String)] = [] // FIFO
    private var closed = false

    public init(configuration: PoolConfiguration) {
        self.configuration = configuration
    }

    private var total: Int { idle.count + leased.count + opening }

    /// Current counts.
    public var counts: Counts {
        let open = idle.count + leased.count
        return Counts(open: open, opening: opening, inUse: leased.count, idle: idle.count, waiters: waiters.count,
                      overflow: max(0, open - configuration.size))
    }

    // MARK: Leasing

    /// A caller wants a connection. Returns its grant, or nil when it must
    /// wait (it is queued as `waiter`; it will be named in a later disposal).
    /// Retired idle connections found on the way are returned for closing.
    public mutating func leaseRequested(waiter: UInt64, label: String, now: UInt64) -> (grant: Grant?, retire: [ConnectionID]) {
        if closed { return (nil, []) }
        var retire: [ConnectionID] = []
        if waiters.isEmpty {
            while let candidate = idle.popLast() {
                if isExpired(candidate.id, now: now) {
                    retire.append(candidate.id)
                    expiry[candidate.id] = nil
                    continue
                }
                leased[candidate.id] = Lease(since: now, label: label)
                return (.use(candidate.id, check: check(idleSince: candidate.since, now: now)), retire)
            }
            if total < configuration.maxConnections {
                opening += 1
                return (.open, retire)
            }
        }
        waiters.append((waiter, label))
        return (nil, retire)
    }

    /// A waiter gave up (deadline). Returns false if it had already been
    /// served: then a grant is on its way to it and must be honoured or given back.
    public mutating func waiterGaveUp(_ waiter: UInt64) -> Bool {
        guard let i = waiters.firstIndex(where: { $0.id == waiter }) else { return false }
        waiters.remove(at: i)
        return true
    }

    /// A connection was opened for a grant `.open`; it is leased to whoever opened it.
    /// `lifetime` is its lifetime after jitter.
    public mutating func opened(_ id: ConnectionID, label: String, lifetime: UInt64, now: UInt64) {
        opening -= 1
        expiry[id] = now &+ lifetime
        leased[id] = Lease(since: now, label: label)
    }

    /// Opening failed; the capacity goes to the oldest waiter, who may try.
    public mutating func openFailed() -> WaiterGrant? {
        opening -= 1
        return grantCapacityToWaiter()
    }

    /// A leased connection came back. `healthy` false means it broke in use.
    public mutating func released(_ id: ConnectionID, healthy: Bool, now: UInt64) -> Disposal {
        guard leased.removeValue(forKey: id) != nil else { return .keep }
        if !healthy || closed || isExpired(id, now: now) {
            expiry[id] = nil
            return .close(id, andGrant: grantCapacityToWaiter())
        }
        if !waiters.isEmpty {
            let w = waiters.removeFirst()
            leased[id] = Lease(since: now, label: w.label)
            return .handOver(waiter: w.id, .use(id, check: configuration.prePing ? .quick : .none))
        }
        // SQLAlchemy's rule: with `size` connections idle, an extra one is closed.
        if idle.count >= configuration.size {
            expiry[id] = nil
            return .close(id, andGrant: nil)
        }
        idle.append(Idle(id: id, since: now))
        return .keep
    }

    /// A connection's pre-use check failed: it is gone, and its capacity with it.
    public mutating func discarded(_ id: ConnectionID) -> WaiterGrant? {
        leased[id] = nil
        expiry[id] = nil
        return grantCapacityToWaiter()
    }

    private mutating func grantCapacityToWaiter() -> WaiterGrant? {
        guard !closed, !waiters.isEmpty, total < configuration.maxConnections else { return nil }
        opening += 1
        return WaiterGrant(waiter: waiters.removeFirst().id, grant: .open)
    }

    // MARK: Maintenance

    /// The periodic check: retire idle connections past their lifetime or
    /// (overflow only) idle too long, and report leases held too long.
    public mutating func sweep(now: UInt64) -> SweepResult {
        var result = SweepResult()
        var keep: [Idle] = []
        var open = idle.count + leased.count
        // Oldest idle first, so the warm ones survive.
        for entry in idle {
            let overflowIdle = open > configuration.size && now &- entry.since >= configuration.overflowIdleTimeoutNanoseconds
            if isExpired(entry.id, now: now) || overflowIdle {
                result.close.append(entry.id)
                expiry[entry.id] = nil
                open -= 1
            } else {
                keep.append(entry)
            }
        }
        idle = keep
        if configuration.leakThresholdNanoseconds > 0 {
            for (id, lease) in leased where !lease.reported && now &- lease.since >= configuration.leakThresholdNanoseconds {
                leased[id]?.reported = true
                result.leaks.append(LeakReport(connection: id, label: lease.label, heldNanoseconds: now &- lease.since))
            }
        }
        return result
    }

    /// Stops the pool: idle connections are returned for closing, waiters
    /// released (they fail), and connections in use close when returned.
    public mutating func close() -> (idle: [ConnectionID], waiters: [UInt64]) {
        closed = true
        let ids = idle.map(\.id)
        for id in ids { expiry[id] = nil }
        idle = []
        let w = waiters.map(\.id)
        waiters = []
        return (ids, w)
    }

    /// Whether `close()` was called.
    public var isClosed: Bool { closed }

    private func isExpired(_ id: ConnectionID, now: UInt64) -> Bool {
        guard let e = expiry[id] else { return false }
        return now >= e
    }

    private func check(idleSince: UInt64, now: UInt64) -> Check {
        guard configuration.prePing else { return .none }
        return now &- idleSince < configuration.pingBypassNanoseconds ? .quick : .roundTrip
    }
}
