// The people of a list after a label that names who was there or who did the work: minutes'
// "Present: Cllr Nusrat Begum (Chair), Tahmina Chowdhury (Treasurer), J. O'Driscoll", a panel's
// "Panel: Dr A. Shah, Mr B. Lowe", a project's "Team: G. V. Sai Kiran, P. Lakshmi, Md. Imran". A
// label of this kind holds things as often ("Team: Platform, Payments", "Present: 2019"), so the
// list is read as people only when two of its items show a person (an honorific, an initial, a
// known given name), and then each item that shows one is a name ("Present: Mrs A. Khan, Mr B.
// Lowe, Parent Governor" keeps the governor's seat).

/// Labels of a list of people (lower case; matched at a line's or a quotation's start).
private let personListLabels = KeywordTable([
    "present", "in attendance", "also present", "apologies", "apologies received", "attendees", "attending",
    "panel", "interview panel", "panel members", "panellists", "panelists", "team", "team members", "project team",
    "members", "trustees", "committee", "committee members", "board members", "judges", "authors", "co-authors",
    "anwesend", "abwesend", "entschuldigt", "teilnehmer", "teilnehmende", "aanwezig", "afwezig", "afwezig met kennisgeving",
    "presentes", "ausentes", "participantes", "integrantes", "equipo", "equipe", "présents", "excusés", "presenti",
    "assenti",
])

/// Items read in one list at most.
private let maxPersonListItems = 12
/// Bytes of a list read at most.
private let maxPersonListBytes = 400

/// One item of a list: where its name starts and ends, and whether it shows a person.
private struct ListItem {
    var start: Int, end: Int
    var showsAPerson: Bool
}

/// Adds the people of the lists after `personListLabels`.
///
/// Linear: the text is read to its colons; at each, the label before it on its line (at most 40
/// bytes back) and the list after it (at most `maxPersonListBytes`, one line) are read once.
func detectPersonLists(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    var i = 0
    while i < t.count {
        i = try t.skip(from: i, to: StopBytes(0x3A))
        guard i < t.count else { break }
        try t.work.tick()
        defer { i += 1 }
        guard startsAPersonListLabel(t, colon: i) else {
            // "To: Street, Gary; Moss, Holly": a mail header's recipients, surname first
            if startsAMailHeader(t, colon: i) { try addSurnameFirstRecipients(t, after: i, into: &out) }
            continue
        }
        var items = [ListItem]()
        var p = t.skipBlanks(i + 1)
        let limit = min(t.count, i + maxPersonListBytes)
        while p < limit, items.count < maxPersonListItems {
            try t.work.tick()
            guard let item = readItem(t, p, limit) else { break }
            items.append(item)
            // past the item's bracket ("(Chair)") to its separator; a role in it shows a person
            // ("Ade Ogunleye (HR, 020 …)")
            var q = t.skipBlanks(item.end)
            if t[q] == 0x28 {
                let r = t.letterWordEnd(q + 1)
                if r > q + 1, roleWords.contains(t, q + 1, r) || listRoles.contains(t, q + 1, r) { items[items.count - 1].showsAPerson = true }
                while q < limit, t[q] != 0x29, !isLineBreak(t[q]) { q += 1 }
                t.work.add(q - item.end)
                guard t[q] == 0x29 else { break }
                q = t.skipBlanks(q + 1)
            }
            if t[q] == 0x2C || t[q] == 0x3B { q = t.skipBlanks(q + 1) } else if !startsAnd(t, q) { break }
            if startsAnd(t, q) { q = t.skipBlanks(t.letterWordEnd(q)) }
            p = q
        }
        guard items.filter(\.showsAPerson).count >= 2 else { continue }
        for item in items where item.showsAPerson {
            out.append(Candidate(kind: .name, start: item.start, end: item.end))
        }
    }
}

/// Whether a person-list label ends at the colon `c`, first on its line (after blanks, an opening
/// quote or bracket), up to 40 bytes back.
private func startsAPersonListLabel(_ t: Text, colon c: Int) -> Bool {
    var s = c
    while s > 0, c - s < 40, !isLineBreak(t.b[s - 1]), t.b[s - 1] != 0x22, t.b[s - 1] != 0x28 { s -= 1 }
    t.work.add(c - s)
    guard c - s < 40 else { return false }
    s = t.skipBlanks(s)
    guard s < c, let n = personListLabels.longestMatch(in: t, at: s) else { return false }
    return t.skipBlanks(s + n) == c
}

