// The authors of a publication, as a CV's publication list writes them: when one of them is a
// person already found (the candidate, most often), the others on that list are people too.
//
//   Vancouver:  "Pritchard-Evans S, Okoro T, Hughes DJ, McCrindle E (2024). …"
//   APA:        "Vermeulen, P.-J., de Groot, S. & Brouwer, H.A. (2022). …"
//   ABNT:       "CAMPOS, B. N.; ROSA, M.. Detecção de discurso …"
//   IEEE:       "[2] S. Muthukumar, R. S. Lakshmi Narayanan, and T. V. Vijayalakshmi, "…""
//
// An author is a surname (one to four words, capitalised or in capitals, particles such as
// "de", "van den" before it, hyphens inside) and initials: after a blank, one to three
// capitals ("DJ", Vancouver), or after a comma, capitals each with a full stop ("H.A.",
// "P.-J.", "A. C. P."). Authors are joined by ", ", "; ", " & ", " and ", " e ", " y ", " und ".
// A list is read from its line's start (past a number or bullet) in one of these forms, when a
// found person's name lies inside one of its authors, or, with no name found on the line, when it
// holds three authors or more and is shaped as a publication (a title and a journal, or a year
// in brackets, after it); every author of it is then a name.

/// Adds the authors of each publication list one of whose authors holds a name among `found`, and
/// of each list of three authors or more on a line with no name found that is shaped as a
/// publication (Vancouver: a title and a journal before the year; APA: the year in brackets).
///
/// Linear: each line is read once, whatever the number of names on it, and an author is
/// checked against the names of its own line only.
func detectAuthorLists(_ t: Text, found: [Candidate], into out: inout [Candidate]) throws(RedactionStopped) {
    // the names found, by line (the line facts read once: each access copies them)
    let lines = t.lineFacts
    var namesByLine = [Int: [Range<Int>]]()
    for c in found where c.kind == .name && c.start >= 0 && c.start < t.count {
        try t.work.tick()
        namesByLine[lines.lineIndex(at: c.start), default: []].append(c.start..<c.end)
    }
    // a list of three authors or more ending with a full stop, a year later on its line, is one
    // whoever they are ("Adeyinka ST, Kovacs L, Brennan-Cho BL. Therapy-related … Blood. 2023;…"; not
    // "Python JS, Java EE, Spring MVC."), on a line where no name was found
    for line in 0..<lines.lineCount where namesByLine[line] == nil {
        try t.work.tick()
        let (ls, le) = lines.lineBounds(line, in: t)
        let start = listStart(t, ls, le)
        // (a list starts with a surname and its initials: "Adeyinka ST,", "Vermeulen, P.-J.," — a
        // line whose first word is followed by neither is passed over at once)
        guard start < le, t.isUppercaseLetter(at: start), case let w = t.letterWordEnd(start), w > start,
              (t[w] == 0x20 && isUpperASCII(t[w + 1])) || (t[w] == 0x2C && t[w + 1] == 0x20 && isUpperASCII(t[w + 2]) && t[w + 3] == 0x2E)
                || t[w] == 0x2D || t[w] == 0x27
        else { continue }
        for style in [AuthorStyle.vancouver, .initialsAfterComma] {
            let authors = try readAuthors(t, from: start, to: le, style: style)
            // (APA: the year in brackets right after; Vancouver: a title and a journal, each ended by
            // a full stop, before the year)
            guard authors.count >= 3, let last = authors.last else { continue }
            if style == .initialsAfterComma {
                let b = t.skipBlanks(last.upperBound)
                guard t[b] == 0x28, t.isYear(at: b + 1) else { continue }
            } else {
                guard t[last.upperBound] == 0x2E, stopsBeforeAYear(t, last.upperBound + 1, le) >= 2 else { continue }
            }
            for a in authors { out.append(Candidate(kind: .name, start: a.lowerBound, end: a.upperBound)) }
            break
        }
    }
    // (in the text's order: the candidates come out the same in every run)
    for line in namesByLine.keys.sorted() {
        let names = namesByLine[line] ?? []
        let (ls, le) = lines.lineBounds(line, in: t)
        for style in [AuthorStyle.vancouver, .initialsAfterComma, .initialsFirst] {
            let authors = try readAuthors(t, from: listStart(t, ls, le), to: le, style: style)
            t.work.add(authors.count * names.count)
            guard authors.count >= 2,
                  authors.contains(where: { a in names.contains { $0.lowerBound >= a.lowerBound && $0.upperBound <= a.upperBound } })
            else { continue }
            for a in authors { out.append(Candidate(kind: .name, start: a.lowerBound, end: a.upperBound)) }
            break
        }
    }
}

