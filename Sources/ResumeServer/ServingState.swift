import Synchronization

/// Whether the server is serving or draining, readable from any thread (the
/// health handler reports it). Created before the server so handlers can hold it.
public final class ServingState: Sendable {
    private let draining = Atomic<Bool>(false)

    public init() {}

    /// True from the shutdown signal on.
    public var isDraining: Bool { draining.load(ordering: .acquiring) }

    func beginDraining() { draining.store(true, ordering: .releasing) }
}
