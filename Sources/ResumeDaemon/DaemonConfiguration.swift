public import ArgumentParser
import Foundation
public import Logging
import ResumeAuth
import ResumePool
public import ResumePostgres
public import ResumeRedis
public import ResumeCache
public import ResumeServer
public import ResumeTransport
import ResumeWire

/// The daemon's settings, resolved and checked.
public struct DaemonConfiguration: Sendable {
    /// The RPC server's settings.
    public var server = ServerConfiguration()
    /// `DATABASE_URL` (the pool's URL).
    public var databaseURL: String {
        get { database.url }
        set { database.url = newValue }
    }
    /// `REDIS_URL`.
    public var redisURL: String = DaemonSettings.redisURL.defaultValue
    /// `SQL_ECHO`.
    public var sqlEcho = false
    /// `RESUMED_LOG_LEVEL`.
    public var logLevel: Logger.Level = .info
    /// `RESUMED_HEALTH_INTERVAL_MS`.
    public var healthIntervalMilliseconds: UInt64 = 2_000
    /// `RESUMED_MIGRATE`: migrate at start-up rather than refuse a schema behind the binary.
    public var migrate = false
    /// Service tokens: the list (`RESUMED_SERVICE_TOKENS`) and the file's contents (`RESUMED_SERVICE_TOKENS_FILE`).
    public var serviceTokenList = ""
    public var serviceTokenFileContents: String?
    /// `RESUMED_TOKEN_SECRET`; nil: a random one per start.
    public var tokenSecret: [UInt8]?
    /// `RESUMED_TOKEN_TTL_SECONDS`.
    public var tokenLifetimeSeconds = 3_600
    /// `RESUMED_BCRYPT_COST`.
    public var bcryptCost = 12
    /// `RESUMED_HASH_THREADS`; 0: one per CPU.
    public var hashThreads = 0
    /// `RESUMED_CPU_THREADS`: threads of the CPU lane (redaction); 0: one per CPU.
    public var cpuThreads = 0
    /// `RESUMED_CPU_MAX_QUEUED`: jobs waiting for the CPU lane at most.
    public var cpuMaxQueued = 1_024
    /// Where `GET /metrics` is served (`DaemonSettings.metricsListen`); nil: off.
    public var metricsListen: SocketAddress?
    /// Password hashes waiting at most (`DaemonSettings.hashMaxQueued`).
    public var hashMaxQueued = 1_024
    /// Longest wait for a lane's thread, in ms (`DaemonSettings.laneQueueTimeout`).
    public var laneQueueTimeoutMilliseconds: UInt64 = 5_000
    /// The lanes' threads' niceness (`DaemonSettings.laneNiceness`).
    public var laneNiceness: Int32 = 10
    /// The Redis client of the cache (the daemon sets its URL from `redisURL`).
    public var redis = RedisClientConfiguration(url: try! RedisURL(parsing: DaemonSettings.redisURL.defaultValue))
    /// The cache layer.
    public var cache = CacheConfiguration()
    /// The PostgreSQL client (its URL is `databaseURL`).
    public var database = PostgresClientConfiguration(url: DaemonSettings.databaseURL.defaultValue)

    /// The defaults.
    public init() {}

