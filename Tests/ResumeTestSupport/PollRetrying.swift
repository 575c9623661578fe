#if canImport(Glibc)
public import Glibc
#endif
import ResumeCore

/// `poll` that goes on waiting when a signal interrupts it, until `timeoutMilliseconds`
/// have passed in all. Tests that start and stop daemon processes get SIGCHLD, which
/// makes a plain `poll` return -1 (EINTR) early: read as "nothing came", that was a
/// false failure. Returns what the last `poll` returned (-1 only for other errors).
public func pollRetryingInterrupts(_ fds: inout [pollfd], timeoutMilliseconds: Int32) -> Int32 {
    let deadline = Deadline.after(milliseconds: UInt64(max(timeoutMilliseconds, 0)))
    while true {
        let r = poll(&fds, nfds_t(fds.count), Int32(min(deadline.remainingMilliseconds(), UInt64(Int32.max))))
        if r >= 0 || errno != EINTR { return r }
    }
}

/// `pollRetryingInterrupts` for one descriptor and `events`; returns its `revents` on
/// readiness, 0 when the time passed, nil on an error other than EINTR.
public func waitFor(_ events: Int32, on fd: Int32, timeoutMilliseconds: Int32) -> Int16? {
    var fds = [pollfd(fd: fd, events: Int16(events), revents: 0)]
    let r = pollRetryingInterrupts(&fds, timeoutMilliseconds: timeoutMilliseconds)
    return r < 0 ? nil : (r == 0 ? 0 : fds[0].revents)
}
