// Short numbers that reach one organisation from anywhere in a country, shorter than any
// subscriber number the general phone pass reads: the Dutch municipalities' "14" plus the area
// code ("bel 14 020", "via het algemene nummer 14 0297"), Australia's six-digit "13" numbers ("Call
// 13 22 21", "TIS National on 131 450"). Read only in a document of that country and beside a word
// that calls or names a number, as a space-grouped count ("14 020 medewerkers") is not one.

/// Finds the Dutch municipalities' "14 0NN" and "14 0NNN" numbers beside a Dutch calling word on their
/// line ("bel", "bellen", "nummer", "telefoon") in documents whose likely regions include the Netherlands,
/// and Australia's six-digit "13" numbers ("13 22 21", "131 450", "13 1450") beside an English one ("call",
/// "phone", "enquiries", "ring") in documents whose likely regions include Australia: one pass over the
/// runs of digits for both.
func detectShortServiceNumbers(_ t: Text, regions: [String], into out: inout [Candidate]) throws(RedactionStopped) {
    let dutch = regions.contains("NL"), australian = regions.contains("AU")
    guard dutch || australian else { return }
    var i = 0
    while i < t.count {
        i = try t.skip(from: i, to: .digits)
        guard i < t.count else { break }
        try t.work.tick()
        let e = t.digitsEnd(i)
        defer { i = max(e, i + 1) }
        // a "1" starting its word: after a blank, a line break, a bracket or a colon
        guard t[i] == 0x31, i == 0 || isBlank(t[i - 1]) || isLineBreak(t[i - 1]) || t[i - 1] == 0x28 || t[i - 1] == 0x3A else { continue }
        if dutch, let n = dutchMunicipalNumberEnd(t, i, e), try callingWordOnLine(t, around: i, n, words: municipalCallingWords) {
            out.append(Candidate(kind: .phone, start: i, end: n))
        } else if australian, let n = australianServiceNumberEnd(t, i, e),
                  try callingWordOnLine(t, around: i, n, words: australianCallingWords) {
            out.append(Candidate(kind: .phone, start: i, end: n))
        }
    }
}

/// The end of "14 0NN" or "14 0NNN" when the run `i..<e` starts one and no count follows it.
private func dutchMunicipalNumberEnd(_ t: Text, _ i: Int, _ e: Int) -> Int? {
    guard e == i + 2, t[i + 1] == 0x34, t[e] == 0x20, t[e + 1] == 0x30 else { return nil }
    let n = t.digitsEnd(e + 1)
    guard n - e - 1 == 3 || n - e - 1 == 4, !isAlnumASCII(t[n]), !(t[n] == 0x20 && isDigit(t[n + 1])),
          !((t[n] == 0x2E || t[n] == 0x2C) && isDigit(t[n + 1])), isNoCount(t, n) else { return nil }
    return n
}

/// The end of a "13" number of six digits grouped 2-2-2, 3-3 or 2-4 (or not) when the run `i..<e`
/// starts one and no count follows it (not "130 000": no number starts 13 0).
private func australianServiceNumberEnd(_ t: Text, _ i: Int, _ e: Int) -> Int? {
    guard t[i + 1] == 0x33 else { return nil }
    var end = e, digits = e - i, groups = 1
    while groups < 3, t[end] == 0x20, isDigit(t[end + 1]) {
        let n = t.digitsEnd(end + 1)
        digits += n - end - 1
        end = n
        groups += 1
    }
    t.work.add(end - i)
    guard digits == 6, (groups == 3 && e - i == 2) || (groups == 2 && (e - i == 3 || e - i == 2)) || (groups == 1 && e - i == 6),
          t[i + 2] != 0x30, !(t[i + 2] == 0x20 && t[i + 3] == 0x30),
          !isAlnumASCII(t[end]), !((t[end] == 0x2E || t[end] == 0x2C) && isDigit(t[end + 1])), isNoCount(t, end) else { return nil }
    return end
}

/// English words that call or name a number.
private let australianCallingWords = WordSet([
    "call", "phone", "ring", "enquiries", "enquiry", "contact", "tel", "hotline", "dial", "freecall", "line", "helpline",
])

/// Whether what follows the number at `e` makes it no count: the line's end, punctuation, or a word that
/// follows a number one calls ("14 020 bellen", "13 22 21 or …"), not a noun ("14 030 inwoners", "135 000
/// members").
private func isNoCount(_ t: Text, _ e: Int) -> Bool {
    let k = t.skipBlanks(e)
    guard k < t.count, t.isLetter(at: k), k > e else { return true }
    let w = t.letterWordEnd(k)
    t.work.step()
    return t.isUppercaseLetter(at: k) || wordsAfterANumberToCall.contains(t, k, w)
}
/// Words after a number one calls: verbs of calling, conjunctions, prepositions of time.
private let wordsAfterANumberToCall = WordSet([
    "bellen", "belt", "bel", "or", "of", "and", "en", "for", "voor", "to", "om", "between", "tussen", "from", "van",
    "during", "tijdens", "op", "on", "at", "or", "ext", "toestel", "tst", "anytime", "weekdays", "mon", "monday",
])

/// Whether a calling word stands on the line within 48 bytes before `s` or after `e`.
private func callingWordOnLine(_ t: Text, around s: Int, _ e: Int, words: WordSet) throws(RedactionStopped) -> Bool {
    var k = s
    while k > 0, s - k < 48, !isLineBreak(t[k - 1]) { k -= 1 }
    let end = min(t.count, e + 48)
    while k < end, !isLineBreak(t[k]) {
        t.work.step()
        if t.isLetter(at: k), !t.isWordChar(before: k) {
            let w = t.letterWordEnd(k)
            if w > k, words.contains(t, k, w) { return true }
            k = max(w, k + 1)
            continue
        }
        k += 1
    }
    return false
}

/// Dutch words that call or name a number.
private let municipalCallingWords = WordSet([
    "bel", "bellen", "belt", "nummer", "telefoon", "telefoonnummer", "tel", "bereikbaar", "telefonisch",
])
