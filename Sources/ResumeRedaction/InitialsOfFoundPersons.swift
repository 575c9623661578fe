// A person of a list of those present, named again by their initials, as minutes and panel notes
// do: "Present: … Nusrat Begum (Chair) …" then "NB asked JO'D to draft the policy", "AKM to
// telephone Ms Mensah", "scored by IC and AKM only". Letters in capitals are acronyms far more
// often than people (a "Claire Vaughan" sends her CV, a "Bethany Adams" holds a BA), so a token is
// read as a person's initials only when they are the initials of a person a list after "Present:",
// "Panel:" … names (PersonLists.swift; two to four name words), it is no common acronym, and it
// acts in its sentence: a word in lower case follows it ("TC presented", "BH to issue") or "by",
// "and", "with" or "asked" comes before it.

/// Names read for their initials at most.
private let maxNamesForInitials = 32

/// Adds the tokens in capitals that are the initials of a name in `found`, or of a name in `declaring`
/// whose initials stand in brackets right after it ("Zainab Hussain (ZH)", "Kwame Mensah (KM, chair)"),
/// with those bracketed initials themselves.
///
/// Linear: each name's words are read once (at most `maxNamesForInitials` names of each), the text
/// once from one ASCII word's start to the next, each word of two to four capitals looked up in a set.
func detectInitialsOfFoundPersons(_ t: Text, found: [Candidate], declaring: [Candidate] = [],
                                  into out: inout [Candidate]) throws(RedactionStopped) {
    var initials = Set<[UInt8]>()
    for c in found.lazy.filter({ $0.kind == .name }).prefix(maxNamesForInitials) {
        try t.work.tick()
        guard let (letters, withApostrophe) = initialsOf(t, c) else { continue }
        initials.insert(letters)
        initials.insert(withApostrophe)
    }
    // (the names with a bracket after them, whatever their number before: the bound counts those read)
    var declaringRead = 0
    for c in declaring where c.kind == .name && t[c.end] == 0x20 && t[c.end + 1] == 0x28 {
        try t.work.tick()
        guard let declared = declaredInitials(t, after: c.end) else { continue }
        declaringRead += 1
        guard declaringRead <= maxNamesForInitials else { break }
        guard let (letters, withApostrophe) = initialsOf(t, c) else { continue }
        let token = Array(t.b[declared])
        // (in the brackets even a common acronym's letters are the person's: "Dña. Irene Pastor (IP)"; in
        // running text they stay the acronym's)
        guard token == letters || token == withApostrophe else { continue }
        initials.insert(letters)
        initials.insert(withApostrophe)
        out.append(Candidate(kind: .name, start: declared.lowerBound, end: declared.upperBound))
    }
    guard !initials.isEmpty else { return }
    var i = 0
    while i < t.count {
        // from one ASCII word's start to the next (a table look-up each), reading those in capitals
        i = try t.nextASCIIWordStart(from: i)
        guard i < t.count else { break }
        var e = t.asciiWordEnd(i)
        defer { i = max(e, i + 1) }
        guard isUpperASCII(t[i]), e - i <= 4 else { continue }
        // "JO'D": an apostrophe and a capital after the letters
        if t[e] == 0x27, isUpperASCII(t[e + 1]), !isAlphaASCII(t[e + 2]) { e += 2 }
        t.work.add(e - i)
        var capitals = true
        for k in i..<e where !isUpperASCII(t[k]) && t[k] != 0x27 { capitals = false; break }
        guard capitals, e - i >= 2, e - i <= 5, !isDigit(t[e]), !t.isLetter(at: e), t[e] != 0x2D || !isAlnumASCII(t[e + 1]),
              i == 0 || !t.isWordChar(before: i) else { continue }
        guard initials.contains(Array(t.b[i..<e])), !commonAcronyms.contains(t, i, e), actsInItsSentence(t, i, e, initials) else { continue }
        out.append(Candidate(kind: .name, start: i, end: e))
    }
}

