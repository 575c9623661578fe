import CPhoneNumber

// Phone numbers found by Google's libphonenumber (PhoneNumberMatcher, through
// the CPhoneNumber shim), beside the hand-written rules in Phone.swift: the
// matcher knows every country's numbering plan, so a number written without
// "+" or separators (`0535841018`) or in a local grouping (`97 6371-3016`)
// is found when it is valid for the document's region.
//
// Leniency: a match that holds at STRICT_GROUPING (valid for the region, and
// its digits grouped as the region groups them, or not grouped at all) is
// taken anywhere; one that is only *possible* (right length; order and ticket
// numbers often are) or oddly grouped only right after a phone label
// ("Tel.", "Celular", "M:").
// Numbers in ranges reserved for fiction are valid for libphonenumber too: a
// number in a resume is treated as real.
//
// Work: only runs of phone characters with seven digits or more reach the
// matcher (see `detectPhonesWithMatcher`), one run at a time, so the stop
// condition is polled between runs and one call never reads more than its run;
// each run's candidates are capped (`phoneMatcherMaxTriesPerRun`), and the
// steps counted are the run's bytes times `phoneMatcherStepsPerByte`.

/// Candidates the matcher may try per run at most (libphonenumber's `max_tries`).
let phoneMatcherMaxTriesPerRun: Int32 = 64
/// Steps counted per byte the matcher reads (its scan is a few regular-expression passes).
let phoneMatcherStepsPerByte = 4
/// Bytes of context given to the matcher on each side of a run.
let phoneMatcherContextBytes = 4

/// Adds the numbers the matcher finds in `t`, for each of `regions` (ISO 3166 alpha-2).
///
/// The matcher's cost is its regular expressions (ICU's) and its parsing of every candidate
/// it tries, tens of microseconds a run, so it is given only what could be a number: each run
/// of phone characters (digits, blanks, `+ ( ) - . /`) holding seven digits or more, with a
/// few bytes of context on each side (the piece), one piece per call; matches are mapped back
/// to the text and kept only within their piece. A match is kept when it holds at
/// STRICT_GROUPING or a phone label precedes it; the STRICT_GROUPING pass is run only for a
/// piece with a POSSIBLE match that has no label.
func detectPhonesWithMatcher(_ t: Text, regions: [String], into out: inout [Candidate]) throws(RedactionStopped) {
    guard t.count > 0, !regions.isEmpty else { return }
    var matches = [rph_match](repeating: rph_match(), count: 64)
    var i = 0
    while i < t.count {
        try t.work.tick()
        guard isDigit(t.b[i]) || t.b[i] == 0x2B || t.b[i] == 0x28 else { i += 1; continue }
        // a run of phone characters from i
        var e = i, digits = 0
        while e < t.count, isPhoneCharacter(t.b[e]) {
            if isDigit(t.b[e]) { digits += 1 }
            e += 1
        }
        t.work.add(e - i)
        guard digits >= 7 else { i = max(e, i + 1); continue }
        // context: a few bytes on each side within the line, whole UTF-8 sequences
        var s = i
        for _ in 0..<phoneMatcherContextBytes where s > 0 && t.b[s - 1] != 0x0A { s -= 1 }
        while s < i && t.b[s] & 0xC0 == 0x80 { s += 1 }
        var f = e
        for _ in 0..<phoneMatcherContextBytes where f < t.count && t.b[f] != 0x0A { f += 1 }
        while f < t.count && t.b[f] & 0xC0 == 0x80 { f += 1 }
        for region in regions {
            try matchPiece(t, s, f, region, &matches, &out)
        }
        i = max(e, i + 1)
    }
}

@inline(__always) private func isPhoneCharacter(_ c: UInt8) -> Bool {
    isDigit(c) || c == 0x20 || c == 0x2B || c == 0x28 || c == 0x29 || c == 0x2D || c == 0x2E || c == 0x2F
}

/// The matcher's matches in `t[s..<f]` at `leniency`, for `region`, as offsets into the piece.
private func find(_ t: Text, _ s: Int, _ f: Int, _ region: String, _ leniency: Int32,
                  _ matches: inout [rph_match]) -> ArraySlice<rph_match> {
    t.work.add((f - s) * phoneMatcherStepsPerByte)
    let found: Int32 = t.b.withUnsafeBufferPointer { buffer in
        matches.withUnsafeMutableBufferPointer { m in
            (buffer.baseAddress! + s).withMemoryRebound(to: CChar.self, capacity: f - s) { chars in
                rph_find(chars, f - s, region, leniency, phoneMatcherMaxTriesPerRun, m.baseAddress, m.count)
            }
        }
    }
    return matches[0..<Int(max(found, 0))]
}

/// Hands the piece `t[s..<f]` to the matcher for `region`; adds the matches that have seven
/// digits or more and hold at STRICT_GROUPING or follow a phone label.
private func matchPiece(_ t: Text, _ s: Int, _ f: Int, _ region: String,
                        _ matches: inout [rph_match], _ out: inout [Candidate]) throws(RedactionStopped) {
    try t.work.tick()
    var kept: [(start: Int, end: Int, labelled: Bool)] = []
    for m in find(t, s, f, region, Int32(RPH_POSSIBLE), &matches) {
        let start = s + m.start, end = start + m.length
        guard end <= f else { continue }
        // seven digits at least: the matcher holds some very short numbers valid ("(2020)" in DE)
        var digits = 0
        for k in start..<end where isDigit(t.b[k]) { digits += 1 }
        t.work.add(end - start)
        guard digits >= 7 else { continue }
        kept.append((start, end, hasPhoneLabel(t, before: start)))
    }
    guard !kept.isEmpty else { return }
    // the unlabelled ones must also hold at STRICT_GROUPING (valid, and grouped as the region groups them)
    var strict: ArraySlice<rph_match> = []
    if kept.contains(where: { !$0.labelled }) {
        strict = find(t, s, f, region, Int32(RPH_STRICT_GROUPING), &matches)
    }
    for k in kept where k.labelled || strict.contains(where: { s + $0.start == k.start && $0.length == k.end - k.start }) {
        out.append(Candidate(kind: .phone, start: k.start, end: k.end))
    }
}

extension PIIRedactor {
    /// The phone numbers libphonenumber's matcher finds in `text` for `regions` (UTF-8 byte
    /// ranges), as the redactor runs it: for benchmarks of the matcher alone.
    public static func matchPhones(_ text: String, regions: [String]) -> [Range<Int>] {
        let t = Text(text)
        var out = [Candidate]()
        do { try detectPhonesWithMatcher(t, regions: regions, into: &out) } catch { return [] }
        return out.map { $0.start..<$0.end }
    }
}
