// redaction-bench: how long the redactor takes on a resume-sized document, and what
// libphonenumber's matcher costs per byte as the input grows. Run by
// scripts/bench-redaction (release build), which sets it beside a PostgreSQL write of
// the same document.
//
// Usage: redaction-bench CORPUS_DIR [ROUNDS]
// Prints `key value` lines: redact_20k_us_median, redact_20k_us_p90, then
// matcher_ns_per_byte_<KiB> and redact_ns_per_byte_<KiB> for 1, 16, 64, 256 KiB.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import ResumeRedaction

func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// The corpus' text with its `{{KIND:…}}` markers removed, resume snippets only.
func corpusText(_ directory: String) throws -> String {
    var out = ""
    for file in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() where file.hasSuffix(".txt") {
        let content = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
        var inResume = false
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("%%") { continue }
            if line.hasPrefix("=== ") { inResume = line.hasPrefix("=== resume"); out += "\n"; continue }
            guard inResume else { continue }
            var l = String(line)
            while let open = l.range(of: "{{"), let colon = l.range(of: ":", range: open.upperBound..<l.endIndex),
                  let close = l.range(of: "}}", range: colon.upperBound..<l.endIndex) {
                l.replaceSubrange(open.lowerBound..<close.upperBound, with: l[colon.upperBound..<close.lowerBound])
            }
            out += l + "\n"
        }
    }
    return out
}

/// `text` repeated and cut to `bytes` (at a line end).
func sized(_ text: String, _ bytes: Int) -> String {
    var out = ""
    while out.utf8.count < bytes { out += text }
    var cut = out.utf8.prefix(bytes)
    while let last = cut.last, last != 0x0A { cut = cut.dropLast() }
    return String(decoding: cut, as: UTF8.self)
}

func median(_ xs: [UInt64]) -> UInt64 { xs.sorted()[xs.count / 2] }
func percentile(_ xs: [UInt64], _ p: Double) -> UInt64 { xs.sorted()[min(xs.count - 1, Int(Double(xs.count) * p))] }

let args = CommandLine.arguments
guard args.count >= 2 else {
    FileHandle.standardError.write(Data("usage: redaction-bench CORPUS_DIR [ROUNDS]\n".utf8))
    exit(64)
}
let rounds = args.count > 2 ? Int(args[2]) ?? 200 : 200
let corpus = try corpusText(args[1])
let redactor = PIIRedactor()

// A 20 KB resume: the size the API's documents typically have.
let doc = sized(corpus, 20 * 1024)
for _ in 0..<10 { _ = redactor.redact(doc, as: .resume) } // warm-up
var times = [UInt64]()
for _ in 0..<rounds {
    let t0 = now()
    _ = redactor.redact(doc, as: .resume)
    times.append(now() - t0)
}
print("document_bytes \(doc.utf8.count)")
print("redact_20k_us_median \(median(times) / 1_000)")
print("redact_20k_us_p90 \(percentile(times, 0.9) / 1_000)")

// Cost per byte as the input grows: the whole redaction, and the phone matcher alone
// (the redactor without and with it differ only by the matcher).
for kib in [1, 16, 64, 256] {
    let text = sized(corpus, kib * 1024)
    let n = max(3, rounds * 16 / (kib * 16))
    var whole = [UInt64](), matcher = [UInt64]()
    for _ in 0..<n {
        let t0 = now()
        _ = redactor.redact(text, as: .resume)
        whole.append(now() - t0)
        let t1 = now()
        _ = PIIRedactor.matchPhones(text, regions: ["US"])
        matcher.append(now() - t1)
    }
    let bytes = UInt64(text.utf8.count)
    print("redact_ns_per_byte_\(kib) \(median(whole) / bytes)")
    print("matcher_ns_per_byte_\(kib) \(median(matcher) / bytes)")
}
