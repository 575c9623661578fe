import Dispatch
import Synchronization
public import Logging
import ResumeCore
public import ResumePool

/// The settings of a `PostgresPool`.
public struct PostgresPoolConfiguration: Sendable {
    /// `DATABASE_URL`.
    public var url: String
    /// Size, overflow, timeouts, lifetime.
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

/// Opens libpq connections for the pool.
struct PostgresConnectionFactory: PoolConnectionFactory {
    let url: String
    let applicationName: String
    let connectTimeoutMilliseconds: UInt64
    let sqlEcho: Logger?
    let counter: StatementCounter

    func open(deadline: Deadline) throws -> PostgresConnection {
        try PostgresConnection(url: url, deadline: deadline.earlier(.after(milliseconds: connectTimeoutMilliseconds)),
                               applicationName: applicationName, sqlEcho: sqlEcho, statementCounter: counter)
    }
    func isUsable(_ c: PostgresConnection) -> Bool { c.isUsable() }
    func ping(_ c: PostgresConnection, deadline: Deadline) -> Bool { c.ping(deadline: deadline) }
    func close(_ c: PostgresConnection) {}   // PQfinish runs when the last reference goes
}

/// A pool of libpq connections (SQLAlchemy's pool_size 20 + max_overflow 10
/// with pre-ping, by default). Work runs on the calling thread: callers are
/// worker-pool threads, never the I/O queue, so a slow query blocks only the
/// call that made it.
public final class PostgresPool: Sendable {
    /// The settings it was made with.
    public let configuration: PostgresPoolConfiguration
    /// Statements executed through this pool.
    public let statementCounter = StatementCounter()
    private let pool: ConnectionPool<PostgresConnectionFactory>
    private let stopped = Atomic(false)
    private let maintenanceQueue = DispatchQueue(label: "resumed.postgres-pool")

    public init(configuration: PostgresPoolConfiguration, logger: Logger) {
        self.configuration = configuration
        var echo: Logger?
        if configuration.sqlEcho {
            echo = logger
            echo?.logLevel = min(logger.logLevel, .info)
        }
        let factory = PostgresConnectionFactory(url: configuration.url, applicationName: configuration.applicationName,
                                                connectTimeoutMilliseconds: configuration.connectTimeoutMilliseconds,
                                                sqlEcho: echo, counter: statementCounter)
        pool = ConnectionPool(configuration: configuration.pool, factory: factory) { label, held in
            logger.warning("database connection held unusually long (possible leak)",
                           metadata: ["method": "\(label)", "held_ms": "\(held / 1_000_000)"])
        }
        scheduleMaintenance()
    }

    private func scheduleMaintenance() {
        let interval = DispatchTimeInterval.milliseconds(Int(configuration.maintenanceIntervalMilliseconds))
        maintenanceQueue.asyncAfter(deadline: .now() + interval) { [weak self] in
            guard let self, !stopped.load(ordering: .relaxed) else { return }
            pool.runMaintenance()
            scheduleMaintenance()
        }
    }

    /// Runs `body` with a connection, returned afterwards (closed if it broke).
    public func withConnection<R>(_ context: QueryContext, _ body: (PostgresConnection) throws -> R) throws -> R {
        let lease: PooledConnection<PostgresConnection>
        do {
            lease = try pool.lease(label: context.label, deadline: context.deadline)
        } catch {
            throw Self.translate(error)
        }
        do {
            let r = try body(lease.connection)
            pool.release(lease, healthy: !lease.connection.isBroken)
            return r
        } catch {
            pool.release(lease, healthy: !lease.connection.isBroken)
            throw error
        }
    }

    /// Runs `body` in a transaction on one connection. If the connection was
    /// lost before `COMMIT` (a server restart, `pg_terminate_backend`), nothing
    /// was committed, so the whole transaction runs once more on a new connection.
    public func transaction<R>(_ context: QueryContext, _ body: (PostgresConnection) throws -> R) throws -> R {
        try withRetry(context) { c in try c.transaction(context: context, body) }
    }

    /// Runs one statement on a pooled connection, retried like `withRetry`.
    @discardableResult
    public func query(_ sql: String, _ parameters: [any PostgresEncodable] = [], context: QueryContext) throws -> PostgresResult {
        try withRetry(context) { c in try c.query(sql, parameters, context: context) }
    }

    /// A snapshot of the pool.
    public var statistics: PoolStatistics { pool.statistics }

    /// Closes idle connections; connections in use close when returned; new checkouts fail.
    public func close() {
        stopped.store(true, ordering: .relaxed)
        pool.close()
    }

    static func translate(_ error: PoolError) -> PostgresError {
        switch error {
        case .checkoutTimedOut: PostgresError(.poolExhausted, error.description)
        case .deadlineExceeded: PostgresError(.deadlineExceeded, "deadline passed while waiting for a database connection")
        case .connectFailed(let e): (e as? PostgresError) ?? PostgresError(.connectionFailed, "\(e)")
        case .closed: PostgresError(.poolClosed, "the database pool is closed")
        }
    }
}

extension PostgresPool {
    /// Runs `body` (one statement's worth of work) on a pooled connection,
    /// once more on a new connection if the first attempt provably committed
    /// nothing (see `PostgresError.isSafeToRetry`).
    public func withRetry<R>(_ context: QueryContext, _ body: (PostgresConnection) throws -> R) throws -> R {
        do {
            return try withConnection(context, body)
        } catch let e as PostgresError where e.isSafeToRetry {
            return try withConnection(context, body)
        }
    }
}
