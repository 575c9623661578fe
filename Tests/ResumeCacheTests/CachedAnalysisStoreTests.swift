import Foundation
import Logging
import ResumeCore
import ResumeStores
import Synchronization
import Testing
@testable import ResumeCache

/// The cache layer without Redis (one daemon, near cache only) in front of
/// an in-memory store that counts what reaches it: what a warm hit costs,
/// and that invalidation is applied before a change is acknowledged.
@Suite struct CachedAnalysisStoreTests {
    /// An in-memory `AnalysisStore` of one user's resumes, counting calls.
    final class MemoryStore: AnalysisStore, Sendable {
        struct State {
            var versions: [UUID: Int] = [:]
            var rows: [AnalysisIdentity: AnalysisRecord] = [:]
            var calls = 0
        }
        let state = Mutex(State())
        var calls: Int { state.withLock { $0.calls } }
        func setVersion(_ resume: UUID, _ version: Int) { state.withLock { $0.versions[resume] = version } }

        func prepare(user: UUID, resumeID: UUID, jobDescriptionID: UUID, analyzerVersion: Int,
                     context: QueryContext) async throws(DataError) -> AnalysisPreparation {
            try state.withLock { (s) throws(DataError) -> AnalysisPreparation in
                s.calls += 1
                guard let version = s.versions[resumeID] else { throw .notFound("analysis") }
                let identity = AnalysisIdentity(user: user, resumeID: resumeID, jobDescriptionID: jobDescriptionID,
                                                resumeVersion: version, analyzerVersion: analyzerVersion)
                if let row = s.rows[identity] { return .stored(row) }
                return .compute(identity, resumeText: "r\(version)", jobText: "j")
            }
        }
        func insert(_ identity: AnalysisIdentity, _ content: AnalysisContent,
                    context: QueryContext) async throws(DataError) -> (record: AnalysisRecord, inserted: Bool) {
            state.withLock { s in
                s.calls += 1
                if let row = s.rows[identity] { return (row, false) }
                let row = AnalysisRecord(id: UUID(), userID: identity.user, resumeID: identity.resumeID,
                                         jobDescriptionID: identity.jobDescriptionID, resumeVersion: identity.resumeVersion,
                                         missingKeywords: content.missingKeywords, matchedKeywords: [], suggestions: [],
                                         matchScore: content.matchScore, semanticSimilarity: 0.5, analyzerVersion: identity.analyzerVersion,
                                         createdAt: Timestamp(unixMicroseconds: 1))
                s.rows[identity] = row
                return (row, true)
            }
        }
        func find(_ identity: AnalysisIdentity, context: QueryContext) async throws(DataError) -> AnalysisRecord? {
            state.withLock { s in s.calls += 1; return s.rows[identity] }
        }
        func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> AnalysisRecord { throw .notFound("analysis") }
        func list(user: UUID, resumeID: UUID?, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<AnalysisSummary> {
            throw .notFound("analysis")
        }
        func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> AnalysisRecord {
            try state.withLock { (s) throws(DataError) -> AnalysisRecord in
                s.calls += 1
                guard let (k, row) = s.rows.first(where: { $0.value.id == id }) else { throw .notFound("analysis") }
                s.rows[k] = nil
                return row
            }
        }
    }

    let user = UUID(), resume = UUID(), job = UUID()
    let context = QueryContext(deadline: .after(milliseconds: 10_000), label: "test")
    let inner = MemoryStore()
    let layer: CacheLayer
    let store: CachedAnalysisStore

    init() {
        layer = CacheLayer(configuration: CacheConfiguration(), redis: nil, redisURL: nil, loop: nil, logger: Logger(label: "t"))
        store = CachedAnalysisStore(inner: inner, cache: layer)
        inner.setVersion(resume, 1)
    }

    /// Prepare, and compute-and-insert on a miss, as AnalysisService does.
    func analyze() async throws -> (AnalysisRecord, computed: Bool) {
        switch try await store.prepare(user: user, resumeID: resume, jobDescriptionID: job, analyzerVersion: 1, context: context) {
        case .stored(let r): return (r, false)
        case .compute(let identity, _, _):
            if let r = try await store.claim(identity, context: context) { return (r, false) }
            let content = AnalysisContent(missingKeywords: ["v\(identity.resumeVersion)"], matchedKeywords: [], suggestions: [],
                                          matchScore: 1, semanticSimilarity: 0.5)
            return (try await store.insert(identity, content, context: context).record, true)
        }
    }

