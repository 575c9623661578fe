import ArgumentParser
import Foundation
import Logging
import ResumePostgres
import ResumeRedis
import ResumeRedaction
import ResumeTransport

/// Every setting of `resumed`, in one place: parsing, `--help`, the README table
/// (`resumed --print-settings`) and validation all read it; each default is the
/// value `DaemonConfiguration()` holds, declared by the code it configures.
public enum DaemonSettings {
    public static let listen = Setting.custom(
        "listen", "RESUMED_LISTEN", unit: "host:port", rangeText: "host:port, [ipv6]:port", "TCP address to serve on",
        store: { text, c in
            guard let address = try? SocketAddress(parsing: text), case .tcp = address else { return false }
            c.server.listen = [address] + c.server.listen.filter { if case .unix = $0 { true } else { false } }
            return true
        },
        read: { c in c.server.listen.first { if case .tcp = $0 { true } else { false } }.map { "\($0)" } ?? "" })
    public static let unixSocket = Setting.custom(
        "unix-socket", "RESUMED_UNIX_SOCKET", unit: "path", rangeText: "a path of 1 to 107 bytes", "Also serve on this Unix domain socket",
        store: { text, c in
            guard let address = try? SocketAddress(parsing: "unix:" + text) else { return false }
            c.server.listen.append(address)
            return true
        },
        read: { c in c.server.listen.compactMap { if case .unix(let path) = $0 { path } else { nil } }.first ?? "" })
    public static let metricsListen = Setting.custom(
        "metrics-listen", "RESUMED_METRICS_LISTEN", unit: "host:port", rangeText: "host:port (loopback advised)",
        "Serve Prometheus metrics (GET /metrics, HTTP/1.1) here; unset: off",
        store: { text, c in
            guard let address = try? SocketAddress(parsing: text), case .tcp = address else { return false }
            c.metricsListen = address
            return true
        },
        read: { c in c.metricsListen.map { "\($0)" } ?? "" })
    public static let metricsReadTimeout = Setting.milliseconds(
        "metrics-read-timeout-ms", "RESUMED_METRICS_READ_TIMEOUT_MS", range: 100...60_000,
        "Close a metrics connection whose request is not complete this long after it opened", \.metricsReadTimeoutMilliseconds)
    public static let databaseURL = Setting.url(
        "database-url", "DATABASE_URL", rangeText: "postgresql://user:password@host:port/db", "PostgreSQL to use", \.databaseURL
    ) { (try? PostgresURL(parsing: $0)) != nil }
    public static let redisURL = Setting.url(
        "redis-url", "REDIS_URL", rangeText: "redis://[:password@]host:port/db", "Redis to use as the cache", \.redisURL
    ) { (try? RedisURL(parsing: $0)) != nil }
    public static let redactionDefaultRegion = Setting.custom(
        "redaction-default-region", "RESUMED_REDACTION_DEFAULT_REGION", unit: "region", rangeText: "an ISO 3166 alpha-2 code libphonenumber knows (US, GB, DE, …)",
        "Read phone numbers without + as this region's when a document does not point to its own",
        store: { text, c in
            guard PIIRedactor.isSupportedRegion(text) else { return false }
            c.redactionDefaultRegion = text
            return true
        },
        read: { c in c.redactionDefaultRegion })
    public static let reflectionRequiresServiceToken = Setting.boolean(
        "reflection-requires-service-token", "RESUMED_REFLECTION_REQUIRES_SERVICE_TOKEN",
        "Answer the resume.rpc.v1.Reflection methods only to service tokens (else to anyone, like Health)",
        \.reflectionRequiresServiceToken)
    public static let sqlEcho = Setting.boolean("sql-echo", "SQL_ECHO", "Log the text of every SQL statement (never its parameters)", \.sqlEcho)
    public static let logLevel = Setting.custom(
        "log-level", "RESUMED_LOG_LEVEL", unit: "level", rangeText: "trace, debug, info, notice, warning, error, critical",
        "Least severe log level written",
        store: { text, c in
            guard let level = Logger.Level(rawValue: text.lowercased()) else { return false }
            c.logLevel = level
            return true
        },
        read: { c in c.logLevel.rawValue })
    public static let logRepeatInterval = Setting.milliseconds(
        "log-repeat-interval-ms", "RESUMED_LOG_REPEAT_INTERVAL_MS", range: 100...3_600_000,
        "A log line repeated for one cause is written once per this interval, with a count", \.logRepeatIntervalMilliseconds)