/// Whether a mail header's label ("To", "Cc", "From", "Aan" …) ends at the colon `c`, first on its line
/// (after blanks and quotation marks, "> ").
private func startsAMailHeader(_ t: Text, colon c: Int) -> Bool {
    let b = t.skipBlanksBack(c)
    let s = t.letterRunStart(before: b)
    guard s < b, b - s <= 12, t.isUppercaseLetter(at: s), startsALine(t, s) else { return false }
    return mailHeaderLabels.longestMatch(in: t, at: s) == b - s
}

/// Adds the recipients of the mail header whose colon is at `c` written surname first: "Street, Gary;
/// Moss, Holly", "Okafor, Ngozi <n.okafor@…>". An item is one or two capitalised words, a comma and
/// one or two more, ended by ";", " <", a bracket or the line's end; it names a person when its
/// second part starts with a known given name that names no place (one that is a word only before ";" or
/// an address in angle brackets) and its first part names no department. At most `maxPersonListItems`
/// items, `maxPersonListBytes` bytes.
private func addSurnameFirstRecipients(_ t: Text, after c: Int, into out: inout [Candidate]) throws(RedactionStopped) {
    var p = t.skipBlanks(c + 1)
    let limit = min(t.count, c + maxPersonListBytes)
    var items = 0
    while p < limit, items < maxPersonListItems, t.isUppercaseLetter(at: p) {
        try t.work.tick()
        items += 1
        // the surname: one or two words, then ", "
        let firstEnd = personWordEnd(t, p)
        var e = firstEnd
        if t[e] == 0x20, t.isUppercaseLetter(at: e + 1) { e = personWordEnd(t, e + 1) }
        guard e > p, t[e] == 0x2C, t[e + 1] == 0x20, t.isUppercaseLetter(at: e + 2) else { return }
        let g = e + 2
        var f = personWordEnd(t, g)
        let givenEnd = f
        if t[f] == 0x20, t.isUppercaseLetter(at: f + 1), t[f + 1] != 0x3C { f = personWordEnd(t, f + 1) }
        guard f > g else { return }
        let q = t.skipBlanks(f)
        let ends = q >= t.count || isLineBreak(t[q]) || t[q] == 0x3B || t[q] == 0x3C || t[q] == 0x28
        guard ends else { return }
        // (not "Talent Acquisition, Unilever <…>", "Melbourne, Victoria": a known given name that is no place,
        // after a surname that names no department or thing)
        if givenNames.contains(t, g, givenEnd), !ambiguousGivenPlaces.contains(t, g, givenEnd), !ambiguousGiven.contains(t, g, givenEnd) || t[q] == 0x3B || t[q] == 0x3C,
           !departmentWords.contains(t, p, firstEnd), !nonNameWords.contains(t, p, firstEnd) || wordSurnames.contains(t, p, firstEnd) {
            out.append(Candidate(kind: .name, start: p, end: f))
        }
        // past an address in angle brackets, to the next item after ";"
        var k = q
        if t[k] == 0x3C {
            while k < limit, t[k] != 0x3E, !isLineBreak(t[k]) { k += 1 }
            t.work.add(k - q)
            k = t.skipBlanks(k + 1)
        }
        guard t[k] == 0x3B else { return }
        p = t.skipBlanks(k + 1)
    }
}

/// Whether "and" (or its word in the other languages) starts at `q`, a blank after it.
private func startsAnd(_ t: Text, _ q: Int) -> Bool {
    let w = t.letterWordEnd(q)
    return w > q && t[w] == 0x20 && andWords.contains(t, q, w)
}

