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
/// Digits in a row (no separator) that no phone number reaches: 15 at most (E.164) after an
/// international prefix of up to 5 ("00", "011", "0011"). A longer stretch is no number, nor
/// part of one, and no piece holds it: libphonenumber's regular expressions otherwise read
/// it candidate by candidate, quadratically (a 200 KiB stretch took hundreds of milliseconds).
let phoneMatcherMaxDigitStretch = 20

/// Adds the numbers the matcher finds in `t`, for each of `regions` (ISO 3166 alpha-2).
///
/// The matcher's cost is its regular expressions (ICU's) and its parsing of every candidate
/// it tries, tens of microseconds a run, so it is given only what could be a number: each run
/// of phone characters (digits, blanks, `+ ( ) - . /`) holding seven digits or more, cut
/// around any stretch of more than `phoneMatcherMaxDigitStretch` digits in a row, with a
/// few bytes of context on each side (the piece), one piece per call; matches are mapped back
/// to the text and kept only within their piece. A match is kept when it holds at
/// STRICT_GROUPING or a phone label precedes it; STRICT_GROUPING is asked about (`rph_holds_strict`,
/// which runs that search only when it cannot tell from the matches one by one) only for a
/// piece with a POSSIBLE match that has no label and parses to a valid number (STRICT_GROUPING
/// holds for valid numbers only).
///
/// `found` are the candidates the other detectors found before (of every kind, the rules'
/// phones among them). A piece none of whose matches could be redacted is not read: one
/// where every stretch of seven digits or more overlaps a span that outranks a phone and is
/// taken whatever phones are found (see `piecesToMatch`), or lies inside one phone the rules
/// found that will be taken. So the result is the same as if every piece were read.
func detectPhonesWithMatcher(_ t: Text, regions: [String], found: [Candidate] = [],
                             into out: inout [Candidate]) throws(RedactionStopped) {
    guard t.count > 0, !regions.isEmpty else { return }
    var pieces = [PhonePiece]()
    var i = 0
    // where the context of the next piece may start: past the last long stretch of digits
    var contextStart = 0
    while i < t.count {
        i = try t.skip(from: i, to: StopBytes(0x2B, 0x28, digits: true))
        guard i < t.count else { break }
        try t.work.tick()
        guard isDigit(t.b[i]) || t.b[i] == 0x2B || t.b[i] == 0x28 else { i += 1; continue }
        // a run of phone characters from i, up to a stretch of digits longer than any number
        var e = i, digits = 0, stretch = 0
        var longStretch: Range<Int>? = nil
        while e < t.count, isPhoneCharacter(t.b[e]) {
            if isDigit(t.b[e]) {
                digits += 1
                stretch += 1
                if stretch > phoneMatcherMaxDigitStretch {
                    let a = e + 1 - stretch
                    longStretch = a..<t.digitsEnd(a)
                    digits -= stretch
                    e = a
                    break
                }
            } else {
                stretch = 0
            }
            e += 1
        }
        t.work.add(e - i)
        // the run goes on after a long stretch, which no piece reads (not even as context)
        let next = longStretch?.upperBound ?? max(e, i + 1)
        let contextEnd = longStretch?.lowerBound ?? t.count
        defer {
            i = next
            if let longStretch { contextStart = longStretch.upperBound }
        }
        guard digits >= 7 else { continue }
        // context: a few bytes on each side within the line, whole UTF-8 sequences
        var s = i
        for _ in 0..<phoneMatcherContextBytes where s > contextStart && t.b[s - 1] != 0x0A { s -= 1 }
        while s < i && t.b[s] & 0xC0 == 0x80 { s += 1 }
        var f = e
        for _ in 0..<phoneMatcherContextBytes where f < contextEnd && t.b[f] != 0x0A { f += 1 }
        while f < contextEnd && t.b[f] & 0xC0 == 0x80 { f += 1 }
        pieces.append(PhonePiece(t, s, f, run: i))
    }
    guard !pieces.isEmpty else { return }
    var matches = [rph_match](repeating: rph_match(), count: 64)
    for piece in try piecesToMatch(t, pieces, found: found) {
        for region in regions {
            try matchPiece(t, piece.s, piece.f, region, &matches, &out)
        }
    }
}