/// The full stops followed by a blank in `from..<to` before its first year (19xx, 20xx); 0 when
/// no year stands there.
private func stopsBeforeAYear(_ t: Text, _ from: Int, _ to: Int) -> Int {
    var k = from, stops = 0
    while k < to {
        t.work.step()
        if isDigit(t[k]) {
            let d = t.digitsEnd(k)
            if d - k == 4, t.isYear(at: k) { return stops }
            k = d
        } else {
            if t[k] == 0x2E, t[k + 1] == 0x20 { stops += 1 }
            k += 1
        }
    }
    return 0
}

/// How a list writes an author's initials.
private enum AuthorStyle {
    /// "Okoro T", "Hughes DJ", "Colombo F.": one to three capitals after a blank, perhaps each with a
    /// full stop.
    case vancouver
    /// "Brouwer, H.A.", "de Groot, S.", "ROSA, M.", "VASCONCELOS, A. C. P.": after a comma,
    /// capitals each with a full stop, perhaps joined by a hyphen or a blank.
    case initialsAfterComma
    /// IEEE: "S. Muthukumar", "R. S. Lakshmi Narayanan", "J.-P. Martin": capitals each with a full
    /// stop before the surname.
    case initialsFirst
}

/// Authors a list has at most: a bound on the work for one line.
private let maxAuthorsPerList = 40

/// Where a list on the line `ls..<le` starts: past blanks and a list number or bullet ("1. ",
/// "[3] ", "• ", "- ").
private func listStart(_ t: Text, _ ls: Int, _ le: Int) -> Int {
    var i = t.skipBlanks(ls)
    if t[i] == 0x5B {
        var k = i + 1
        while k < le && isDigit(t[k]) { k += 1 }
        if k > i + 1 && t[k] == 0x5D { i = t.skipBlanks(k + 1) }
    } else if isDigit(t[i]) {
        var k = i
        while k < le && isDigit(t[k]) { k += 1 }
        if t[k] == 0x2E || t[k] == 0x29, t[k + 1] == 0x20 { i = t.skipBlanks(k + 1) }
    } else if t[i] == 0x2D || t[i] == 0x2A || (t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0xA2) {
        let n = t[i] == 0xE2 ? 3 : 1
        if t[i + n] == 0x20 { i = t.skipBlanks(i + n) }
    }
    return i
}

/// The authors read from `i` up to `le` in `style`, each as its range, until a text that is no
/// author or no joiner.
private func readAuthors(_ t: Text, from start: Int, to le: Int, style: AuthorStyle) throws(RedactionStopped) -> [Range<Int>] {
    var authors = [Range<Int>]()
    var i = start
    while authors.count < maxAuthorsPerList, i < le {
        try t.work.tick()
        let end: Int
        if style == .initialsFirst {
            guard let initialsEnd = leadingInitials(t, i, le), t[initialsEnd] == 0x20,
                  let e = try surname(t, initialsEnd + 1, le, mixedCase: true),
                  // a journal's abbreviations, no author: "J. Am. Chem. Soc."
                  t[e] != 0x2E || e - t.letterRunStart(before: e) > 4 else { break }
            end = e
        } else {
            guard let surnameEnd = try surname(t, i, le, mixedCase: style == .vancouver),
                  let e = initials(t, surnameEnd, le, style) else { break }
            end = e
        }
        authors.append(i..<end)
        guard let next = joiner(t, end, le) else { break }
        i = next
    }
    return authors
}

