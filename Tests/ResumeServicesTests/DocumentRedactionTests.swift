import Logging
import ResumeCore
import ResumeServer
import Testing
@testable import ResumeServices

/// Redaction on the CPU lane stops when its call is cancelled or expires while it runs, with
/// the refusal the lane gives work whose call ended before it started.
@Suite struct DocumentRedactionTests {
    /// Long enough that the redactor polls its stop condition many times (every few thousand steps).
    private static let longText = String(repeating: "a-", count: 128 * 1024)

    private func context(deadline: Deadline, cancellation: CallCancellation) -> CallContext {
        CallContext(method: "/resume.v1.Resumes/Create", callID: 1, deadline: deadline, metadata: .init(),
                    cancellation: cancellation, logger: Logger(label: "t"))
    }

    /// Redacts `longText` and returns the error; `end` runs on the lane's thread as the
    /// redaction starts, so the call ends while the redaction runs, never before.
    private func redactionError(deadline: Deadline, end: @escaping @Sendable (CallCancellation) -> Void) async -> (started: Bool, error: (any Error)?) {
        let lane = WorkLane(name: "test", threads: 1, maxQueued: 1)
        defer { lane.shutdown(deadline: .after(milliseconds: 5_000)) }
        let cancellation = CallCancellation()
        let started = ConditionLock(false)
        var redaction = DocumentRedaction(lane: lane)
        redaction.started = {
            started.withLock { $0 = true }
            end(cancellation)
        }
        do {
            _ = try await redaction.redact(Self.longText, as: .resume, context(deadline: deadline, cancellation: cancellation))
            return (started.withLock { $0 }, nil)
        } catch {
            return (started.withLock { $0 }, error)
        }
    }

    @Test func stopsWhenTheCallIsCancelled() async {
        let (started, error) = await redactionError(deadline: .distantFuture) { $0.cancel(.clientDisconnected) }
        #expect(started)
        #expect((error as? WorkLane.Refusal) == .cancelled(.clientDisconnected))
    }

    @Test func stopsWhenTheDeadlinePasses() async {
        // The lane thread waits out the deadline once the redaction has started; if a loaded
        // machine took a whole second to start it, the test says so instead of passing.
        let deadline = Deadline.after(milliseconds: 1_000)
        let (started, error) = await redactionError(deadline: deadline) { _ in
            _ = ConditionLock(0).wait(until: deadline) { _ in nil as Int? }
        }
        #expect(started)
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