    @Test func aWarmHitReachesNothingBehindTheCache() async throws {
        let (first, computed) = try await analyze()
        #expect(computed)
        let before = inner.calls
        for _ in 0..<10 {
            let (again, computedAgain) = try await analyze()
            #expect(!computedAgain && again == first)
        }
        #expect(inner.calls == before)
        let counts = layer.statistics.snapshot["analysis"]
        #expect(counts?.nearHits == 10 && counts?.misses == 1 && counts?.hits == 0)
        #expect(layer.statistics.snapshot["user-status"]?.nearHits == 10)
    }

    @Test func anAcknowledgedUpdateIsNeverFollowedByTheOldAnalysis() async throws {
        let (first, _) = try await analyze()
        #expect(first.resumeVersion == 1)
        // The resume store acknowledges an update only after telling the cache.
        inner.setVersion(resume, 2)
        await layer.changed(.resume(user: user, resume: resume), deadline: context.deadline, drop: .none)
        let (next, computed) = try await analyze()
        #expect(computed && next.resumeVersion == 2 && next.missingKeywords == ["v2"])
    }

    @Test func aSlowReadDoesNotReinstateWhatAnInvalidationRemoved() async throws {
        let key = CacheLayer.AnalysisKey(user: user, resume: resume, job: job, analyzer: 1)
        let record = try await analyze().0
        layer.apply(.resume(user: user, resume: resume))
        let epoch = layer.epoch(user)
        layer.apply(.resume(user: user, resume: resume)) // lands while a read is under way
        layer.fill(epoch: epoch, user: user, resume: resume, version: 1, analysis: (key, record))
        #expect(layer.nearAnalysis(key) == nil && layer.nearVersion(user: user, resume: resume) == nil)
        layer.fill(epoch: layer.epoch(user), user: user, resume: resume, version: 1, analysis: (key, record))
        #expect(layer.nearAnalysis(key) == record)
    }

    @Test func anotherUsersChangesDoNotStopFills() async throws {
        let key = CacheLayer.AnalysisKey(user: user, resume: resume, job: job, analyzer: 1)
        let record = try await analyze().0
        layer.apply(.resume(user: user, resume: resume))
        let epoch = layer.epoch(user)
        var someoneElse = UUID()
        while CacheLayer.stripe(someoneElse) == CacheLayer.stripe(user) { someoneElse = UUID() }
        layer.apply(.user(someoneElse))
        layer.fill(epoch: epoch, user: user, resume: resume, version: 1, analysis: (key, record))
        #expect(layer.nearAnalysis(key) == record)
    }

    @Test func deactivatingAUserStopsItsWarmHits() async throws {
        _ = try await analyze()
        #expect(layer.nearUserActive(user))
        layer.apply(.user(user))
        #expect(!layer.nearUserActive(user))
        let before = inner.calls
        _ = try await analyze()
        #expect(inner.calls == before + 1, "the next call asks the store, which checks the user")
    }

    @Test func aReadThatDidNotCheckTheUserDoesNotExtendTheirStatus() async throws {
        let key = CacheLayer.AnalysisKey(user: user, resume: resume, job: job, analyzer: 1)
        let record = try await analyze().0
        layer.apply(.user(user)) // status gone (deactivated, or expired)
        layer.fill(epoch: layer.epoch(user), user: user, confirmsUser: false, analysis: (key, record)) // as a Redis hit fills
        #expect(!layer.nearUserActive(user))
        #expect(layer.nearHit(key) == nil)
    }

    @Test func deletingAJobOrAnAnalysisForgetsTheResumeVersionSoTheDatabaseIsAskedFirst() async throws {
        _ = try await analyze()
        #expect(layer.nearVersion(user: user, resume: resume) == 1)
        layer.apply(.job(user: user, job: job))
        #expect(layer.nearVersion(user: user, resume: resume) == nil)
        _ = try await analyze()
        layer.apply(.analysis(user: user, resume: resume, job: job))
        #expect(layer.nearVersion(user: user, resume: resume) == nil)
    }

    /// A layer's own change comes back through the channel after it was
    /// applied; applying it twice would move the epoch under a lookup
    /// running meanwhile and make it skip its fills (a Redis entry missing).
    @Test func aLayersOwnEchoIsSkippedAndAnotherLayersMessageApplied() async throws {
        let key = CacheLayer.AnalysisKey(user: user, resume: resume, job: job, analyzer: 1)
        _ = try await analyze()
        let epoch = layer.epoch(user)
        layer.received(CacheLayer.Change.resume(user: user, resume: resume).message(from: layer.origin))
        #expect(layer.epoch(user) == epoch && layer.nearHit(key) != nil)
        layer.received(CacheLayer.Change.resume(user: user, resume: resume).message(from: layer.origin &+ 1))
        #expect(layer.epoch(user) != epoch && layer.nearHit(key) == nil)
    }

