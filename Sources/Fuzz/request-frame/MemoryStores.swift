// The database of fuzz-request-frame: every store protocol on one in-memory
// state, with the rules the PostgreSQL stores keep (rows scoped by user, the
// acting user checked active in the same call, optimistic resume versions,
// keyset pages newest first, cascading deletes, one analysis per identity).
// For this target only. Ids and timestamps come from counters, so the same
// calls on a fresh database give the same rows every time.
import Foundation
import ResumeCore
import ResumeStores
import Synchronization

/// Ids the seed rows have: `00000000-0000-4000-8000-0000000000NN` (see `FuzzFixture`).
func fixtureID(_ n: UInt16) -> UUID {
    UUID(uuid: (0, 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, UInt8(n >> 8), UInt8(n & 0xFF)))
}

final class MemoryDatabase: Sendable {
    struct State {
        var users: [UUID: UserRecord] = [:]
        var resumes: [UUID: ResumeRecord] = [:]
        var jobs: [UUID: JobDescriptionRecord] = [:]
        var analyses: [UUID: AnalysisRecord] = [:]
        var generated: [UUID: GeneratedResumeRecord] = [:]
        var nextID: UInt16 = 0x1000
        var clock: Int64 = 1_767_225_600_000_000 // 2026-01-01, then 1 ms per row

        mutating func newID() -> UUID { defer { nextID &+= 1 }; return fixtureID(nextID) }
        mutating func now() -> Timestamp { clock += 1_000; return Timestamp(unixMicroseconds: clock) }

        func requireActive(_ user: UUID) throws(DataError) {
            guard users[user]?.isActive == true else { throw .userInactive }
        }
    }

    let state: Mutex<State>

    init(_ state: State) { self.state = Mutex(state) }

    func with<R>(_ body: (inout State) throws(DataError) -> R) throws(DataError) -> R {
        try state.withLock { (s: inout State) throws(DataError) -> R in try body(&s) }
    }

    /// Newest first by (created_at, id), after `page.after`, `page.size` rows and a token when more follow.
    static func page<T>(_ rows: [T], _ page: PageRequest, key: (T) -> PageToken) -> Page<T> {
        let sorted = rows.sorted { a, b in
            let ka = key(a), kb = key(b)
            return ka.createdAt != kb.createdAt ? ka.createdAt > kb.createdAt : ka.id.uuidString > kb.id.uuidString
        }
        let after = sorted.filter { row in
            guard let a = page.after else { return true }
            let k = key(row)
            return k.createdAt < a.createdAt || (k.createdAt == a.createdAt && k.id.uuidString < a.id.uuidString)
        }
        let items = Array(after.prefix(page.size))
        return Page(items: items, next: after.count > page.size ? items.last.map(key) : nil)
    }
}

struct MemoryUserStore: UserStore {
    let db: MemoryDatabase

    func create(email: String, hashedPassword: String, idempotency: IdempotencyClaim?, context: QueryContext) async throws(DataError) -> UserRecord {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            guard !s.users.values.contains(where: { $0.email.lowercased() == email.lowercased() }) else { throw .alreadyExists("user") }
            let now = s.now()
            let user = UserRecord(id: s.newID(), email: email, hashedPassword: hashedPassword, isActive: true, isVerified: false,
                                  createdAt: now, updatedAt: now)
            s.users[user.id] = user
            return user
        }
    }

    func find(email: String, context: QueryContext) async throws(DataError) -> UserRecord? {
        try db.with { s in s.users.values.first { $0.email.lowercased() == email.lowercased() } }
    }

    func activeUser(id: UUID, context: QueryContext) async throws(DataError) -> UserRecord {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(id)
            return s.users[id]!
        }
    }

    func markVerified(id: UUID, context: QueryContext) async throws(DataError) -> UserRecord {
        try update(id) { UserRecord(id: $0.id, email: $0.email, hashedPassword: $0.hashedPassword, isActive: $0.isActive, isVerified: true,
                                    createdAt: $0.createdAt, updatedAt: $1) }
    }

    func deactivate(id: UUID, context: QueryContext) async throws(DataError) -> UserRecord {
        try update(id) { UserRecord(id: $0.id, email: $0.email, hashedPassword: $0.hashedPassword, isActive: false, isVerified: $0.isVerified,
                                    createdAt: $0.createdAt, updatedAt: $1) }
    }

    private func update(_ id: UUID, _ change: (UserRecord, Timestamp) -> UserRecord) throws(DataError) -> UserRecord {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            guard let u = s.users[id] else { throw .notFound("user") }
            let changed = change(u, s.now())
            s.users[id] = changed
            return changed
        }
    }

    func delete(id: UUID, context: QueryContext) async throws(DataError) {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            guard s.users.removeValue(forKey: id) != nil else { throw .notFound("user") }
            s.resumes = s.resumes.filter { $0.value.userID != id }
            s.jobs = s.jobs.filter { $0.value.userID != id }
            s.analyses = s.analyses.filter { $0.value.userID != id }
            s.generated = s.generated.filter { $0.value.userID != id }
        }
    }
}

