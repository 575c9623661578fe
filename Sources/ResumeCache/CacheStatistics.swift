import ResumeCore

/// Counters per cache policy, kept for `Admin/GetStats` and the metrics
/// exporter. A lookup counts exactly one of: a near-cache hit, a Redis hit,
/// or a miss (the answer came from PostgreSQL or was computed). Errors are
/// Redis failures (the call went on without the cache); sets are entries
/// written to Redis; invalidations are entries dropped because the data
/// changed; evictions are near-cache entries dropped to make room.
///
/// Thread-safe: atomic counters.
public final class CacheStatistics: Sendable {
    /// One policy's counts.
    public struct Counts: Sendable, Hashable {
        public var hits = 0, misses = 0, errors = 0, sets = 0, invalidations = 0, nearHits = 0, evictions = 0
        public init() {}
    }

    /// A counter of `Counts`.
    public enum Field: Sendable {
        case hits, misses, errors, sets, invalidations, nearHits, evictions
    }

    /// One counter per field, per policy in `CachePolicy.all` order:
    /// adding is one relaxed atomic increment, no lock and no hashing.
    private let counters: [Counter]
    private static let fields = 7

    public init() {
        counters = (0..<CachePolicy.all.count * Self.fields).map { _ in Counter() }
    }

    /// Adds `n` to `field` of `policy`.
    public func add(_ field: Field, _ policy: CachePolicy, _ n: Int = 1) {
        let f = switch field {
        case .hits: 0
        case .misses: 1
        case .errors: 2
        case .sets: 3
        case .invalidations: 4
        case .nearHits: 5
        case .evictions: 6
        }
        counters[policy.slot * Self.fields + f].add(n)
    }

    /// Every policy's counts, by name.
    public var snapshot: [String: Counts] {
        var out: [String: Counts] = [:]
        for p in CachePolicy.all {
            func v(_ f: Int) -> Int { counters[p.slot * Self.fields + f].count }
            var c = Counts()
            c.hits = v(0); c.misses = v(1); c.errors = v(2); c.sets = v(3); c.invalidations = v(4); c.nearHits = v(5); c.evictions = v(6)
            out[p.name] = c
        }
        return out
    }
}