/// The end of a surname at `i`: one to four words, each capitalised or in capitals (a hyphen or
/// apostrophe inside: "Pritchard-Evans", "O'Neill", "McCrindle"), with lower-case particles
/// before the first ("de Groot", "van den Berg"); nil when there is none.
///
/// With `mixedCase` (Vancouver lists) each word has a small letter: "NHS UK", "TNO NL" are
/// bodies and countries, no authors.
private func surname(_ t: Text, _ i: Int, _ le: Int, mixedCase: Bool) throws(RedactionStopped) -> Int? {
    var k = i, words = 0, particlesSeen = 0
    while k < le, words < 4 {
        try t.work.tick()
        let e = t.letterWordEnd(k)
        guard e > k else { break }
        if !t.isUppercaseLetter(at: k) {
            // particles lead the surname ("de Groot") or join its words ("Sánchez-Arjona de la Torre",
            // "Ribeiro da Silva": a capitalised word after them)
            guard particlesSeen < 3, particles.contains(t, k, e), t[e] == 0x20 else { break }
            if words > 0 {
                var n = e + 1
                while n < le, !t.isUppercaseLetter(at: n), case let ne = t.letterWordEnd(n), ne > n, particles.contains(t, n, ne), t[ne] == 0x20 { n = ne + 1 }
                guard t.isUppercaseLetter(at: n) else { break }
            }
            particlesSeen += 1
            k = e + 1
            continue
        }
        // an Irish particle of one capital before the surname's word: "Ó Briain, N."
        if words == 0, particlesSeen < 3, e - k == t.scalar(at: k).length, t[k] >= 0x80, t[e] == 0x20,
           t.isUppercaseLetter(at: e + 1), particles.contains(t, k, e) {
            particlesSeen += 1
            k = e + 1
            continue
        }
        // a capitalised word of two letters or more (one capital is an initial)
        guard e - k > t.scalar(at: k).length else { break }
        if mixedCase {
            var q = k + t.scalar(at: k).length, small = false
            while q < e { if t.isLetter(at: q) && !t.isUppercaseLetter(at: q) { small = true; break }; q += t.scalar(at: q).length }
            t.work.add(q - k)
            guard small else { break }
        }
        words += 1
        k = e
        // another surname word follows a blank only when it is no run of initials, or a particle
        // joining it to one (read above)
        guard t[k] == 0x20, t.isUppercaseLetter(at: k + 1) ? !isInitialsRun(t, k + 1) : isLowerASCII(t[k + 1]) else { break }
        k += 1
    }
    guard words > 0 else { return nil }
    // back to the last word's end (not past a blank taken for a next word)
    while k > i && t[k - 1] == 0x20 { k -= 1 }
    return k
}

/// Whether capitals at `k` are a Vancouver author's initials: one to three capitals ending the
/// word, and no role's, country's or firm's letters ("CEO", "UK", "PLC").
private func isInitialsRun(_ t: Text, _ k: Int) -> Bool {
    var q = k
    while q < k + 4 && isUpperASCII(t[q]) { q += 1 }
    return q > k && q - k <= 3 && !isAlphaASCII(t[q]) && !lettersThatAreNoInitials.contains(t, k, q)
}

/// Capitals after a name that are no one's initials: roles, countries, legal forms.
let lettersThatAreNoInitials = WordSet([
    "ceo", "cto", "cfo", "coo", "cio", "vp", "svp", "evp", "hr", "it", "md", "gm", "pm", "uk", "us", "usa", "eu",
    "nl", "de", "fr", "es", "it", "br", "in", "au", "plc", "ltd", "llc", "inc", "ag", "bv", "nv", "sa", "se",
    "ab", "as", "gmbh", "spa", "srl", "sas", "un", "who", "nhs", "phd", "msc", "bsc", "mba",
])

