/// How one kind of cache entry is kept: its name (in keys and statistics),
/// how long Redis keeps it, and whether it goes to Redis at all. How long
/// the in-process near cache serves an entry is a daemon setting
/// (`CacheConfiguration`). Adding a kind of entry is a few lines here.
public struct CachePolicy: Sendable, Hashable {
    /// Names the policy in keys (`rb:v1:<name>:…`) and in statistics.
    public let name: String
    /// Redis TTL in seconds, before jitter.
    public let ttlSeconds: Int
    /// Each entry's TTL is moved by up to this share either way, so entries
    /// written together do not expire together.
    public let jitter: Double
    /// Whether entries are stored in Redis (false: near cache only).
    public let usesRedis: Bool
    /// Its place in `all` (statistics are kept by slot).
    public let slot: Int

    init(name: String, ttlSeconds: Int, jitter: Double, usesRedis: Bool, slot: Int) {
        precondition((0...0.5).contains(jitter) && ttlSeconds >= 1)
        self.name = name
        self.ttlSeconds = ttlSeconds
        self.jitter = jitter
        self.usesRedis = usesRedis
        self.slot = slot
    }

    /// Gap analyses: one hour in Redis (±10%).
    /// Key: `rb:v1:analysis:{<user>}:<resume>:<job description>:<resume version>:<analyzer version>`.
    public static let analysis = CachePolicy(name: "analysis", ttlSeconds: 3_600, jitter: 0.1, usesRedis: true, slot: 0)

    /// Whether a user may act (exists and is active): in-process only, for
    /// `CacheConfiguration.userStatusTTLMilliseconds` (5 s by default),
    /// dropped at once on deactivation or deletion here and through pub/sub
    /// elsewhere. (`ttlSeconds` is unused: nothing goes to Redis.)
    public static let userStatus = CachePolicy(name: "user-status", ttlSeconds: 5, jitter: 0, usesRedis: false, slot: 1)

    /// Every policy, in slot order.
    public static let all = [analysis, userStatus]

    /// The TTL for one entry, in seconds: `ttlSeconds` moved by `unit`
    /// (-1...1, random in use) times the jitter share, at least 1.
    public func ttl(unit: Double) -> Int {
        let u = min(max(unit, -1), 1)
        return max(1, Int((Double(ttlSeconds) * (1 + u * jitter)).rounded()))
    }
}
