/// The settings of a `RedisClient`.
public struct RedisClientConfiguration: Sendable {
    /// `REDIS_URL`.
    public var url: RedisURL
    /// Connections at most. Default 10; 1 to 100.
    public var maxConnections = 10
    /// Commands sent on one connection as one batch at most. Default 64.
    public var pipelineDepth = 64
    /// Longest a connection (and its AUTH/SELECT) may take, in ms. Default 250; 10 to 60,000.
    public var connectTimeoutMilliseconds: UInt64 = 250
    /// Longest a command may take, in ms (never past the caller's deadline);
    /// past it the command fails and its connection is closed. Default 50; 1 to 60,000.
    public var commandTimeoutMilliseconds: UInt64 = 50

    public init(url: RedisURL) {
        self.url = url
    }
}
