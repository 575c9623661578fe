import Synchronization

/// Tells the work behind one call that its answer is no longer wanted, and
/// runs the hooks that stop that work (a `PQcancel`, a wait that should end).
///
/// Thread-safe: state is behind a `Mutex`. Hooks run on the thread that
/// cancels, outside the lock, exactly once.
public final class CallCancellation: Sendable {
    /// Why a call was cancelled.
    public enum Reason: Sendable, Hashable, CustomStringConvertible {
        /// The call's deadline passed.
        case deadlineExceeded
        /// The client closed the connection (or it broke) before the answer.
        case clientDisconnected
        /// The daemon stopped before the call finished.
        case serverShutdown

        public var description: String {
            switch self {
            case .deadlineExceeded: "deadline exceeded"
            case .clientDisconnected: "client disconnected"
            case .serverShutdown: "server shutting down"
            }
        }
    }

    /// Identifies a hook for `removeHook`.
    public struct Hook: Sendable, Hashable {
        fileprivate let id: UInt64
    }

    private struct State {
        var reason: Reason?
        var nextID: UInt64 = 0
        var hooks: [UInt64: @Sendable (Reason) -> Void] = [:]
    }

    private let state = Mutex(State())

    public init() {}

    /// Why the call was cancelled, or nil while it is still wanted.
    public var reason: Reason? { state.withLock { $0.reason } }

    /// Whether the call was cancelled.
    public var isCancelled: Bool { reason != nil }

    /// Cancels the call; the first reason wins. Returns whether this call did it.
    @discardableResult
    public func cancel(_ reason: Reason) -> Bool {
        let hooks: [@Sendable (Reason) -> Void]? = state.withLock { s in
            guard s.reason == nil else { return nil }
            s.reason = reason
            defer { s.hooks = [:] }
            return Array(s.hooks.values)
        }
        guard let hooks else { return false }
        for h in hooks { h(reason) }
        return true
    }

    /// Runs `hook` once when the call is cancelled — at once, on this thread,
    /// if it already is (then nil is returned).
    @discardableResult
    public func onCancel(_ hook: @escaping @Sendable (Reason) -> Void) -> Hook? {
        let result: Result<Hook, Reason> = state.withLock { s in
            if let r = s.reason { return .failure(r) }
            s.nextID += 1
            s.hooks[s.nextID] = hook
            return .success(Hook(id: s.nextID))
        }
        switch result {
        case .success(let h): return h
        case .failure(let r): hook(r); return nil
        }
    }

    /// Forgets a hook that is no longer needed (the work it would stop is done).
    public func removeHook(_ hook: Hook?) {
        guard let hook else { return }
        state.withLock { _ = $0.hooks.removeValue(forKey: hook.id) }
    }
}

extension CallCancellation.Reason: Error {}
