public import ResumeStores
public import ResumeCore
public import ResumeRedaction
import ResumeProto
public import ResumeServer
import ResumeWire
public import ResumeAuth

/// `resume.v1.JobDescriptionService`: the calling user's job descriptions.
public struct JobDescriptionService: Sendable {
    let jobs: any JobDescriptionStore
    let redaction: DocumentRedaction
    let auth: Authenticator
    let pageTokens: PageTokens
    let responseBudget: Int
    let guards: CallGuards

    public init(jobs: any JobDescriptionStore, auth: Authenticator, responseBudget: Int, cursors: CursorSigner, cpu: WorkLane,
                redactor: PIIRedactor = PIIRedactor(), guards: CallGuards) {
        self.jobs = jobs
        self.guards = guards
        self.redaction = DocumentRedaction(lane: cpu, redactor: redactor)
        self.auth = auth
        self.responseBudget = responseBudget
        self.pageTokens = PageTokens(signer: cursors, list: "job_descriptions")
    }

    public var handlers: [MethodHandler] {
        let s = self
        return [
            .unary(Resume_V1_JobDescriptionService.createJobDescription) { r, c in
                try await s.auth.asUser(c) { user in
                    var v = Validation()
                    let company = v.optionalTitle("company_name", r.companyName)
                    v.title("position_title", r.positionTitle)
                    v.document("raw_text", r.rawText)
                    try v.check()
                    let guards = try s.guards.user(user, c, method: "CreateJobDescription", request: r)
                    let redacted = try await s.redaction.redact(r.rawText, as: .jobDescription, c)
                    let size = 160 + r.positionTitle.utf8.count + (company?.utf8.count ?? 0) + r.rawText.utf8.count + redacted.utf8.count
                    if size > s.responseBudget {
                        throw RPCError.invalidArgument([.init("raw_text", "together with its redacted copy it needs \(size) bytes, more than this server's responses carry (\(s.responseBudget))")])
                    }
                    return Resume_V1_JobDescription(try await s.jobs.create(user: user, companyName: company, positionTitle: r.positionTitle,
                                                                      rawText: r.rawText, redactedText: redacted, guards: guards,
                                                                      context: c.query))
                }
            },
            .unary(Resume_V1_JobDescriptionService.getJobDescription) { r, c in
                try await s.auth.asUser(c) { user in
                    let id = try Validation.id("id", r.id)
                    return Resume_V1_JobDescription(try await s.jobs.get(user: user, id: id, context: c.query))
                }
            },
            .unary(Resume_V1_JobDescriptionService.listJobDescriptions) { r, c in
                try await s.auth.asUser(c) { user in
                    var v = Validation()
                    let page = v.page(size: r.pageSize, token: r.pageToken) { s.pageTokens.decode($0, user: user) }
                    try v.check()
                    let found = try await s.jobs.list(user: user, page: page!, context: c.query)
                    let (items, next) = s.pageTokens.fit(found, user: user, budget: s.responseBudget, size: Resume_V1_JobDescription.estimatedSize) {
                        PageToken(createdAt: $0.createdAt, id: $0.id)
                    }
                    return Resume_V1_ListJobDescriptionsResponse(jobDescriptions: items.map(Resume_V1_JobDescription.init), nextPageToken: next)
                }
            },
            .unary(Resume_V1_JobDescriptionService.deleteJobDescription) { r, c in
                try await s.auth.asUser(c) { user in
                    let id = try Validation.id("id", r.id)
                    try await s.jobs.delete(user: user, id: id, context: c.query)
                    return Resume_V1_DeleteJobDescriptionResponse()
                }
            },
        ]
    }
}
