// A person named right before their pronouns, as e-mail signatures, profiles and introductions
// write them: "Priya (she/her)", "Sam Okafor (they/them)", "Jordan Lee (he/him/his)". Pronouns
// in brackets say the capitalised words before them are a person's name, whatever the given name.

/// A man's, a woman's and neutral pronouns as people give theirs, in the ten locales' languages. A
/// man's and a woman's both in one bracket are a job ad's inclusive marker after a title
/// ("Accountmanager (hij/zij)", "Successful Candidate (he/she)", "Chef de Projet (il/elle)"), not
/// a person's own ("she/they" is one).
private let hisPronounWords = ["he", "him", "his", "hij", "hem", "il", "er", "ihm", "ele", "dele"]
private let herPronounWords = ["she", "her", "hers", "zij", "haar", "elle", "sie", "ihr", "ela", "dela"]
private let neutralPronounWords = ["they", "them", "their", "theirs", "ze", "zir", "xe", "xem", "iel"]
private let pronounWords = WordSet(hisPronounWords + herPronounWords + neutralPronounWords)
private let hisPronouns = WordSet(hisPronounWords)
private let herPronouns = WordSet(herPronounWords)

/// Who a programme pairs, before pronouns: "Mentee (she/her)".
private let menteeWords = WordSet(["mentee", "mentees", "trainee", "intern", "candidate", "applicant", "student", "participant"])

/// Words before pronouns that name no one: "Pronouns (she/her)", "Preferred pronouns (he/him)".
private let wordsBeforePronounsNamingNoOne = WordSet(["pronouns", "pronomen", "pronoms", "pronombres", "pronomes", "preferred"])

/// Adds the one to three capitalised words right before pronouns in brackets, starting their line
/// or a field: "Priya (she/her)".
///
/// Linear: only the lines holding a "/" after a "(" are read (`LineFacts`), each once; each "("
/// with at most three pronouns after it and three words before it.
func detectNamesBeforePronouns(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    let lines = t.lineFacts
    for line in 0..<lines.lineCount where lines.holdsASlashAfterABracket(line: line) {
        try t.work.tick()
        let (ls, le) = lines.lineBounds(line, in: t)
        var i = ls
        while i < le {
            i = try t.skip(from: i, to: StopBytes(0x28))
            guard i < le else { break }
            try t.work.tick()
            defer { i += 1 }
            readPronouns(t, at: i, into: &out)
        }
    }
}

/// Adds the name before the pronouns in brackets at `i` ("(" there), if they are pronouns.
private func readPronouns(_ t: Text, at i: Int, into out: inout [Candidate]) {
    // two or three pronouns joined by "/": "(she/her)", "(he/him/his)"
    var k = i + 1, pronouns = 0, his = false, her = false
    while pronouns < 3 {
        let we = t.letterWordEnd(k)
        guard we > k, pronounWords.contains(t, k, we) else { break }
        pronouns += 1
        if hisPronouns.contains(t, k, we) { his = true } else if herPronouns.contains(t, k, we) { her = true }
        k = we
        guard t[k] == 0x2F else { break }
        k += 1
    }
    guard pronouns >= 2, t[k] == 0x29, !(his && her) else { return }
    // one to three capitalised words right before the bracket
    let end = t.skipBlanksBack(i)
    guard end < i else { return }
    var p = end, start = -1, words = 0
    while words < 3, p > 0 {
        t.work.step()
        let ws = t.letterRunStart(before: p, hyphens: true, apostrophes: true)
        guard ws < p, t.isUppercaseLetter(at: ws) else { break }
        if wordsBeforePronounsNamingNoOne.contains(t, ws, p) || nonNameWords.contains(t, ws, p) { break }
        // (a role or a department is no one: "Onboarding Buddy (they/them)", "Talent Acquisition (sie/ihr)")
        if personRoleNouns.contains(t, ws, p) || departmentWords.contains(t, ws, p) || sentenceStartWords.contains(t, ws, p)
            || menteeWords.contains(t, ws, p) { start = -1; break }
        // (a firm or an institution is no one: "Acme Studio (they/them)" names a team's account)
        if institutionWordsAfter.contains(t, ws, p) { start = -1; break }
        start = ws
        words += 1
        guard ws > 1, t[ws - 1] == 0x20 else { break }
        p = ws - 1
    }
    // the name starts its line or a field (after a comma, a colon or a dash), as signatures and
    // profiles write it; not a sentence's words ("Each Mentee (she/her)")
    guard start >= 0 else { return }
    let b = t.skipBlanksBack(start)
    guard b == 0 || isLineBreak(t[b - 1]) || t[b - 1] == 0x2C || t[b - 1] == 0x3A || t[b - 1] == 0x2D || t[b - 1] == 0x94 || t[b - 1] == 0x93
    else { return }
    out.append(Candidate(kind: .name, start: start, end: end))
}
