public import ResumeCore
import ResumePostgres
public import ResumeRedis

/// PostgreSQL answers connections at `DATABASE_URL`.
public struct PostgresProbe: DependencyProbe {
    let url: String
    public let name = "postgres"
    public let required = true

    public init(url: String) { self.url = url }

    public func check(deadline: Deadline) -> (up: Bool, detail: String) {
        switch PostgresPing.ping(url: url, timeoutSeconds: Int(deadline.remainingMilliseconds() / 1000)) {
        case .accepting: (true, "ok")
        case .rejecting: (false, "server is up but refusing connections")
        case .noResponse: (false, "no response")
        case .badSettings: (false, "DATABASE_URL is not usable")
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
