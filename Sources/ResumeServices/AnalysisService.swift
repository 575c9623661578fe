import Foundation
import Synchronization
public import ResumeAnalysis
public import ResumeAuth
public import ResumeCore
import ResumeProto
public import ResumeServer
public import ResumeStores
public import ResumeWire

/// `resume.v1.AnalysisService`: gap analyses of the calling user's resumes
/// against their job descriptions. An analysis is computed once per
/// identity (user, resume, job description, resume version, analyzer
/// version): a repeated call finds it (in the cache or the database) and
/// answers `cached = true`; concurrent identical calls in this process wait
/// for one computation. The engine runs on the analysis lane, never on the
/// event loop, and stops when its call is cancelled.
public struct AnalysisService: Sendable {
    let analyses: any AnalysisStore
    let auth: Authenticator
    let analyzer = GapAnalyzer()
    let lane: WorkLane
    let pageTokens: PageTokens
    let responseBudget: Int
    let flights = SingleFlight<AnalysisIdentity, (AnalysisRecord, computed: Bool)>()
    /// Warm answers already encoded.
    let warmAnswers = WarmAnswers()
    /// Analyses this daemon computed (tests and statistics read it).
    public let computations = Counter()
    let guards: CallGuards

    public init(analyses: any AnalysisStore, auth: Authenticator, lane: WorkLane, responseBudget: Int, cursors: CursorSigner,
                guards: CallGuards) {
        self.analyses = analyses
        self.guards = guards
        self.auth = auth
        self.lane = lane
        self.responseBudget = responseBudget
        self.pageTokens = PageTokens(signer: cursors, list: "analyses")
    }

    public var handlers: [MethodHandler] {
        let s = self
        return [
            .unary(Resume_V1_AnalysisService.analyzeResume, fastPath: { payload, c in
                // A warm hit, answered in the wake-up that read the call; anything else (errors included) goes below.
                guard c.metadata[CallGuards.metadataKey] == nil, let (resume, job) = Self.ids(ofAnalyzeRequest: payload),
                      let user = try? s.auth.requireUser(c),
                      let record = s.analyses.answerAtOnce(user: user, resumeID: resume, jobDescriptionID: job,
                                                           analyzerVersion: AnalyzerVersion.current) else { return nil }
                return s.warmAnswers.encoded(record)
            }) { r, c in
                try await s.auth.asUser(c) { user in
                    var v = Validation()
                    let resume = v.id("resume_id", r.resumeID)
                    let job = v.id("job_description_id", r.jobDescriptionID)
                    try v.check()
                    let (record, cached) = try await s.analyze(user: user, resume: resume!, job: job!, request: r, c)
                    return Resume_V1_Analysis(record, cached: cached)
                }
            },
            .unary(Resume_V1_AnalysisService.getAnalysis) { r, c in
                try await s.auth.asUser(c) { user in
                    let id = try Validation.id("id", r.id)
                    return Resume_V1_Analysis(try await s.analyses.get(user: user, id: id, context: c.query), cached: true)
                }
            },
            .unary(Resume_V1_AnalysisService.listAnalyses) { r, c in
                try await s.auth.asUser(c) { user in
                    var v = Validation()
                    let resume = r.resumeID.isEmpty ? nil : v.id("resume_id", r.resumeID)
                    let page = v.page(size: r.pageSize, token: r.pageToken) { s.pageTokens.decode($0, user: user) }
                    try v.check()
                    let found = try await s.analyses.list(user: user, resumeID: resume, page: page!, context: c.query)
                    let (items, next) = s.pageTokens.fit(found, user: user, budget: s.responseBudget, size: Self.estimatedSize) {
                        PageToken(createdAt: $0.analysis.createdAt, id: $0.analysis.id)
                    }
                    return Resume_V1_ListAnalysesResponse(analyses: items.map(Resume_V1_AnalysisSummary.init), nextPageToken: next)
                }
            },
            .unary(Resume_V1_AnalysisService.deleteAnalysis) { r, c in
                try await s.auth.asUser(c) { user in
                    let id = try Validation.id("id", r.id)
                    _ = try await s.analyses.delete(user: user, id: id, context: c.query)
                    return Resume_V1_DeleteAnalysisResponse()
                }
            },
        ]
    }

    /// With an idempotency key: the analysis the key answered first, else the
    /// analysis below, then the key recorded for it. Not in the analysis'
    /// own statement — an analysis is stored once per identity anyway, so a
    /// retry whose key was not recorded finds the same row (unless the resume
    /// changed in between).
    func analyze(user: UUID, resume: UUID, job: UUID, request: Resume_V1_AnalyzeResumeRequest,
                 _ c: CallContext) async throws -> (AnalysisRecord, cached: Bool) {
        guard let claim = try guards.user(user, c, method: "AnalyzeResume", request: request).idempotency else {
            return try await analyze(user: user, resume: resume, job: job, c)
        }
        if let id = try await guards.store.findKey(claim, context: c.query) {
            return (try await analyses.get(user: user, id: id, context: c.query), true)
        }
        let (record, cached) = try await analyze(user: user, resume: resume, job: job, c)
        // An answer already stored needs no key (the same identity answers it again), and recording
        // one would let a caller grow the key table without computing, outside the analysis rate.
        if cached { return (record, cached) }
        if try await guards.store.recordKey(claim, resource: record.id, context: c.query) { return (record, cached) }
        // A concurrent call with the key recorded it first: its answer.
        guard let id = try await guards.store.findKey(claim, context: c.query) else { return (record, cached) }
        return (try await analyses.get(user: user, id: id, context: c.query), true)
    }

