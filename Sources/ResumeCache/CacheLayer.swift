import Foundation
public import Logging
import ResumeCore
public import ResumeRedis
import ResumeStores
public import ResumeTransport
import Synchronization

/// The settings of the cache layer.
public struct CacheConfiguration: Sendable {
    /// Whether the in-process near cache is used. Default on.
    public var nearCacheEnabled = true
    /// Near-cache entries at most (analyses). Default 10,000.
    public var nearCacheEntries = 10_000
    /// Near-cache bytes at most (analyses, as encoded). Default 64 MiB.
    public var nearCacheBytes = 64 * 1024 * 1024
    /// Analysis near-cache TTL, in ms. Default 60,000.
    public var nearCacheTTLMilliseconds: UInt64 = 60_000
    /// User-status TTL, in ms (the longest a missed invalidation can let a
    /// deactivated user act on another daemon). Default 5,000.
    public var userStatusTTLMilliseconds: UInt64 = 5_000
    /// How long a computing daemon holds the cross-process lock of one analysis, in ms. Default 5,000.
    public var computeLockMilliseconds = 5_000

    public init() {}
}

/// The cache layer's shared state: the Redis cache (fail-open), the
/// in-process near caches, and invalidation — applied at once here when
/// this daemon changes data, and on other daemons through Redis pub/sub.
///
/// Near-cache entries are only trusted while this daemon is subscribed to
/// the invalidation channel (or runs without Redis, alone): a daemon that
/// loses its subscription drops them and stops filling them until it is
/// subscribed again. Every invalidation advances its user's epoch (one of
/// `epochStripes` counters, chosen by the user id, so other users' changes
/// rarely get in the way); a lookup that went further fills the near cache
/// only if its user's epoch did not move meanwhile, so a slow read never
/// reinstates what an update removed.
///
/// Thread-safe: the near caches and epoch are behind a `Mutex`.
public final class CacheLayer: Sendable {
    public let configuration: CacheConfiguration
    /// Redis, or nil when the daemon runs without it.
    public let redis: RedisCache?
    public let statistics: CacheStatistics
    let logger: Logger
    private let state: Mutex<State>
    private let subscriber: RedisSubscriber?
    /// This layer's tag on the invalidations it publishes (random per layer).
    let origin = UInt64.random(in: 1 ... .max)
    /// Compute locks this daemon holds, with their tokens (bounded; they expire with the locks).
    private let heldLocks = Mutex(NearCache<String, [UInt8]>(maxEntries: 10_000, maxBytes: 10_000))

    struct AnalysisKey: Hashable {
        let user: UUID, resume: UUID, job: UUID, analyzer: Int
    }

    private struct State {
        var analyses: NearCache<AnalysisKey, AnalysisRecord>
        var versions: NearCache<UUID, (user: UUID, version: Int)>
        var users: NearCache<UUID, Bool>
        /// Invalidations so far, striped by user (`stripe(_:)`), advanced
        /// also when the subscription changes: what near-cache fills check.
        var epochs = [UInt64](repeating: 0, count: CacheLayer.epochStripes)
        /// Data changes only (applied, received or unreadable), striped the
        /// same way: what Redis writes check. A subscription that drops and
        /// comes back changes no data, and a daemon that lost it drops its
        /// resume versions, so it asks PostgreSQL first on every lookup.
        var changes = [UInt64](repeating: 0, count: CacheLayer.epochStripes)
        /// Whether near entries can be trusted (subscribed, or no Redis at all).
        var trusted: Bool
        var reportedEvictions = 0
        /// When an unreadable message was last logged (monotonic ns).
        var lastUnreadableLog: UInt64 = 0
    }