/// The initials of the name `c` (two to four letters, with a particle's word skipped): "JOD" and
/// "JO'D" for "Jane O'Driscoll", "SJH" for "Sarah-Jane Holloway"; nil for a name of other words.
private func initialsOf(_ t: Text, _ c: Candidate) -> (letters: [UInt8], withApostrophe: [UInt8])? {
    var letters = [UInt8](), withApostrophe = [UInt8]()
    var p = max(c.start, 0)
    let end = min(c.end, t.count)
    while p < end, letters.count < 5 {
        t.work.step()
        let w = t.letterWordEnd(p)
        guard w > p else { p += 1; continue }
        if isUpperASCII(t[p]) {
            letters.append(t[p])
            withApostrophe.append(t[p])
            // "O'Driscoll": "JO'D" as well as "JOD"
            if t[p + 1] == 0x27, isUpperASCII(t[p + 2]) {
                letters.append(t[p + 2])
                withApostrophe += [0x27, t[p + 2]]
            }
            // "Sarah-Jane": "SJ"
            t.work.add(w - p)
            for k in p..<w where t[k] == 0x2D && isUpperASCII(t[k + 1]) {
                letters.append(t[k + 1])
                withApostrophe.append(t[k + 1])
            }
        } else if !particles.contains(t, p, w) && !isLowerASCII(t[p]) {
            return nil
        }
        p = w
    }
    return letters.count >= 2 && letters.count <= 4 ? (letters, withApostrophe) : nil
}

/// The token of two to four capitals (an apostrophe allowed) in brackets right after a name's end at
/// `e`, alone or before a comma or a semicolon: "(ZH)", "(KM, chair)", "(KM; chair)", "(JO'D)".
private func declaredInitials(_ t: Text, after e: Int) -> Range<Int>? {
    guard t[e] == 0x20, t[e + 1] == 0x28, isUpperASCII(t[e + 2]) else { return nil }
    var k = e + 2
    while k < e + 8, isUpperASCII(t[k]) || (t[k] == 0x27 && isUpperASCII(t[k + 1])) { k += 1 }
    t.work.add(k - e)
    guard k - (e + 2) >= 2, k - (e + 2) <= 5, t[k] == 0x29 || t[k] == 0x2C || t[k] == 0x3B else { return nil }
    return (e + 2)..<k
}

/// Whether the token `i..<e` acts in its sentence: a word in lower case follows it, or "by", "and",
/// "with", "asked", "thanked" (and their words in the other languages) come right before it; and
/// no capitalised word or number comes right before it.
private func actsInItsSentence(_ t: Text, _ i: Int, _ e: Int, _ initials: Set<[UInt8]>) -> Bool {
    let b = t.skipBlanksBack(i)
    // not a place's or a unit's letters: "Washington DC", "72 MW"
    if b < i, b > 0, isDigit(t[b - 1]) || t.isLetter(at: t.scalarStart(before: b))
        && t.isUppercaseLetter(at: t.letterRunStart(before: b)) { return false }
    if t[e] == 0x20, isLowerASCII(t[e + 1]) { return true }
    // one of a bracketed list of initials: "The panel (JW, DA, IB) recommended …"
    if t[e] == 0x2C || t[e] == 0x29, isAListOfInitials(t, i, e, initials) { return true }
    // owners of an action joined by a slash: "JT / COD to present …"
    if t[t.skipBlanks(e)] == 0x2F { return true }
    guard b < i, b > 0 else { return false }
    // an action's owner after its label: "Action: TN", "Actie: MR"
    if t[b - 1] == 0x3A, case let le = t.skipBlanksBack(b - 1), case let ls = t.letterRunStart(before: le), ls < le,
       actionLabels.contains(t, ls, le) { return true }
    let ws = t.letterRunStart(before: b)
    return ws < b && wordsBeforeInitials.contains(t, ws, b)
}

