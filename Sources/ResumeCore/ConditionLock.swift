#if canImport(Glibc)
import Glibc
#endif

/// A pthread mutex with a condition variable, for threads that must wait
/// (a worker for work, a checkout for a connection) with a deadline.
///
/// `@unchecked Sendable`: it is the synchronisation; the protected value is
/// reached only inside `withLock`/`wait`.
public final class ConditionLock<Value>: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var value: Value

    /// A lock protecting `value`.
    public init(_ value: Value) {
        self.value = value
        pthread_mutex_init(mutex, nil)
        var attr = pthread_condattr_t()
        pthread_condattr_init(&attr)
        pthread_condattr_setclock(&attr, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attr)
        pthread_condattr_destroy(&attr)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    /// Runs `body` with the value, under the lock.
    public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }

    /// Waits until `body` returns non-nil or `deadline` passes (then nil).
    /// `body` runs under the lock, first at once, then after each signal.
    public func wait<R>(until deadline: Deadline = .distantFuture, _ body: (inout Value) throws -> R?) rethrows -> R? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while true {
            if let r = try body(&value) { return r }
            let now = MonotonicClock.nanoseconds()
            if deadline.hasPassed(now: now) { return nil }
            if deadline == .distantFuture {
                pthread_cond_wait(condition, mutex)
            } else {
                var ts = timespec(tv_sec: Int(deadline.nanoseconds / 1_000_000_000), tv_nsec: Int(deadline.nanoseconds % 1_000_000_000))
                pthread_cond_timedwait(condition, mutex, &ts)
            }
        }
    }

    /// Wakes one waiter.
    public func signal() { pthread_cond_signal(condition) }

    /// Wakes every waiter.
    public func broadcast() { pthread_cond_broadcast(condition) }
}