    /// Reads flags (from `options`) and the environment.
    public init(options: DaemonOptions, environment env: [String: String]) throws {
        let s = DaemonSettings.self
        let listen = try s.listen.resolve(flag: options.listen, environment: env)
        do {
            server.listen = [try SocketAddress(parsing: listen)]
        } catch {
            throw ValidationError("--listen: \(error)")
        }
        let unix = try s.unixSocket.resolve(flag: options.unixSocket, environment: env)
        if !unix.isEmpty { server.listen.append(.unix(path: unix)) }
        let metrics = try s.metricsListen.resolve(flag: options.metricsListen, environment: env)
        if !metrics.isEmpty {
            do { metricsListen = try SocketAddress(parsing: metrics) } catch { throw ValidationError("--metrics-listen: \(error)") }
        }
        databaseURL = try s.databaseURL.resolve(flag: options.databaseURL, environment: env)
        do { _ = try PostgresURL(parsing: databaseURL) } catch { throw ValidationError("\(error)") }
        redisURL = try s.redisURL.resolve(flag: options.redisURL, environment: env)
        do { _ = try RedisURL(parsing: redisURL) } catch { throw ValidationError("\(error)") }
        redis.maxConnections = try s.redisMaxConnections.resolve(flag: options.redisMaxConnections, environment: env)
        redis.connectTimeoutMilliseconds = UInt64(try s.redisConnectTimeout.resolve(flag: options.redisConnectTimeout, environment: env))
        redis.commandTimeoutMilliseconds = UInt64(try s.redisCommandTimeout.resolve(flag: options.redisCommandTimeout, environment: env))
        cache.nearCacheEnabled = try s.cacheNear.resolve(flag: options.cacheNear, environment: env)
        cache.nearCacheEntries = try s.cacheNearEntries.resolve(flag: options.cacheNearEntries, environment: env)
        cache.nearCacheBytes = try s.cacheNearBytes.resolve(flag: options.cacheNearBytes, environment: env)
        cache.nearCacheTTLMilliseconds = UInt64(try s.cacheNearTTL.resolve(flag: options.cacheNearTTL, environment: env))
        cache.userStatusTTLMilliseconds = UInt64(try s.cacheUserStatusTTL.resolve(flag: options.cacheUserStatusTTL, environment: env))
        sqlEcho = try s.sqlEcho.resolve(flag: options.sqlEcho, environment: env)
        let level = try s.logLevel.resolve(flag: options.logLevel, environment: env)
        guard let l = Logger.Level(rawValue: level.lowercased()) else { throw ValidationError("log level must be one of \(s.logLevel.rangeText)") }
        logLevel = l
        server.wireLimits.maxFrameSize = try s.maxFrameBytes.resolve(flag: options.maxFrameBytes, environment: env)
        server.maxConnections = try s.maxConnections.resolve(flag: options.maxConnections, environment: env)
        server.maxCallsInFlightPerConnection = try s.maxCallsInFlight.resolve(flag: options.maxCallsInFlight, environment: env)
        server.outputBudgetBytes = try s.outputBudget.resolve(flag: options.outputBudget, environment: env)
        server.inputBudgetBytes = try s.inputBudget.resolve(flag: options.inputBudget, environment: env)
        server.idleTimeoutMilliseconds = UInt64(try s.idleTimeout.resolve(flag: options.idleTimeout, environment: env))
        server.readTimeoutMilliseconds = UInt64(try s.readTimeout.resolve(flag: options.readTimeout, environment: env))
        server.defaultCallTimeoutMilliseconds = UInt64(try s.defaultDeadline.resolve(flag: options.defaultDeadline, environment: env))
        server.maxCallTimeoutMilliseconds = UInt64(try s.maxDeadline.resolve(flag: options.maxDeadline, environment: env))
        guard server.defaultCallTimeoutMilliseconds <= server.maxCallTimeoutMilliseconds else {
            throw ValidationError("the default deadline must not exceed the maximum deadline")
        }
        server.drainTimeoutMilliseconds = UInt64(try s.drainTimeout.resolve(flag: options.drainTimeout, environment: env))
        cpuThreads = try s.cpuThreads.resolve(flag: options.cpuThreads, environment: env)
        cpuMaxQueued = try s.cpuMaxQueued.resolve(flag: options.cpuMaxQueued, environment: env)
        healthIntervalMilliseconds = UInt64(try s.healthInterval.resolve(flag: options.healthInterval, environment: env))
        migrate = options.migrate ? true : try s.migrate.resolve(flag: nil, environment: env)
        let ms: UInt64 = 1_000_000
        database.sqlEcho = sqlEcho
        database.pool.size = try s.dbPoolSize.resolve(flag: options.dbPoolSize, environment: env)
        database.pool.maxOverflow = try s.dbMaxOverflow.resolve(flag: options.dbMaxOverflow, environment: env)
        database.pool.pipelineDepth = try s.dbPipelineDepth.resolve(flag: options.dbPipelineDepth, environment: env)
        database.pool.checkoutTimeoutNanoseconds = UInt64(try s.dbCheckoutTimeout.resolve(flag: options.dbCheckoutTimeout, environment: env)) * ms
        database.pool.prePing = try s.dbPrePing.resolve(flag: options.dbPrePing, environment: env)
        database.pool.pingBypassNanoseconds = UInt64(try s.dbPingBypass.resolve(flag: options.dbPingBypass, environment: env)) * ms
        database.pool.maxLifetimeNanoseconds = UInt64(try s.dbMaxLifetime.resolve(flag: options.dbMaxLifetime, environment: env)) * ms
        database.pool.lifetimeJitterNanoseconds = UInt64(try s.dbLifetimeJitter.resolve(flag: options.dbLifetimeJitter, environment: env)) * ms
        database.pool.overflowIdleTimeoutNanoseconds = UInt64(try s.dbOverflowIdleTimeout.resolve(flag: options.dbOverflowIdleTimeout, environment: env)) * ms
        database.pool.leakThresholdNanoseconds = UInt64(try s.dbLeakThreshold.resolve(flag: options.dbLeakThreshold, environment: env)) * ms
        database.connectTimeoutMilliseconds = UInt64(try s.dbConnectTimeout.resolve(flag: options.dbConnectTimeout, environment: env))
        serviceTokenList = try s.serviceTokens.resolve(flag: options.serviceTokens, environment: env)
        let file = try s.serviceTokensFile.resolve(flag: options.serviceTokensFile, environment: env)
        if !file.isEmpty {
            do {
                serviceTokenFileContents = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw ValidationError("cannot read the service tokens file \(file)")
            }
        }
        let secret = try s.tokenSecret.resolve(flag: options.tokenSecret, environment: env)
        tokenSecret = secret.isEmpty ? nil : Array(secret.utf8)
        tokenLifetimeSeconds = try s.tokenTTL.resolve(flag: options.tokenTTL, environment: env)
        bcryptCost = try s.bcryptCost.resolve(flag: options.bcryptCost, environment: env)
        hashThreads = try s.hashThreads.resolve(flag: options.hashThreads, environment: env)
        hashMaxQueued = try s.hashMaxQueued.resolve(flag: options.hashMaxQueued, environment: env)
        laneQueueTimeoutMilliseconds = UInt64(try s.laneQueueTimeout.resolve(flag: options.laneQueueTimeout, environment: env))
        laneNiceness = Int32(try s.laneNiceness.resolve(flag: options.laneNiceness, environment: env))
        do {
            _ = try ServiceTokens(list: serviceTokenList, file: serviceTokenFileContents)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}

/// The daemon's command-line flags; each also has an environment variable.
public struct DaemonOptions: ParsableArguments {
    @Option(name: .customLong(DaemonSettings.listen.flag), help: DaemonSettings.listen.help) var listen: String?
    @Option(name: .customLong(DaemonSettings.unixSocket.flag), help: DaemonSettings.unixSocket.help) var unixSocket: String?
    @Option(name: .customLong(DaemonSettings.metricsListen.flag), help: DaemonSettings.metricsListen.help) var metricsListen: String?
    @Option(name: .customLong(DaemonSettings.databaseURL.flag), help: DaemonSettings.databaseURL.help) var databaseURL: String?
    @Option(name: .customLong(DaemonSettings.redisURL.flag), help: DaemonSettings.redisURL.help) var redisURL: String?
    @Option(name: .customLong(DaemonSettings.sqlEcho.flag), help: DaemonSettings.sqlEcho.help) var sqlEcho: String?
    @Option(name: .customLong(DaemonSettings.logLevel.flag), help: DaemonSettings.logLevel.help) var logLevel: String?
    @Option(name: .customLong(DaemonSettings.maxFrameBytes.flag), help: DaemonSettings.maxFrameBytes.help) var maxFrameBytes: String?
    @Option(name: .customLong(DaemonSettings.maxConnections.flag), help: DaemonSettings.maxConnections.help) var maxConnections: String?
    @Option(name: .customLong(DaemonSettings.maxCallsInFlight.flag), help: DaemonSettings.maxCallsInFlight.help) var maxCallsInFlight: String?
    @Option(name: .customLong(DaemonSettings.outputBudget.flag), help: DaemonSettings.outputBudget.help) var outputBudget: String?
    @Option(name: .customLong(DaemonSettings.inputBudget.flag), help: DaemonSettings.inputBudget.help) var inputBudget: String?
    @Option(name: .customLong(DaemonSettings.idleTimeout.flag), help: DaemonSettings.idleTimeout.help) var idleTimeout: String?
    @Option(name: .customLong(DaemonSettings.readTimeout.flag), help: DaemonSettings.readTimeout.help) var readTimeout: String?
    @Option(name: .customLong(DaemonSettings.defaultDeadline.flag), help: DaemonSettings.defaultDeadline.help) var defaultDeadline: String?
    @Option(name: .customLong(DaemonSettings.maxDeadline.flag), help: DaemonSettings.maxDeadline.help) var maxDeadline: String?
    @Option(name: .customLong(DaemonSettings.drainTimeout.flag), help: DaemonSettings.drainTimeout.help) var drainTimeout: String?
    @Option(name: .customLong(DaemonSettings.cpuThreads.flag), help: DaemonSettings.cpuThreads.help) var cpuThreads: String?
    @Option(name: .customLong(DaemonSettings.cpuMaxQueued.flag), help: DaemonSettings.cpuMaxQueued.help) var cpuMaxQueued: String?
    @Option(name: .customLong(DaemonSettings.healthInterval.flag), help: DaemonSettings.healthInterval.help) var healthInterval: String?
    @Flag(name: .customLong(DaemonSettings.migrate.flag), help: DaemonSettings.migrate.help) var migrate = false
    @Option(name: .customLong(DaemonSettings.serviceTokens.flag), help: DaemonSettings.serviceTokens.help) var serviceTokens: String?
    @Option(name: .customLong(DaemonSettings.serviceTokensFile.flag), help: DaemonSettings.serviceTokensFile.help) var serviceTokensFile: String?
    @Option(name: .customLong(DaemonSettings.tokenSecret.flag), help: DaemonSettings.tokenSecret.help) var tokenSecret: String?
    @Option(name: .customLong(DaemonSettings.tokenTTL.flag), help: DaemonSettings.tokenTTL.help) var tokenTTL: String?
    @Option(name: .customLong(DaemonSettings.bcryptCost.flag), help: DaemonSettings.bcryptCost.help) var bcryptCost: String?
    @Option(name: .customLong(DaemonSettings.hashThreads.flag), help: DaemonSettings.hashThreads.help) var hashThreads: String?
    @Option(name: .customLong(DaemonSettings.hashMaxQueued.flag), help: DaemonSettings.hashMaxQueued.help) var hashMaxQueued: String?
    @Option(name: .customLong(DaemonSettings.laneQueueTimeout.flag), help: DaemonSettings.laneQueueTimeout.help) var laneQueueTimeout: String?
    @Option(name: .customLong(DaemonSettings.laneNiceness.flag), help: DaemonSettings.laneNiceness.help) var laneNiceness: String?
    @Option(name: .customLong(DaemonSettings.dbPoolSize.flag), help: DaemonSettings.dbPoolSize.help) var dbPoolSize: String?
    @Option(name: .customLong(DaemonSettings.dbMaxOverflow.flag), help: DaemonSettings.dbMaxOverflow.help) var dbMaxOverflow: String?
    @Option(name: .customLong(DaemonSettings.dbPipelineDepth.flag), help: DaemonSettings.dbPipelineDepth.help) var dbPipelineDepth: String?
    @Option(name: .customLong(DaemonSettings.dbCheckoutTimeout.flag), help: DaemonSettings.dbCheckoutTimeout.help) var dbCheckoutTimeout: String?
    @Option(name: .customLong(DaemonSettings.dbPrePing.flag), help: DaemonSettings.dbPrePing.help) var dbPrePing: String?
    @Option(name: .customLong(DaemonSettings.dbPingBypass.flag), help: DaemonSettings.dbPingBypass.help) var dbPingBypass: String?
    @Option(name: .customLong(DaemonSettings.dbMaxLifetime.flag), help: DaemonSettings.dbMaxLifetime.help) var dbMaxLifetime: String?
    @Option(name: .customLong(DaemonSettings.dbLifetimeJitter.flag), help: DaemonSettings.dbLifetimeJitter.help) var dbLifetimeJitter: String?
    @Option(name: .customLong(DaemonSettings.dbOverflowIdleTimeout.flag), help: DaemonSettings.dbOverflowIdleTimeout.help) var dbOverflowIdleTimeout: String?
    @Option(name: .customLong(DaemonSettings.dbLeakThreshold.flag), help: DaemonSettings.dbLeakThreshold.help) var dbLeakThreshold: String?
    @Option(name: .customLong(DaemonSettings.dbConnectTimeout.flag), help: DaemonSettings.dbConnectTimeout.help) var dbConnectTimeout: String?

    @Option(name: .customLong(DaemonSettings.redisMaxConnections.flag), help: DaemonSettings.redisMaxConnections.help) var redisMaxConnections: String?
    @Option(name: .customLong(DaemonSettings.redisConnectTimeout.flag), help: DaemonSettings.redisConnectTimeout.help) var redisConnectTimeout: String?
    @Option(name: .customLong(DaemonSettings.redisCommandTimeout.flag), help: DaemonSettings.redisCommandTimeout.help) var redisCommandTimeout: String?
    @Option(name: .customLong(DaemonSettings.cacheNear.flag), help: DaemonSettings.cacheNear.help) var cacheNear: String?
    @Option(name: .customLong(DaemonSettings.cacheNearEntries.flag), help: DaemonSettings.cacheNearEntries.help) var cacheNearEntries: String?
    @Option(name: .customLong(DaemonSettings.cacheNearBytes.flag), help: DaemonSettings.cacheNearBytes.help) var cacheNearBytes: String?
    @Option(name: .customLong(DaemonSettings.cacheNearTTL.flag), help: DaemonSettings.cacheNearTTL.help) var cacheNearTTL: String?
    @Option(name: .customLong(DaemonSettings.cacheUserStatusTTL.flag), help: DaemonSettings.cacheUserStatusTTL.help) var cacheUserStatusTTL: String?

    public init() {}
}