    /// The analysis of `resume` (at its current version) against `job`, and
    /// whether this call computed nothing. Computing counts against the
    /// user's analyses-per-minute quota; an answer already stored does not.
    func analyze(user: UUID, resume: UUID, job: UUID, _ c: CallContext) async throws -> (AnalysisRecord, cached: Bool) {
        switch try await analyses.prepare(user: user, resumeID: resume, jobDescriptionID: job,
                                          analyzerVersion: AnalyzerVersion.current, context: c.query) {
        case .stored(let record):
            return (record, true)
        case .compute(let identity, let resumeText, let jobText):
            let (outcome, shared) = try await flights.run(identity) { () async throws -> (AnalysisRecord, computed: Bool) in
                if let stored = try await analyses.claim(identity, context: c.query) { return (stored, false) }
                try await guards.store.countAnalysis(user: user, limit: guards.quotas.analysesPerMinute, context: c.query)
                let analyzer = self.analyzer, cancellation = c.cancellation, deadline = c.deadline
                let result = try await lane.run(deadline: c.deadline, cancellation: c.cancellation) { () throws(AnalysisCancelled) in
                    try analyzer.analyze(resume: resumeText, job: jobText) { cancellation.isCancelled || deadline.hasPassed() }
                }
                computations.increment()
                let content = AnalysisContent(missingKeywords: result.missingKeywords, matchedKeywords: result.matchedKeywords,
                                              suggestions: result.suggestions, matchScore: result.matchScore,
                                              semanticSimilarity: result.semanticSimilarity)
                return (try await analyses.insert(identity, content, context: c.query).record, true)
            }
            return (outcome.0, shared || !outcome.computed)
        }
    }

    /// The two ids of an `AnalyzeResumeRequest` as its canonical encoding
    /// carries them — fields 1 and 2, each 36 bytes of a lower-case UUID —
    /// read in place; nil for anything else (absent, other fields, other
    /// lengths, not a UUID), which the full decoder then handles.
    static func ids(ofAnalyzeRequest payload: UnsafeRawBufferPointer) -> (resume: UUID, job: UUID)? {
        var resume: UUID?, job: UUID?, i = 0
        while i < payload.count {
            // Tag 0x0A: field 1 (resume_id), 0x12: field 2 (job_description_id), both length-delimited;
            // a length of 36 fits one varint byte.
            let tag = payload[i]
            guard tag == 0x0A || tag == 0x12, i + 2 + 36 <= payload.count, payload[i + 1] == 36 else { return nil }
            guard let id = UUIDText.parse(bytes: UnsafeRawBufferPointer(rebasing: payload[(i + 2)..<(i + 38)])) else { return nil }
            if tag == 0x0A { resume = id } else { job = id }
            i += 38
        }
        guard let resume, let job else { return nil }
        return (resume, job)
    }

    static func estimatedSize(_ s: AnalysisSummary) -> Int {
        let a = s.analysis
        return 400 + s.resumeTitle.utf8.count + s.positionTitle.utf8.count + (s.companyName?.utf8.count ?? 0)
            + (a.missingKeywords + a.matchedKeywords + a.suggestions).reduce(0) { $0 + $1.utf8.count + 3 }
    }
}

extension Resume_V1_Analysis {
    init(_ r: AnalysisRecord, cached: Bool) {
        self.init(id: UUIDText.format(r.id), userID: UUIDText.format(r.userID), resumeID: UUIDText.format(r.resumeID),
                  jobDescriptionID: UUIDText.format(r.jobDescriptionID), resumeVersion: Int32(clamping: r.resumeVersion),
                  missingKeywords: r.missingKeywords, matchedKeywords: r.matchedKeywords, suggestions: r.suggestions,
                  matchScore: r.matchScore, semanticSimilarity: r.semanticSimilarity, analyzerVersion: Int32(clamping: r.analyzerVersion),
                  createdAt: r.createdAt.unixMicroseconds, cached: cached)
    }
}

extension Resume_V1_AnalysisSummary {
    init(_ s: AnalysisSummary) {
        self.init(analysis: Resume_V1_Analysis(s.analysis, cached: true), resumeTitle: s.resumeTitle, positionTitle: s.positionTitle,
                  companyName: s.companyName ?? "")
    }
}

extension AnalysisCancelled: RPCErrorConvertible {
    public var rpcError: RPCError { RPCError(.deadlineExceeded, "the analysis stopped: its call was cancelled or its deadline passed") }
}

/// Encoded `Analysis` answers (with `cached = true`) by analysis id: an
/// analysis never changes once stored, so its warm answer is the same bytes
/// every time, and a warm hit need not convert and pack it again. Bounded
/// (entries and bytes, least recently used first); an entry whose analysis
/// was deleted is never looked up again and ages out.
///
/// Thread-safe: the LRU is behind a `Mutex`.
final class WarmAnswers: Sendable {
    private let answers = Mutex(NearCache<UUID, [UInt8]>(maxEntries: 4_096, maxBytes: 8 * 1024 * 1024))

    /// `record`'s answer, encoded (once). Entries never expire (an analysis
    /// never changes), so no clock is read: time 0, lifetime unbounded.
    func encoded(_ record: AnalysisRecord) -> [UInt8]? {
        if let bytes = answers.withLock({ $0.get(record.id, now: 0) }) { return bytes }
        guard let bytes = try? Resume_V1_Analysis(record, cached: true).serializedBytes() else { return nil }
        answers.withLock { $0.set(record.id, bytes, bytes: bytes.count, ttl: .max, now: 0) }
        return bytes
    }
}
