import Foundation
import ResumeCore
public import ResumeProto
public import ResumeServer
import ResumeWire

/// What the daemon reports about itself beyond call statistics, read when
/// `GetStats` is called (the daemon wires it to the server, the pool and
/// the cache).
public struct DaemonSnapshot: Sendable {
    public var connectionsOpen: Int
    public var callsInFlight: Int
    public var database: Resume_Rpc_V1_DatabasePoolStats
    public var cache: [Resume_Rpc_V1_CachePolicyStats]
    /// Bytes buffered against the server's budgets, the budgets, and connections shed so far.
    public var budgets = Budgets()
    /// Each work lane's load.
    public var lanes: [Lane] = []

    /// Bytes buffered against the server-wide budgets.
    public struct Budgets: Sendable {
        public var outputBytes = 0, outputLimit = 0, outputSheds = 0
        public var inputBytes = 0, inputLimit = 0, inputSheds = 0
        public init() {}
    }

    /// One work lane's load.
    public struct Lane: Sendable {
        public var name: String, queued: Int, running: Int, maxQueued: Int, threads: Int
        public init(name: String, queued: Int, running: Int, maxQueued: Int, threads: Int) {
            (self.name, self.queued, self.running, self.maxQueued, self.threads) = (name, queued, running, maxQueued, threads)
        }
    }

    public init(connectionsOpen: Int, callsInFlight: Int, database: Resume_Rpc_V1_DatabasePoolStats, cache: [Resume_Rpc_V1_CachePolicyStats]) {
        self.connectionsOpen = connectionsOpen
        self.callsInFlight = callsInFlight
        self.database = database
        self.cache = cache
    }
}

/// `resume.rpc.v1.Admin`: what the daemon has been doing. Service tokens only.
public struct AdminService: Sendable {
    let auth: Authenticator
    let calls: CallStatistics
    let snapshot: @Sendable () -> DaemonSnapshot
    let startedAt = MonotonicClock.nanoseconds()

    public init(auth: Authenticator, calls: CallStatistics, snapshot: @escaping @Sendable () -> DaemonSnapshot) {
        self.auth = auth
        self.calls = calls
        self.snapshot = snapshot
    }

    public var handlers: [MethodHandler] {
        let s = self
        return [
            .unary(Resume_Rpc_V1_Admin.getStats) { _, c in
                try s.auth.requireService(c)
                let now = s.snapshot()
                var response = Resume_Rpc_V1_GetStatsResponse()
                response.latencyBoundsUs = CallStatistics.boundsMicroseconds
                response.methods = s.calls.snapshot.map { e in
                    var cumulative: UInt64 = 0
                    return Resume_Rpc_V1_MethodStats(method: e.method, code: e.code.name, calls: e.calls,
                                                     latencySumUs: e.latencySumMicroseconds, latencyMaxUs: e.latencyMaxMicroseconds,
                                                     latencyBuckets: e.buckets.map { cumulative += $0; return cumulative })
                }
                response.database = now.database
                response.cache = now.cache
                response.connectionsOpen = UInt64(now.connectionsOpen)
                response.callsInFlight = UInt64(now.callsInFlight)
                response.uptimeMs = (MonotonicClock.nanoseconds() &- s.startedAt) / 1_000_000
                return response
            },
        ]
    }
}
