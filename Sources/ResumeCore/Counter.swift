import Synchronization

/// A shared count (for statistics and tests). Thread-safe: an `Atomic`.
public final class Counter: Sendable {
    private let value = Atomic<Int>(0)

    public init() {}

    /// The count.
    public var count: Int { value.load(ordering: .relaxed) }

    /// Adds one.
    public func increment() { value.wrappingAdd(1, ordering: .relaxed) }

    /// Adds `n`.
    public func add(_ n: Int) { value.wrappingAdd(n, ordering: .relaxed) }
}
