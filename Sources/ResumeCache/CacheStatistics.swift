import Synchronization

/// Counters per cache policy, kept for `Admin/GetStats` and the metrics
/// exporter. A lookup counts exactly one of: a near-cache hit, a Redis hit,
/// or a miss (the answer came from PostgreSQL or was computed). Errors are
/// Redis failures (the call went on without the cache); sets are entries
/// written to Redis; invalidations are entries dropped because the data
/// changed; evictions are near-cache entries dropped to make room.
///
/// Thread-safe: behind a `Mutex`.
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

    private let counts = Mutex<[String: Counts]>([:])

    public init() {}

    /// Adds `n` to `field` of `policy`.
    public func add(_ field: Field, _ policy: CachePolicy, _ n: Int = 1) {
        counts.withLock { c in
            var e = c[policy.name] ?? Counts()
            switch field {
            case .hits: e.hits += n
            case .misses: e.misses += n
            case .errors: e.errors += n
            case .sets: e.sets += n
            case .invalidations: e.invalidations += n
            case .nearHits: e.nearHits += n
            case .evictions: e.evictions += n
            }
            c[policy.name] = e
        }
    }

    /// Every policy's counts, by name.
    public var snapshot: [String: Counts] { counts.withLock { $0 } }
}
