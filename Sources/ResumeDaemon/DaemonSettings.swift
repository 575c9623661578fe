/// Every setting of `resumed`, in one place: `--help`, the README table
/// (`resumed --print-settings`) and validation all read it.
public enum DaemonSettings {
    public static let listen = Setting.text("listen", "RESUMED_LISTEN", unit: "host:port", default: "127.0.0.1:7700",
                                            "TCP address to serve on", rangeText: "host:port, [ipv6]:port")
    public static let unixSocket = Setting.text("unix-socket", "RESUMED_UNIX_SOCKET", unit: "path", default: "",
                                                "Also serve on this Unix domain socket", rangeText: "a path up to 107 bytes, or empty")
    public static let metricsListen = Setting.text("metrics-listen", "RESUMED_METRICS_LISTEN", unit: "host:port", default: "",
                                                   "Serve Prometheus metrics (GET /metrics, HTTP/1.1) here; empty: off",
                                                   rangeText: "host:port (loopback advised), or empty")
    public static let databaseURL = Setting.text("database-url", "DATABASE_URL", unit: "URL", default: "postgresql://localhost:5432/resumed",
                                                 "PostgreSQL to use", rangeText: "postgresql://user:password@host:port/db")
    public static let redisURL = Setting.text("redis-url", "REDIS_URL", unit: "URL", default: "redis://127.0.0.1:6379/0",
                                              "Redis to use as the cache", rangeText: "redis://[:password@]host:port/db")
    public static let sqlEcho = Setting.boolean("sql-echo", "SQL_ECHO", default: false,
                                                "Log the text of every SQL statement (never its parameters)")
    public static let logLevel = Setting.text("log-level", "RESUMED_LOG_LEVEL", unit: "level", default: "info",
                                              "Least severe log level written", rangeText: "trace, debug, info, notice, warning, error, critical")
    public static let maxFrameBytes = Setting.integer("max-frame-bytes", "RESUMED_MAX_FRAME_BYTES", unit: "bytes", default: 4 * 1024 * 1024,
                                                      range: 1024...(64 * 1024 * 1024), "Largest frame body accepted or sent")
    public static let maxConnections = Setting.integer("max-connections", "RESUMED_MAX_CONNECTIONS", unit: "connections", default: 10_000,
                                                       range: 1...1_000_000, "Open connections at most; one more gets UNAVAILABLE")
    public static let maxCallsInFlight = Setting.integer("max-calls-in-flight", "RESUMED_MAX_CALLS_IN_FLIGHT", unit: "calls per connection", default: 256,
                                                         range: 1...65_536, "Calls in flight per connection before reading pauses")
    public static let outputBudget = Setting.integer("output-budget-bytes", "RESUMED_OUTPUT_BUDGET_BYTES", unit: "bytes", default: 256 * 1024 * 1024,
                                                     range: (1024 * 1024)...(64 * 1024 * 1024 * 1024),
                                                     "Unsent response bytes across all connections; past it answers are refused and the biggest holders shed")
    public static let inputBudget = Setting.integer("input-budget-bytes", "RESUMED_INPUT_BUDGET_BYTES", unit: "bytes", default: 64 * 1024 * 1024,
                                                    range: (1024 * 1024)...(64 * 1024 * 1024 * 1024),
                                                    "Bytes of incomplete request frames across all connections; past it the biggest holders are shed")
    public static let idleTimeout = Setting.integer("idle-timeout-ms", "RESUMED_IDLE_TIMEOUT_MS", unit: "ms", default: 300_000,
                                                    range: 1_000...86_400_000, "Close a connection idle this long")
    public static let readTimeout = Setting.integer("read-timeout-ms", "RESUMED_READ_TIMEOUT_MS", unit: "ms", default: 30_000,
                                                    range: 100...3_600_000, "Close a connection whose partial frame stalls this long")
    public static let defaultDeadline = Setting.integer("default-deadline-ms", "RESUMED_DEFAULT_DEADLINE_MS", unit: "ms", default: 30_000,
                                                        range: 1...3_600_000, "Deadline of a call sent with timeout_ms = 0")
    public static let maxDeadline = Setting.integer("max-deadline-ms", "RESUMED_MAX_DEADLINE_MS", unit: "ms", default: 300_000,
                                                    range: 1...86_400_000, "Longest deadline granted; larger timeout_ms values are cut to it")
    public static let drainTimeout = Setting.integer("drain-timeout-ms", "RESUMED_DRAIN_TIMEOUT_MS", unit: "ms", default: 10_000,
                                                     range: 0...600_000, "On SIGTERM/SIGINT, how long calls in flight may finish")
    public static let cpuThreads = Setting.integer("cpu-threads", "RESUMED_CPU_THREADS", unit: "threads", default: 0,
                                                   range: 0...256, "Threads of the CPU lane (redaction); 0: one per CPU")
    public static let cpuMaxQueued = Setting.integer("cpu-max-queued", "RESUMED_CPU_MAX_QUEUED", unit: "jobs", default: 1_024,
                                                     range: 1...1_000_000, "Jobs waiting for the CPU lane at most; more get RESOURCE_EXHAUSTED")
    public static let healthInterval = Setting.integer("health-interval-ms", "RESUMED_HEALTH_INTERVAL_MS", unit: "ms", default: 2_000,
                                                       range: 100...60_000, "How often PostgreSQL and Redis are probed for Health")

