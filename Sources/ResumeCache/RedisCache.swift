public import ResumeCore
public import ResumeRedis
import Synchronization

/// Redis as a cache that fails open: every operation returns what Redis
/// gave, or nothing, never an error; failures (I/O, timeouts, garbage,
/// error replies) are counted and feed a circuit breaker, and while the
/// breaker is open Redis is not asked at all, so calls stop paying the
/// timeout until a trial call finds it back.
///
/// Thread-safe: the breaker is behind a `Mutex`; the client is Sendable.
public final class RedisCache: Sendable {
    let client: RedisClient
    /// Counters the operations feed.
    public let statistics: CacheStatistics
    private let breaker: Mutex<CircuitBreaker>

    public init(client: RedisClient, statistics: CacheStatistics, breaker: CircuitBreaker = CircuitBreaker()) {
        self.client = client
        self.statistics = statistics
        self.breaker = Mutex(breaker)
    }

    /// The breaker's state now.
    public var breakerState: CircuitBreaker.State { breaker.withLock { $0.state } }

    /// Runs `commands` if the breaker allows; nil (counted as an error for
    /// `policy`) when it failed, nil uncounted when the breaker skipped it.
    func run(_ commands: [[[UInt8]]], policy: CachePolicy, deadline: Deadline) async -> [RedisReply]? {
        guard breaker.withLock({ $0.allow(now: MonotonicClock.nanoseconds()) }) else { return nil }
        switch await client.execute(commands, deadline: deadline) {
        case .success(let replies) where !replies.contains(where: { if case .error = $0 { true } else { false } }):
            breaker.withLock { $0.succeeded() }
            return replies
        default:
            breaker.withLock { $0.failed(now: MonotonicClock.nanoseconds()) }
            statistics.add(.errors, policy)
            return nil
        }
    }

    /// The value at `key`, or nil (absent, or Redis unusable).
    public func get(_ key: String, policy: CachePolicy, deadline: Deadline) async -> [UInt8]? {
        guard let replies = await run([[Array("GET".utf8), Array(key.utf8)]], policy: policy, deadline: deadline) else { return nil }
        if case .bulk(let value) = replies[0] { return value }
        return nil
    }

    /// Stores `value` at `key` with the policy's jittered TTL, and lists the
    /// key in `index` (a set kept as long), so deletes can find it.
    public func set(_ key: String, _ value: [UInt8], index: String?, policy: CachePolicy, deadline: Deadline) async {
        let ttl = String(policy.ttl(unit: Double.random(in: -1...1)) * 1_000)
        var commands: [[[UInt8]]] = [[Array("SET".utf8), Array(key.utf8), value, Array("PX".utf8), Array(ttl.utf8)]]
        if let index {
            commands.append([Array("SADD".utf8), Array(index.utf8), Array(key.utf8)])
            commands.append([Array("PEXPIRE".utf8), Array(index.utf8), Array(String(policy.ttlSeconds * 2_000).utf8)])
        }
        if await run(commands, policy: policy, deadline: deadline) != nil { statistics.add(.sets, policy) }
    }

    /// Deletes the keys listed in `index` that `matching` selects (all when
    /// nil), and those keys from the index; returns how many were deleted.
    @discardableResult
    public func deleteIndexed(_ index: String, policy: CachePolicy, deadline: Deadline, matching: ((String) -> Bool)? = nil) async -> Int {
        guard let replies = await run([[Array("SMEMBERS".utf8), Array(index.utf8)]], policy: policy, deadline: deadline),
              case .array(let members) = replies[0] else { return 0 }
        let keys: [[UInt8]] = members.compactMap { m in
            guard case .bulk(let k) = m else { return nil }
            return matching.map { $0(String(decoding: k, as: UTF8.self)) ? k : nil } ?? k
        }
        guard !keys.isEmpty else { return 0 }
        var commands: [[[UInt8]]] = [[Array("DEL".utf8)] + keys, [Array("SREM".utf8), Array(index.utf8)] + keys]
        if matching == nil { commands.append([Array("DEL".utf8), Array(index.utf8)]) }
        guard let done = await run(commands, policy: policy, deadline: deadline), case .integer(let n) = done[0] else { return 0 }
        statistics.add(.invalidations, policy, Int(n))
        return Int(n)
    }

    /// Deletes `keys` without counting them as invalidations (stale entries found, not data changed).
    public func forget(_ keys: [String], policy: CachePolicy, deadline: Deadline) async {
        guard !keys.isEmpty else { return }
        _ = await run([[Array("DEL".utf8)] + keys.map { Array($0.utf8) }], policy: policy, deadline: deadline)
    }

    /// Deletes the lock at `key` if it still holds `token` (compare-and-delete, atomic in Redis).
    public func unlock(_ key: String, token: [UInt8], policy: CachePolicy, deadline: Deadline) async {
        _ = await run([[Array("EVAL".utf8), Self.unlockScript, Array("1".utf8), Array(key.utf8), token]], policy: policy, deadline: deadline)
    }

    private static let unlockScript = Array("""
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end
        """.utf8)

    /// Takes a short lock (`SET key token NX PX ms`): true when this caller
    /// holds it, or when Redis cannot be asked (fail open: compute rather than wait).
    public func lock(_ key: String, token: [UInt8], milliseconds: Int, policy: CachePolicy, deadline: Deadline) async -> Bool {
        guard let replies = await run([[Array("SET".utf8), Array(key.utf8), token, Array("NX".utf8), Array("PX".utf8), Array(String(milliseconds).utf8)]],
                                      policy: policy, deadline: deadline) else { return true }
        return replies[0] == .status("OK")
    }

    /// Publishes `message` on `channel` (best effort).
    public func publish(_ channel: String, _ message: [UInt8], policy: CachePolicy, deadline: Deadline) async {
        _ = await run([[Array("PUBLISH".utf8), Array(channel.utf8), message]], policy: policy, deadline: deadline)
    }
}
