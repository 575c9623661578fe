import ResumeCore
import ResumeRedaction
import ResumeServer

/// Redacts a document on the CPU lane, so a large document never holds the
/// event loop; work whose call expired or was cancelled before a thread
/// took it never runs.
struct DocumentRedaction: Sendable {
    let redactor = PIIRedactor()
    let lane: WorkLane

    func redact(_ text: String, as kind: PIIRedactor.DocumentKind, _ context: CallContext) async throws -> String {
        let redactor = self.redactor
        return try await lane.run(deadline: context.deadline, cancellation: context.cancellation) { redactor.redact(text, as: kind).text }
    }
}
