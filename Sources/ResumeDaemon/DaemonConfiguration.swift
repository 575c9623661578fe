import ArgumentParser
import Foundation
public import ResumeStores
public import Logging
import ResumeAuth
import ResumePool
public import ResumePostgres
public import ResumeRedis
public import ResumeCache
public import ResumeServer
public import ResumeTransport
import ResumeWire

/// The daemon's settings, resolved and checked. Its defaults are the
/// settings' defaults (`DaemonSettings` shows them; the README lists them).
public struct DaemonConfiguration: Sendable {
    /// The RPC server's settings.
    public var server = ServerConfiguration()
    /// `DATABASE_URL` (the pool's URL).
    public var databaseURL: String {
        get { database.url }
        set { database.url = newValue }
    }
    /// `REDIS_URL`.
    public var redisURL = Self.localRedis
    private static let localRedis = "redis://127.0.0.1:6379/0"
    /// `SQL_ECHO` (the PostgreSQL client's setting).
    public var sqlEcho: Bool {
        get { database.sqlEcho }
        set { database.sqlEcho = newValue }
    }
    /// `RESUMED_LOG_LEVEL`.
    public var logLevel: Logger.Level = .info
    /// A repeated log line is written once per this interval with a count, in ms (`RESUMED_LOG_REPEAT_INTERVAL_MS`).
    public var logRepeatIntervalMilliseconds: UInt64 = 10_000
    /// `RESUMED_HEALTH_INTERVAL_MS`.
    public var healthIntervalMilliseconds: UInt64 = 2_000
    /// `RESUMED_MIGRATE`: migrate at start-up rather than refuse a schema behind the binary.
    public var migrate = false
    /// Region whose numbering plan national phone numbers are read with when a
    /// document does not say (`DaemonSettings.redactionDefaultRegion`).
    public var redactionDefaultRegion = "US"
    /// Whether the reflection methods need a service token (`DaemonSettings.reflectionRequiresServiceToken`).
    public var reflectionRequiresServiceToken = false
    /// Service tokens: the list (`RESUMED_SERVICE_TOKENS`) and the file's contents (`RESUMED_SERVICE_TOKENS_FILE`).
    public var serviceTokenList = ""
    public var serviceTokensFile = ""
    public var serviceTokenFileContents: String?
    /// `RESUMED_TOKEN_SECRET`; nil: a random one per start.
    public var tokenSecret: [UInt8]?
    /// `RESUMED_TOKEN_TTL_SECONDS`.
    public var tokenLifetimeSeconds = 3_600
    /// `RESUMED_BCRYPT_COST`.
    public var bcryptCost = 12
    /// The per-user quotas (`DaemonSettings.quotaResumes` and the four after it).
    public var quotas = UserQuotas()
    /// How long idempotency keys are kept, in s (`DaemonSettings.idempotencyRetention`).
    public var idempotencyRetentionSeconds = 86_400
    /// Failed Authenticate calls per address before it is refused until the window ends; 0: never (`DaemonSettings.authenticateFailures`).
    public var authenticationFailures = 10
    /// The window of those failures, in s (`DaemonSettings.authenticateWindow`).
    public var authenticationWindowSeconds = 900
    /// `RESUMED_HASH_THREADS`; 0: one per CPU.
    public var hashThreads = 0
    /// `RESUMED_CPU_THREADS`: threads of the CPU lane (redaction); 0: one per CPU.
    public var cpuThreads = 0
    /// `RESUMED_CPU_MAX_QUEUED`: jobs waiting for the CPU lane at most.
    public var cpuMaxQueued = 1_024
    /// Where `GET /metrics` is served (`DaemonSettings.metricsListen`); nil: off.
    public var metricsListen: SocketAddress?
    /// A metrics request must be complete this long after its connection opened, in ms (`DaemonSettings.metricsReadTimeout`).
    public var metricsReadTimeoutMilliseconds: UInt64 = 5_000
    /// Password hashes waiting at most (`DaemonSettings.hashMaxQueued`).
    public var hashMaxQueued = 1_024
    /// Longest wait for a lane's thread, in ms (`DaemonSettings.laneQueueTimeout`).
    public var laneQueueTimeoutMilliseconds: UInt64 = 5_000
    /// The lanes' threads' niceness (`DaemonSettings.laneNiceness`).
    public var laneNiceness: Int32 = 10
    /// The Redis client of the cache (the daemon sets its URL from `redisURL`).
    public var redis = RedisClientConfiguration(url: try! RedisURL(parsing: Self.localRedis))
    /// The cache layer.
    public var cache = CacheConfiguration()
    /// The PostgreSQL client (its URL is `databaseURL`).
    public var database = PostgresClientConfiguration(url: "postgresql://localhost:5432/resumed")

    /// The defaults.
    public init() {}

    /// Reads flags (`--flag value`, `--flag=value`) and the environment, over the defaults.
    public init(arguments: [String], environment env: [String: String]) throws {
        self.init()
        let flags = try DaemonSettings.flagValues(arguments)
        for setting in DaemonSettings.all {
            try setting.apply(flag: flags[setting.flag], environment: env, to: &self)
        }
        guard server.defaultCallTimeoutMilliseconds <= server.maxCallTimeoutMilliseconds else {
            throw ValidationError("the default deadline must not exceed the maximum deadline")
        }
        do {
            _ = try ServiceTokens(list: serviceTokenList, file: serviceTokenFileContents)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
