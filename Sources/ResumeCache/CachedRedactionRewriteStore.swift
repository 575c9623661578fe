public import Foundation
public import ResumeCore
public import ResumeStores

/// `RedactionRewriteStore` that tells the cache when a rewrite changed a
/// document, as an update or a delete does: a rewritten resume (a new
/// version) drops the near entries of its analyses here and on the other
/// daemons — its Redis entries are keyed by the old version and are never
/// found again; a rewritten job description also drops its analyses'
/// Redis entries, which are keyed by resume version only. A rewrite that
/// failed is announced too: it may have committed before its reply was lost.
public struct CachedRedactionRewriteStore: RedactionRewriteStore {
    let inner: any RedactionRewriteStore
    let cache: CacheLayer

    public init(inner: any RedactionRewriteStore, cache: CacheLayer) {
        self.inner = inner
        self.cache = cache
    }

    public func stale(_ table: DocumentTable, below version: Int, after: UUID?, limit: Int, maxBytes: Int,
                      context: QueryContext) async throws(DataError) -> [StaleDocument] {
        try await inner.stale(table, below: version, after: after, limit: limit, maxBytes: maxBytes, context: context)
    }

    public func rewrite(_ document: StaleDocument, redactedText: String, redactorVersion: Int,
                        context: QueryContext) async throws(DataError) -> RewriteOutcome {
        let outcome: RewriteOutcome
        do {
            outcome = try await inner.rewrite(document, redactedText: redactedText, redactorVersion: redactorVersion, context: context)
        } catch {
            await announce(document, deadline: context.deadline)
            throw error
        }
        if case .rewritten = outcome { await announce(document, deadline: context.deadline) }
        return outcome
    }

    private func announce(_ document: StaleDocument, deadline: Deadline) async {
        switch document.table {
        case .resumes:
            await cache.changed(.resume(user: document.user, resume: document.id), deadline: deadline, drop: .none)
        case .jobDescriptions:
            let job = document.id
            await cache.changed(.job(user: document.user, job: job), deadline: deadline,
                                drop: .keys({ CacheKey.analysis($0, hasJob: job) }))
        }
    }
}
