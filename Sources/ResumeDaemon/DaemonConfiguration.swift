public import ArgumentParser
public import Logging
import ResumeRedis
public import ResumeServer
import ResumeTransport
import ResumeWire

/// The daemon's settings, resolved and checked.
public struct DaemonConfiguration: Sendable {
    /// The RPC server's settings.
    public var server = ServerConfiguration()
    /// `DATABASE_URL`.
    public var databaseURL: String = DaemonSettings.databaseURL.defaultValue
    /// `REDIS_URL`.
    public var redisURL: String = DaemonSettings.redisURL.defaultValue
    /// `SQL_ECHO`.
    public var sqlEcho = false
    /// `RESUMED_LOG_LEVEL`.
    public var logLevel: Logger.Level = .info
    /// `RESUMED_HEALTH_INTERVAL_MS`.
    public var healthIntervalMilliseconds: UInt64 = 2_000

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
        databaseURL = try s.databaseURL.resolve(flag: options.databaseURL, environment: env)
        redisURL = try s.redisURL.resolve(flag: options.redisURL, environment: env)
        do { _ = try RedisURL(parsing: redisURL) } catch { throw ValidationError("\(error)") }
        sqlEcho = try s.sqlEcho.resolve(flag: options.sqlEcho, environment: env)
        let level = try s.logLevel.resolve(flag: options.logLevel, environment: env)
        guard let l = Logger.Level(rawValue: level.lowercased()) else { throw ValidationError("log level must be one of \(s.logLevel.rangeText)") }
        logLevel = l
        server.wireLimits.maxFrameSize = try s.maxFrameBytes.resolve(flag: options.maxFrameBytes, environment: env)
        server.maxConnections = try s.maxConnections.resolve(flag: options.maxConnections, environment: env)
        server.maxCallsInFlightPerConnection = try s.maxCallsInFlight.resolve(flag: options.maxCallsInFlight, environment: env)
        server.idleTimeoutMilliseconds = UInt64(try s.idleTimeout.resolve(flag: options.idleTimeout, environment: env))
        server.readTimeoutMilliseconds = UInt64(try s.readTimeout.resolve(flag: options.readTimeout, environment: env))
        server.defaultCallTimeoutMilliseconds = UInt64(try s.defaultDeadline.resolve(flag: options.defaultDeadline, environment: env))
        server.maxCallTimeoutMilliseconds = UInt64(try s.maxDeadline.resolve(flag: options.maxDeadline, environment: env))
        guard server.defaultCallTimeoutMilliseconds <= server.maxCallTimeoutMilliseconds else {
            throw ValidationError("the default deadline must not exceed the maximum deadline")
        }
        server.drainTimeoutMilliseconds = UInt64(try s.drainTimeout.resolve(flag: options.drainTimeout, environment: env))
        server.workerThreads = try s.workerThreads.resolve(flag: options.workerThreads, environment: env)
        server.maxQueuedCalls = try s.maxQueuedCalls.resolve(flag: options.maxQueuedCalls, environment: env)
        healthIntervalMilliseconds = UInt64(try s.healthInterval.resolve(flag: options.healthInterval, environment: env))
    }
}

/// The daemon's command-line flags; each also has an environment variable.
public struct DaemonOptions: ParsableArguments {
    @Option(name: .customLong(DaemonSettings.listen.flag), help: DaemonSettings.listen.help) var listen: String?
    @Option(name: .customLong(DaemonSettings.unixSocket.flag), help: DaemonSettings.unixSocket.help) var unixSocket: String?
    @Option(name: .customLong(DaemonSettings.databaseURL.flag), help: DaemonSettings.databaseURL.help) var databaseURL: String?
    @Option(name: .customLong(DaemonSettings.redisURL.flag), help: DaemonSettings.redisURL.help) var redisURL: String?
    @Option(name: .customLong(DaemonSettings.sqlEcho.flag), help: DaemonSettings.sqlEcho.help) var sqlEcho: String?
    @Option(name: .customLong(DaemonSettings.logLevel.flag), help: DaemonSettings.logLevel.help) var logLevel: String?
    @Option(name: .customLong(DaemonSettings.maxFrameBytes.flag), help: DaemonSettings.maxFrameBytes.help) var maxFrameBytes: String?
    @Option(name: .customLong(DaemonSettings.maxConnections.flag), help: DaemonSettings.maxConnections.help) var maxConnections: String?
    @Option(name: .customLong(DaemonSettings.maxCallsInFlight.flag), help: DaemonSettings.maxCallsInFlight.help) var maxCallsInFlight: String?
    @Option(name: .customLong(DaemonSettings.idleTimeout.flag), help: DaemonSettings.idleTimeout.help) var idleTimeout: String?
    @Option(name: .customLong(DaemonSettings.readTimeout.flag), help: DaemonSettings.readTimeout.help) var readTimeout: String?
    @Option(name: .customLong(DaemonSettings.defaultDeadline.flag), help: DaemonSettings.defaultDeadline.help) var defaultDeadline: String?
    @Option(name: .customLong(DaemonSettings.maxDeadline.flag), help: DaemonSettings.maxDeadline.help) var maxDeadline: String?
    @Option(name: .customLong(DaemonSettings.drainTimeout.flag), help: DaemonSettings.drainTimeout.help) var drainTimeout: String?
    @Option(name: .customLong(DaemonSettings.workerThreads.flag), help: DaemonSettings.workerThreads.help) var workerThreads: String?
    @Option(name: .customLong(DaemonSettings.maxQueuedCalls.flag), help: DaemonSettings.maxQueuedCalls.help) var maxQueuedCalls: String?
    @Option(name: .customLong(DaemonSettings.healthInterval.flag), help: DaemonSettings.healthInterval.help) var healthInterval: String?

    public init() {}
}
