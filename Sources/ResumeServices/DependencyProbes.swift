public import ResumeCore
public import ResumePostgres
public import ResumeRedis

/// PostgreSQL answers `SELECT 1` at `DATABASE_URL` — on a connection of the
/// probe's own, so a busy pool does not read as a database that is down. The
/// detail shows the pool's load.
public final class PostgresProbe: DependencyProbe {
    private let url: String
    private let pool: PostgresPool?
    // The monitor calls `check` from one serial queue; the lock makes that safe regardless.
    private let connection = ConditionLock<PostgresConnection?>(nil)
    public let name = "postgres"
    public let required = true

    public init(url: String, pool: PostgresPool? = nil) {
        self.url = url
        self.pool = pool
    }

    public func check(deadline: Deadline) -> (up: Bool, detail: String) {
        connection.withLock { c in
            do {
                if c == nil || c!.isBroken { c = try PostgresConnection(url: url, deadline: deadline, applicationName: "resumed-health") }
                _ = try c!.query("SELECT 1", context: QueryContext(deadline: deadline, label: "health"))
                guard let stats = pool?.statistics else { return (true, "ok") }
                return (true, "ok; pool \(stats.inUse)/\(stats.open) in use, \(stats.waiters) waiting")
            } catch let error as PostgresError {
                c = nil
                return (false, error.kind == .connectionFailed ? "cannot connect: \(error.message.prefix(120))" : "\(error.kind)")
            } catch {
                c = nil
                return (false, "\(type(of: error))")
            }
        }
    }
}

/// Redis answers PING at `REDIS_URL`. Not required: the cache fails open.
public struct RedisProbe: DependencyProbe {
    let url: RedisURL
    public let name = "redis"
    public let required = false

    public init(url: RedisURL) { self.url = url }

    public func check(deadline: Deadline) -> (up: Bool, detail: String) {
        do {
            let c = try RedisConnection(url: url, deadline: deadline)
            guard case .status("PONG") = try c.command(["PING"], deadline: deadline) else { return (false, "unexpected PING reply") }
            return (true, "ok")
        } catch {
            return (false, "\(error)")
        }
    }
}
