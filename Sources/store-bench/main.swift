// store-bench: the PostgreSQL write a redaction precedes, timed as the daemon makes it.
// Run by scripts/bench-redaction (release build), beside the redaction of the same document.
//
// Usage: store-bench DATABASE_URL FILE ROUNDS
// Prints `key value` lines: write_bytes, write_us_median, write_us_p90.
#if canImport(Glibc)
import Glibc
#endif
import Foundation

func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

func median(_ xs: [UInt64]) -> UInt64 { xs.sorted()[xs.count / 2] }
func percentile(_ xs: [UInt64], _ p: Double) -> UInt64 { xs.sorted()[min(xs.count - 1, Int(Double(xs.count) * p))] }

let args = CommandLine.arguments
guard args.count == 4, let rounds = Int(args[3]), rounds > 0 else {
    FileHandle.standardError.write(Data("usage: store-bench DATABASE_URL FILE ROUNDS\n".utf8))
    exit(64)
}
let doc = try String(contentsOfFile: args[2], encoding: .utf8)
let times = try await timedStoreWrites(url: args[1], doc: doc, rounds: rounds)
print("write_bytes \(2 * doc.utf8.count)")
print("write_us_median \(median(times) / 1_000)")
print("write_us_p90 \(percentile(times, 0.9) / 1_000)")