    public static let maxFrameBytes = Setting.integer(
        "max-frame-bytes", "RESUMED_MAX_FRAME_BYTES", unit: "bytes", range: 1024...(64 * 1024 * 1024), "Largest frame body accepted or sent",
        \.server.wireLimits.maxFrameSize)
    public static let maxConnections = Setting.integer(
        "max-connections", "RESUMED_MAX_CONNECTIONS", unit: "connections", range: 1...1_000_000,
        "Open connections at most; one more gets UNAVAILABLE", \.server.maxConnections)
    public static let maxCallsInFlight = Setting.integer(
        "max-calls-in-flight", "RESUMED_MAX_CALLS_IN_FLIGHT", unit: "calls per connection", range: 1...65_536,
        "Calls in flight per connection before reading pauses", \.server.maxCallsInFlightPerConnection)
    public static let maxPendingOutput = Setting.integer(
        "max-pending-output-bytes", "RESUMED_MAX_PENDING_OUTPUT_BYTES", unit: "bytes", range: (64 * 1024)...(1024 * 1024 * 1024),
        "Unsent response bytes of one connection at which reading it pauses", \.server.maxPendingOutputBytes)
    public static let outputBudget = Setting.integer(
        "output-budget-bytes", "RESUMED_OUTPUT_BUDGET_BYTES", unit: "bytes", range: (1024 * 1024)...(64 * 1024 * 1024 * 1024),
        "Unsent response bytes across all connections; past it answers are refused and the biggest holders shed", \.server.outputBudgetBytes)
    public static let inputBudget = Setting.integer(
        "input-budget-bytes", "RESUMED_INPUT_BUDGET_BYTES", unit: "bytes", range: (1024 * 1024)...(64 * 1024 * 1024 * 1024),
        "Bytes of incomplete request frames across all connections; past it the biggest holders are shed", \.server.inputBudgetBytes)
    public static let idleTimeout = Setting.milliseconds(
        "idle-timeout-ms", "RESUMED_IDLE_TIMEOUT_MS", range: 1_000...86_400_000, "Close a connection idle this long",
        \.server.idleTimeoutMilliseconds)
    public static let readTimeout = Setting.milliseconds(
        "read-timeout-ms", "RESUMED_READ_TIMEOUT_MS", range: 100...3_600_000, "Close a connection whose partial frame stalls this long",
        \.server.readTimeoutMilliseconds)
    public static let linger = Setting.milliseconds(
        "linger-ms", "RESUMED_LINGER_MS", range: 0...60_000,
        "A connection closed for a protocol error sends its last frame for this long at most (never longer than the read timeout)",
        \.server.lingerMilliseconds)
    public static let defaultDeadline = Setting.milliseconds(
        "default-deadline-ms", "RESUMED_DEFAULT_DEADLINE_MS", range: 1...3_600_000, "Deadline of a call sent with timeout_ms = 0",
        \.server.defaultCallTimeoutMilliseconds)
    public static let maxDeadline = Setting.milliseconds(
        "max-deadline-ms", "RESUMED_MAX_DEADLINE_MS", range: 1...86_400_000, "Longest deadline granted; larger timeout_ms values are cut to it",
        \.server.maxCallTimeoutMilliseconds)
    public static let drainTimeout = Setting.milliseconds(
        "drain-timeout-ms", "RESUMED_DRAIN_TIMEOUT_MS", range: 0...600_000, "On SIGTERM/SIGINT, how long calls in flight may finish",
        \.server.drainTimeoutMilliseconds)
    public static let shutdownFlush = Setting.milliseconds(
        "shutdown-flush-ms", "RESUMED_SHUTDOWN_FLUSH_MS", range: 0...10_000,
        "After the drain, how long the last answers and goodbyes may take to send before connections close", \.server.shutdownFlushMilliseconds)
    public static let cpuThreads = Setting.integer(
        "cpu-threads", "RESUMED_CPU_THREADS", unit: "threads", range: 0...256, "Threads of the CPU lane (redaction); 0: one per CPU",
        \.cpuThreads)
    public static let cpuMaxQueued = Setting.integer(
        "cpu-max-queued", "RESUMED_CPU_MAX_QUEUED", unit: "jobs", range: 1...1_000_000,
        "Jobs waiting for the CPU lane at most; more get RESOURCE_EXHAUSTED", \.cpuMaxQueued)
    public static let healthInterval = Setting.milliseconds(
        "health-interval-ms", "RESUMED_HEALTH_INTERVAL_MS", range: 100...60_000, "How often PostgreSQL and Redis are probed for Health",
        \.healthIntervalMilliseconds)

