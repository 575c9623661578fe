import ResumeCore
import ResumeRedaction
import ResumeServer

/// Redacts a document on the CPU lane, so a large document never holds the
/// event loop; work whose call expired or was cancelled before a thread
/// took it never runs, and work whose call expires or is cancelled while it
/// runs stops within a few thousand steps.
struct DocumentRedaction: Sendable {
    let redactor: PIIRedactor
    let lane: WorkLane
    /// Runs on the lane's thread as the redaction starts (tests end the call here).
    var started: @Sendable () -> Void = {}

    init(lane: WorkLane, redactor: PIIRedactor = PIIRedactor()) {
        self.lane = lane
        self.redactor = redactor
    }

    func redact(_ text: String, as kind: PIIRedactor.DocumentKind, _ context: CallContext) async throws -> String {
        let redactor = self.redactor
        let deadline = context.deadline, cancellation = context.cancellation, started = self.started
        return try await lane.run(deadline: deadline, cancellation: cancellation) { () throws(WorkLane.Refusal) -> String in
            started()
            do {
                return try redactor.redact(text, as: kind) { cancellation.reason != nil || deadline.hasPassed() }.text
            } catch {
                // the refusal the lane gives work whose call was cancelled or expired before it started
                if let reason = cancellation.reason { throw WorkLane.Refusal.cancelled(reason) }
                throw WorkLane.Refusal.deadlineExceeded
            }
        }
    }
}
