/// Facts about each line of a text that detectors ask of many positions on one line — whether
/// the line holds a year (a line of work history), whether it holds contacts or a link label —
/// computed for every line in one pass over the text, so a question costs a binary search
/// however many times a line is asked about.
struct LineFacts {
    /// Start offset of each line, ascending.
    private let starts: [Int32]
    /// Per line: `yearBit`, `contactsBit`, `slashAfterABracketBit`.
    private let flags: [UInt8]
    private static let yearBit: UInt8 = 1
    private static let contactsBit: UInt8 = 2
    private static let slashAfterABracketBit: UInt8 = 4

    /// Reads every line of `t` once (counted in `t.work`, a step a byte; it does not poll the
    /// stop condition: one pass, a fraction of a millisecond at the largest inputs). Runs of
    /// digits and words of ASCII letters are passed over whole, by `Text`'s run ends.
    init(_ t: Text) {
        var starts: [Int32] = [0], flags: [UInt8] = []
        t.work.add(t.count + 1)
        let labels = linkLabels
        t.b.withUnsafeBufferPointer { b in
            let count = b.count
            @inline(__always) func byte(_ k: Int) -> UInt8 { k >= 0 && k < count ? b[k] : 0 }
            var flag: UInt8 = 0
            var digits = 0, group = 0, groupStart = 0
            var bracket = false
            var k = 0
            while k <= count {
                let c = byte(k)
                if group > 0 {
                    // a group ends (c is no digit: a group is read whole): a year is no part of
                    // a phone-like run ("2019 - 2021")
                    if Self.yearDigits(b, groupStart, group) == 4 { digits -= 4 }
                    if digits >= 7 { flag |= Self.contactsBit }
                    if group == 4, Self.yearDigits(b, groupStart, 4) == 4 { flag |= Self.yearBit }
                    group = 0
                }
                if k == count || isLineBreak(c) {
                    flags.append(flag)
                    flag = 0
                    digits = 0
                    group = 0
                    bracket = false
                    if k < count { starts.append(Int32(k + 1)) }
                    k += 1
                    continue
                }
                if isDigit(c) {
                    // a group: the run of digits from k (a group ends only at a non-digit)
                    let e = t.runEndWithoutAStep(k)
                    groupStart = k
                    group = e - k
                    digits += group
                    k = e
                    continue
                } else if isAlphaASCII(c) {
                    // a word: the run of ASCII letters from k (the byte before is none)
                    digits = 0
                    let we = t.runEndWithoutAStep(k)
                    // a label, not a host's label ("this.props.link")
                    if byte(k - 1) != 0x2E, byte(we) != 0x2E, labels.contains(t, k, we) { flag |= Self.contactsBit }
                    k = we
                    continue
                } else {
                    if !(c == 0x20 || c == 0x2D || c == 0x2E) { digits = 0 }
                    if c == 0x40 || (c == 0x2F && byte(k + 1) == 0x2F) { flag |= Self.contactsBit }
                    if c == 0x28 { bracket = true } else if c == 0x2F, bracket { flag |= Self.slashAfterABracketBit }
                }
                k += 1
            }
        }
        self.starts = starts
        self.flags = flags
    }

    /// 4 when the group of `length` digits at `s` is a year (19xx or 20xx), else 0: a year range
    /// ("2019 - 2021") is no run of seven digits.
    private static func yearDigits(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ length: Int) -> Int {
        guard length == 4, s + 4 >= b.count || !isDigit(b[s + 4]) else { return 0 }
        return (b[s] == 0x31 && b[s + 1] == 0x39) || (b[s] == 0x32 && b[s + 1] == 0x30) ? 4 : 0
    }

    private func line(of i: Int) -> Int {
        var lo = 0, hi = starts.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if Int(starts[mid]) <= i { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// The start offset of the line of `i`.
    func lineStart(at i: Int) -> Int { Int(starts[line(of: i)]) }

    /// The offset of the line break (`\n` or `\r`: each ends a line here) that ends the line of
    /// `i`, or `textCount` on the last line.
    func lineEnd(at i: Int, textCount: Int) -> Int {
        let k = line(of: i) + 1
        return k < starts.count ? Int(starts[k]) - 1 : textCount
    }

    /// How many lines the text has.
    var lineCount: Int { starts.count }

    /// The number of the line of `i` (0 for the first).
    func lineIndex(at i: Int) -> Int { line(of: i) }

    /// Line `k`'s bytes, without its line break: `start..<end` of `t`.
    func lineBounds(_ k: Int, in t: Text) -> (start: Int, end: Int) {
        let s = Int(starts[k])
        var e = k + 1 < starts.count ? Int(starts[k + 1]) - 1 : t.count
        if e > s, t[e - 1] == 0x0D { e -= 1 }
        return (s, e)
    }

    /// Whether the line of `i` holds a year (19xx or 20xx, as a whole number).
    func hasYear(at i: Int) -> Bool { flags[line(of: i)] & Self.yearBit != 0 }

    /// Whether the line of `i` holds contacts or a link label: an `@`, `//`, a run of seven digits
    /// that is no year range, or a word such as "Website", "Portfolio", "Site", "Blog", "Link".
    func looksLikeContacts(at i: Int) -> Bool { flags[line(of: i)] & Self.contactsBit != 0 }

    /// Whether line `k` holds a "/" after a "(": pronouns ("(she/her)"), dates and units in brackets.
    func holdsASlashAfterABracket(line k: Int) -> Bool { flags[k] & Self.slashAfterABracketBit != 0 }
}

/// Words that say a line holds links.
let linkLabels = WordSet([
    "website", "web", "site", "portfolio", "portafolio", "portfólio", "blog", "homepage", "home", "link", "links", "url", "online", "página",
    "sitio", "sito", "webseite", "homepagina", "www", "linkedin", "github", "contact", "contacts", "contato",
    "contacto", "kontakt", "contatti", "contactgegevens",
])
