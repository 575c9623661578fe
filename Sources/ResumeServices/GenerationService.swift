import Foundation
public import ResumeAuth
import ResumeCore
import ResumeProto
public import ResumeServer
public import ResumeStores
import ResumeWire

/// `resume.v1.GenerationService`: optimised resumes an LLM wrote for an
/// analysis. A background LLM worker saves them with a service token and
/// the owner's `user_id`; everything else is called with the user's token.
public struct GenerationService: Sendable {
    let generated: any GeneratedResumeStore
    let auth: Authenticator
    let pageTokens: PageTokens
    /// Bytes of generated resumes one response may carry (below the frame limit).
    let responseBudget: Int

    let guards: CallGuards

    public init(generated: any GeneratedResumeStore, auth: Authenticator, responseBudget: Int, cursors: CursorSigner, guards: CallGuards) {
        self.generated = generated
        self.guards = guards
        self.auth = auth
        self.responseBudget = responseBudget
        self.pageTokens = PageTokens(signer: cursors, list: "generated_resumes")
    }

    public var handlers: [MethodHandler] {
        let s = self
        return [
            .unary(Resume_V1_GenerationService.saveGeneratedResume) { r, c in
                try await c.logged {
                    let user = try s.auth.requireUserOrService(c, userID: r.userID)
                    var v = Validation()
                    let analysis = v.id("analysis_id", r.analysisID)
                    v.document("optimized_text", r.optimizedText)
                    v.title("model_used", r.modelUsed)
                    let metadata = v.generationMetadata("metadata", r.metadata ?? Resume_V1_GenerationMetadata())
                    try v.check()
                    let size = 160 + r.optimizedText.utf8.count + r.modelUsed.utf8.count
                    if size > s.responseBudget {
                        throw RPCError.invalidArgument([.init("optimized_text", "needs \(size) bytes, more than this server's responses carry (\(s.responseBudget))")])
                    }
                    // A background worker's service token is not limited by the user's quotas.
                    let guards = try s.auth.isServiceCall(c) ? s.guards.service(c, method: "SaveGeneratedResume", request: r)
                        : s.guards.user(user, c, method: "SaveGeneratedResume", request: r)
                    return Resume_V1_GeneratedResume(try await s.generated.create(
                        user: user, analysisID: analysis!, optimizedText: r.optimizedText, modelUsed: r.modelUsed,
                        metadata: metadata!, guards: guards, context: c.query))
                }
            },
            .unary(Resume_V1_GenerationService.getGeneratedResume) { r, c in
                try await s.auth.asUser(c) { user in
                    let id = try Validation.id("id", r.id)
                    return Resume_V1_GeneratedResume(try await s.generated.get(user: user, id: id, context: c.query))
                }
            },
            .unary(Resume_V1_GenerationService.listGeneratedResumes) { r, c in
                try await s.auth.asUser(c) { user in
                    var v = Validation()
                    let analysis = v.id("analysis_id", r.analysisID)
                    let page = v.page(size: r.pageSize, token: r.pageToken) { s.pageTokens.decode($0, user: user) }
                    try v.check()
                    let found = try await s.generated.list(user: user, analysisID: analysis!, page: page!, context: c.query)
                    let (items, next) = s.pageTokens.fit(found, user: user, budget: s.responseBudget,
                                                         size: { 160 + $0.optimizedText.utf8.count + $0.modelUsed.utf8.count }) {
                        PageToken(createdAt: $0.createdAt, id: $0.id)
                    }
                    return Resume_V1_ListGeneratedResumesResponse(generatedResumes: items.map(Resume_V1_GeneratedResume.init), nextPageToken: next)
                }
            },
            .unary(Resume_V1_GenerationService.deleteGeneratedResume) { r, c in
                try await s.auth.asUser(c) { user in
                    let id = try Validation.id("id", r.id)
                    try await s.generated.delete(user: user, id: id, context: c.query)
                    return Resume_V1_DeleteGeneratedResumeResponse()
                }
            },
        ]
    }
}

extension Validation {
    /// Token counts and latency 0 or more, cost finite and 0 or more; as the JSON object stored.
    mutating func generationMetadata(_ field: String, _ m: Resume_V1_GenerationMetadata) -> JSONText? {
        if m.promptTokens < 0 { fail("\(field).prompt_tokens", "must be 0 or more") }
        if m.completionTokens < 0 { fail("\(field).completion_tokens", "must be 0 or more") }
        if !m.costUsd.isFinite || m.costUsd < 0 { fail("\(field).cost_usd", "must be a finite amount, 0 or more") }
        if m.latencyMs < 0 { fail("\(field).latency_ms", "must be 0 or more") }
        return try? JSONText(encoding: StoredGenerationMetadata(m))
    }
}

/// The `generation_metadata` JSON object.
struct StoredGenerationMetadata: Codable {
    var prompt_tokens: Int64
    var completion_tokens: Int64
    var cost_usd: Double
    var latency_ms: Int64

    init(_ m: Resume_V1_GenerationMetadata) {
        prompt_tokens = m.promptTokens
        completion_tokens = m.completionTokens
        cost_usd = m.costUsd
        latency_ms = m.latencyMs
    }
}

extension Resume_V1_GeneratedResume {
    init(_ r: GeneratedResumeRecord) {
        let m = try? r.generationMetadata.decode(StoredGenerationMetadata.self)
        self.init(id: UUIDText.format(r.id), userID: UUIDText.format(r.userID), analysisID: UUIDText.format(r.analysisID),
                  optimizedText: r.optimizedText, modelUsed: r.modelUsed,
                  metadata: Resume_V1_GenerationMetadata(promptTokens: m?.prompt_tokens ?? 0, completionTokens: m?.completion_tokens ?? 0,
                                                         costUsd: m?.cost_usd ?? 0, latencyMs: m?.latency_ms ?? 0),
                  createdAt: r.createdAt.unixMicroseconds)
    }
}
