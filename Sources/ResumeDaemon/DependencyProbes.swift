public import ResumeCore
public import ResumePostgres
public import ResumeRedis
public import ResumeServices

/// PostgreSQL answers `SELECT 1` at `DATABASE_URL` — on a connection of the
/// probe's own (blocking, on the monitor's queue), so a busy pool does not
/// read as a database that is down. The detail shows the pool's load.
public final class PostgresProbe: DependencyProbe {
    private let url: String
    private let client: PostgresClient?
    // The monitor calls `check` from one serial queue; the lock makes that safe regardless.
    private let connection = ConditionLock<PostgresConnection?>(nil)
    public let name = "postgres"
    public let required = true

    public init(url: String, client: PostgresClient? = nil) {
        self.url = url
        self.client = client
    }

    public func check(deadline: Deadline) -> (up: Bool, detail: String, cause: String?) {
        connection.withLock { c in
            do {
                if c == nil || c!.isBroken { c = try PostgresConnection(url: url, deadline: deadline, applicationName: "resumed-health") }
                _ = try c!.query("SELECT 1", context: QueryContext(deadline: deadline, label: "health"))
                guard let stats = client?.statistics else { return (true, "ok", nil) }
                return (true, "ok; pool \(stats.inUse)/\(stats.open) in use, \(stats.waiters) waiting", nil)
            } catch let error as PostgresError {
                c = nil
                let detail = switch error.kind {
                case .connectionFailed: "cannot connect"
                case .deadlineExceeded: "no answer in time"
                default: "query failed"
                }
                return (false, detail, error.description)
            } catch {
                c = nil
                return (false, "query failed", "\(type(of: error))")
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

    public func check(deadline: Deadline) -> (up: Bool, detail: String, cause: String?) {
        do {
            let c = try RedisConnection(url: url, deadline: deadline)
            guard case .status("PONG") = try c.command(["PING"], deadline: deadline) else { return (false, "unexpected PING reply", nil) }
            return (true, "ok", nil)
        } catch {
            let detail = switch error {
            case .timedOut: "no answer in time"
            case .io: "cannot connect"
            default: "PING failed"
            }
            return (false, detail, error.description)
        }
    }
}
