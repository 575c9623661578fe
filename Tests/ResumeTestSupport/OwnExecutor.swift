import Dispatch
public import Testing

/// A task executor on a Dispatch queue of its own, outside Swift's
/// cooperative pool. That pool has one thread per core (two here), and the
/// suites that wait synchronously (for a socket, a signal) can hold both;
/// a test that awaits the database from a task in that pool would then
/// stall until they finish. Tests with this trait run their bodies, and
/// the tasks they start with `Task(executorPreference: OwnExecutor.shared)`,
/// on this queue instead.
public final class OwnExecutor: TaskExecutor, Sendable {
    /// The executor tests share.
    public static let shared = OwnExecutor()
    private let queue = DispatchQueue(label: "test-executor", attributes: .concurrent)

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// Runs every test of a suite with `OwnExecutor.shared` as its executor preference.
public struct OnOwnExecutor: TestTrait, SuiteTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        try await withTaskExecutorPreference(OwnExecutor.shared) { try await function() }
    }
}

extension Trait where Self == OnOwnExecutor {
    /// Runs the test (or every test of the suite) off Swift's cooperative pool.
    public static var onOwnExecutor: Self { OnOwnExecutor() }
}
