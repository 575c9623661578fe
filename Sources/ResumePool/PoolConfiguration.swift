/// How a connection pool behaves. Semantics follow SQLAlchemy's QueuePool
/// (size + overflow, pre-ping) and HikariCP (lifetime with jitter, alive
/// bypass window, leak detection); a connection takes a batch of requests at
/// a time (pipelining). Times are nanoseconds on `MonotonicClock`.
public struct PoolConfiguration: Sendable, Hashable {
    /// Connections kept open when idle. Default 20; minimum 1.
    public var size: Int = 20
    /// Extra connections opened under load, closed when returned while `size`
    /// are idle, or after `overflowIdleTimeout`. Default 10; minimum 0.
    public var maxOverflow: Int = 10
    /// Requests sent on one connection as one batch at most. Default 64; minimum 1.
    public var pipelineDepth: Int = 64
    /// How long a checkout waits for a connection (never past the caller's
    /// deadline). Default 30 s; minimum 1 ms.
    public var checkoutTimeoutNanoseconds: UInt64 = 30_000_000_000
    /// Whether a connection is checked before it is handed out. Default on.
    public var prePing: Bool = true
    /// A connection used more recently than this needs no check (its socket
    /// is watched while idle); older ones get a round trip first.
    /// Default 1 s; minimum 0.
    public var pingBypassNanoseconds: UInt64 = 1_000_000_000
    /// Connections are retired after this long. Default 30 min; minimum 30 s.
    public var maxLifetimeNanoseconds: UInt64 = 1_800_000_000_000
    /// Each connection's lifetime is shortened by a random part of this, so
    /// connections do not all retire at once. Default 1 min (capped at a quarter of the lifetime).
    public var lifetimeJitterNanoseconds: UInt64 = 60_000_000_000
    /// An overflow connection idle this long is closed. Default 60 s.
    public var overflowIdleTimeoutNanoseconds: UInt64 = 60_000_000_000
    /// A batch in flight longer than this is reported once as a possible leak. Default 60 s; 0 turns it off.
    public var leakThresholdNanoseconds: UInt64 = 60_000_000_000

    /// The defaults.
    public init() {}

    /// Connections open at most.
    public var maxConnections: Int { size + maxOverflow }
}