    public static let migrate = Setting.boolean(
        "migrate", "RESUMED_MIGRATE", "Apply pending schema migrations at start-up instead of refusing to start", \.migrate)
    public static let dbPoolSize = Setting.integer(
        "db-pool-size", "RESUMED_DB_POOL_SIZE", unit: "connections", range: 1...500, "PostgreSQL connections kept open",
        \.database.pool.size)
    public static let dbMaxOverflow = Setting.integer(
        "db-max-overflow", "RESUMED_DB_MAX_OVERFLOW", unit: "connections", range: 0...500,
        "Extra connections opened under load, closed again when idle", \.database.pool.maxOverflow)
    public static let dbPipelineDepth = Setting.integer(
        "db-pipeline-depth", "RESUMED_DB_PIPELINE_DEPTH", unit: "requests", range: 1...1_024,
        "Requests sent on one connection as one pipelined batch at most", \.database.pool.pipelineDepth)
    public static let dbCheckoutTimeout = Setting.milliseconds(
        "db-checkout-timeout-ms", "RESUMED_DB_CHECKOUT_TIMEOUT_MS", range: 1...600_000,
        "Longest wait for a free connection (never past the call's deadline)", nanoseconds: \.database.pool.checkoutTimeoutNanoseconds)
    public static let dbPrePing = Setting.boolean(
        "db-pre-ping", "RESUMED_DB_PRE_PING", "Check a connection before handing it out; replace it if dead", \.database.pool.prePing)
    public static let dbPingBypass = Setting.milliseconds(
        "db-ping-bypass-ms", "RESUMED_DB_PING_BYPASS_MS", range: 0...60_000,
        "Connections used this recently get a socket check instead of a round trip", nanoseconds: \.database.pool.pingBypassNanoseconds)
    public static let dbMaxLifetime = Setting.milliseconds(
        "db-max-lifetime-ms", "RESUMED_DB_MAX_LIFETIME_MS", range: 30_000...86_400_000, "Retire a connection after this long",
        nanoseconds: \.database.pool.maxLifetimeNanoseconds)
    public static let dbLifetimeJitter = Setting.milliseconds(
        "db-lifetime-jitter-ms", "RESUMED_DB_LIFETIME_JITTER_MS", range: 0...3_600_000,
        "Random part taken off each lifetime (at most a quarter of it)", nanoseconds: \.database.pool.lifetimeJitterNanoseconds)
    public static let dbOverflowIdleTimeout = Setting.milliseconds(
        "db-overflow-idle-timeout-ms", "RESUMED_DB_OVERFLOW_IDLE_TIMEOUT_MS", range: 1_000...86_400_000,
        "Close an overflow connection idle this long", nanoseconds: \.database.pool.overflowIdleTimeoutNanoseconds)
    public static let dbLeakThreshold = Setting.milliseconds(
        "db-leak-threshold-ms", "RESUMED_DB_LEAK_THRESHOLD_MS", range: 0...86_400_000,
        "Warn (naming the method) when a connection is held this long; 0: off", nanoseconds: \.database.pool.leakThresholdNanoseconds)
    public static let dbConnectTimeout = Setting.milliseconds(
        "db-connect-timeout-ms", "RESUMED_DB_CONNECT_TIMEOUT_MS", range: 100...60_000, "Longest a new connection may take",
        \.database.connectTimeoutMilliseconds)
    public static let dbMaintenanceInterval = Setting.milliseconds(
        "db-maintenance-interval-ms", "RESUMED_DB_MAINTENANCE_INTERVAL_MS", range: 100...600_000,
        "How often idle and old connections are retired and held ones reported", \.database.maintenanceIntervalMilliseconds)

