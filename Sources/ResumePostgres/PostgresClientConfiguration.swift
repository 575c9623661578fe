public import ResumePool

/// The settings of a `PostgresClient`.
public struct PostgresClientConfiguration: Sendable {
    /// `DATABASE_URL`.
    public var url: String
    /// Size, overflow, pipeline depth, timeouts, lifetime.
    public var pool = PoolConfiguration()
    /// Longest a new connection may take, in ms (also never past the caller's deadline). Default 5,000.
    public var connectTimeoutMilliseconds: UInt64 = 5_000
    /// Log statement text (never parameters). Default off.
    public var sqlEcho = false
    /// `application_name` of every connection (visible in `pg_stat_activity`). Default `resumed`.
    public var applicationName = "resumed"
    /// How often idle connections are retired and leaks looked for, in ms. Default 5,000.
    public var maintenanceIntervalMilliseconds: UInt64 = 5_000

    public init(url: String) {
        self.url = url
    }
}
