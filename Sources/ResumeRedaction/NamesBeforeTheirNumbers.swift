// A person named right before the number or address to reach them on, as job ads and letters
// write it: "WhatsApp your CV to her assistant Kiran on 70423 81956", "bel Anouk op 06-38472910",
// "llama a Toni Ruiz al 971 72 40 18", "email Shirin Akhtar (shirin.a@…)". A word before " on " and
// a number is a team or a switchboard as often ("call Reception on …"), so the name must start with
// a known given name that is no word, place or brand, and name no team or institution; a given name
// alone needs a call's verb or a role right before it.

/// Words between a person and their number: "on", Dutch "op", German "unter", French "au",
/// Spanish "al", Portuguese "no", "pelo", Italian "al", "at".
private let wordsBeforeANumber = WordSet(["on", "op", "at", "unter", "au", "al", "no", "pelo", "via"])

/// Verbs of a call and roles before a given name alone: "bel Esther op …", "her assistant Kiran on …".
private let callVerbsAndRoles = WordSet([
    "call", "ring", "text", "contact", "bel", "app", "whatsapp", "sms", "llama", "llame", "llamar", "ligue",
    "ligar", "chiama", "appelez", "appeler", "anrufen", "rufen", "assistant", "assistent", "assistente", "recruiter",
    "colleague", "collega", "manager", "secretary", "coordinator", "coördinator", "contactpersoon", "ansprechpartner",
    // the second of two people to ring: "bel Anouk of Sven op …"
    "of", "or", "ou", "oder",
])

/// Adds the names standing right before the phones and e-mail addresses in `found` ("Kiran on
/// [phone]", "Shirin Akhtar ([e-mail])").
///
/// Linear: each phone or e-mail candidate is read once, with at most four words before it.
func detectNamesBeforeTheirNumbers(_ t: Text, found: [Candidate], into out: inout [Candidate]) throws(RedactionStopped) {
    for c in found where c.kind == .phone || c.kind == .email {
        try t.work.tick()
        // " on ", " op ", … or " (" before it
        var p = t.skipBlanksBack(c.start)
        guard p < c.start, p > 1 else { continue }
        if t[p - 1] == 0x28 {
            p = t.skipBlanksBack(p - 1)
            guard p < c.start - 1 else { continue }
        } else {
            let ws = t.letterRunStart(before: p)
            guard ws < p, wordsBeforeANumber.contains(t, ws, p), ws > 0, t[ws - 1] == 0x20 else { continue }
            p = t.skipBlanksBack(ws)
        }
        // one to three capitalised words (particles between) ending at `p`
        var start = -1, k = p, words = 0
        while words < 4, k > 0 {
            t.work.step()
            let ws = t.letterRunStart(before: k, hyphens: true, apostrophes: true)
            guard ws < k else { break }
            if t.isUppercaseLetter(at: ws) { start = ws; words += 1 }
            else if !(words > 0 && particles.contains(t, ws, k)) { break }
            guard ws > 1, t[ws - 1] == 0x20 else { break }
            k = ws - 1
        }
        guard start >= 0, words <= 3 else { continue }
        let fe = t.letterWordEnd(start)
        guard givenNames.contains(t, start, fe), !ambiguousGiven.contains(t, start, fe), !isBrandOrFamous(t, start),
              !namesATeamOrInstitution(t, start, p), !t.containsWord(of: nonNameWords, from: start, to: p) else { continue }
        // no capitalised word or abbreviation right before it ("St. Francis on …"), but an honorific
        // ("Revd Olusegun on …"): a longer proper noun otherwise
        var b = t.skipBlanksBack(start)
        if b < start, b > 1, t[b - 1] == 0x2E, t.isLetter(at: t.scalarStart(before: b - 1)) { b -= 1 }
        var wordBefore: Range<Int>? = nil
        if b < start, b > 0, t.isLetter(at: t.scalarStart(before: b)) {
            let ws = t.letterRunStart(before: b)
            wordBefore = ws..<b
            if t.isUppercaseLetter(at: ws), !personHonorifics.contains(t, ws, b), !sentenceStartWords.contains(t, ws, b) { continue }
        }
        // a given name alone is a person after a call's verb or a role ("bel Esther op …", "her
        // assistant Kiran on …"; not "supplied by Lucas on …", "Customer line: Albert on …")
        if words == 1 {
            guard let w = wordBefore, callVerbsAndRoles.contains(t, w.lowerBound, w.upperBound) else { continue }
        }
        out.append(Candidate(kind: .name, start: start, end: p))
    }
}