    /// A cache layer over `redis` (nil: near cache only, for a single daemon
    /// without Redis). With Redis, `subscribe` on `loop` keeps the near cache honest.
    public init(configuration: CacheConfiguration, redis: RedisCache?, redisURL: RedisURL?, loop: EventLoop?, logger: Logger) {
        self.configuration = configuration
        self.redis = redis
        self.statistics = redis?.statistics ?? CacheStatistics()
        self.logger = logger
        state = Mutex(State(analyses: NearCache(maxEntries: configuration.nearCacheEntries, maxBytes: configuration.nearCacheBytes),
                            versions: NearCache(maxEntries: configuration.nearCacheEntries * 2, maxBytes: .max / 2),
                            users: NearCache(maxEntries: configuration.nearCacheEntries, maxBytes: .max / 2),
                            trusted: redis == nil))
        if let redisURL, let loop, redis != nil {
            let box = WeakBox()
            subscriber = RedisSubscriber(url: redisURL, channel: CacheKey.invalidationChannel, loop: loop,
                                         onMessage: { box.layer?.received($0) }, onState: { box.layer?.subscription($0) })
            box.layer = self
        } else {
            subscriber = nil
        }
    }

    /// Starts listening for other daemons' invalidations.
    public func start() { subscriber?.start() }

    /// Stops listening.
    public func stop() { subscriber?.stop() }

    /// Whether the invalidation channel is subscribed now.
    public var isSubscribed: Bool { state.withLock { $0.trusted } }

    // MARK: Near cache

    var now: UInt64 { MonotonicClock.nanoseconds() }

    /// Epoch counters; a power of two.
    static let epochStripes = 4_096

    static func stripe(_ user: UUID) -> Int { user.hashValue & (epochStripes - 1) }

    /// `user`'s epoch, to pass to the fills of a lookup that goes further.
    func epoch(_ user: UUID) -> UInt64 { state.withLock { $0.epochs[Self.stripe(user)] } }

    /// `user`'s data-change count, to check before writing what a lookup found to Redis.
    func changeEpoch(_ user: UUID) -> UInt64 { state.withLock { $0.changes[Self.stripe(user)] } }

    func nearAnalysis(_ key: AnalysisKey) -> AnalysisRecord? {
        guard configuration.nearCacheEnabled else { return nil }
        let now = self.now
        return state.withLock { s in s.trusted ? s.analyses.get(key, now: now) : nil }
    }

    func nearVersion(user: UUID, resume: UUID) -> Int? {
        guard configuration.nearCacheEnabled else { return nil }
        let now = self.now
        return state.withLock { s in
            guard s.trusted, let v = s.versions.get(resume, now: now), v.user == user else { return nil }
            return v.version
        }
    }

    /// The near analysis under `key` if its user is known active too, in
    /// one look (nothing counted).
    func nearHit(_ key: AnalysisKey) -> AnalysisRecord? {
        guard configuration.nearCacheEnabled else { return nil }
        let now = self.now
        return state.withLock { s in
            guard s.trusted, s.users.get(key.user, now: now) == true else { return nil }
            return s.analyses.get(key, now: now)
        }
    }

    /// True when the user is known active (within the user-status TTL).
    func nearUserActive(_ user: UUID) -> Bool {
        guard configuration.nearCacheEnabled else { return false }
        let now = self.now
        let active = state.withLock { s in s.trusted && s.users.get(user, now: now) == true }
        statistics.add(active ? .nearHits : .misses, .userStatus)
        return active
    }

    /// Records what a read further back confirmed, unless anything of
    /// `user`'s was invalidated since `epoch` (from `epoch(user)`).
    /// `confirmsUser`: the read checked that the user exists and is active
    /// (PostgreSQL's statements do; Redis cannot), so their status is fresh again.
    func fill(epoch: UInt64, user: UUID, confirmsUser: Bool = true, resume: UUID? = nil, version: Int? = nil,
              analysis: (AnalysisKey, AnalysisRecord)? = nil) {
        guard configuration.nearCacheEnabled else { return }
        let now = self.now, c = configuration
        let evicted: Int = state.withLock { s in
            guard s.trusted, s.epochs[Self.stripe(user)] == epoch else { return 0 }
            if confirmsUser { s.users.set(user, true, bytes: 1, ttl: c.userStatusTTLMilliseconds * 1_000_000, now: now) }
            if let resume, let version {
                s.versions.set(resume, (user, version), bytes: 1, ttl: c.nearCacheTTLMilliseconds * 1_000_000, now: now)
            }
            if let (key, record) = analysis {
                s.analyses.set(key, record, bytes: AnalysisCodec.size(record), ttl: c.nearCacheTTLMilliseconds * 1_000_000, now: now)
            }
            let e = s.analyses.evictions - s.reportedEvictions
            s.reportedEvictions = s.analyses.evictions
            return e
        }
        if evicted > 0 { statistics.add(.evictions, .analysis, evicted) }
    }

