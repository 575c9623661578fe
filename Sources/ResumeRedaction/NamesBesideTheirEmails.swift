// A person named right before an e-mail address made of their name: "write to our
// recruiter, Kelsey Park (kelsey.park@example.com)", "Dana Okafor – d.okafor@…". The
// address vouches for the surname before it, even one that is also a word ("Park").

/// Adds the names standing right before e-mail addresses whose local part spells them.
///
/// For each e-mail candidate in `emails`: its local part, cut at `.`, `_` and `-`, must be two
/// to four parts of letters; the capitalised words right before the address (past a few bytes
/// of `(`, `<`, blanks, `:`, `,` or a dash) must spell them in order, each word equal to its
/// part (ASCII, any case), the first also as its initial alone ("k.park"); and the first word
/// must be a known given name that is no word or place, and no word may name a team or an
/// institution (a team's mailbox, "Sales Team (sales.team@…)", "Sydney Office <…>", is no one). Each address is read once, and
/// the words before it at most as far as its local part is long: linear.
func detectNamesBeforeTheirEmails(_ t: Text, emails: [Candidate], into out: inout [Candidate]) throws(RedactionStopped) {
    for email in emails where email.kind == .email {
        try t.work.tick()
        guard let parts = localParts(t, email.start, email.end) else { continue }
        // back over the bytes between the name and the address
        var p = email.start
        var gap = 0
        while p > 0, gap < 4, case let c = t.b[p - 1], c == 0x28 || c == 0x3C || isBlank(c) || c == 0x3A || c == 0x2C || c == 0x2D {
            p -= 1
            gap += 1
        }
        if gap < 4, p >= 3, t.b[p - 3] == 0xE2, t.b[p - 2] == 0x80, t.b[p - 1] == 0x93 || t.b[p - 1] == 0x94 { // – —
            p = t.skipBlanksBack(p - 3)
        }
        guard p < email.start, p > 0 else { continue }
        // the words before, last first, against the parts, last first
        var end = p, start = -1
        var matched = true
        for (n, part) in parts.enumerated().reversed() {
            let ws = t.letterRunStart(before: end)
            guard ws < end, t.isUppercaseLetter(at: ws), spells(t, ws, end, part, initialAllowed: n == 0) else {
                matched = false
                break
            }
            start = ws
            if n > 0 {
                guard ws > 0, t.b[ws - 1] == 0x20 else { matched = false; break }
                end = ws - 1
            }
        }
        // a person's mailbox, not a team's or an office's ("Sales Team (sales.team@…)", "Sydney
        // Office <…>", "Hope Foundation <…>", "Customer Service – c.service@…"): the first word is a
        // known given name that is no word or place, and no word names a team or an institution
        // (the address vouches for the surname, a word or not)
        let fe = t.letterWordEnd(start)
        guard matched, start >= 0, start == 0 || !t.isWordChar(before: start),
              givenNames.contains(t, start, fe), !ambiguousGiven.contains(t, start, fe),
              !namesATeamOrInstitution(t, start, p) else { continue }
        out.append(Candidate(kind: .name, start: start, end: p))
    }
}

/// The local part of the address `t[s..<e]` cut at `.`, `_`, `-` into two to four parts of
/// ASCII letters (lowercased), or nil.
private func localParts(_ t: Text, _ s: Int, _ e: Int) -> [[UInt8]]? {
    var parts = [[UInt8]](), part = [UInt8]()
    var k = s
    while k < e, t.b[k] != 0x40 {
        t.work.step()
        let c = t.b[k]
        if c == 0x2E || c == 0x5F || c == 0x2D {
            guard !part.isEmpty, parts.count < 4 else { return nil }
            parts.append(part)
            part = []
        } else if isAlphaASCII(c) {
            part.append(lowerASCII(c))
        } else {
            return nil
        }
        k += 1
    }
    guard k < e, !part.isEmpty else { return nil }
    parts.append(part)
    return parts.count >= 2 && parts.count <= 4 ? parts : nil
}

/// Whether a word of `t[s..<e]` names a team, a firm or an institution ("Office", "Recruiting",
/// "Foundation", "School").
func namesATeamOrInstitution(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    t.containsWord(of: teamWords, from: s, to: e) || t.containsWord(of: institutionNouns, from: s, to: e)
        || t.containsWord(of: companySuffixes, from: s, to: e)
}

/// Whether the word `t[s..<e]` is `part` (ASCII, any case), or its initial when `initialAllowed`
/// and `part` is one letter (the first part only: "k.park" for "Kelsey Park").
private func spells(_ t: Text, _ s: Int, _ e: Int, _ part: [UInt8], initialAllowed: Bool) -> Bool {
    t.work.add(e - s)
    if part.count == 1 { return initialAllowed && lowerASCII(t.b[s]) == part[0] }
    guard e - s == part.count else { return false }
    for (q, c) in part.enumerated() where lowerASCII(t.b[s + q]) != c { return false }
    return true
}