    /// A subscription that drops and comes back stops near-cache fills in
    /// flight (messages may have been missed) but not Redis writes: it
    /// changed no data, and the daemon asks PostgreSQL first until its near
    /// cache is rebuilt. Data changes stop both.
    @Test func aSubscriptionFlapMovesTheNearEpochButNotTheChangeEpoch() {
        let epoch = layer.epoch(user), changes = layer.changeEpoch(user)
        layer.subscription(false)
        layer.subscription(true)
        #expect(layer.epoch(user) != epoch)
        #expect(layer.changeEpoch(user) == changes)
        layer.apply(.resume(user: user, resume: resume))
        #expect(layer.changeEpoch(user) != changes)
    }

    @Test func anUnreadableMessageDropsTheNearCache() async throws {
        let key = CacheLayer.AnalysisKey(user: user, resume: resume, job: job, analyzer: 1)
        _ = try await analyze()
        #expect(layer.nearHit(key) != nil)
        layer.received(Array("v2 something new".utf8))
        #expect(layer.nearHit(key) == nil && layer.nearVersion(user: user, resume: resume) == nil)
    }

    @Test func invalidationMessagesRoundTripAndGarbageIsRefused() {
        let changes: [CacheLayer.Change] = [.resume(user: user, resume: resume), .job(user: user, job: job),
                                             .analysis(user: user, resume: resume, job: job), .user(user)]
        for c in changes {
            #expect(CacheLayer.Change(message: c.message) == c)
            #expect(CacheLayer.Change(message: c.message(from: 0xbeef)) == c)
            #expect(CacheLayer.Change.origin(of: c.message(from: 0xbeef)) == 0xbeef)
            #expect(CacheLayer.Change.origin(of: c.message) == nil)
        }
        #expect(Array(CacheLayer.Change.user(user).message(from: 0xbeef)) == Array("v1 u \(UUIDText.format(user)) o=beef".utf8))
        for garbage in ["", "v1", "v2 r \(user) \(resume)", "v1 r \(user)", "v1 x \(user) \(resume)", "v1 u not-a-uuid",
                        "v1 a \(user) \(resume)", "v1 r \(user) \(resume) junk", "o=1"] {
            #expect(CacheLayer.Change(message: Array(garbage.utf8)) == nil, "\(garbage)")
        }
    }

    @Test func withTheNearCacheOffEveryCallAsksTheStore() async throws {
        var c = CacheConfiguration()
        c.nearCacheEnabled = false
        let store = CachedAnalysisStore(inner: inner, cache: CacheLayer(configuration: c, redis: nil, redisURL: nil, loop: nil,
                                                                        logger: Logger(label: "t")))
        _ = try await store.prepare(user: user, resumeID: resume, jobDescriptionID: job, analyzerVersion: 1, context: context)
        let before = inner.calls
        _ = try await store.prepare(user: user, resumeID: resume, jobDescriptionID: job, analyzerVersion: 1, context: context)
        #expect(inner.calls == before + 1)
    }
}

@Suite struct AnalysisCodecTests {
    @Test func aRecordRoundTripsAndGarbageIsAMiss() {
        let r = AnalysisRecord(id: UUID(), userID: UUID(), resumeID: UUID(), jobDescriptionID: UUID(), resumeVersion: 7,
                               missingKeywords: ["Terraform", "gRPC"], matchedKeywords: ["Go"], suggestions: ["Add Terraform ✓"],
                               matchScore: 66.67, semanticSimilarity: 0.4123, analyzerVersion: 3, createdAt: Timestamp(unixMicroseconds: 1_700_000_000_123_456))
        #expect(AnalysisCodec.decode(AnalysisCodec.encode(r)) == r)
        #expect(AnalysisCodec.decode(Array("garbage".utf8)) == nil)
        #expect(AnalysisCodec.decode([]) == nil)
        var other = String(decoding: AnalysisCodec.encode(r), as: UTF8.self)
        other = other.replacingOccurrences(of: "\"v\":1", with: "\"v\":2")
        #expect(AnalysisCodec.decode(Array(other.utf8)) == nil, "another layout is a miss")
    }
}
