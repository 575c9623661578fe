#if canImport(Glibc)
import Glibc
#endif
import ResumeCore

/// Waits (bounded) until `condition` holds, re-checking every millisecond:
/// for state that has no notification of its own (a pool's counters).
public func eventually(_ timeoutMilliseconds: UInt64 = 10_000, _ condition: () -> Bool) -> Bool {
    let deadline = Deadline.after(milliseconds: timeoutMilliseconds)
    while !condition() {
        if deadline.hasPassed() { return false }
        usleep(1_000)
    }
    return true
}

/// `eventually` for async tests: re-checks every millisecond without holding
/// a thread (a blocked thread of Swift's small cooperative pool would stall
/// the very tasks the condition waits for).
public func eventually(_ timeoutMilliseconds: UInt64 = 10_000, _ condition: () -> Bool) async -> Bool {
    let deadline = Deadline.after(milliseconds: timeoutMilliseconds)
    while !condition() {
        if deadline.hasPassed() { return false }
        try? await Task.sleep(nanoseconds: 1_000_000)
    }
    return true
}