    public static let migrate = Setting.boolean("migrate", "RESUMED_MIGRATE", default: false,
                                                "Apply pending schema migrations at start-up instead of refusing to start")
    public static let dbPoolSize = Setting.integer("db-pool-size", "RESUMED_DB_POOL_SIZE", unit: "connections", default: 20,
                                                   range: 1...500, "PostgreSQL connections kept open")
    public static let dbMaxOverflow = Setting.integer("db-max-overflow", "RESUMED_DB_MAX_OVERFLOW", unit: "connections", default: 10,
                                                      range: 0...500, "Extra connections opened under load, closed again when idle")
    public static let dbPipelineDepth = Setting.integer("db-pipeline-depth", "RESUMED_DB_PIPELINE_DEPTH", unit: "requests", default: 64,
                                                        range: 1...1_024, "Requests sent on one connection as one pipelined batch at most")
    public static let dbCheckoutTimeout = Setting.integer("db-checkout-timeout-ms", "RESUMED_DB_CHECKOUT_TIMEOUT_MS", unit: "ms", default: 30_000,
                                                          range: 1...600_000, "Longest wait for a free connection (never past the call's deadline)")
    public static let dbPrePing = Setting.boolean("db-pre-ping", "RESUMED_DB_PRE_PING", default: true,
                                                  "Check a connection before handing it out; replace it if dead")
    public static let dbPingBypass = Setting.integer("db-ping-bypass-ms", "RESUMED_DB_PING_BYPASS_MS", unit: "ms", default: 1_000,
                                                     range: 0...60_000, "Connections used this recently get a socket check instead of a round trip")
    public static let dbMaxLifetime = Setting.integer("db-max-lifetime-ms", "RESUMED_DB_MAX_LIFETIME_MS", unit: "ms", default: 1_800_000,
                                                      range: 30_000...86_400_000, "Retire a connection after this long")
    public static let dbLifetimeJitter = Setting.integer("db-lifetime-jitter-ms", "RESUMED_DB_LIFETIME_JITTER_MS", unit: "ms", default: 60_000,
                                                         range: 0...3_600_000, "Random part taken off each lifetime (at most a quarter of it)")
    public static let dbOverflowIdleTimeout = Setting.integer("db-overflow-idle-timeout-ms", "RESUMED_DB_OVERFLOW_IDLE_TIMEOUT_MS", unit: "ms",
                                                              default: 60_000, range: 1_000...86_400_000, "Close an overflow connection idle this long")
    public static let dbLeakThreshold = Setting.integer("db-leak-threshold-ms", "RESUMED_DB_LEAK_THRESHOLD_MS", unit: "ms", default: 60_000,
                                                        range: 0...86_400_000, "Warn (naming the method) when a connection is held this long; 0: off")
    public static let dbConnectTimeout = Setting.integer("db-connect-timeout-ms", "RESUMED_DB_CONNECT_TIMEOUT_MS", unit: "ms", default: 5_000,
                                                         range: 100...60_000, "Longest a new connection may take")

    public static let redisMaxConnections = Setting.integer("redis-max-connections", "RESUMED_REDIS_MAX_CONNECTIONS", unit: "connections",
                                                            default: 10, range: 1...100, "Redis connections of the cache at most")
    public static let redisConnectTimeout = Setting.integer("redis-connect-timeout-ms", "RESUMED_REDIS_CONNECT_TIMEOUT_MS", unit: "ms",
                                                            default: 250, range: 10...60_000, "Longest a Redis connection (with AUTH and SELECT) may take")
    public static let redisCommandTimeout = Setting.integer("redis-command-timeout-ms", "RESUMED_REDIS_COMMAND_TIMEOUT_MS", unit: "ms",
                                                            default: 50, range: 1...60_000,
                                                            "Longest a cache command may take (never past the call's deadline); then the cache is skipped")
    public static let cacheNear = Setting.boolean("cache-near", "RESUMED_CACHE_NEAR", default: true,
                                                  "In-process near cache in front of Redis (analyses, resume versions, user status)")
    public static let cacheNearEntries = Setting.integer("cache-near-entries", "RESUMED_CACHE_NEAR_ENTRIES", unit: "entries", default: 10_000,
                                                         range: 1...1_000_000, "Analyses the near cache holds at most")
    public static let cacheNearBytes = Setting.integer("cache-near-bytes", "RESUMED_CACHE_NEAR_BYTES", unit: "bytes", default: 64 * 1024 * 1024,
                                                       range: 1_024...4 * 1024 * 1024 * 1024, "Encoded analyses the near cache holds at most")
    public static let cacheNearTTL = Setting.integer("cache-near-ttl-ms", "RESUMED_CACHE_NEAR_TTL_MS", unit: "ms", default: 60_000,
                                                     range: 100...3_600_000, "Lifetime of a near-cache analysis or resume version")
    public static let cacheUserStatusTTL = Setting.integer("cache-user-status-ttl-ms", "RESUMED_CACHE_USER_STATUS_TTL_MS", unit: "ms",
                                                           default: 5_000, range: 100...60_000,
                                                           "Lifetime of a near-cache user status: the longest a lost invalidation lets a deactivated user's warm hits through on another daemon")

