import Synchronization

/// Runs one piece of work per key at a time: the first caller for a key
/// does the work, callers arriving while it runs wait for its result instead
/// of doing it again (a stampede of identical requests computes once).
///
/// Thread-safe: the waiters are behind a `Mutex`; results are handed over by
/// resuming their continuations outside it.
public final class SingleFlight<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let flights = Mutex<[Key: [UnsafeContinuation<Result<Value, any Error>, Never>]]>([:])

    public init() {}

    /// Keys with work in flight.
    public var inFlight: Int { flights.withLock { $0.count } }

    /// Callers waiting for the work in flight for `key`.
    public func waiting(for key: Key) -> Int { flights.withLock { $0[key]?.count ?? 0 } }

    /// The result of `work` for `key`: computed by this call if none is in
    /// flight for the key (then `shared` is false), else the one in flight's.
    public func run(_ key: Key, _ work: () async throws -> Value) async throws -> (value: Value, shared: Bool) {
        let leader = flights.withLock { f -> Bool in
            if f[key] != nil { return false }
            f[key] = []
            return true
        }
        if !leader {
            let result = await withUnsafeContinuation { (c: UnsafeContinuation<Result<Value, any Error>, Never>) in
                let joined = flights.withLock { f -> Bool in
                    guard f[key] != nil else { return false }
                    f[key]!.append(c)
                    return true
                }
                // The flight landed between the two looks: run again as a leader.
                if !joined { c.resume(returning: .failure(FlightLanded())) }
            }
            if case .failure(let e) = result, e is FlightLanded { return try await run(key, work) }
            return (try result.get(), true)
        }
        let result: Result<Value, any Error>
        do { result = .success(try await work()) } catch { result = .failure(error) }
        let waiters = flights.withLock { $0.removeValue(forKey: key) ?? [] }
        for w in waiters { w.resume(returning: result) }
        return (try result.get(), false)
    }

    private struct FlightLanded: Error {}
}
