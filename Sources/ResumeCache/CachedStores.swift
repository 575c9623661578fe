public import Foundation
public import ResumeCore
public import ResumeStores

/// `ResumeStore` that tells the cache when a resume changes: an update or a
/// delete drops this daemon's near entries for the resume before the call
/// is answered (so it never serves an analysis of the old text again) and
/// tells the other daemons; a delete also drops the resume's Redis entries
/// (an update needs not: entries are keyed by version). A change that
/// fails is invalidated too: it may have committed before its reply was lost.
public struct CachedResumeStore: ResumeStore {
    let inner: any ResumeStore
    let cache: CacheLayer

    public init(inner: any ResumeStore, cache: CacheLayer) {
        self.inner = inner
        self.cache = cache
    }

    public func create(user: UUID, title: String, rawText: String, redactedText: String, guards: CreateGuards,
                       context: QueryContext) async throws(DataError) -> ResumeRecord {
        try await inner.create(user: user, title: title, rawText: rawText, redactedText: redactedText, guards: guards, context: context)
    }

    public func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> ResumeRecord {
        try await inner.get(user: user, id: id, context: context)
    }

    public func update(user: UUID, id: UUID, expectedVersion: Int, title: String, rawText: String, redactedText: String,
                       quotas: UserQuotas?, context: QueryContext) async throws(DataError) -> ResumeRecord {
        do {
            let updated = try await inner.update(user: user, id: id, expectedVersion: expectedVersion, title: title, rawText: rawText,
                                                 redactedText: redactedText, quotas: quotas, context: context)
            await cache.changed(.resume(user: user, resume: id), deadline: context.deadline, drop: .none)
            return updated
        } catch {
            // It may have committed before failing (a reply lost): invalidating too much is always safe.
            await cache.changed(.resume(user: user, resume: id), deadline: context.deadline, drop: .none)
            throw error
        }
    }

    public func list(user: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<ResumeRecord> {
        try await inner.list(user: user, page: page, context: context)
    }

    public func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) {
        try await cache.delete(.resume(user: user, resume: id), deadline: context.deadline,
                               dropping: { CacheKey.analysis($0, hasResume: id) }) { () async throws(DataError) in
            try await inner.delete(user: user, id: id, context: context)
        }
    }
}

/// `JobDescriptionStore` that drops a deleted job description's analyses from the cache.
public struct CachedJobDescriptionStore: JobDescriptionStore {
    let inner: any JobDescriptionStore
    let cache: CacheLayer

    public init(inner: any JobDescriptionStore, cache: CacheLayer) {
        self.inner = inner
        self.cache = cache
    }

    public func create(user: UUID, companyName: String?, positionTitle: String, rawText: String, redactedText: String, guards: CreateGuards,
                       context: QueryContext) async throws(DataError) -> JobDescriptionRecord {
        try await inner.create(user: user, companyName: companyName, positionTitle: positionTitle, rawText: rawText,
                               redactedText: redactedText, guards: guards, context: context)
    }

    public func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> JobDescriptionRecord {
        try await inner.get(user: user, id: id, context: context)
    }

    public func list(user: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<JobDescriptionRecord> {
        try await inner.list(user: user, page: page, context: context)
    }

    public func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) {
        try await cache.delete(.job(user: user, job: id), deadline: context.deadline,
                               dropping: { CacheKey.analysis($0, hasJob: id) }) { () async throws(DataError) in
            try await inner.delete(user: user, id: id, context: context)
        }
    }
}

/// `UserStore` that revokes a deactivated or deleted user in the cache:
/// here at once, on other daemons through pub/sub (and within the
/// user-status TTL if a message is lost); a deleted user's Redis entries go too.
public struct CachedUserStore: UserStore {
    let inner: any UserStore
    let cache: CacheLayer

    public init(inner: any UserStore, cache: CacheLayer) {
        self.inner = inner
        self.cache = cache
    }

    public func create(email: String, hashedPassword: String, idempotency: IdempotencyClaim?,
                       context: QueryContext) async throws(DataError) -> UserRecord {
        try await inner.create(email: email, hashedPassword: hashedPassword, idempotency: idempotency, context: context)
    }

    public func find(email: String, context: QueryContext) async throws(DataError) -> UserRecord? {
        try await inner.find(email: email, context: context)
    }

    public func activeUser(id: UUID, context: QueryContext) async throws(DataError) -> UserRecord {
        try await inner.activeUser(id: id, context: context)
    }

    public func markVerified(id: UUID, context: QueryContext) async throws(DataError) -> UserRecord {
        try await inner.markVerified(id: id, context: context)
    }

    public func deactivate(id: UUID, context: QueryContext) async throws(DataError) -> UserRecord {
        do {
            let user = try await inner.deactivate(id: id, context: context)
            await cache.changed(.user(id), deadline: context.deadline, drop: .none)
            return user
        } catch {
            await cache.changed(.user(id), deadline: context.deadline, drop: .none)
            throw error
        }
    }

    public func delete(id: UUID, context: QueryContext) async throws(DataError) {
        do {
            try await inner.delete(id: id, context: context)
        } catch {
            await cache.changed(.user(id), deadline: context.deadline, drop: .none)
            throw error
        }
        await cache.changed(.user(id), deadline: context.deadline, drop: .all)
    }
}

extension CacheLayer {
    /// Runs a delete and then announces `change`, dropping the cached keys `dropping` selects.
    /// A delete that failed may still have committed (a reply lost), so it announces the
    /// change too, without dropping keys: invalidating too much is always safe.
    func delete(_ change: Change, deadline: Deadline, dropping: @escaping @Sendable (String) -> Bool,
                _ delete: () async throws(DataError) -> Void) async throws(DataError) {
        do {
            try await delete()
        } catch {
            await changed(change, deadline: deadline, drop: .none)
            throw error
        }
        await changed(change, deadline: deadline, drop: .keys(dropping))
    }
}
