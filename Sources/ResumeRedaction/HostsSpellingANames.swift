// A personal site written bare, its host spelling a person found in the document:
// "alvarosanz.es (Personal)" in Álvaro Sanz's CV, "joostvandermeer.nl" in Joost van der Meer's.
// A bare host on a country's domain is a firm's as often ("bol.com", "talentonorte.es"), so
// it is a link only when its first label is two or more of one person's name words, in order
// (or a surname before a given name), run together in any case (hyphens dropped; diacritics
// folded: "Álvaro" spells "alvaro").

/// Adds the bare hosts (and their paths) whose first label spells two or more consecutive name
/// words of one of the names in `found`.
///
/// Linear: the names' words are read once (at most `maxNamesForHosts` names), the text once
/// (to its dots, then each label back from its dot, 64 bytes at most), each host looked up in a set.
func detectHostsSpellingAName(_ t: Text, found: [Candidate], into out: inout [Candidate]) throws(RedactionStopped) {
    var spellings = Set<[UInt8]>()
    let names = found.lazy.filter({ $0.kind == .name }).prefix(maxNamesForHosts).sorted { $0.start < $1.start }
    var read = [(end: Int, words: [[UInt8]])]()
    for c in names {
        try t.work.tick()
        var words = foldedWords(t, max(c.start, 0), min(c.end, t.count))
        read.append((c.end, words))
        // a name found in two pieces close together ("JOOST" over "VAN DER MEER", a heading in
        // two columns) is read whole too: with the piece that ends last before it
        t.work.add(read.count)
        if let p = read.filter({ $0.end <= c.start }).max(by: { $0.end < $1.end }), c.start - p.end <= maxNamePieceGap {
            words = Array(p.words.suffix(3)) + words
        }
        guard words.count >= 2 else { continue }
        for a in 0..<words.count {
            var joined = words[a]
            for b in (a + 1)..<min(words.count, a + 4) {
                joined += words[b]
                t.work.add(joined.count)
                spellings.insert(joined)
                // surname first: "sanzalvaro.es"
                if b == a + 1 { spellings.insert(words[b] + words[a]) }
            }
        }
    }
    guard !spellings.isEmpty else { return }
    // at each dot that a top-level domain follows, the label before it
    var i = 0
    while i < t.count {
        i = try t.skip(from: i, to: StopBytes(0x2E))
        guard i < t.count else { break }
        let dot = i
        i += 1
        guard dot > 0, isAlnumASCII(t.b[dot - 1]), let hostEnd = domainEnd(t, dot) else { continue }
        // the first label: letters, digits and hyphens, starting with a letter (in any case:
        // "JaneDoe.com", "AlvaroSanz.es"), not after a dot, "@", "/", "-" or a letter of any script
        var s = dot
        while s > 0, dot - s < 64, isAlnumASCII(t.b[s - 1]) || t.b[s - 1] == 0x2D { s -= 1 }
        t.work.add(dot - s)
        guard isAlphaASCII(t.b[s]), s == 0 || !(t.b[s - 1] == 0x2E || t.b[s - 1] == 0x40 || t.b[s - 1] == 0x2F || t.b[s - 1] == 0x2D),
              !t.isWordChar(before: s) else { continue }
        var label = [UInt8]()
        for q in s..<dot where t.b[q] != 0x2D { label.append(lowerASCII(t.b[q])) }
        guard spellings.contains(label) else { continue }
        // its path, if any, up to a blank or a closing bracket
        var e = hostEnd
        if t[e] == 0x2F {
            while e < t.count, e - hostEnd < 200, !isBlank(t.b[e]), !isLineBreak(t.b[e]), t.b[e] != 0x29 { e += 1 }
            t.work.add(e - hostEnd)
            while e > hostEnd, t.b[e - 1] == 0x2E || t.b[e - 1] == 0x2C { e -= 1 }
        }
        out.append(Candidate(kind: .url, start: s, end: e))
        i = max(i, e)
    }
}

/// Names whose words are read for hosts at most: the heading's and the first people named.
private let maxNamesForHosts = 32
/// Bytes between two pieces of a name that are read as one (a heading split over two lines).
private let maxNamePieceGap = 120

/// From the dot at `k`: one or two labels of two to six lowercase letters (".es", ".com.br",
/// ".co.uk") ending the host (no letter, digit, "@" nor "-" after; a full stop only before a blank
/// or the line's end); their end, or nil.
private func domainEnd(_ t: Text, _ k: Int) -> Int? {
    var q = k, labels = 0
    while t[q] == 0x2E, isLowerASCII(t[q + 1]), labels < 2 {
        var r = q + 1
        while isLowerASCII(t[r]) { r += 1 }
        guard (2...6).contains(r - q - 1) else { return nil }
        q = r
        labels += 1
    }
    t.work.add(q - k)
    guard labels > 0, !isAlnumASCII(t[q]), t[q] != 0x40, t[q] != 0x2D else { return nil }
    return q
}

/// The letter words of `t[s..<e]`, lowercased and folded to ASCII ("Álvaro" → "alvaro"), hyphens
/// and apostrophes dropped; a word with a letter that does not fold is left out.
private func foldedWords(_ t: Text, _ s: Int, _ e: Int) -> [[UInt8]] {
    var words = [[UInt8]]()
    var k = s
    while k < e {
        t.work.step()
        guard t.isLetter(at: k) else { k += t.scalar(at: k).length; continue }
        var word = [UInt8](), folds = true
        while k < e {
            let (scalar, length) = t.scalar(at: k)
            if scalar.value < 0x80 {
                let c = UInt8(scalar.value)
                if isAlphaASCII(c) { word.append(lowerASCII(c)) } else if c != 0x2D && c != 0x27 { break }
            } else if let f = asciiFold(scalar) {
                word += f
            } else if t.isLetter(at: k) {
                folds = false
            } else {
                break
            }
            k += length
        }
        if folds && word.count >= 2 { words.append(word) }
    }
    return words
}

/// The ASCII letters a Latin letter with a diacritic folds to, lower case ("É" → "e", "ß" → "ss").
private func asciiFold(_ c: Unicode.Scalar) -> [UInt8]? {
    switch c.value {
    case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: [0x61]
    case 0xC7, 0xE7, 0x106...0x10D: [0x63]
    case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: [0x65]
    case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: [0x69]
    case 0xD1, 0xF1, 0x143...0x148: [0x6E]
    case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x14C...0x151: [0x6F]
    case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: [0x75]
    case 0xDD, 0xFD, 0xFF: [0x79]
    case 0xDF: [0x73, 0x73]
    case 0xC6, 0xE6: [0x61, 0x65]
    case 0x152, 0x153: [0x6F, 0x65]
    case 0x15A...0x161: [0x73]
    case 0x179...0x17E: [0x7A]
    case 0x141, 0x142: [0x6C]
    default: nil
    }
}
