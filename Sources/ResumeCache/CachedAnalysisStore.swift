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
        let epoch = cache.epoch(user), changes = cache.changeEpoch(user)
        if cache.nearUserActive(user) {
            if let record = cache.nearAnalysis(key) {
                cache.statistics.add(.nearHits, .analysis)
                return .stored(record)
            }
            if let redis = cache.redis, let version = cache.nearVersion(user: user, resume: resumeID) {
                let redisKey = CacheKey.analysis(user: user, resume: resumeID, jobDescription: jobDescriptionID, resumeVersion: version,
                                                 analyzerVersion: analyzerVersion)
                if let bytes = await redis.get(redisKey, policy: .analysis, deadline: context.deadline) {
                    if let record = AnalysisCodec.decode(bytes), record.userID == user, record.resumeID == resumeID,
                       record.jobDescriptionID == jobDescriptionID, record.resumeVersion == version,
                       record.analyzerVersion == analyzerVersion {
                        cache.statistics.add(.hits, .analysis)
                        // Redis knows nothing of the user's status: this fill must not extend it.
                        cache.fill(epoch: epoch, user: user, confirmsUser: false, analysis: (key, record))
                        return .stored(record)
                    }
                    cache.statistics.add(.errors, .analysis) // not an analysis of this key: garbage, or another writer's
                }
            }
        }
        cache.statistics.add(.misses, .analysis)
        let prepared: AnalysisPreparation
        do {
            prepared = try await inner.prepare(user: user, resumeID: resumeID, jobDescriptionID: jobDescriptionID,
                                               analyzerVersion: analyzerVersion, context: context)
        } catch {
            // The database refused what the near cache may still hold (a lost message): forget it here.
            switch error {
            case .userInactive: cache.apply(.user(user))
            case .notFound: cache.apply(.resume(user: user, resume: resumeID))
            default: break
            }
            throw error
        }
        switch prepared {
        case .stored(let record):
            cache.fill(epoch: epoch, user: user, resume: resumeID, version: record.resumeVersion, analysis: (key, record))
            // Not if anything of the user's changed meanwhile (a delete may have dropped this very entry).
            if cache.changeEpoch(user) == changes { await store(record, context: context) }
            return prepared
        case .compute(let identity, _, _):
            cache.fill(epoch: epoch, user: user, resume: resumeID, version: identity.resumeVersion)
            // The database has no such analysis: whatever Redis holds under its key is stale (a delete whose DEL failed).
            if let redis = cache.redis {
                await redis.forget([Self.redisKey(identity)], policy: .analysis, deadline: context.deadline)
            }
            return prepared
        }
    }

    static func redisKey(_ i: AnalysisIdentity) -> String {
        CacheKey.analysis(user: i.user, resume: i.resumeID, jobDescription: i.jobDescriptionID, resumeVersion: i.resumeVersion,
                          analyzerVersion: i.analyzerVersion)
    }

    static func lockKey(_ i: AnalysisIdentity) -> String {
        CacheKey.computeLock(user: i.user, resume: i.resumeID, jobDescription: i.jobDescriptionID, resumeVersion: i.resumeVersion,
                             analyzerVersion: i.analyzerVersion)
    }

    /// Takes the identity's compute lock (then answers the row if one landed
    /// meanwhile), or waits for the daemon holding it to store the analysis:
    /// until the row appears, the lock is gone or expires, the call's
    /// deadline passes or it is cancelled — then computes here.
    public func claim(_ identity: AnalysisIdentity, context: QueryContext) async throws(DataError) -> AnalysisRecord? {
        guard let redis = cache.redis else { return try await inner.find(identity, context: context) }
        let lock = Self.lockKey(identity)
        let ms = cache.configuration.computeLockMilliseconds
        let token = Array(UUIDText.format(UUID()).utf8)
        if await redis.lock(lock, token: token, milliseconds: ms, policy: .analysis, deadline: context.deadline) {
            cache.holdLock(lock, token: token)
            return try await inner.find(identity, context: context)
        }
        let until = Deadline.after(milliseconds: UInt64(ms)).earlier(context.deadline)
        var wait: UInt64 = 5_000_000
        while !until.hasPassed(), context.cancellation?.isCancelled != true {
            try? await Task.sleep(nanoseconds: min(wait, until.remainingNanoseconds()))
            if let record = try await inner.find(identity, context: context) { return record }
            wait = min(wait * 2, 100_000_000)
        }
        return nil // the other daemon gave up or is too slow for this call: compute here
    }

    public func insert(_ identity: AnalysisIdentity, _ content: AnalysisContent,
                       context: QueryContext) async throws(DataError) -> (record: AnalysisRecord, inserted: Bool) {
        let epoch = cache.epoch(identity.user), changes = cache.changeEpoch(identity.user)
        let lock = Self.lockKey(identity)
        let stored: (record: AnalysisRecord, inserted: Bool)
        do {
            stored = try await inner.insert(identity, content, context: context)
        } catch {
            await cache.releaseLock(lock, deadline: context.deadline)
            throw error
        }
        // Fill the near cache only if the resume is still at this version here.
        if cache.nearVersion(user: identity.user, resume: identity.resumeID) == identity.resumeVersion {
            let key = CacheLayer.AnalysisKey(user: identity.user, resume: identity.resumeID, job: identity.jobDescriptionID,
                                             analyzer: identity.analyzerVersion)
            cache.fill(epoch: epoch, user: identity.user, analysis: (key, stored.record))
        }
        if cache.changeEpoch(identity.user) == changes { await store(stored.record, context: context) }
        await cache.releaseLock(lock, deadline: context.deadline)
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