struct MemoryResumeStore: ResumeStore {
    let db: MemoryDatabase

    func create(user: UUID, title: String, rawText: String, redactedText: String, guards: CreateGuards, context: QueryContext) async throws(DataError) -> ResumeRecord {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            let now = s.now()
            let r = ResumeRecord(id: s.newID(), userID: user, title: title, rawText: rawText, redactedText: redactedText, version: 1,
                                 createdAt: now, updatedAt: now)
            s.resumes[r.id] = r
            return r
        }
    }

    func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> ResumeRecord {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            guard let r = s.resumes[id], r.userID == user else { throw .notFound("resume") }
            return r
        }
    }

    func update(user: UUID, id: UUID, expectedVersion: Int, title: String, rawText: String, redactedText: String,
                quotas: UserQuotas?, context: QueryContext) async throws(DataError) -> ResumeRecord {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            guard let r = s.resumes[id], r.userID == user else { throw .notFound("resume") }
            guard r.version == expectedVersion else { throw .versionConflict(current: r.version) }
            let changed = ResumeRecord(id: id, userID: user, title: title, rawText: rawText, redactedText: redactedText,
                                       version: r.version + 1, createdAt: r.createdAt, updatedAt: s.now())
            s.resumes[id] = changed
            return changed
        }
    }

    func list(user: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<ResumeRecord> {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            return MemoryDatabase.page(s.resumes.values.filter { $0.userID == user }, page) { PageToken(createdAt: $0.createdAt, id: $0.id) }
        }
    }

    func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            guard let r = s.resumes[id], r.userID == user else { throw .notFound("resume") }
            s.resumes[id] = nil
            let gone = Set(s.analyses.values.filter { $0.resumeID == id }.map(\.id))
            s.analyses = s.analyses.filter { !gone.contains($0.key) }
            s.generated = s.generated.filter { !gone.contains($0.value.analysisID) }
        }
    }
}

struct MemoryJobDescriptionStore: JobDescriptionStore {
    let db: MemoryDatabase

    func create(user: UUID, companyName: String?, positionTitle: String, rawText: String, redactedText: String,
                guards: CreateGuards, context: QueryContext) async throws(DataError) -> JobDescriptionRecord {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            let j = JobDescriptionRecord(id: s.newID(), userID: user, companyName: companyName, positionTitle: positionTitle,
                                         rawText: rawText, redactedText: redactedText, createdAt: s.now())
            s.jobs[j.id] = j
            return j
        }
    }

    func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> JobDescriptionRecord {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            guard let j = s.jobs[id], j.userID == user else { throw .notFound("job description") }
            return j
        }
    }

    func list(user: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<JobDescriptionRecord> {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            return MemoryDatabase.page(s.jobs.values.filter { $0.userID == user }, page) { PageToken(createdAt: $0.createdAt, id: $0.id) }
        }
    }

    func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            guard let j = s.jobs[id], j.userID == user else { throw .notFound("job description") }
            s.jobs[id] = nil
            let gone = Set(s.analyses.values.filter { $0.jobDescriptionID == id }.map(\.id))
            s.analyses = s.analyses.filter { !gone.contains($0.key) }
            s.generated = s.generated.filter { !gone.contains($0.value.analysisID) }
        }
    }
}

