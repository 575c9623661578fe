import Logging
import ResumeCore
import ResumeServer
import Testing
@testable import ResumeServices

/// Redaction on the CPU lane stops when its call is cancelled or expires while it runs, with
/// the refusal the lane gives work whose call ended before it started.
@Suite struct DocumentRedactionTests {
    /// Takes seconds to redact in a debug build, so the call always ends first.
    private static let longText = String(repeating: "a-", count: 1024 * 1024)

    private func context(deadline: Deadline, cancellation: CallCancellation) -> CallContext {
        CallContext(method: "/resume.v1.Resumes/Create", callID: 1, deadline: deadline, metadata: .init(),
                    cancellation: cancellation, logger: Logger(label: "t"))
    }

    /// Runs a redaction of `longText`, calls `end` once a lane thread runs it, and returns the error.
    private func redactionError(deadline: Deadline, end: @Sendable (CallCancellation) -> Void) async -> (any Error)? {
        let lane = WorkLane(name: "test", threads: 1, maxQueued: 1)
        defer { lane.shutdown(deadline: .after(milliseconds: 5_000)) }
        let redaction = DocumentRedaction(lane: lane)
        let cancellation = CallCancellation()
        let call = context(deadline: deadline, cancellation: cancellation)
        let task = Task { try await redaction.redact(Self.longText, as: .resume, call) }
        while lane.load.running == 0 { try? await Task.sleep(for: .milliseconds(1)) }
        end(cancellation)
        do {
            _ = try await task.value
            return nil
        } catch {
            return error
        }
    }

    @Test func stopsWhenTheCallIsCancelled() async {
        let error = await redactionError(deadline: .distantFuture) { $0.cancel(.clientDisconnected) }
        #expect((error as? WorkLane.Refusal) == .cancelled(.clientDisconnected))
    }

    @Test func stopsWhenTheDeadlinePasses() async {
        let error = await redactionError(deadline: .after(milliseconds: 50)) { _ in }
        #expect((error as? WorkLane.Refusal) == .deadlineExceeded)
        #expect((error as? WorkLane.Refusal)?.rpcError.code == .deadlineExceeded)
    }

    @Test func redactsAsBeforeWhenTheCallIsWanted() async throws {
        let lane = WorkLane(name: "test", threads: 1, maxQueued: 1)
        defer { lane.shutdown(deadline: .after(milliseconds: 5_000)) }
        let text = "Jane Doe\njane@example.com, +1 (415) 555-0132\n221B Baker Street, London NW1 6XE"
        let call = context(deadline: .after(milliseconds: 60_000), cancellation: CallCancellation())
        let redacted = try await DocumentRedaction(lane: lane).redact(text, as: .resume, call)
        #expect(redacted == "[NAME]\n[EMAIL], [PHONE]\n[ADDRESS]")
    }
}