/// The end of the initials after a surname ending at `e`, in `style`; nil when they are not there.
private func initials(_ t: Text, _ e: Int, _ le: Int, _ style: AuthorStyle) -> Int? {
    switch style {
    case .vancouver:
        guard t[e] == 0x20, isInitialsRun(t, e + 1) else { return nil }
        var q = e + 1
        while isUpperASCII(t[q]) { q += 1 }
        // "Colombo F.", "Oyelaran S.K.": each capital with a full stop (before a comma, a semicolon or
        // the next capital; a stop before a title is the list's end)
        if t[e + 2] == 0x2E {
            q = e + 1
            while q + 1 < le, isUpperASCII(t[q]), t[q + 1] == 0x2E, q < e + 7 { q += 2 }
            t.work.add(q - e)
            guard t[q] == 0x2C || t[q] == 0x3B else { return e + 2 <= le ? e + 2 : nil }
        }
        return q <= le ? q : nil
    case .initialsFirst:
        return nil
    case .initialsAfterComma:
        guard t[e] == 0x2C, t[e + 1] == 0x20 else { return nil }
        var q = e + 2, n = 0
        while q + 1 < le, isUpperASCII(t[q]), t[q + 1] == 0x2E, n < 5 {
            q += 2
            n += 1
            // "P.-J.", "A. C. P."
            if t[q] == 0x2D && isUpperASCII(t[q + 1]) && t[q + 2] == 0x2E { q += 1 }
            else if t[q] == 0x20 && isUpperASCII(t[q + 1]) && t[q + 2] == 0x2E { q += 1 }
        }
        t.work.add(q - e)
        return n > 0 ? q : nil
    }
}

/// The end of an IEEE author's initials at `i` ("S.", "R. S.", "J.-P."): one to four capitals, each
/// with a full stop, joined by a blank or a hyphen; nil when there is none.
private func leadingInitials(_ t: Text, _ i: Int, _ le: Int) -> Int? {
    var q = i, n = 0
    while q + 1 < le, isUpperASCII(t[q]), t[q + 1] == 0x2E, !t.isLetter(at: q + 2), n < 4 {
        q += 2
        n += 1
        if t[q] == 0x2D && isUpperASCII(t[q + 1]) && t[q + 2] == 0x2E { q += 1 }
        else if t[q] == 0x20 && isUpperASCII(t[q + 1]) && t[q + 2] == 0x2E { q += 1 }
        else { break }
    }
    t.work.add(q - i)
    guard n > 0 else { return nil }
    // back past a blank or hyphen taken for another initial that was not there
    while q > i && (t[q - 1] == 0x20 || t[q - 1] == 0x2D) { q -= 1 }
    return q
}

/// Where the next author starts after a joiner at `e` (", ", "; ", ";", " & ", ", & ", " and ",
/// " e ", " y ", " und "), or nil.
private func joiner(_ t: Text, _ e: Int, _ le: Int) -> Int? {
    var q = e
    if t[q] == 0x2C || t[q] == 0x3B { q += 1 }
    q = t.skipBlanks(q)
    if t[q] == 0x26 { q = t.skipBlanks(q + 1) }
    else {
        let w = t.letterWordEnd(q)
        if q > e, w > q, t[w] == 0x20, andWords.contains(t, q, w) { q = t.skipBlanks(w) }
    }
    return q > e && q < le && (t.isLetter(at: q)) ? q : nil
}

/// "and" in the ten locales' languages, as it joins a publication's last author, two people's given
/// names, a list's last item.
let andWords = WordSet(["and", "e", "y", "und", "et", "en"])