    // MARK: Invalidation

    /// What changed, as a pub/sub message: `v1 <kind> <user> [<id> …] [o=<sender>]`.
    enum Change: Equatable {
        case resume(user: UUID, resume: UUID)
        case job(user: UUID, job: UUID)
        case analysis(user: UUID, resume: UUID, job: UUID)
        case user(UUID)

        var message: [UInt8] {
            let f = UUIDText.format
            switch self {
            case .resume(let u, let r): return Array("v1 r \(f(u)) \(f(r))".utf8)
            case .job(let u, let j): return Array("v1 j \(f(u)) \(f(j))".utf8)
            case .analysis(let u, let r, let j): return Array("v1 a \(f(u)) \(f(r)) \(f(j))".utf8)
            case .user(let u): return Array("v1 u \(f(u))".utf8)
            }
        }

        /// Whose data changed.
        var user: UUID {
            switch self {
            case .resume(let u, _), .job(let u, _), .analysis(let u, _, _), .user(let u): u
            }
        }

        /// The message, tagged with the layer that sent it (`o=<hex>`), so
        /// that layer can skip its own echo: it applied the change at once.
        func message(from origin: UInt64) -> [UInt8] {
            message + Array(" o=\(String(origin, radix: 16))".utf8)
        }

        /// The sender's tag of a message, if it carries one.
        static func origin(of message: [UInt8]) -> UInt64? {
            guard let last = String(decoding: message, as: UTF8.self).split(separator: " ").last,
                  last.hasPrefix("o=") else { return nil }
            return UInt64(last.dropFirst(2), radix: 16)
        }

        init?(message: [UInt8]) {
            var parts = String(decoding: message, as: UTF8.self).split(separator: " ")
            if parts.last?.hasPrefix("o=") == true { parts.removeLast() }
            guard parts.count >= 3, parts[0] == "v1", let user = UUIDText.parse(parts[2]) else { return nil }
            let ids = parts.dropFirst(3).compactMap { UUIDText.parse($0) }
            guard ids.count == parts.count - 3 else { return nil }
            switch (parts[1], ids.count) {
            case ("r", 1): self = .resume(user: user, resume: ids[0])
            case ("j", 1): self = .job(user: user, job: ids[0])
            case ("a", 2): self = .analysis(user: user, resume: ids[0], job: ids[1])
            case ("u", 0): self = .user(user)
            default: return nil
            }
        }
    }

    /// Applies `change` to the near caches and advances its user's epoch.
    func apply(_ change: Change) {
        let dropped: Int = state.withLock { s in
            s.epochs[Self.stripe(change.user)] &+= 1
            s.changes[Self.stripe(change.user)] &+= 1
            switch change {
            case .resume(_, let resume):
                s.versions.remove(resume)
                return s.analyses.removeAll { key, _ in key.resume == resume }
            case .job(let user, let job):
                // Versions go too, so the next lookup asks PostgreSQL (which refuses the job) before Redis.
                s.versions.removeAll { _, v in v.user == user }
                return s.analyses.removeAll { key, _ in key.job == job }
            case .analysis(_, let resume, let job):
                s.versions.remove(resume)
                return s.analyses.removeAll { key, _ in key.resume == resume && key.job == job }
            case .user(let user):
                if s.users.remove(user) { statistics.add(.invalidations, .userStatus) }
                s.versions.removeAll { _, v in v.user == user }
                return s.analyses.removeAll { key, _ in key.user == user }
            }
        }
        if dropped > 0 { statistics.add(.invalidations, .analysis, dropped) }
    }

