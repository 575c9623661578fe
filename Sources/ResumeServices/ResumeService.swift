public import ResumeStores
public import ResumeCore
public import ResumeRedaction
import ResumeProto
public import ResumeServer
import ResumeWire
public import ResumeAuth

/// `resume.v1.ResumeService`: the calling user's versioned resumes. Every
/// call needs a user token; rows of other users are not found.
public struct ResumeService: Sendable {
    let resumes: any ResumeStore
    let redaction: DocumentRedaction
    let auth: Authenticator
    let pageTokens: PageTokens
    /// Bytes of resumes one list response may carry (below the frame limit).
    let responseBudget: Int
    let guards: CallGuards

    public init(resumes: any ResumeStore, auth: Authenticator, responseBudget: Int, cursors: CursorSigner, cpu: WorkLane,
                redactor: PIIRedactor = PIIRedactor(), guards: CallGuards) {
        self.resumes = resumes
        self.guards = guards
        self.redaction = DocumentRedaction(lane: cpu, redactor: redactor)
        self.auth = auth
        self.responseBudget = responseBudget
        self.pageTokens = PageTokens(signer: cursors, list: "resumes")
    }

    public var handlers: [MethodHandler] {
        let s = self
        return [
            .unary(Resume_V1_ResumeService.createResume) { r, c in
                try await s.auth.asUser(c) { user in
                    var v = Validation()
                    v.title("title", r.title)
                    v.document("raw_text", r.rawText)
                    try v.check()
                    let guards = try s.guards.user(user, c, method: "CreateResume", request: r)
                    let redacted = try await s.redaction.redact(r.rawText, as: .resume, c)
                    try s.checkFits(title: r.title, raw: r.rawText, redacted: redacted)
                    return Resume_V1_Resume(try await s.resumes.create(user: user, title: r.title, rawText: r.rawText,
                                                                 redactedText: redacted, guards: guards, context: c.query))
                }
            },
            .unary(Resume_V1_ResumeService.getResume) { r, c in
                try await s.auth.asUser(c) { user in
                    let id = try Validation.id("id", r.id)
                    return Resume_V1_Resume(try await s.resumes.get(user: user, id: id, context: c.query))
                }
            },
            .unary(Resume_V1_ResumeService.updateResume) { r, c in
                try await s.auth.asUser(c) { user in
                    var v = Validation()
                    let id = v.id("id", r.id)
                    v.version("expected_version", r.expectedVersion)
                    v.title("title", r.title)
                    v.document("raw_text", r.rawText)
                    try v.check()
                    let redacted = try await s.redaction.redact(r.rawText, as: .resume, c)
                    try s.checkFits(title: r.title, raw: r.rawText, redacted: redacted)
                    return Resume_V1_Resume(try await s.resumes.update(user: user, id: id!, expectedVersion: Int(r.expectedVersion),
                                                                 title: r.title, rawText: r.rawText, redactedText: redacted,
                                                                 quotas: s.guards.quotas, context: c.query))
                }
            },
            .unary(Resume_V1_ResumeService.listResumes) { r, c in
                try await s.auth.asUser(c) { user in
                    var v = Validation()
                    let page = v.page(size: r.pageSize, token: r.pageToken) { s.pageTokens.decode($0, user: user) }
                    try v.check()
                    let found = try await s.resumes.list(user: user, page: page!, context: c.query)
                    let (items, next) = s.pageTokens.fit(found, user: user, budget: s.responseBudget, size: Resume_V1_Resume.estimatedSize) {
                        PageToken(createdAt: $0.createdAt, id: $0.id)
                    }
                    return Resume_V1_ListResumesResponse(resumes: items.map(Resume_V1_Resume.init), nextPageToken: next)
                }
            },
            .unary(Resume_V1_ResumeService.deleteResume) { r, c in
                try await s.auth.asUser(c) { user in
                    let id = try Validation.id("id", r.id)
                    try await s.resumes.delete(user: user, id: id, context: c.query)
                    return Resume_V1_DeleteResumeResponse()
                }
            },
        ]
    }

    /// Refuses, before storing, a resume that could not be sent back: with its
    /// redacted copy it must fit a response under the frame limit.
    func checkFits(title: String, raw: String, redacted: String) throws(RPCError) {
        let size = 160 + title.utf8.count + raw.utf8.count + redacted.utf8.count
        guard size > responseBudget else { return }
        throw RPCError.invalidArgument([.init("raw_text", "together with its redacted copy it needs \(size) bytes, more than this server's responses carry (\(responseBudget))")])
    }
}