struct MemoryAnalysisStore: AnalysisStore {
    let db: MemoryDatabase

    private static func stored(_ s: MemoryDatabase.State, _ identity: AnalysisIdentity) -> AnalysisRecord? {
        s.analyses.values.first {
            $0.userID == identity.user && $0.resumeID == identity.resumeID && $0.jobDescriptionID == identity.jobDescriptionID
                && $0.resumeVersion == identity.resumeVersion && $0.analyzerVersion == identity.analyzerVersion
        }
    }

    func prepare(user: UUID, resumeID: UUID, jobDescriptionID: UUID, analyzerVersion: Int,
                 context: QueryContext) async throws(DataError) -> AnalysisPreparation {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            guard let r = s.resumes[resumeID], r.userID == user else { throw .notFound("resume") }
            guard let j = s.jobs[jobDescriptionID], j.userID == user else { throw .notFound("job description") }
            let identity = AnalysisIdentity(user: user, resumeID: resumeID, jobDescriptionID: jobDescriptionID, resumeVersion: r.version,
                                            analyzerVersion: analyzerVersion)
            if let a = Self.stored(s, identity) { return .stored(a) }
            return .compute(identity, resumeText: r.redactedText, jobText: j.redactedText)
        }
    }

    func insert(_ identity: AnalysisIdentity, _ content: AnalysisContent,
                context: QueryContext) async throws(DataError) -> (record: AnalysisRecord, inserted: Bool) {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(identity.user)
            if let a = Self.stored(s, identity) { return (a, false) }
            guard s.resumes[identity.resumeID]?.userID == identity.user else { throw .notFound("resume") }
            guard s.jobs[identity.jobDescriptionID]?.userID == identity.user else { throw .notFound("job description") }
            let a = AnalysisRecord(id: s.newID(), userID: identity.user, resumeID: identity.resumeID, jobDescriptionID: identity.jobDescriptionID,
                                   resumeVersion: identity.resumeVersion, missingKeywords: content.missingKeywords,
                                   matchedKeywords: content.matchedKeywords, suggestions: content.suggestions, matchScore: content.matchScore,
                                   semanticSimilarity: content.semanticSimilarity, analyzerVersion: identity.analyzerVersion, createdAt: s.now())
            s.analyses[a.id] = a
            return (a, true)
        }
    }

    /// A warm answer (what the near cache gives): the stored analysis of the resume's current version.
    func answerAtOnce(user: UUID, resumeID: UUID, jobDescriptionID: UUID, analyzerVersion: Int) -> AnalysisRecord? {
        db.state.withLock { s in
            guard s.users[user]?.isActive == true, let r = s.resumes[resumeID], r.userID == user else { return nil }
            return Self.stored(s, AnalysisIdentity(user: user, resumeID: resumeID, jobDescriptionID: jobDescriptionID,
                                                   resumeVersion: r.version, analyzerVersion: analyzerVersion))
        }
    }

    func find(_ identity: AnalysisIdentity, context: QueryContext) async throws(DataError) -> AnalysisRecord? {
        try db.with { s in Self.stored(s, identity) }
    }

    func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> AnalysisRecord {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            guard let a = s.analyses[id], a.userID == user else { throw .notFound("analysis") }
            return a
        }
    }

    func list(user: UUID, resumeID: UUID?, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<AnalysisSummary> {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            let rows = s.analyses.values.filter { $0.userID == user && (resumeID == nil || $0.resumeID == resumeID) }.compactMap { a -> AnalysisSummary? in
                guard let r = s.resumes[a.resumeID], let j = s.jobs[a.jobDescriptionID] else { return nil }
                return AnalysisSummary(analysis: a, resumeTitle: r.title, positionTitle: j.positionTitle, companyName: j.companyName)
            }
            return MemoryDatabase.page(rows, page) { PageToken(createdAt: $0.analysis.createdAt, id: $0.analysis.id) }
        }
    }

    func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> AnalysisRecord {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            guard let a = s.analyses[id], a.userID == user else { throw .notFound("analysis") }
            s.analyses[id] = nil
            s.generated = s.generated.filter { $0.value.analysisID != id }
            return a
        }
    }
}

