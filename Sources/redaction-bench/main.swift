// redaction-bench: how long the redactor takes on a resume-sized document, and what
// libphonenumber's matcher costs per byte as the input grows. Run by
// scripts/bench-redaction (release build), which sets it beside a PostgreSQL write of
// the same document.
//
// Usage: redaction-bench CORPUS_DIR [ROUNDS]
//        redaction-bench --repeat CORPUS_DIR N           (the 20 KB document N times: for perf)
//        redaction-bench --file FILE N                   (FILE's text N times: its median)
//        redaction-bench --spans REGION VARIANTS FILE...  (spans only: scripts/redaction-diff)
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

/// `--spans REGION VARIANTS FILE...`: the spans the redactor finds in every snippet of the
/// corpus-format FILEs (markers stripped), each snippet also in VARIANTS mutated copies
/// (digits and separators changed, deterministically), redacted with default region REGION;
/// one line per text: `file:snippet:variant kind@start..<end ...`. Offsets and kinds only,
/// never text. For scripts/redaction-diff, which compares two builds' lines.
func dumpSpans(region: String, variants: Int, files: [String]) throws {
    let redactor = PIIRedactor(defaultRegion: region)
    for file in files {
        let content = try String(contentsOfFile: file, encoding: .utf8)
        var snippets = [(kind: PIIRedactor.DocumentKind, lines: [Substring])]()
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("%%") { continue }
            if line.hasPrefix("=== ") { snippets.append((line.hasPrefix("=== job") ? .jobDescription : .resume, [])); continue }
            if !snippets.isEmpty { snippets[snippets.count - 1].lines.append(line) }
        }
        for (n, snippet) in snippets.enumerated() {
            let text = stripMarkers(snippet.lines.joined(separator: "\n"))
            var rng = SplitMix(seed: UInt64(n) &* 0x9E37_79B9 &+ UInt64(file.utf8.count))
            for v in 0...variants {
                let input = v == 0 ? text : mutated(text, &rng)
                let spans = redactor.redact(input, as: snippet.kind).spans
                print("\(file.split(separator: "/").last!):\(n):\(v)", spans.map(\.description).joined(separator: " "))
            }
        }
    }
}

/// `{{KIND:text}}` -> `text`.
func stripMarkers(_ marked: String) -> String {
    let b = Array(marked.utf8)
    var out = [UInt8]()
    var i = 0
    while i < b.count {
        if b[i] == UInt8(ascii: "{"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "{"),
           let colon = b[(i + 2)...].firstIndex(of: UInt8(ascii: ":")) {
            var j = colon + 1
            while j + 1 < b.count && !(b[j] == UInt8(ascii: "}") && b[j + 1] == UInt8(ascii: "}")) { j += 1 }
            if j + 1 < b.count {
                out.append(contentsOf: b[(colon + 1)..<j])
                i = j + 2
                continue
            }
        }
        out.append(b[i])
        i += 1
    }
    return String(decoding: out, as: UTF8.self)
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// `text` with some of its digits and the separators beside them changed: other digits,
/// separators swapped among ` -./()+`, a digit dropped or doubled, a separator added.
func mutated(_ text: String, _ rng: inout SplitMix) -> String {
    var b = Array(text.utf8)
    let separators = Array(" -./()+".utf8)
    let positions = b.indices.filter { b[$0] >= 0x30 && b[$0] <= 0x39 || (separators.contains(b[$0]) && $0 > 0 && b[$0 - 1] >= 0x30 && b[$0 - 1] <= 0x39) }
    guard !positions.isEmpty else { return text }
    for _ in 0..<(1 + positions.count / 6) {
        let p = positions[rng.below(positions.count)]
        guard p < b.count else { continue }
        switch rng.below(6) {
        case 0, 1: b[p] = 0x30 + UInt8(rng.below(10))
        case 2: b[p] = separators[rng.below(separators.count)]
        case 3: b.insert(separators[rng.below(separators.count)], at: p)
        case 4: b.insert(0x30 + UInt8(rng.below(10)), at: p)
        default: b.remove(at: p)
        }
    }
    return String(decoding: b, as: UTF8.self)
}

let args = CommandLine.arguments
if args.count >= 4, args[1] == "--spans", let variants = Int(args[3]) {
    try dumpSpans(region: args[2], variants: variants, files: Array(args[4...]))
    exit(0)
}
/// `--repeat N`: only the 20 KB document, N times (for profiling).
if args.count == 4, args[1] == "--repeat", let n = Int(args[3]) {
    let doc = sized(try corpusText(args[2]), 20 * 1024)
    let redactor = PIIRedactor()
    for _ in 0..<n { _ = redactor.redact(doc, as: .resume) }
    exit(0)
}
/// The times of `rounds` redactions of `doc` as a resume, in ns, after ten unmeasured ones.
func timedRedactions(_ doc: String, rounds: Int) -> [UInt64] {
    let redactor = PIIRedactor()
    for _ in 0..<10 { _ = redactor.redact(doc, as: .resume) } // warm-up
    var times = [UInt64]()
    for _ in 0..<rounds {
        let t0 = now()
        _ = redactor.redact(doc, as: .resume)
        times.append(now() - t0)
    }
    return times
}

/// `--file FILE ROUNDS`: FILE's text as it is, redacted ROUNDS times: its median in µs.
if args.count == 4, args[1] == "--file", let n = Int(args[3]) {
    let doc = try String(contentsOfFile: args[2], encoding: .utf8)
    let times = timedRedactions(doc, rounds: n)
    print("file_bytes \(doc.utf8.count)")
    print("redact_file_us_median \(median(times) / 1_000)")
    exit(0)
}
guard args.count >= 2 else {
    FileHandle.standardError.write(Data("usage: redaction-bench CORPUS_DIR [ROUNDS]\n".utf8))
    exit(64)
}
let rounds = args.count > 2 ? Int(args[2]) ?? 200 : 200
let corpus = try corpusText(args[1])
let redactor = PIIRedactor()

// A 20 KB resume: the size the API's documents typically have.
let doc = sized(corpus, 20 * 1024)
let times = timedRedactions(doc, rounds: rounds)
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
