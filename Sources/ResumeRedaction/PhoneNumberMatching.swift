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
// matcher (see `detectPhonesWithMatcher`), a block at a time (at most
// `phoneMatcherBlockBytes`), so the stop condition is polled between blocks and
// one call never reads much; each block's candidates are capped
// (`maxTriesPerBlock`), and the steps counted are the block's bytes times
// `stepsPerByte`.

/// A block handed to the matcher at most, in bytes (cut at a line end when there is one).
let phoneMatcherBlockBytes = 2_048
/// Candidates the matcher may try per block at most (libphonenumber's `max_tries`).
let phoneMatcherMaxTriesPerBlock: Int32 = 64
/// Steps counted per byte the matcher reads (its scan is a few regular-expression passes).
let phoneMatcherStepsPerByte = 4

/// Adds the numbers the matcher finds in `t`, for each of `regions` (ISO 3166 alpha-2).
///
/// The matcher's cost is its regular expressions running over every byte it is given
/// (ICU's, about a microsecond per byte per pass), so it is given only what could be a
/// number: each run of phone characters (digits, blanks, `+ ( ) - . /`) holding seven
/// digits or more, with a few bytes of context on each side, the runs joined by line
/// breaks into blocks of at most `phoneMatcherBlockBytes`; matches are mapped back to
/// the text and kept only within one run.
func detectPhonesWithMatcher(_ t: Text, regions: [String], into out: inout [Candidate]) throws(RedactionStopped) {
    guard t.count > 0, !regions.isEmpty else { return }
    var matches = [rph_match](repeating: rph_match(), count: 64)
    var block = [UInt8]()
    block.reserveCapacity(phoneMatcherBlockBytes + 128)
    var pieces: [(blockStart: Int, textStart: Int, length: Int)] = []
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
        if !block.isEmpty && block.count + (f - s) + 1 > phoneMatcherBlockBytes {
            try matchBlock(t, block, pieces, regions, &matches, &out)
            block.removeAll(keepingCapacity: true)
            pieces.removeAll(keepingCapacity: true)
        }
        if !block.isEmpty { block.append(0x0A) }
        pieces.append((block.count, s, f - s))
        block.append(contentsOf: t.b[s..<f])
        i = max(e, i + 1)
    }
    if !block.isEmpty { try matchBlock(t, block, pieces, regions, &matches, &out) }
}

/// Bytes of context given to the matcher on each side of a run.
let phoneMatcherContextBytes = 4

@inline(__always) private func isPhoneCharacter(_ c: UInt8) -> Bool {
    isDigit(c) || c == 0x20 || c == 0x2B || c == 0x28 || c == 0x29 || c == 0x2D || c == 0x2E || c == 0x2F
}

/// Hands `block` to the matcher once per region; maps its matches back through `pieces`.
private func matchBlock(_ t: Text, _ block: [UInt8], _ pieces: [(blockStart: Int, textStart: Int, length: Int)],
                        _ regions: [String], _ matches: inout [rph_match], _ out: inout [Candidate]) throws(RedactionStopped) {
    for region in regions {
        try t.work.tick()
        t.work.add(block.count * phoneMatcherStepsPerByte)
        let found: Int32 = block.withUnsafeBufferPointer { buffer in
            matches.withUnsafeMutableBufferPointer { m in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: block.count) { chars in
                    rph_find(chars, block.count, region, Int32(RPH_POSSIBLE), phoneMatcherMaxTriesPerBlock, m.baseAddress, m.count)
                }
            }
        }
        guard found > 0 else { continue }
        for m in matches[0..<Int(found)] {
            // the piece holding the match's start; the match must end inside it
            var lo = 0, hi = pieces.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if pieces[mid].blockStart <= m.start { lo = mid } else { hi = mid - 1 }
            }
            let piece = pieces[lo]
            guard m.start >= piece.blockStart, m.start + m.length <= piece.blockStart + piece.length else { continue }
            let start = piece.textStart + (m.start - piece.blockStart), end = start + m.length
            // seven digits at least: the matcher holds some very short numbers valid ("(2020)" in DE)
            var digits = 0
            for k in start..<end where isDigit(t.b[k]) { digits += 1 }
            t.work.add(end - start)
            guard digits >= 7 else { continue }
            if m.is_valid != 0 || hasPhoneLabel(t, before: start) {
                out.append(Candidate(kind: .phone, start: start, end: end))
            }
        }
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