    public static let redisMaxConnections = Setting.integer(
        "redis-max-connections", "RESUMED_REDIS_MAX_CONNECTIONS", unit: "connections", range: 1...100,
        "Redis connections of the cache at most", \.redis.maxConnections)
    public static let redisConnectTimeout = Setting.milliseconds(
        "redis-connect-timeout-ms", "RESUMED_REDIS_CONNECT_TIMEOUT_MS", range: 10...60_000,
        "Longest a Redis connection (with AUTH and SELECT) may take", \.redis.connectTimeoutMilliseconds)
    public static let redisCommandTimeout = Setting.milliseconds(
        "redis-command-timeout-ms", "RESUMED_REDIS_COMMAND_TIMEOUT_MS", range: 1...60_000,
        "Longest a cache command may take (never past the call's deadline); then the cache is skipped", \.redis.commandTimeoutMilliseconds)
    public static let cacheNear = Setting.boolean(
        "cache-near", "RESUMED_CACHE_NEAR", "In-process near cache in front of Redis (analyses, resume versions, user status)",
        \.cache.nearCacheEnabled)
    public static let cacheNearEntries = Setting.integer(
        "cache-near-entries", "RESUMED_CACHE_NEAR_ENTRIES", unit: "entries", range: 1...1_000_000, "Analyses the near cache holds at most",
        \.cache.nearCacheEntries)
    public static let cacheNearBytes = Setting.integer(
        "cache-near-bytes", "RESUMED_CACHE_NEAR_BYTES", unit: "bytes", range: 1_024...4 * 1024 * 1024 * 1024,
        "Encoded analyses the near cache holds at most", \.cache.nearCacheBytes)
    public static let cacheNearTTL = Setting.milliseconds(
        "cache-near-ttl-ms", "RESUMED_CACHE_NEAR_TTL_MS", range: 100...3_600_000, "Lifetime of a near-cache analysis or resume version",
        \.cache.nearCacheTTLMilliseconds)
    public static let cacheUserStatusTTL = Setting.milliseconds(
        "cache-user-status-ttl-ms", "RESUMED_CACHE_USER_STATUS_TTL_MS", range: 100...60_000,
        "Lifetime of a near-cache user status: the longest a lost invalidation lets a deactivated user's warm hits through on another daemon",
        \.cache.userStatusTTLMilliseconds)