    /// What a change removes from Redis.
    enum RedisDrop {
        /// Nothing: the entries are keyed by version, and a new version is a new key.
        case none
        /// The user's indexed keys that `matching` selects.
        case keys((String) -> Bool)
        /// Every key of the user's, and the index itself.
        case all
    }

    /// This daemon changed data: apply at once, tell the other daemons, and
    /// drop what Redis holds for it.
    /// Redis is emptied before the other daemons are told, so one that
    /// misses right after the message does not find the old entry there.
    func changed(_ change: Change, deadline: Deadline, drop: RedisDrop) async {
        apply(change)
        guard let redis else { return }
        let index = CacheKey.index(user: change.user)
        switch drop {
        case .none: break
        case .keys(let matching): await redis.deleteIndexed(index, policy: .analysis, deadline: deadline, matching: matching)
        case .all: await redis.deleteIndexed(index, policy: .analysis, deadline: deadline, matching: nil)
        }
        await redis.publish(CacheKey.invalidationChannel, change.message(from: origin), policy: .analysis, deadline: deadline)
    }

    // MARK: Compute locks

    /// Remembers the token of a compute lock this daemon took.
    func holdLock(_ key: String, token: [UInt8]) {
        let ttl = UInt64(configuration.computeLockMilliseconds) * 1_000_000, now = self.now
        heldLocks.withLock { $0.set(key, token, bytes: 1, ttl: ttl, now: now) }
    }

    /// Releases a compute lock this daemon holds (and only if it still holds it).
    func releaseLock(_ key: String, deadline: Deadline) async {
        let now = self.now
        guard let redis, let token = heldLocks.withLock({ l -> [UInt8]? in
            defer { l.remove(key) }
            return l.get(key, now: now)
        }) else { return }
        await redis.unlock(key, token: token, policy: .analysis, deadline: deadline)
    }

    func received(_ message: [UInt8]) {
        guard let change = Change(message: message) else {
            // Something changed that this daemon cannot tell (another release's
            // message, or garbage): safe only to forget everything.
            let now = self.now
            let log = state.withLock { s -> Bool in
                for i in s.epochs.indices { s.epochs[i] &+= 1; s.changes[i] &+= 1 }
                s.analyses.removeAll()
                s.versions.removeAll()
                s.users.removeAll()
                defer { if now &- s.lastUnreadableLog > 60_000_000_000 { s.lastUnreadableLog = now } }
                return now &- s.lastUnreadableLog > 60_000_000_000
            }
            if log { logger.warning("an unreadable cache invalidation message: near cache dropped (logged at most once a minute)") }
            return
        }
        // This layer's own change, echoed: applied at once when it was made.
        // Applying it again would only move the epoch and make a lookup
        // running now skip its fills for nothing.
        if Change.origin(of: message) == origin { return }
        apply(change)
    }

    func subscription(_ subscribed: Bool) {
        state.withLock { s in
            for i in s.epochs.indices { s.epochs[i] &+= 1 }
            s.trusted = subscribed
            if !subscribed {
                s.analyses.removeAll()
                s.versions.removeAll()
                s.users.removeAll()
            }
        }
        if subscribed {
            logger.info("cache invalidation channel subscribed; near cache on")
        } else {
            logger.warning("cache invalidation channel lost; near cache dropped until it is back")
        }
    }

    /// Statistics for `Admin/GetStats`, one entry per policy.
    public var policyStatistics: [(policy: String, counts: CacheStatistics.Counts, breaker: String)] {
        let counts = statistics.snapshot
        let breaker = redis?.breakerState.rawValue ?? "none"
        return CachePolicy.all.map { p in (p.name, counts[p.name] ?? CacheStatistics.Counts(), breaker) }
    }
}

/// Lets the subscriber's callbacks reach the layer that owns it without a cycle.
/// Thread-safe: the weak reference is behind a `Mutex`.
private final class WeakBox: Sendable {
    private let reference = Mutex<WeakReference>(WeakReference())
    var layer: CacheLayer? {
        get { reference.withLock { $0.value } }
        set { reference.withLock { $0.value = newValue } }
    }
    private struct WeakReference { weak var value: CacheLayer? }
}
