// Short numbers that reach one organisation from anywhere in a country, shorter than any
// subscriber number the general phone pass reads: the Dutch municipalities' "14" plus the area
// code ("bel 14 020", "via het algemene nummer 14 0297"), Australia's six-digit "13" numbers ("Call
// 13 22 21", "TIS National on 131 450"). Read only in a document of that country and beside a word
// that calls or names a number, as a space-grouped count ("14 020 medewerkers") is not one.

/// Finds "14 0NN" and "14 0NNN" beside a calling word on their line ("bel", "bellen", "nummer",
/// "telefoon"), in documents whose likely regions include the Netherlands.
func detectDutchMunicipalNumbers(_ t: Text, regions: [String], into out: inout [Candidate]) throws(RedactionStopped) {
    guard regions.contains("NL") else { return }
    var i = 0
    while i < t.count {
        i = try t.skip(from: i, to: .digits)
        guard i < t.count else { break }
        try t.work.tick()
        let e = t.digitsEnd(i)
        defer { i = max(e, i + 1) }
        guard e == i + 2, t[i] == 0x31, t[i + 1] == 0x34, t[e] == 0x20, t[e + 1] == 0x30,
              i == 0 || isBlank(t[i - 1]) || isLineBreak(t[i - 1]) || t[i - 1] == 0x28 || t[i - 1] == 0x3A else { continue }
        let n = t.digitsEnd(e + 1)
        guard n - e - 1 == 3 || n - e - 1 == 4, !isAlnumASCII(t[n]), !(t[n] == 0x20 && isDigit(t[n + 1])),
              !((t[n] == 0x2E || t[n] == 0x2C) && isDigit(t[n + 1])) else { continue }
        if isNoCount(t, n), try callingWordOnLine(t, around: i, n) { out.append(Candidate(kind: .phone, start: i, end: n)) }
    }
}

/// Finds Australia's six-digit "13" numbers ("13 22 21", "131 450", "13 1450") beside a calling word
/// on their line ("call", "phone", "enquiries", "ring"), in documents whose likely regions include Australia.
func detectAustralianServiceNumbers(_ t: Text, regions: [String], into out: inout [Candidate]) throws(RedactionStopped) {
    guard regions.contains("AU") else { return }
    var i = 0
    while i < t.count {
        i = try t.skip(from: i, to: .digits)
        guard i < t.count else { break }
        try t.work.tick()
        let e = t.digitsEnd(i)
        defer { i = max(e, i + 1) }
        guard t[i] == 0x31, t[i + 1] == 0x33, i == 0 || isBlank(t[i - 1]) || t[i - 1] == 0x28 || t[i - 1] == 0x3A else { continue }
        // the groups: 2-2-2, 3-3 or 2-4, one blank between
        var end = e, digits = e - i, groups = 1
        while groups < 3, t[end] == 0x20, isDigit(t[end + 1]) {
            let n = t.digitsEnd(end + 1)
            digits += n - end - 1
            end = n
            groups += 1
        }
        t.work.add(end - i)
        // (not "130 000": a count, no number starts 13 0)
        guard digits == 6, (groups == 3 && e - i == 2) || (groups == 2 && (e - i == 3 || e - i == 2)) || (groups == 1 && e - i == 6),
              t[i + 2] != 0x30, !(t[i + 2] == 0x20 && t[i + 3] == 0x30),
              !isAlnumASCII(t[end]), !((t[end] == 0x2E || t[end] == 0x2C) && isDigit(t[end + 1])), isNoCount(t, end) else { continue }
        if try callingWordOnLine(t, around: i, end, words: australianCallingWords) {
            out.append(Candidate(kind: .phone, start: i, end: end))
        }
    }
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
private func callingWordOnLine(_ t: Text, around s: Int, _ e: Int, words: WordSet = municipalCallingWords) throws(RedactionStopped) -> Bool {
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