    public static let serviceTokens = Setting.secret(
        "service-tokens", "RESUMED_SERVICE_TOKENS", minimumBytes: 16, rangeText: "each at least 16 bytes",
        "Service tokens (comma-separated) for the service-level methods; prefer the variable or the file") { text, c in c.serviceTokenList = text }
    public static let serviceTokensFile = Setting.custom(
        "service-tokens-file", "RESUMED_SERVICE_TOKENS_FILE", unit: "path", rangeText: "a readable file",
        "File of service tokens, one per line (# comments)",
        store: { path, c in
            guard let contents = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
            c.serviceTokensFile = path
            c.serviceTokenFileContents = contents
            return true
        },
        read: { c in c.serviceTokensFile })
    public static let tokenSecret = Setting.secret(
        "token-secret", "RESUMED_TOKEN_SECRET", minimumBytes: 32, rangeText: "at least 32 bytes",
        "HMAC-SHA256 key of user tokens; unset: random per start (tokens die with the process)") { text, c in c.tokenSecret = Array(text.utf8) }
    public static let tokenTTL = Setting.integer(
        "token-ttl-seconds", "RESUMED_TOKEN_TTL_SECONDS", unit: "s", range: 60...604_800, "Lifetime of a user token from Authenticate",
        \.tokenLifetimeSeconds)
    public static let bcryptCost = Setting.integer(
        "bcrypt-cost", "RESUMED_BCRYPT_COST", unit: "log2 rounds", range: 4...15, "bcrypt cost of new password hashes (12 takes ~160 ms)",
        \.bcryptCost)
    public static let quotaResumes = Setting.integer(
        "quota-resumes", "RESUMED_QUOTA_RESUMES", unit: "resumes", range: 1...1_000_000,
        "Resumes one user may hold; more are RESOURCE_EXHAUSTED (service tokens are not limited)", \.quotas.resumes)
    public static let quotaJobDescriptions = Setting.integer(
        "quota-job-descriptions", "RESUMED_QUOTA_JOB_DESCRIPTIONS", unit: "job descriptions", range: 1...1_000_000,
        "Job descriptions one user may hold", \.quotas.jobDescriptions)
    public static let quotaStoredTextBytes = Setting.integer(
        "quota-stored-text-bytes", "RESUMED_QUOTA_STORED_TEXT_BYTES", unit: "bytes", range: 1_048_576...1_099_511_627_776,
        "Raw and redacted text of one user's resumes and job descriptions", \.quotas.storedTextBytes)
    public static let quotaAnalysesPerMinute = Setting.integer(
        "quota-analyses-per-minute", "RESUMED_QUOTA_ANALYSES_PER_MINUTE", unit: "analyses", range: 1...1_000_000,
        "Analyses computed for one user per one-minute window (stored answers do not count); more are RESOURCE_EXHAUSTED with retry-after-ms",
        \.quotas.analysesPerMinute)
    public static let quotaGeneratedPerAnalysis = Setting.integer(
        "quota-generated-per-analysis", "RESUMED_QUOTA_GENERATED_PER_ANALYSIS", unit: "generated resumes", range: 1...1_000_000,
        "Generated resumes stored for one analysis by user tokens", \.quotas.generatedPerAnalysis)
    public static let idempotencyRetention = Setting.integer(
        "idempotency-retention-seconds", "RESUMED_IDEMPOTENCY_RETENTION_SECONDS", unit: "s", range: 60...2_592_000,
        "How long an idempotency key answers retries with its first answer", \.idempotencyRetentionSeconds)
    public static let authenticateFailures = Setting.integer(
        "authenticate-failures", "RESUMED_AUTHENTICATE_FAILURES", unit: "failures", range: 0...1_000_000,
        "Failed Authenticate calls per e-mail address after which it is refused, without a password check, until the window ends; 0: never",
        \.authenticationFailures)
    public static let authenticateWindow = Setting.integer(
        "authenticate-window-seconds", "RESUMED_AUTHENTICATE_WINDOW_SECONDS", unit: "s", range: 1...86_400,
        "The window those failures are counted in, from the first", \.authenticationWindowSeconds)
    public static let hashThreads = Setting.integer(
        "hash-threads", "RESUMED_HASH_THREADS", unit: "threads", range: 0...64, "Threads hashing passwords; 0: one per CPU", \.hashThreads)
    public static let hashMaxQueued = Setting.integer(
        "hash-max-queued", "RESUMED_HASH_MAX_QUEUED", unit: "jobs", range: 1...1_000_000,
        "Password hashes waiting at most; more are RESOURCE_EXHAUSTED", \.hashMaxQueued)
    public static let laneQueueTimeout = Setting.milliseconds(
        "lane-queue-timeout-ms", "RESUMED_LANE_QUEUE_TIMEOUT_MS", range: 10...300_000,
        "Longest work waits for a lane's thread (bcrypt, cpu, analysis) before it is RESOURCE_EXHAUSTED", \.laneQueueTimeoutMilliseconds)
    public static let laneNiceness = Setting.integer(
        "lane-niceness", "RESUMED_LANE_NICENESS", unit: "nice", range: 0...19,
        "Priority of the lanes' threads below the event loop's (0: the same)", \.laneNiceness)