/// A run with its context, as the matcher is given it (`s..<f`), and the bytes a match in it
/// with seven digits or more can cover (`a..<z`).
///
/// The matcher's matches are its pattern or parts of it: they start with `(`, `[`, `+` (or
/// a full-width form) or a digit, hold only those, its punctuation (`-x ./()[]~`, dashes and
/// spaces of other scripts) and digits, then perhaps an extension (labels such as "ext."),
/// and end with a digit or `#`. A context holds fewer than seven digits, so such a match
/// reaches into the run; on its left it can only cover context characters of those kinds.
struct PhonePiece {
    var s: Int, f: Int
    var a: Int, z: Int

    init(_ t: Text, _ s: Int, _ f: Int, run: Int) {
        self.s = s
        self.f = f
        // back over the context bytes a match can hold, to the first that can start one
        var a = run, q = run
        while q > s {
            let p = t.scalarStart(before: q)
            let c = t.scalar(at: p).scalar
            guard isPhonePunctuation(c) || canStartPhoneMatch(c) else { break }
            q = p
            if canStartPhoneMatch(c) { a = p }
        }
        var z = f
        while z > run {
            let p = t.scalarStart(before: z)
            let c = t.scalar(at: p).scalar
            if c == "#" || isDecimalDigit(c) { break }
            z = p
        }
        t.work.add(f - s)
        self.a = a
        self.z = z
    }
}

/// libphonenumber's VALID_PUNCTUATION: what its pattern allows between the digits of a number.
private func isPhonePunctuation(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x2D, 0x78, 0x20, 0x28, 0x29, 0x2E, 0x5B, 0x5D, 0x2F, 0x7E: true // - x space ( ) . [ ] / ~
    case 0xA0, 0xAD, 0x200B, 0x2060, 0x3000, 0x2010...0x2015, 0x2212, 0x30FC, 0xFF0D...0xFF0F: true
    case 0xFF08, 0xFF09, 0xFF3B, 0xFF3D, 0x2053, 0x223C, 0xFF5E: true
    default: false
    }
}

/// What libphonenumber's pattern starts a number with: `(`, `[`, `+` (or their full-width
/// forms), a decimal digit of any script.
private func canStartPhoneMatch(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x28, 0x5B, 0x2B, 0xFF08, 0xFF3B, 0xFF0B: true
    default: isDecimalDigit(c)
    }
}

/// A decimal digit of any script (`numericType == .decimal`; of ASCII, 0-9 only).
@inline(__always) private func isDecimalDigit(_ c: Unicode.Scalar) -> Bool {
    c.value < 0x80 ? isDigit(UInt8(c.value)) : c.properties.numericType == .decimal
}

