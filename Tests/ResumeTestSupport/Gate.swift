public import ResumeCore
import Dispatch

/// Lets a test hold handlers at a point and release them one by one, and
/// wait until a number of them have arrived, without sleeping.
public final class Gate: Sendable {
    private struct State {
        var open: Set<String> = []
        var arrived: [String] = []
        var inside = 0
        var maxInside = 0
        var nextWaiter = 0
        var waiters: [String: [Int: UnsafeContinuation<Bool, Never>]] = [:]
    }
    private let state = ConditionLock(State())

    public init() {}

    /// Called by a handler: records arrival, then blocks until `key` is opened
    /// (or `deadline`). Returns whether it was opened.
    @discardableResult
    public func pass(_ key: String, deadline: Deadline = .after(milliseconds: 20_000)) -> Bool {
        state.withLock { s in
            s.arrived.append(key)
            s.inside += 1
            s.maxInside = max(s.maxInside, s.inside)
        }
        state.broadcast()
        let opened = state.wait(until: deadline) { s in s.open.contains(key) ? true : nil } ?? false
        state.withLock { $0.inside -= 1 }
        state.broadcast()
        return opened
    }

    /// Called by an async handler: records arrival, then suspends (holding
    /// no thread) until `key` is opened or `timeoutMilliseconds` pass.
    /// Returns whether it was opened.
    @discardableResult
    public func arrive(_ key: String, timeoutMilliseconds: Int = 20_000) async -> Bool {
        let opened = await withUnsafeContinuation { (c: UnsafeContinuation<Bool, Never>) in
            let waiter: Int? = state.withLock { s in
                s.arrived.append(key)
                s.inside += 1
                s.maxInside = max(s.maxInside, s.inside)
                if s.open.contains(key) { return nil }
                s.nextWaiter += 1
                s.waiters[key, default: [:]][s.nextWaiter] = c
                return s.nextWaiter
            }
            state.broadcast()
            guard let waiter else { return c.resume(returning: true) }
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(timeoutMilliseconds)) { [state] in
                state.withLock { $0.waiters[key]?.removeValue(forKey: waiter) }?.resume(returning: false)
            }
        }
        state.withLock { $0.inside -= 1 }
        state.broadcast()
        return opened
    }

    /// Releases every handler waiting on (or later reaching) `key`.
    public func open(_ key: String) {
        let waiting = state.withLock { s in
            s.open.insert(key)
            return s.waiters.removeValue(forKey: key).map { Array($0.values) } ?? []
        }
        for c in waiting { c.resume(returning: true) }
        state.broadcast()
    }

    /// Waits until at least `count` handlers have arrived in total.
    public func waitForArrivals(_ count: Int, timeoutMilliseconds: UInt64 = 20_000) -> Bool {
        state.wait(until: .after(milliseconds: timeoutMilliseconds)) { $0.arrived.count >= count ? true : nil } ?? false
    }

    /// Keys in order of arrival.
    public var arrivals: [String] { state.withLock { $0.arrived } }

    /// Most handlers ever held at once.
    public var maxInside: Int { state.withLock { $0.maxInside } }
}

/// A flag one thread sets and another waits for.
public final class Signal: Sendable {
    private let state = ConditionLock(false)
    public init() {}
    public func fire() {
        state.withLock { $0 = true }
        state.broadcast()
    }
    public func wait(timeoutMilliseconds: UInt64 = 20_000) -> Bool {
        state.wait(until: .after(milliseconds: timeoutMilliseconds)) { $0 ? true : nil } ?? false
    }
    public var fired: Bool { state.withLock { $0 } }
}
