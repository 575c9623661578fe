#if canImport(Glibc)
import Glibc
#endif

/// Readings of the real-time clock, for timestamps shown to people and stored.
public enum WallClock {
    /// Microseconds since the Unix epoch.
    public static func unixMicroseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000 + Int64(ts.tv_nsec) / 1_000
    }
}
