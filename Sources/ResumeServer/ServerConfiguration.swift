public import ResumeTransport
public import ResumeWire

/// Everything a `RPCServer` can be tuned by. Units are in the names; the
/// defaults are the protocol's (docs/PROTOCOL.md) and the daemon's `--help`.
public struct ServerConfiguration: Sendable {
    /// Where to listen. Default `127.0.0.1:7700`; a `unix:/path` may be added.
    public var listen: [SocketAddress] = [.tcp(host: "127.0.0.1", port: 7700)]
    /// Frame, metadata and method limits.
    public var wireLimits: WireLimits = .default
    /// Open connections at most; one more is answered `UNAVAILABLE` and closed. Default 10,000.
    public var maxConnections = 10_000
    /// Calls per connection whose handlers have not returned; past it the
    /// server stops reading that socket (TCP back-pressure). Default 256.
    public var maxCallsInFlightPerConnection = 256
    /// Unsent response bytes per connection at which reading pauses. Default 8 MiB.
    public var maxPendingOutputBytes = 8 * 1024 * 1024
    /// Unsent response bytes across all connections at most. Past it, new
    /// answers are refused (`RESOURCE_EXHAUSTED`) and the connections holding
    /// the most are shed. Default 256 MiB.
    public var outputBudgetBytes = 256 * 1024 * 1024
    /// Received bytes of incomplete frames across all connections at most.
    /// Past it, the connections holding the most are shed. Default 64 MiB.
    public var inputBudgetBytes = 64 * 1024 * 1024
    /// A connection with no calls in flight and no bytes for this long is closed. Default 300,000 ms.
    public var idleTimeoutMilliseconds: UInt64 = 300_000
    /// A frame must be complete this long after its first byte, else the connection closes. Default 30,000 ms.
    public var readTimeoutMilliseconds: UInt64 = 30_000
    /// Deadline of a call that sends `timeout_ms = 0`. Default 30,000 ms.
    public var defaultCallTimeoutMilliseconds: UInt64 = 30_000
    /// Longest deadline granted; larger `timeout_ms` values are cut to it. Default 300,000 ms.
    public var maxCallTimeoutMilliseconds: UInt64 = 300_000
    /// How long shutdown waits for calls in flight. Default 10,000 ms.
    public var drainTimeoutMilliseconds: UInt64 = 10_000
    /// After the drain, how long the last answers and goodbye frames may take
    /// to send before every connection is closed. Default 500 ms.
    public var shutdownFlushMilliseconds: UInt64 = 500
    /// A connection closing for a protocol error keeps sending its last frame
    /// this long at most (never longer than the read timeout). Default 2,000 ms.
    public var lingerMilliseconds: UInt64 = 2_000

    /// The defaults.
    public init() {}
}
