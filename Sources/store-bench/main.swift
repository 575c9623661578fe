// store-bench: the PostgreSQL write a redaction precedes, timed as the daemon makes it.
// Run by scripts/bench-redaction (release build), beside the redaction of the same document.
//
// Usage: store-bench DATABASE_URL FILE ROUNDS
// Prints `key value` lines: write_bytes, then write_us for each of ROUNDS writes (the
// script takes their median and p90, as it does pgbench's per-transaction log).
import Foundation

let args = CommandLine.arguments
guard args.count == 4, let rounds = Int(args[3]), rounds > 0 else {
    FileHandle.standardError.write(Data("usage: store-bench DATABASE_URL FILE ROUNDS\n".utf8))
    exit(64)
}
let doc = try String(contentsOfFile: args[2], encoding: .utf8)
let times = try await timedStoreWrites(url: args[1], doc: doc, rounds: rounds)
print("write_bytes \(2 * doc.utf8.count)")
for t in times { print("write_us \(t / 1_000)") }