/// The pieces whose matches could be redacted, given the candidates `found` so far.
///
/// A kept match has seven digits or more and is a phone candidate. It is not redacted when it
/// overlaps a span of a kind that outranks phones and is taken (those spans are chosen among
/// the candidates of those kinds alone, so `found` decides them), or when it lies inside a
/// longer phone candidate that is taken: a phone the rules found that covers every stretch
/// of the piece the matcher could redact, overlaps no outranking span and no other piece (so
/// no other match can take it first: phones are taken longest first, and a match inside it
/// is no longer). A piece is skipped when each stretch of `a..<z` between outranking spans
/// holds fewer than seven digits or lies inside such a rule phone.
func piecesToMatch(_ t: Text, _ pieces: [PhonePiece], found: [Candidate]) throws(RedactionStopped) -> [PhonePiece] {
    let outranking = try resolveOverlaps(found.filter { outranks($0.kind, .phone) }, in: t)
    var rules = [(start: Int, end: Int, safe: Bool, pieces: Int)]()
    for c in found where c.kind == .phone {
        try t.work.tick()
        // as resolution widens it: never cutting a UTF-8 sequence
        var s = max(0, min(c.start, t.count)), e = max(0, min(c.end, t.count))
        while s > 0 && s < t.count && t.b[s] & 0xC0 == 0x80 { s -= 1 }
        while e < t.count && t.b[e] & 0xC0 == 0x80 { e += 1 }
        guard s < e else { continue }
        let k = firstEnding(after: s, outranking)
        rules.append((s, e, k == outranking.count || outranking[k].range.lowerBound >= e, 0))
    }
    // the rules' phones are found left to right and never overlap
    for (n, r) in rules.enumerated() where n > 0 { precondition(r.start >= rules[n - 1].end, "rule phones overlap") }
    // how many pieces each rule phone overlaps
    for p in pieces {
        var k = firstRuleEnding(after: p.a, rules)
        while k < rules.count && rules[k].start < p.z {
            t.work.step()
            rules[k].pieces += 1
            k += 1
        }
    }
    var out = [PhonePiece]()
    for p in pieces {
        try t.work.tick()
        var needed = false
        var from = p.a
        var k = firstEnding(after: p.a, outranking)
        while from < p.z {
            let to = k < outranking.count ? min(max(outranking[k].range.lowerBound, from), p.z) : p.z
            var digits = 0
            for q in from..<to where isDigit(t.b[q]) { digits += 1 }
            t.work.add(to - from)
            if digits >= 7 {
                let r = firstRuleEnding(after: from, rules)
                guard r < rules.count, rules[r].start <= from, rules[r].end >= to, rules[r].safe, rules[r].pieces == 1 else {
                    needed = true
                    break
                }
            }
            guard k < outranking.count, outranking[k].range.lowerBound < p.z else { break }
            from = outranking[k].range.upperBound
            k += 1
        }
        if needed { out.append(p) }
    }
    return out
}

/// Index of the first span in `spans` (sorted, not overlapping) that ends after `p`.
private func firstEnding(after p: Int, _ spans: [RedactedSpan]) -> Int {
    var lo = 0, hi = spans.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if spans[mid].range.upperBound <= p { lo = mid + 1 } else { hi = mid }
    }
    return lo
}

/// Index of the first rule phone (sorted, not overlapping) that ends after `p`.
private func firstRuleEnding(after p: Int, _ rules: [(start: Int, end: Int, safe: Bool, pieces: Int)]) -> Int {
    var lo = 0, hi = rules.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if rules[mid].end <= p { lo = mid + 1 } else { hi = mid }
    }
    return lo
}

@inline(__always) private func isPhoneCharacter(_ c: UInt8) -> Bool {
    isDigit(c) || c == 0x20 || c == 0x2B || c == 0x28 || c == 0x29 || c == 0x2D || c == 0x2E || c == 0x2F
}

/// Digits a match needs to be kept (the matcher holds some very short numbers valid: "(2020)" in DE).
let phoneMatcherMinDigits = 7

/// The matcher's matches in `t[s..<f]` at `leniency`, for `region`, as offsets into the piece:
/// those with `phoneMatcherMinDigits` ASCII digits or more, perhaps with others before them
/// (`rph_find`'s `min_digits`).
private func find(_ t: Text, _ s: Int, _ f: Int, _ region: String, _ leniency: Int32,
                  _ matches: inout [rph_match]) -> ArraySlice<rph_match> {
    t.work.add((f - s) * phoneMatcherStepsPerByte)
    let found: Int32 = matches.withUnsafeMutableBufferPointer { m in
        withCChars(t, s, f) { chars in
            rph_find(chars, f - s, region, leniency, phoneMatcherMaxTriesPerRun, Int32(phoneMatcherMinDigits),
                     m.baseAddress, m.count)
        }
    }
    return matches[0..<Int(max(found, 0))]
}