/// Whether `i..<e` stands in brackets among other tokens of capitals only, separated by ", ", each of
/// them the initials of a listed person (`initials`): "(JW, DA, IB)" (not "(DE, FR, NL)" when only a
/// David Evans is listed). At most five tokens are read each way, eight bytes each.
private func isAListOfInitials(_ t: Text, _ i: Int, _ e: Int, _ initials: Set<[UInt8]>) -> Bool {
    // back to the opening bracket, forward to the closing one, over at most five tokens each way
    var p = i, tokens = 0
    while t[p - 1] != 0x28 {
        t.work.step()
        guard tokens < 5, p >= 4, t[p - 1] == 0x20, t[p - 2] == 0x2C else { return false }
        var q = p - 2
        while q > 0, q > p - 9, isUpperASCII(t[q - 1]) || t[q - 1] == 0x27 { q -= 1 }
        guard p - 2 - q >= 2, p - 2 - q <= 5, initials.contains(Array(t.b[q..<(p - 2)])) else { return false }
        p = q
        tokens += 1
    }
    var k = e
    while t[k] != 0x29 {
        t.work.step()
        guard tokens < 10, t[k] == 0x2C, t[k + 1] == 0x20 else { return false }
        var q = k + 2
        while q < k + 9, isUpperASCII(t[q]) || t[q] == 0x27 { q += 1 }
        guard q - k - 2 >= 2, q - k - 2 <= 5, initials.contains(Array(t.b[(k + 2)..<q])) else { return false }
        k = q
        tokens += 1
    }
    // (a group of people before the bracket: "The panel (JW, DA, IB)", not "both hubs (NY, SF)")
    guard tokens >= 1, p >= 3, t[p - 2] == 0x20, case let b = p - 2, case let a = t.letterRunStart(before: b), a < b else { return false }
    return groupsOfPeople.contains(t, a, b)
}
/// Groups of people named before a bracketed list of their initials: "The panel (JW, DA, IB)".
private let groupsOfPeople = WordSet([
    "panel", "committee", "interviewers", "governors", "members", "trustees", "attendees", "directors", "officers",
    "reviewers", "assessors", "judges", "panellists", "panelists", "authors", "signatories", "present",
])

/// Labels of a minute's action, whose value is its owner: "Action: TN".
private let actionLabels = WordSet([
    "action", "actions", "owner", "owners", "azione", "azioni", "actie", "acties", "acción", "acciones", "ação",
    "ações", "maßnahme", "verantwortlich", "responsable", "responsabile", "verantwoordelijke", "wer",
])

private let wordsBeforeInitials = WordSet([
    "by", "and", "with", "asked", "thanked", "to", "from", "door", "en", "met", "von", "und", "mit", "par", "et", "avec",
    "por", "y", "con", "e", "da", "com",
])

/// Acronyms that stand in running text as a person's initials could: skills, roles, units.
private let commonAcronyms = WordSet([
    "ai", "ml", "js", "ts", "qa", "ux", "ui", "hr", "pr", "it", "bi", "ci", "cd", "db", "os", "pm", "vp", "ok", "id",
    "uk", "us", "eu", "un", "tv", "pc", "ip", "ar", "vr", "ev", "gp", "ae", "am", "md", "mp", "ms", "dj", "hq",
    "ceo", "cto", "cfo", "coo", "cio", "api", "sql", "aws", "gcp", "sap", "crm", "erp", "seo", "kpi", "nhs", "bbc",
    // documents, degrees, roles and grades: "my CV", "BA in Psychology", "RN on Ward 7"
    "cv", "ba", "ma", "mba", "bs", "ms", "bsc", "msc", "be", "me", "btech", "mtech", "phd", "rn", "pa", "ta", "gm",
    "ca", "cs", "pe", "re", "ot", "ed", "iv", "dbs", "tl", "po", "sm", "sen", "gcse", "hnd", "nvq", "llb", "llm",
    "ey", "bt", "tcs", "hcl", "sbi", "ibm", "hp", "ge", "bp", "jp", "rbs", "hsbc", "kpmg", "pwc",
    // care, councils and finance: "CT scanner", "LA funding", "PD day", "FY25"
    "ct", "mri", "la", "pd", "fy", "sl", "pt", "ft", "qc", "dt", "st", "ss", "sw", "ps",
    // accounts payable and receivable, learning disability, Active Directory
    "ap", "ar", "ld", "ad",
])