    public static let serviceTokens = Setting.secret("service-tokens", "RESUMED_SERVICE_TOKENS", minimumBytes: 16,
                                                     "Service tokens (comma-separated) for the service-level methods; prefer the variable or the file",
                                                     rangeText: "each at least 16 bytes")
    public static let serviceTokensFile = Setting.text("service-tokens-file", "RESUMED_SERVICE_TOKENS_FILE", unit: "path", default: "",
                                                       "File of service tokens, one per line (# comments)", rangeText: "a readable file, or empty")
    public static let tokenSecret = Setting.secret("token-secret", "RESUMED_TOKEN_SECRET", minimumBytes: 32,
                                                   "HMAC-SHA256 key of user tokens; unset: random per start (tokens die with the process)",
                                                   rangeText: "at least 32 bytes")
    public static let tokenTTL = Setting.integer("token-ttl-seconds", "RESUMED_TOKEN_TTL_SECONDS", unit: "s", default: 3_600,
                                                 range: 60...604_800, "Lifetime of a user token from Authenticate")
    public static let bcryptCost = Setting.integer("bcrypt-cost", "RESUMED_BCRYPT_COST", unit: "log2 rounds", default: 12,
                                                   range: 4...15, "bcrypt cost of new password hashes (12 takes ~160 ms)")
    public static let hashMaxQueued = Setting.integer("hash-max-queued", "RESUMED_HASH_MAX_QUEUED", unit: "jobs", default: 1_024,
                                                      range: 1...1_000_000, "Password hashes waiting at most; more are RESOURCE_EXHAUSTED")
    public static let laneQueueTimeout = Setting.integer("lane-queue-timeout-ms", "RESUMED_LANE_QUEUE_TIMEOUT_MS", unit: "ms", default: 5_000,
                                                         range: 10...300_000,
                                                         "Longest work waits for a lane's thread (bcrypt, cpu, analysis) before it is RESOURCE_EXHAUSTED")
    public static let laneNiceness = Setting.integer("lane-niceness", "RESUMED_LANE_NICENESS", unit: "nice", default: 10, range: 0...19,
                                                     "Priority of the lanes' threads below the event loop's (0: the same)")
    public static let hashThreads = Setting.integer("hash-threads", "RESUMED_HASH_THREADS", unit: "threads", default: 0,
                                                    range: 0...64, "Threads hashing passwords; 0: one per CPU")

    /// Name, variable, unit, default and range of every setting, for the README.
    public static var table: [(flag: String, environment: String, unit: String, defaultText: String, range: String, summary: String)] {
        func row<V>(_ s: Setting<V>) -> (String, String, String, String, String, String) {
            (s.flag, s.environment, s.unit, s.defaultText, s.rangeText, s.summary)
        }
        return [
            row(listen), row(unixSocket), row(metricsListen), row(databaseURL), row(redisURL), row(sqlEcho), row(logLevel),
            row(maxFrameBytes), row(maxConnections), row(maxCallsInFlight), row(outputBudget), row(inputBudget), row(idleTimeout), row(readTimeout),
            row(defaultDeadline), row(maxDeadline), row(drainTimeout), row(cpuThreads), row(cpuMaxQueued),
            row(healthInterval), row(migrate), row(dbPoolSize), row(dbMaxOverflow), row(dbPipelineDepth), row(dbCheckoutTimeout), row(dbPrePing),
            row(dbPingBypass), row(dbMaxLifetime), row(dbLifetimeJitter), row(dbOverflowIdleTimeout), row(dbLeakThreshold),
            row(dbConnectTimeout), row(redisMaxConnections), row(redisConnectTimeout), row(redisCommandTimeout),
            row(cacheNear), row(cacheNearEntries), row(cacheNearBytes), row(cacheNearTTL), row(cacheUserStatusTTL),
            row(serviceTokens), row(serviceTokensFile), row(tokenSecret), row(tokenTTL), row(bcryptCost),
            row(hashThreads), row(hashMaxQueued), row(laneQueueTimeout), row(laneNiceness),
        ]
    }

    /// The settings as a Markdown table.
    public static var markdownTable: String {
        var out = "| Flag | Environment | Unit | Default | Range | Meaning |\n|---|---|---|---|---|---|\n"
        for r in table {
            out += "| `--\(r.flag)` | `\(r.environment)` | \(r.unit) | `\(r.defaultText)` | \(r.range) | \(r.summary) |\n"
        }
        return out
    }
}