/// The name of a list's item at `p` (after its honorifics): initials ("J.", "G. V."), short
/// abbreviations ("Md.", "Mohd."), particles and capitalised words, at most six, ending at a
/// separator, a bracket or the list's end; nil when no capitalised word is there or a word names
/// no one (a team, a section, an institution).
private func readItem(_ t: Text, _ p0: Int, _ limit: Int) -> ListItem? {
    var p = p0
    var honorific = false, personal = false
    let afterTitles = skipTitles(t, from: p)
    if afterTitles > p {
        honorific = true
        personal = personalListTitles.contains(t, p, t.letterWordEnd(p))
        p = afterTitles
    }
    // "Cllr Nusrat Begum": a councillor's title (in a list whatever follows; elsewhere only before a
    // known given name)
    if t.isUppercaseLetter(at: p), case let w = t.letterWordEnd(p), w > p, titlesBeforeGivenNames.contains(t, p, w),
       t[w] == 0x20 || t[w] == 0x2E {
        honorific = true
        personal = true
        p = t.skipBlanks(t[w] == 0x2E ? w + 1 : w)
    }
    let start = p
    var end = -1, initials = 0, words = 0, given = false, tokens = 0, other = 0
    while p < limit, tokens < 6 {
        t.work.step()
        let w = personWordEnd(t, p)
        guard w > p else { break }
        let letters = w - p
        if t.isUppercaseLetter(at: p), t[w] == 0x2E, letters <= 4, isAlphaASCII(t[p]) {
            // "J.", "Md.", "Ch." (not a sentence's last word: one that ends the list); a person's
            // initial is one letter and a blank ("J. O'Driscoll"; not "J.P. Morgan", "St. Albans")
            let next = t.skipBlanks(w + 1)
            guard next < limit, t.isUppercaseLetter(at: next) else { break }
            if (letters == 1 && next > w + 1) || givenNameAbbreviations.contains(t, p, w) { initials += 1 } else { other += 1 }
            end = w + 1
            p = next
            tokens += 1
            continue
        }
        // "Mr T Evans": an initial without its full stop, first after an honorific
        if honorific, tokens == 0, letters == 1, isUpperASCII(t[p]), t[w] == 0x20, t.isUppercaseLetter(at: w + 1) {
            initials += 1
            end = w
            p = w + 1
            tokens += 1
            continue
        }
        if t.isUppercaseLetter(at: p) {
            // "Huw Castle": a surname that is a word after a known given name that is none; behind a person's
            // title a given name that is a word too, and a surname that is a word ("Dr Holly Marsh", "Mrs Ceri
            // Street"; not "Dr Lab", nor behind "Eng", "Gen", "PR": "Team: Eng Platform, Gen AI")
            let wordName = personal ? words == 0 && (givenNames.contains(t, p, w) || ambiguousGiven.contains(t, p, w))
                    || words == 1 && wordSurnames.contains(t, p, w)
                : words == 1 && given && personsWordSurnames.contains(t, p, w)
            guard letters >= 2, wordName || !nonNameWords.contains(t, p, w) && !teamWords.contains(t, p, w)
                && !institutionNouns.contains(t, p, w) && !sectionWords.contains(t, p, w) else { return nil }
            if words == 0 && initials == 0, givenNames.contains(t, p, w), !ambiguousGiven.contains(t, p, w) { given = true }
            words += 1
            end = w
        } else if !(words > 0 && particles.contains(t, p, w)) {
            break
        }
        tokens += 1
        guard t[w] == 0x20 else { break }
        p = w + 1
    }
    guard words > 0, end > start else { return nil }
    // (an item that shows a person by its initial has no other abbreviation: "A.T. Kearney")
    // (a person's title shows one; "Eng", "Gen", "PR" before a word show none: "Team: PR Comms, Eng Platform")
    return ListItem(start: start, end: end, showsAPerson: personal || (initials > 0 && other == 0) || given)
}

/// Titles that only a person bears, before a list's item: behind them any name is one ("Dr Holly Marsh").
private let personalListTitles = WordSet([
    "mr", "mrs", "ms", "miss", "mx", "dr", "professor", "sir", "dame", "cllr", "revd", "rev", "lady", "lord",
    "herr", "frau", "dhr", "mevr", "sig", "sra", "dott", "mme", "mlle",
])

/// Abbreviated given names: "Md. Imran", "Mohd. Faizan".
private let givenNameAbbreviations = WordSet(["md", "mohd", "muhd", "mhd"])

/// Roles in brackets after a listed person: "(Chair)", "(HR, …)", "(minutes)".
private let listRoles = WordSet(["chair", "chairman", "chairwoman", "vice-chair", "hr", "secretary", "treasurer", "minutes", "clerk", "lead"])

/// The end of a person's name word at `p`: letters, joined by a hyphen or an apostrophe to more
/// letters ("Osei-Bonsu", "O'Driscoll", "D’Souza").
private func personWordEnd(_ t: Text, _ p: Int) -> Int {
    var e = t.letterWordEnd(p)
    var parts = 0
    while e > p, parts < 4 {
        if t[e] == 0x2D || t[e] == 0x27, t.isLetter(at: e + 1) { e = t.letterWordEnd(e + 1) }
        else if t[e] == 0xE2, t[e + 1] == 0x80, t[e + 2] == 0x99, t.isLetter(at: e + 3) { e = t.letterWordEnd(e + 3) }
        else { break }
        parts += 1
    }
    return e
}