struct MemoryGeneratedResumeStore: GeneratedResumeStore {
    let db: MemoryDatabase

    func create(user: UUID, analysisID: UUID, optimizedText: String, modelUsed: String, metadata: JSONText,
                guards: CreateGuards, context: QueryContext) async throws(DataError) -> GeneratedResumeRecord {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            guard s.analyses[analysisID]?.userID == user else { throw .notFound("analysis") }
            let g = GeneratedResumeRecord(id: s.newID(), userID: user, analysisID: analysisID, optimizedText: optimizedText,
                                          modelUsed: modelUsed, generationMetadata: metadata, createdAt: s.now())
            s.generated[g.id] = g
            return g
        }
    }

    func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> GeneratedResumeRecord {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            guard let g = s.generated[id], g.userID == user else { throw .notFound("generated resume") }
            return g
        }
    }

    func list(user: UUID, analysisID: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<GeneratedResumeRecord> {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            guard s.analyses[analysisID]?.userID == user else { throw .notFound("analysis") }
            return MemoryDatabase.page(s.generated.values.filter { $0.analysisID == analysisID }, page) {
                PageToken(createdAt: $0.createdAt, id: $0.id)
            }
        }
    }

    func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) {
        try db.with { (s: inout MemoryDatabase.State) throws(DataError) in
            try s.requireActive(user)
            guard let g = s.generated[id], g.userID == user else { throw .notFound("generated resume") }
            s.generated[id] = nil
        }
    }
}

/// Every row here is stored by this build's rules, so nothing is ever stale:
/// `RewriteRedactions` runs its checks and finds an empty pass.
struct MemoryRedactionRewriteStore: RedactionRewriteStore {
    func stale(_ table: DocumentTable, below version: Int, after: UUID?, limit: Int, maxBytes: Int,
               context: QueryContext) async throws(DataError) -> [StaleDocument] {
        []
    }

    func rewrite(_ document: StaleDocument, redactedText: String, redactorVersion: Int,
                 context: QueryContext) async throws(DataError) -> RewriteOutcome {
        .skipped
    }
}

/// Keys and authentication failures in memory, with the PostgreSQL store's
/// answers (a key reused for another request, a failure count); the
/// analysis rate is never reached here.
final class MemoryGuardStore: GuardStore {
    private let state = Mutex<(keys: [String: (fingerprint: [UInt8], resource: UUID)], failures: [[UInt8]: Int])>((keys: [:], failures: [:]))

    private static func name(_ c: IdempotencyClaim) -> String { c.scope + "\u{0}" + c.method + "\u{0}" + c.key }

    func findKey(_ claim: IdempotencyClaim, context: QueryContext) async throws(DataError) -> UUID? {
        guard let kept = state.withLock({ $0.keys[Self.name(claim)] }) else { return nil }
        guard kept.fingerprint == claim.fingerprint else { throw .idempotencyKeyReused(firstUsedAt: Timestamp(unixMicroseconds: 0)) }
        return kept.resource
    }

    func recordKey(_ claim: IdempotencyClaim, resource: UUID, context: QueryContext) async throws(DataError) -> Bool {
        state.withLock { s in
            guard s.keys[Self.name(claim)] == nil else { return false }
            s.keys[Self.name(claim)] = (claim.fingerprint, resource)
            return true
        }
    }

    func countAnalysis(user: UUID, limit: Int, context: QueryContext) async throws(DataError) {}

    func authenticationFailures(emailKey: [UInt8], windowSeconds: Int, context: QueryContext) async throws(DataError) -> Int {
        state.withLock { $0.failures[emailKey] ?? 0 }
    }

    func countAuthenticationAttempt(emailKey: [UInt8], windowSeconds: Int, context: QueryContext) async throws(DataError) -> Int {
        state.withLock { s in
            s.failures[emailKey, default: 0] += 1
            return s.failures[emailKey]!
        }
    }

    func clearAuthenticationFailures(emailKey: [UInt8], context: QueryContext) async throws(DataError) {
        _ = state.withLock { $0.failures.removeValue(forKey: emailKey) }
    }

    func purgeExpired(limit: Int, authenticationWindowSeconds: Int, context: QueryContext) async throws(DataError) -> Int { 0 }
}
