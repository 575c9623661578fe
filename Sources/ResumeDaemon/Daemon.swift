#if canImport(Glibc)
import Glibc
#endif
public import Logging
import Foundation
import ResumeAuth
public import ResumeCache
import ResumeCore
import ResumeData
import ResumeMigrations
import ResumePostgres
import ResumeProto
import ResumeRedis
import ResumeRedaction
import ResumeServer
public import ResumeServices
import Synchronization
import ResumeStores
public import ResumeTransport

/// `resumed` assembled: one event loop shared by the RPC server and the
/// PostgreSQL client, the stores services see, work lanes, the dependency
/// monitor and the handlers. The executable adds signals and `dispatchMain`;
/// tests run it in-process.
public final class Daemon: Sendable {
    /// The settings it runs with.
    public let configuration: DaemonConfiguration
    private let logger: Logger
    private let loop: EventLoop
    private let server: RPCServer
    private let monitor: DependencyMonitor
    private let database: PostgresClient
    private let hasher: PasswordHasher
    private let cpu: WorkLane
    private let analysisLane: WorkLane
    private let redis: RedisClient
    /// The cache layer (tests read its statistics and subscription).
    public let cache: CacheLayer
    /// Password checks asked for so far (tests read it).
    public var passwordChecks: Int { hasher.checks.count }
    /// Deletes expired idempotency keys and authentication-failure windows.
    private let purge: ExpiryPurge
    /// Every answered call, by method and status (Admin/GetStats).
    public let calls = CallStatistics()
    /// The analysis service (tests read how many analyses it computed).
    public let analysis: AnalysisService
    /// `Admin/GetStats` and the Prometheus text it shares its sources with.
    public let admin: AdminService
    /// `GET /metrics`, when `--metrics-listen` is set.
    private let metrics: MetricsEndpoint?
    /// Where `/metrics` is served, once started (nil when off).
    public var metricsAddress: SocketAddress? { metrics?.address }

