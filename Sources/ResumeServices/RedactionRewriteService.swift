import Foundation
public import ResumeCore
import ResumeProto
public import ResumeRedaction
public import ResumeServer
public import ResumeStores
import ResumeWire

/// `resume.rpc.v1.Admin/RewriteRedactions`: stored documents redacted again
/// with this daemon's rules, one bounded batch per call (service tokens only).
///
/// A pass walks `resumes`, then `job_descriptions`, in id order; the cursor
/// names the table and the last id done, so an interrupted pass resumes
/// where it stopped (and a new pass finds only what is still stale, since
/// every rewritten row records the new rules' version). Each call reads at
/// most `max_documents` rows and ``maxBatchBytes`` of raw text, redacts them
/// on the CPU lane within the call's deadline, and stores each at once.
public struct RedactionRewriteService: Sendable {
    let store: any RedactionRewriteStore
    let redaction: DocumentRedaction
    let auth: Authenticator
    let redactorVersion: Int

    /// Documents one call examines when the request says 0.
    public static let defaultDocuments = 50
    /// Documents one call may examine at most.
    public static let maxDocuments = 500
    /// Raw text one call reads at most, in bytes (at least one document is
    /// always read): 8 MiB, about 40 of the largest resumes.
    public static let maxBatchBytes = 8 * 1024 * 1024

    public init(store: any RedactionRewriteStore, auth: Authenticator, cpu: WorkLane, redactor: PIIRedactor = PIIRedactor(),
                redactorVersion: Int = RedactorVersion.current) {
        self.store = store
        self.redaction = DocumentRedaction(lane: cpu, redactor: redactor)
        self.auth = auth
        self.redactorVersion = redactorVersion
    }

    public var handlers: [MethodHandler] {
        let s = self
        return [
            .unary(Resume_Rpc_V1_Admin.rewriteRedactions) { r, c in
                try s.auth.requireService(c)
                return try await c.logged { try await s.rewrite(r, c) }
            },
        ]
    }

    func rewrite(_ request: Resume_Rpc_V1_RewriteRedactionsRequest, _ c: CallContext) async throws -> Resume_Rpc_V1_RewriteRedactionsResponse {
        var v = Validation()
        let limit = request.maxDocuments == 0 ? Self.defaultDocuments : Int(request.maxDocuments)
        if limit > Self.maxDocuments { v.fail("max_documents", "must be 0 (the default, \(Self.defaultDocuments)) to \(Self.maxDocuments)") }
        let cursor = RewriteCursor(parsing: request.cursor)
        if cursor == nil { v.fail("cursor", "is not a cursor from RewriteRedactions") }
        try v.check()
        var position = cursor!
        var response = Resume_Rpc_V1_RewriteRedactionsResponse()
        response.redactorVersion = UInt32(redactorVersion)
        var batch = try await store.stale(position.table, below: redactorVersion, after: position.after, limit: limit,
                                          maxBytes: Self.maxBatchBytes, context: c.query)
        if batch.isEmpty, position.table == .resumes {
            position = RewriteCursor(table: .jobDescriptions, after: nil)
            batch = try await store.stale(.jobDescriptions, below: redactorVersion, after: nil, limit: limit,
                                          maxBytes: Self.maxBatchBytes, context: c.query)
        }
        if batch.isEmpty {
            response.cursor = ""
            return response
        }
        for document in batch {
            let redacted: String
            do {
                redacted = try await redaction.redact(document.rawText, as: document.table == .resumes ? .resume : .jobDescription, c)
            } catch WorkLane.Refusal.deadlineExceeded where response.examined > 0 {
                break // what is done stays done; the cursor says where to go on
            }
            let outcome: RewriteOutcome
            do {
                outcome = try await store.rewrite(document, redactedText: redacted, redactorVersion: redactorVersion, context: c.query)
            } catch {
                // this row may or may not have been stored; the next call finds it again if not
                if case .deadlineExceeded = error, response.examined > 0 { break }
                throw error
            }
            switch outcome {
            case .rewritten(let retired):
                response.rewritten += 1
                response.analysesRetired += UInt32(clamping: retired)
            case .unchanged: response.unchanged += 1
            case .skipped: response.skipped += 1
            }
            response.examined += 1
            position.after = document.id
        }
        response.cursor = position.text
        return response
    }
}

/// Where a rewrite pass stands: the table, and the last id done in it.
struct RewriteCursor: Hashable {
    var table: DocumentTable
    var after: UUID?

    init(table: DocumentTable, after: UUID?) {
        self.table = table
        self.after = after
    }

    /// "" (the start), or `r:<uuid>` / `j:<uuid>` / `j:`.
    init?(parsing text: String) {
        guard let (table, after) = Self.parse(text) else { return nil }
        self.init(table: table, after: after)
    }

    private static func parse(_ text: String) -> (DocumentTable, UUID?)? {
        if text.isEmpty { return (.resumes, nil) }
        guard text.utf8.count <= 40, let colon = text.firstIndex(of: ":") else { return nil }
        let table: DocumentTable
        switch text[..<colon] {
        case "r": table = .resumes
        case "j": table = .jobDescriptions
        default: return nil
        }
        let id = text[text.index(after: colon)...]
        if id.isEmpty { return (table, nil) }
        guard let parsed = UUIDText.parse(id) else { return nil }
        return (table, parsed)
    }

    var text: String {
        (table == .resumes ? "r:" : "j:") + (after.map { UUIDText.format($0) } ?? "")
    }
}
