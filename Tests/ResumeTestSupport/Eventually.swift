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