    /// Builds everything; nothing connects or listens until `start()`.
    public init(configuration: DaemonConfiguration, logger: Logger) throws {
        self.configuration = configuration
        self.logger = logger
        let servingState = ServingState()
        loop = try EventLoop(label: "resumed.io")
        database = PostgresClient(configuration: configuration.database, loop: loop, logger: logger)
        let redisURL = try RedisURL(parsing: configuration.redisURL)
        var redisConfiguration = configuration.redis
        redisConfiguration.url = redisURL
        redis = RedisClient(configuration: redisConfiguration, loop: loop, logger: logger)
        cache = CacheLayer(configuration: configuration.cache, redis: RedisCache(client: redis, statistics: CacheStatistics()),
                           redisURL: redisURL, loop: loop, logger: logger)
        monitor = DependencyMonitor(
            probes: [PostgresProbe(url: configuration.databaseURL, client: database), RedisProbe(url: redisURL)],
            intervalMilliseconds: configuration.healthIntervalMilliseconds,
            logger: logger
        )
        let tokens = try ServiceTokens(list: configuration.serviceTokenList, file: configuration.serviceTokenFileContents)
        if tokens.count == 0 {
            logger.warning("no service tokens configured: service-level methods (CreateUser, Authenticate, ...) will refuse every call")
        }
        let secret: [UInt8]
        if let configured = configuration.tokenSecret {
            secret = configured
        } else {
            logger.warning("RESUMED_TOKEN_SECRET is not set: using a random secret; user tokens stop working when the daemon restarts")
            secret = UserTokenSigner.randomSecret()
        }
        let signer = UserTokenSigner(secret: secret, lifetimeSeconds: configuration.tokenLifetimeSeconds)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let queueWait = configuration.laneQueueTimeoutMilliseconds, nice = configuration.laneNiceness
        hasher = try PasswordHasher(cost: configuration.bcryptCost, threads: configuration.hashThreads == 0 ? cores : configuration.hashThreads,
                                    maxQueued: configuration.hashMaxQueued, maxQueueWaitMilliseconds: queueWait, niceness: nice)
        cpu = WorkLane(name: "cpu", threads: configuration.cpuThreads == 0 ? cores : configuration.cpuThreads,
                       maxQueued: configuration.cpuMaxQueued, maxQueueWaitMilliseconds: queueWait, niceness: nice)
        analysisLane = WorkLane(name: "analysis", threads: configuration.cpuThreads == 0 ? cores : configuration.cpuThreads,
                                maxQueued: configuration.cpuMaxQueued, maxQueueWaitMilliseconds: queueWait, niceness: nice)
        let users: any UserStore = CachedUserStore(inner: PostgresUserStore(client: database), cache: cache)
        let auth = Authenticator(serviceTokens: tokens, signer: signer)
        // A list response leaves room for the envelope under the frame limit.
        let budget = configuration.server.wireLimits.maxFrameSize - min(64 * 1024, configuration.server.wireLimits.maxFrameSize / 4)
        let cursors = CursorSigner(secret: secret)
        let guardStore = PostgresGuardStore(client: database)
        let guards = CallGuards(store: guardStore, fingerprinter: Fingerprinter(secret: secret), quotas: configuration.quotas,
                                retentionSeconds: configuration.idempotencyRetentionSeconds,
                                authenticationFailures: configuration.authenticationFailures,
                                authenticationWindowSeconds: configuration.authenticationWindowSeconds)
        purge = ExpiryPurge(store: guardStore, authenticationWindowSeconds: configuration.authenticationWindowSeconds, logger: logger)
        analysis = AnalysisService(analyses: CachedAnalysisStore(inner: PostgresAnalysisStore(client: database), cache: cache), auth: auth, lane: analysisLane,
                                   responseBudget: budget, cursors: cursors, guards: guards)
        let serverBox = ServerBox()
        let database = self.database, calls = self.calls, cache = self.cache
        let lanes = [hasher.lane, cpu, analysisLane], serverSettings = configuration.server
        let admin = AdminService(auth: auth, calls: calls) {
            let pool = database.statistics
            var snapshot = DaemonSnapshot(
                connectionsOpen: serverBox.server?.connectionCount ?? 0, callsInFlight: serverBox.server?.callsInFlight ?? 0,
                database: Resume_Rpc_V1_DatabasePoolStats(
                    open: UInt32(pool.open), opening: UInt32(pool.opening), inUse: UInt32(pool.inUse), idle: UInt32(pool.idle),
                    overflow: UInt32(pool.overflow), waiting: UInt32(pool.waiters), checkoutTimeouts: UInt64(pool.timeouts),
                    opened: UInt64(pool.opened), closed: UInt64(pool.closed), replaced: UInt64(pool.replaced),
                    statements: UInt64(pool.statements), batches: UInt64(pool.batches)),
                cache: cache.policyStatistics.map { p in
                    Resume_Rpc_V1_CachePolicyStats(
                        policy: p.policy, hits: UInt64(p.counts.hits), misses: UInt64(p.counts.misses), errors: UInt64(p.counts.errors),
                        sets: UInt64(p.counts.sets), invalidations: UInt64(p.counts.invalidations), nearHits: UInt64(p.counts.nearHits),
                        evictions: UInt64(p.counts.evictions), breakerState: p.breaker)
                })
            if let usage = serverBox.server?.budgetUsage {
                snapshot.budgets.outputBytes = usage.output
                snapshot.budgets.inputBytes = usage.input
                snapshot.budgets.outputSheds = usage.outputSheds
                snapshot.budgets.inputSheds = usage.inputSheds
            }
            snapshot.budgets.outputLimit = serverSettings.outputBudgetBytes
            snapshot.budgets.inputLimit = serverSettings.inputBudgetBytes
            snapshot.lanes = lanes.map { l in
                let load = l.load
                return DaemonSnapshot.Lane(name: l.name, queued: load.queued, running: load.running, maxQueued: l.maxQueued, threads: l.threadCount)
            }
            return snapshot
        }
        self.admin = admin
        metrics = configuration.metricsListen == nil ? nil
            : MetricsEndpoint(loop: loop, logger: logger, readTimeoutMilliseconds: configuration.metricsReadTimeoutMilliseconds) {
                admin.prometheusText()
            }
        let redactor = PIIRedactor(defaultRegion: configuration.redactionDefaultRegion)
        let served = DiagnosticsService().handlers
            + HealthService(servingState: servingState, monitor: monitor, lanes: [hasher.lane, cpu, analysisLane]).handlers
            + UserService(users: users, auth: auth, hasher: hasher, signer: signer, guards: guards).handlers
            + ResumeService(resumes: CachedResumeStore(inner: PostgresResumeStore(client: database, redactorVersion: RedactorVersion.current), cache: cache), auth: auth, responseBudget: budget, cursors: cursors, cpu: cpu,
                            redactor: redactor, guards: guards).handlers
            + JobDescriptionService(jobs: CachedJobDescriptionStore(inner: PostgresJobDescriptionStore(client: database, redactorVersion: RedactorVersion.current), cache: cache), auth: auth, responseBudget: budget,
                                    cursors: cursors, cpu: cpu, redactor: redactor, guards: guards).handlers
            + analysis.handlers
            + GenerationService(generated: PostgresGeneratedResumeStore(client: database), auth: auth, responseBudget: budget,
                                cursors: cursors, guards: guards).handlers
            + admin.handlers
            + RedactionRewriteService(store: CachedRedactionRewriteStore(inner: PostgresRedactionRewriteStore(client: database), cache: cache),
                                      auth: auth, cpu: cpu, redactor: redactor).handlers
        let reflection = ReflectionService(auth: auth, requireServiceToken: configuration.reflectionRequiresServiceToken,
                                           servedPaths: served.map(\.path), descriptorSet: EmbeddedDescriptorSet.bytes)
        let registry = try MethodRegistry(served + reflection.handlers)
        server = try RPCServer(configuration: configuration.server, registry: registry, servingState: servingState, loop: loop, logger: logger) {
            method, code, nanoseconds in calls.record(method: method, code: code, nanoseconds: nanoseconds)
        }
        serverBox.server = server
        let missing = registry.methodsWithoutHandler
        if !missing.isEmpty {
            logger.notice("methods declared without a handler answer UNIMPLEMENTED", metadata: ["methods": "\(missing.joined(separator: ", "))"])
        }
    }

