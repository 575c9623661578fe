public import Foundation
public import ResumeCore
public import ResumeStores

/// `AnalysisStore` with the cache in front (cache-aside): a lookup tries
/// the near cache, then Redis (with the resume's version and the user's
/// status known in-process), then PostgreSQL, and fills what it passed. A
/// warm near-cache hit costs no round trip at all. Missing analyses are
/// claimed across daemons with a short Redis lock, so a burst computes once;
/// a daemon that finds the lock held waits for the other's row.
public struct CachedAnalysisStore: AnalysisStore {
    let inner: any AnalysisStore
    let cache: CacheLayer

    public init(inner: any AnalysisStore, cache: CacheLayer) {
        self.inner = inner
        self.cache = cache
    }

    /// A warm near-cache hit (its user known active), counted; nil without
    /// counting anything, so the `prepare` that follows counts the lookup once.
    public func answerAtOnce(user: UUID, resumeID: UUID, jobDescriptionID: UUID, analyzerVersion: Int) -> AnalysisRecord? {
        let key = CacheLayer.AnalysisKey(user: user, resume: resumeID, job: jobDescriptionID, analyzer: analyzerVersion)
        guard let record = cache.nearHit(key) else { return nil }
        cache.statistics.add(.nearHits, .userStatus)
        cache.statistics.add(.nearHits, .analysis)
        return record
    }

    public func prepare(user: UUID, resumeID: UUID, jobDescriptionID: UUID, analyzerVersion: Int,
                        context: QueryContext) async throws(DataError) -> AnalysisPreparation {
        let key = CacheLayer.AnalysisKey(user: user, resume: resumeID, job: jobDescriptionID, analyzer: analyzerVersion)
        let epoch = cache.epoch(user)
        if cache.nearUserActive(user) {
            if let record = cache.nearAnalysis(key) {
                cache.statistics.add(.nearHits, .analysis)
                return .stored(record)
            }
            if let redis = cache.redis, let version = cache.nearVersion(user: user, resume: resumeID) {
                let redisKey = CacheKey.analysis(user: user, resume: resumeID, jobDescription: jobDescriptionID, resumeVersion: version,
                                                 analyzerVersion: analyzerVersion)
                if let bytes = await redis.get(redisKey, policy: .analysis, deadline: context.deadline) {
                    if let record = AnalysisCodec.decode(bytes), record.userID == user, record.resumeVersion == version {
                        cache.statistics.add(.hits, .analysis)
                        cache.fill(epoch: epoch, user: user, analysis: (key, record))
                        return .stored(record)
                    }
                    cache.statistics.add(.errors, .analysis) // not an analysis of this key: garbage, or another writer's
                }
            }
        }
        cache.statistics.add(.misses, .analysis)
        let prepared = try await inner.prepare(user: user, resumeID: resumeID, jobDescriptionID: jobDescriptionID,
                                               analyzerVersion: analyzerVersion, context: context)
        switch prepared {
        case .stored(let record):
            cache.fill(epoch: epoch, user: user, resume: resumeID, version: record.resumeVersion, analysis: (key, record))
            await store(record, context: context)
            return prepared
        case .compute(let identity, _, _):
            cache.fill(epoch: epoch, user: user, resume: resumeID, version: identity.resumeVersion)
            return prepared
        }
    }

    /// Takes the identity's compute lock (then answers the row if one landed
    /// meanwhile), or waits for the daemon holding it to store the analysis.
    public func claim(_ identity: AnalysisIdentity, context: QueryContext) async throws(DataError) -> AnalysisRecord? {
        guard let redis = cache.redis else { return try await inner.find(identity, context: context) }
        let lock = CacheKey.computeLock(user: identity.user, resume: identity.resumeID, jobDescription: identity.jobDescriptionID,
                                        resumeVersion: identity.resumeVersion, analyzerVersion: identity.analyzerVersion)
        let ms = cache.configuration.computeLockMilliseconds
        if await redis.lock(lock, token: Array(UUIDText.format(UUID()).utf8), milliseconds: ms, policy: .analysis, deadline: context.deadline) {
            return try await inner.find(identity, context: context)
        }
        // Another daemon computes it: look for its row until the lock would have expired.
        let until = Deadline.after(milliseconds: UInt64(ms)).earlier(context.deadline)
        var wait: UInt64 = 5
        while !until.hasPassed() {
            try? await Task.sleep(nanoseconds: wait * 1_000_000)
            if let record = try await inner.find(identity, context: context) { return record }
            wait = min(wait * 2, 100)
        }
        return nil // the other daemon gave up: compute here
    }

    public func insert(_ identity: AnalysisIdentity, _ content: AnalysisContent,
                       context: QueryContext) async throws(DataError) -> (record: AnalysisRecord, inserted: Bool) {
        let epoch = cache.epoch(identity.user)
        let stored = try await inner.insert(identity, content, context: context)
        // Fill the near cache only if the resume is still at this version here.
        if cache.nearVersion(user: identity.user, resume: identity.resumeID) == identity.resumeVersion {
            let key = CacheLayer.AnalysisKey(user: identity.user, resume: identity.resumeID, job: identity.jobDescriptionID,
                                             analyzer: identity.analyzerVersion)
            cache.fill(epoch: epoch, user: identity.user, analysis: (key, stored.record))
        }
        await store(stored.record, context: context)
        if let redis = cache.redis {
            let lock = CacheKey.computeLock(user: identity.user, resume: identity.resumeID, jobDescription: identity.jobDescriptionID,
                                            resumeVersion: identity.resumeVersion, analyzerVersion: identity.analyzerVersion)
            await redis.delete([lock], policy: .analysis, deadline: context.deadline)
        }
        return stored
    }

    /// Writes `record` to Redis under its versioned key, listed in the user's index.
    private func store(_ record: AnalysisRecord, context: QueryContext) async {
        guard let redis = cache.redis else { return }
        let key = CacheKey.analysis(user: record.userID, resume: record.resumeID, jobDescription: record.jobDescriptionID,
                                    resumeVersion: record.resumeVersion, analyzerVersion: record.analyzerVersion)
        await redis.set(key, AnalysisCodec.encode(record), index: CacheKey.index(user: record.userID), policy: .analysis,
                        deadline: context.deadline)
    }

    public func find(_ identity: AnalysisIdentity, context: QueryContext) async throws(DataError) -> AnalysisRecord? {
        try await inner.find(identity, context: context)
    }

    public func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> AnalysisRecord {
        try await inner.get(user: user, id: id, context: context)
    }

    public func list(user: UUID, resumeID: UUID?, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<AnalysisSummary> {
        try await inner.list(user: user, resumeID: resumeID, page: page, context: context)
    }

    public func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> AnalysisRecord {
        let deleted = try await inner.delete(user: user, id: id, context: context)
        let key = CacheKey.analysis(user: user, resume: deleted.resumeID, jobDescription: deleted.jobDescriptionID,
                                    resumeVersion: deleted.resumeVersion, analyzerVersion: deleted.analyzerVersion)
        await cache.changed(.analysis(user: user, resume: deleted.resumeID, job: deleted.jobDescriptionID), deadline: context.deadline,
                            drop: .keys { $0 == key })
        return deleted
    }
}
