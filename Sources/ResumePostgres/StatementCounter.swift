import Synchronization

/// Counts statements executed (pings excluded) across a client's connections.
/// Tests use it to prove a request costs a known number of statements (no N+1).
public final class StatementCounter: Sendable {
    private let value = Atomic<Int>(0)

    public init() {}

    /// Statements executed so far.
    public var count: Int { value.load(ordering: .relaxed) }

    func increment() { value.wrappingAdd(1, ordering: .relaxed) }
    func add(_ n: Int) { value.wrappingAdd(n, ordering: .relaxed) }
}
