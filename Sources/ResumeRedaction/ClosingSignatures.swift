// The writer's name under a letter's closing, in the ten locales' languages: "Kind regards,"
// then "Sarah O'Neill" on the next non-empty line, "Thanks, Marco", "Mit freundlichen Grüßen"
// then the name; not a team or a firm ("The Talent Team").

/// Lines of a letter's closing, after which the writer's name follows ("Kind regards,", "Mit
/// freundlichen Grüßen", "Atenciosamente,").
let closingPhrases = KeywordTable([
    "kind regards", "best regards", "warm regards", "warmest regards", "regards", "best wishes", "best",
    "many thanks", "thanks", "thank you", "cheers", "sincerely", "yours sincerely", "yours faithfully",
    "yours truly", "respectfully", "with thanks", "all the best", "thanks and regards", "thanks & regards",
    "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "viele grüße", "beste grüße",
    "liebe grüße", "herzliche grüße", "grüße", "cordialement", "bien cordialement", "bien à vous",
    "sincères salutations", "salutations", "atenciosamente", "cordialmente", "abraços", "abraço",
    "um abraço", "saudações", "obrigado", "obrigada", "saludos", "un saludo", "saludos cordiales", "atentamente",
    "un cordial saludo", "gracias", "cordiali saluti", "distinti saluti", "saluti", "un saluto", "grazie",
    "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "hartelijke groet", "groeten",
    "groet", "warm wishes", "with best regards", "with kind regards", "regards and thanks",
])

/// The writer's name after a letter's closing: "Kind regards,\nSarah O'Neill", "Thanks, Marco",
/// "Mit freundlichen Grüßen\n\nAnna Weber": one to four capitalised words starting the next
/// non-empty line (or following the closing's comma on its line), up to the line's end or a
/// delimiter; not a team or a firm ("The Talent Team").
func detectClosingSignatures(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    var i = 0
    while i < t.count {
        // closings start a line
        let lineStart = i
        let le = try t.lineEnd(i)
        i = le + 1
        let s = t.skipBlanks(lineStart)
        guard s < le, let n = closingPhrases.longestMatch(in: t, at: s), !t.isLetter(at: s + n) else { continue }
        // a closing ends its phrase: "Best," / "Thanks!" / "Mit freundlichen Grüßen" alone — not
        // "Best Paper, NeurIPS 2021" or "Best Buy"
        let after = t[s + n]
        let nameEndsTheLine: Bool = {
            // "Regards Priya" / "Thanks Tom": the name right after, ending its line
            guard after == 0x20, t.isUppercaseLetter(at: s + n + 1), let end = signatureNameEnd(t, s + n + 1) else { return false }
            return t.skipBlanks(end) >= le
        }()
        guard after == 0x2C || after == 0x21 || after == 0x2E || s + n >= le || t.skipBlanks(s + n) >= le || nameEndsTheLine else { continue }
        var p = s + n
        while p < le && (t[p] == 0x2C || t[p] == 0x21 || t[p] == 0x2E || isBlank(t[p])) { p += 1 }
        // the name after the comma on the same line, or on the next non-empty line
        if p >= le {
            // the next non-empty line, past at most one empty one ("\n" or "\r\n" line ends)
            var q = le
            for _ in 0..<4 {
                guard q < t.count, isLineBreak(t[q]) else { break }
                q = t.skipBlanks(q + 1)
            }
            p = q
        }
        // "(Priya Sharma)" under a declaration's closing
        if t[p] == 0x28 { p += 1 }
        guard p < t.count, t.isUppercaseLetter(at: p) else { continue }
        // "En Sevilla, a 4 de abril de 2025", "Madrid, 4 de abril de 2025": a letter's place and date
        // under its closing, not its writer (a line with a year: "Sem de Vries", "Con Papadopoulos",
        // "Per Nilsson" sign with given names that are also such words)
        let fw = t.letterWordEnd(p)
        if let end = signatureNameEnd(t, p), !(sentenceStartWords.contains(t, p, fw) && t.lineFacts.hasYear(at: p)),
           !namesAPlace(t, p, end) {
            out.append(Candidate(kind: .name, start: p, end: end))
        }
    }
}

/// One to four capitalised name words from `p`, ending its line or before a delimiter.
private func signatureNameEnd(_ t: Text, _ p: Int) -> Int? {
    var q = p, end = -1, words = 0
    while words < 4 {
        t.work.step()
        let w = t.letterWordEnd(q)
        guard w > q else { break }
        if t.isUppercaseLetter(at: q) {
            if nonNameWords.contains(t, q, w) || teamWords.contains(t, q, w) || companySuffixes.contains(t, q, w)
                || sectionWords.contains(t, q, w) || institutionWordsAfter.contains(t, q, w) { return nil }
            end = t[w] == 0x2E && w - q == t.scalar(at: q).length ? w + 1 : w
            words += 1
        } else if !(words > 0 && particles.contains(t, q, w)) {
            return nil
        }
        let n = t[end > 0 ? max(end, w) : w]
        if n == 0x20, t.isLetter(at: max(end, w) + 1) { q = max(end, w) + 1; continue }
        break
    }
    guard end > p else { return nil }
    // the name ends its line or a field
    let c = t[end]
    guard end >= t.count || c == 0x0A || c == 0x0D || c == 0x2C || c == 0x7C || c == 0x09 || c == 0x28 || c == 0x29
            || (c == 0x20 && (t[end + 1] == 0x7C || t[end + 1] == 0x2D || t[end + 1] == 0xE2 || t[end + 1] == 0x28 || t[end + 1] == 0x0A))
    else { return nil }
    return end
}
