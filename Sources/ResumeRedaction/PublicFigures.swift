// Public figures named in full: heads of state and government, founders and chief executives of
// famous firms, authors, athletes, artists and scientists. A resume names them as role models,
// in a hobbies line, as whoever handed over an award or whose office the applicant served
// ("Inspired by Dr. A. P. J. Abdul Kalam", "Spoke with Shri Narendra Modi", "fan of M. S. Dhoni"):
// they are no one's personal data here, and redacting them takes meaning from the text for
// nothing. The list holds only names that almost certainly denote the famous person (never a
// name many private people share), written out in full; `brandAndFamousNames`
// (GivenNamePersons.swift) holds the pairs of a given name and one word that the given-name
// detector asks about, firms among them.

/// A name's normalised form (`publicFigureKey`) for each public figure: lowercase, the
/// possessive and full stops dropped, initials written together ("apj abdul kalam").
private let publicFigures: Set<String> = Set(publicFigureNames.map { name in
    publicFigureKey(name.split(separator: " ").map(String.init))
})

/// The first two words of each public figure's key: the first word of two letters or more of its
/// name as written, whether its initials are written together ("APJ Abdul Kalam": "apj") or apart
/// ("A. P. J. Abdul Kalam": "abdul").
private let publicFigureFirstWords = WordSet(publicFigures.flatMap { key in
    key.split(separator: " ").prefix(2).map(String.init)
})

/// The last word of each public figure's key ("kalam").
private let publicFigureLastWords = WordSet(publicFigures.compactMap { key in key.split(separator: " ").last.map(String.init) })

/// Whether the name `c` (its initials before it included) is a public figure's, written in full,
/// and none of its words is a word of the candidate's own name (`ownNames`: "Sr. Ortega y Gasset" in
/// the resume of a José Ortega y Gasset is its author).
///
/// Reads at most the candidate and six initials before it, a step a byte, and the own names when
/// it is a public figure's.
func namesAPublicFigure(_ t: Text, _ c: Candidate, ownNames: ArraySlice<Candidate>) -> Bool {
    guard c.kind == .name, c.end - c.start <= maxPublicFigureBytes else { return false }
    var s = c.start
    // initials before the name ("A. P. J. " before "Abdul Kalam", "M. " before "S. Dhoni"): each an
    // ASCII capital alone, with or without its full stop, then a blank or nothing
    for _ in 0..<6 {
        var p = s
        if p > 0, t[p - 1] == 0x20 { p -= 1 }
        if p > 0, t[p - 1] == 0x2E { p -= 1 }
        guard p > 0, p < s, isUpperASCII(t[p - 1]), !t.isWordChar(before: p - 1) else { break }
        s = p - 1
    }
    // the first word of two letters or more: most names fail there, at a look-up's cost
    var k = s, we = t.letterWordEnd(s)
    while k < c.end, we - k < 2 || t[we] == 0x2E {
        k = t.skipBlanks(t[we] == 0x2E ? we + 1 : max(we, k + 1))
        we = t.letterWordEnd(k)
    }
    guard k < c.end, publicFigureFirstWords.contains(t, k, we) else { return false }
    // and the last word ("Kalam", "Kalam's"): a second look-up before any string is made
    var le = c.end
    if le - c.start > 2, t[le - 2] == 0x27 || t[le - 2] == 0x99, t[le - 1] == 0x73 || t[le - 1] == 0x53 { le -= t[le - 2] == 0x27 ? 2 : 4 }
    guard case let ls = t.letterRunStart(before: le, hyphens: true, apostrophes: true), ls < le,
          publicFigureLastWords.contains(t, ls, le) else { return false }
    var words = [String]()
    k = s
    while k < c.end {
        let we = t.letterWordEnd(k)
        guard we > k else { k += 1; continue }
        words.append(t.string(k, we))
        k = we
    }
    // the possessive: "Abdul Kalam's vision"
    if let last = words.last, let cut = ["'s", "’s", "'S", "’S"].first(where: { last.hasSuffix($0) }) {
        words[words.count - 1] = String(last.dropLast(cut.count))
    }
    guard words.count >= 2, publicFigures.contains(publicFigureKey(words)) else { return false }
    let nameWords = Set(words.filter { $0.count >= 2 }.map { $0.lowercased() })
    for own in ownNames where own.kind == .name {
        var k = own.start
        while k < own.end {
            let we = t.letterWordEnd(k)
            guard we > k else { k += 1; continue }
            if we - k >= 2, nameWords.contains(t.string(k, we).lowercased()) { return false }
            k = we
        }
    }
    return true
}

/// Whether `key` (lowercase words joined by blanks, initials written together) is a public figure's name.
func isAPublicFiguresKey(_ key: String) -> Bool { publicFigures.contains(key) }

/// Whether an initial stands right before `s`, a blank between: "J. " or "J " (an ASCII capital alone).
func followsAnInitial(_ t: Text, _ s: Int) -> Bool {
    guard s >= 3, t[s - 1] == 0x20 else { return false }
    let p = t[s - 2] == 0x2E ? s - 3 : s - 2
    return isUpperASCII(t[p]) && !t.isWordChar(before: p)
}

/// Public figures' names are at most this many bytes (with initials before them).
private let maxPublicFigureBytes = 64

/// The words of a name lowercased and joined by blanks, runs of one-letter words (initials) written
/// together: ["A", "P", "J", "Abdul", "Kalam"] and ["APJ", "Abdul", "Kalam"] are both "apj abdul kalam".
private func publicFigureKey(_ words: [String]) -> String {
    var out = [String]()
    var initials = ""
    for w in words.map({ $0.lowercased().filter { $0 != "." } }) where !w.isEmpty {
        if w.count == 1 {
            initials += w
        } else {
            if !initials.isEmpty { out.append(initials); initials = "" }
            out.append(w)
        }
    }
    if !initials.isEmpty { out.append(initials) }
    return out.joined(separator: " ")
}