/// Whether each match of `matches[0..<count]` (the POSSIBLE matches of `t[s..<f]`) that is
/// `needed` is also a match at STRICT_GROUPING, with the same range (`rph_holds_strict`).
private func holdStrict(_ t: Text, _ s: Int, _ f: Int, _ region: String, _ matches: [rph_match], count: Int,
                        needed: [UInt8]) -> [UInt8] {
    t.work.add((f - s) * phoneMatcherStepsPerByte)
    var holds = [UInt8](repeating: 0, count: count)
    withCChars(t, s, f) { chars in
        _ = rph_holds_strict(chars, f - s, region, phoneMatcherMaxTriesPerRun, matches, needed, count,
                             matches.count, &holds)
    }
    return holds
}

/// Whether the match `t[s..<e]` starts with "(" that closes only after it: the bracket around a whole number.
private func opensAWholeNumber(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    guard t[s] == 0x28, t[e] == 0x29 else { return false }
    t.work.add(e - s)
    for k in (s + 1)..<e where t.b[k] == 0x29 { return false }
    return true
}

/// Hands the piece `t[s..<f]` to the matcher for `region`; adds the matches that have seven
/// digits or more and hold at STRICT_GROUPING or follow a phone label.
private func matchPiece(_ t: Text, _ s: Int, _ f: Int, _ region: String,
                        _ matches: inout [rph_match], _ out: inout [Candidate]) throws(RedactionStopped) {
    try t.work.tick()
    var kept: [(start: Int, end: Int, labelled: Bool, index: Int)] = []
    let possible = find(t, s, f, region, Int32(RPH_POSSIBLE), &matches)
    for (index, m) in possible.enumerated() {
        let start = s + m.start, end = start + m.length
        guard end <= f else { continue }
        var digits = 0
        for k in start..<end where isDigit(t.b[k]) { digits += 1 }
        t.work.add(end - start)
        guard digits >= phoneMatcherMinDigits else { continue }
        let labelled = hasPhoneLabel(t, before: start)
        // an unlabelled match must also hold at STRICT_GROUPING, which needs the number valid
        guard labelled || m.is_valid_number != 0 else { continue }
        kept.append((start, end, labelled, index))
    }
    guard !kept.isEmpty else { return }
    // the unlabelled ones must also hold at STRICT_GROUPING (valid, and grouped as the region groups them)
    var holds = [UInt8]()
    if kept.contains(where: { !$0.labelled }) {
        var needed = [UInt8](repeating: 0, count: possible.count)
        for k in kept where !k.labelled { needed[k.index] = 1 }
        holds = holdStrict(t, s, f, region, matches, count: possible.count, needed: needed)
    }
    for k in kept where k.labelled || holds[k.index] != 0 {
        // with its extension: "958 25 09 12 ext. 3"; a whole number in brackets keeps its opening one
        // ("(085-0601234)", "(719-555-0152)": the matcher reads "(" as an area code's that never closes)
        out.append(Candidate(kind: .phone, start: opensAWholeNumber(t, k.start, k.end) ? k.start + 1 : k.start,
                             end: extensionEnd(t, k.end)))
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

/// Whether `t[s..<e]`, the number written after an international prefix ("00"), is a possible
/// number of the country its calling code names (libphonenumber: the right length for it). A
/// step per byte; at most 64 bytes are read.
func isPossibleInternationalNumber(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    guard s < e, e - s <= 64 else { return false }
    t.work.add(e - s)
    return withCChars(t, s, e) { rph_is_possible_international($0, e - s) != 0 }
}

/// `body` given the bytes `t[s..<e]` as C characters, as the CPhoneNumber shim reads them.
private func withCChars<R>(_ t: Text, _ s: Int, _ e: Int, _ body: (UnsafePointer<CChar>) -> R) -> R {
    t.b.withUnsafeBufferPointer { buffer in
        (buffer.baseAddress! + s).withMemoryRebound(to: CChar.self, capacity: e - s, body)
    }
}