    /// Checks (or, with `migrate`, brings up to date) the database schema,
    /// probes the dependencies once, then listens. Returns the bound addresses.
    public func start() throws -> [SocketAddress] {
        Self.raiseDescriptorLimit(to: configuration.server.maxConnections + 1_024)
        let migrator = Migrator(set: ResumeSchema.migrations, url: configuration.databaseURL, logger: logger)
        if configuration.migrate {
            try migrator.upgrade(to: .head)
        } else {
            try migrator.ensureCurrent()
        }
        monitor.start()
        cache.start()
        purge.start()
        if let endpoint = metrics, let address = configuration.metricsListen {
            let bound = try endpoint.start(address)
            logger.info("metrics served", metadata: ["address": "\(bound)", "path": "\(MetricsEndpoint.path)"])
        }
        let addresses = try server.start()
        logger.info("listening", metadata: ["addresses": "\(addresses.map(\.description).joined(separator: ", "))"])
        return addresses
    }

    /// Drains and stops; `completion` runs when everything is closed, at
    /// most 1 s after the drain timeout: lanes refuse the work they had not
    /// started and get what is left of that second for the work running.
    public func shutdown(_ completion: @escaping @Sendable () -> Void) {
        logger.info("shutdown requested")
        let end = Deadline.after(milliseconds: configuration.server.drainTimeoutMilliseconds + 900)
        let monitor = self.monitor, database = self.database, logger = self.logger, hasher = self.hasher, cpu = self.cpu, loop = self.loop
        let analysisLane = self.analysisLane, cache = self.cache, redis = self.redis, metrics = self.metrics
        metrics?.stop()
        purge.stop()
        server.shutdown {
            let stats = database.statistics
            logger.notice("database pool at shutdown", metadata: [
                "statements": "\(stats.statements)", "batches": "\(stats.batches)", "opened": "\(stats.opened)",
                "replaced": "\(stats.replaced)", "checkout_timeouts": "\(stats.timeouts)",
            ])
            database.close()
            cache.stop()
            redis.close()
            hasher.shutdown(deadline: end)
            cpu.shutdown(deadline: end)
            analysisLane.shutdown(deadline: end)
            monitor.stop()
            loop.stop()
            logger.info("database pool closed")
            completion()
        }
    }

    /// Raises the soft limit on open descriptors toward `wanted` (capped at the hard limit).
    static func raiseDescriptorLimit(to wanted: Int) {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return }
        let target = min(rlim_t(wanted), limit.rlim_max)
        if limit.rlim_cur < target {
            limit.rlim_cur = target
            _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        }
    }
}

/// Lets `GetStats` reach the server, which is built after its handlers.
/// Thread-safe: the reference is behind a `Mutex`.
private final class ServerBox: Sendable {
    private let reference = Mutex<RPCServer?>(nil)
    var server: RPCServer? {
        get { reference.withLock { $0 } }
        set { reference.withLock { $0 = newValue } }
    }
}