    /// Every setting, in the order of the README table and `--help`.
    public static let all: [Setting] = [
        listen, unixSocket, metricsListen, metricsReadTimeout, databaseURL, redisURL, sqlEcho, logLevel, logRepeatInterval,
        maxFrameBytes, maxConnections, maxCallsInFlight, maxPendingOutput, outputBudget, inputBudget,
        idleTimeout, readTimeout, linger, defaultDeadline, maxDeadline, drainTimeout, shutdownFlush,
        cpuThreads, cpuMaxQueued, redactionDefaultRegion, healthInterval, migrate, reflectionRequiresServiceToken,
        dbPoolSize, dbMaxOverflow, dbPipelineDepth, dbCheckoutTimeout, dbPrePing, dbPingBypass, dbMaxLifetime, dbLifetimeJitter,
        dbOverflowIdleTimeout, dbLeakThreshold, dbConnectTimeout, dbMaintenanceInterval,
        redisMaxConnections, redisConnectTimeout, redisCommandTimeout,
        cacheNear, cacheNearEntries, cacheNearBytes, cacheNearTTL, cacheUserStatusTTL,
        serviceTokens, serviceTokensFile, tokenSecret, tokenTTL, bcryptCost,
        hashThreads, hashMaxQueued, laneQueueTimeout, laneNiceness,
        quotaResumes, quotaJobDescriptions, quotaStoredTextBytes, quotaAnalysesPerMinute, quotaGeneratedPerAnalysis,
        idempotencyRetention, authenticateFailures, authenticateWindow,
    ]

    /// The settings as a Markdown table, for the README.
    public static var markdownTable: String {
        var out = "| Flag | Environment | Unit | Default | Range | Meaning |\n|---|---|---|---|---|---|\n"
        for s in all {
            out += "| `--\(s.flag)` | `\(s.environment)` | \(s.unit) | `\(s.defaultText)` | \(s.rangeText) | \(s.summary) |\n"
        }
        return out
    }

    /// The settings as `--help` lists them.
    public static var helpText: String {
        var out = "Settings (each also read from its environment variable; a flag wins; --flag value or --flag=value):\n"
        for s in all {
            out += "  --\(s.flag)\(s.isSwitch ? " [true|false]" : " <\(s.unit)>")\n      \(s.helpText)\n"
        }
        return out
    }

    /// The value of each flag in `arguments`: `--flag value`, `--flag=value`, or a
    /// yes/no flag alone (true) or followed by a truth value. The last of a repeated flag wins.
    static func flagValues(_ arguments: [String]) throws -> [String: String] {
        let byFlag = Dictionary(uniqueKeysWithValues: all.map { ($0.flag, $0) })
        var values = [String: String](), i = 0
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            guard argument.hasPrefix("--") else { throw ValidationError("unexpected argument '\(argument)'") }
            let body = argument.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            guard let setting = byFlag[name] else { throw ValidationError("unknown option '--\(name)'") }
            if let equals = body.firstIndex(of: "=") {
                values[name] = String(body[body.index(after: equals)...])
            } else if setting.isSwitch {
                if i < arguments.count, Setting.boolean(arguments[i]) != nil {
                    values[name] = arguments[i]
                    i += 1
                } else {
                    values[name] = "true"
                }
            } else {
                guard i < arguments.count else { throw ValidationError("--\(name) needs a value (\(setting.rangeText))") }
                values[name] = arguments[i]
                i += 1
            }
        }
        return values
    }
}
