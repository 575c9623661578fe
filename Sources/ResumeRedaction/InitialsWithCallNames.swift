// A name written with the name its bearer goes by in brackets before the surname: after
// initials, as the Dutch write their call name ("W. (Willem) Smit", "A.M. (Annemiek) Dekker",
// "R.J. (Roel) van den Berg"), or after a given name ("Chukwuemeka (Emeka) Obi"). The shape,
// with a known given name in the brackets, names a person (no firm, place or title is written
// so), wherever it stands: in a table's cell, after "mr." or "ir.", in a panel's minutes.

/// Adds the names written as initials, a call name in brackets and a surname.
///
/// Linear: each "(" after a blank is read once, a bounded way each side.
func detectInitialsWithCallNames(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    var i = 0
    while i < t.count {
        i = try t.skip(from: i, to: StopBytes(0x28))
        guard i < t.count else { break }
        defer { i += 1 }
        guard i >= 3, t[i - 1] == 0x20 else { continue }
        // the initials: "W.", "A.M.", "R. J." (". (" before: they end there)
        var s = i - 1
        var n = 0
        while n < 5 && t[i - 2] == 0x2E {
            let dot = s - 1
            guard dot >= 1, t[dot] == 0x2E else { break }
            let letter = t.scalarStart(before: dot)
            guard t.isUppercaseLetter(at: letter), letter == 0 || !t.isLetter(at: t.scalarStart(before: letter)) else { break }
            s = letter
            n += 1
            if s >= 1, t[s - 1] == 0x20, s >= 2, t[s - 2] == 0x2E { s -= 1 } // "R. J."
        }
        t.work.add(i - s)
        if n == 0 {
            // or a given name before them: "Chukwuemeka (Emeka) Obi", "Catherine (Kate) Mulholland"
            guard t.isLetter(at: t.scalarStart(before: i - 1)) else { continue }
            let ws = t.letterRunStart(before: i - 1)
            guard ws < i - 2, t.isUppercaseLetter(at: ws), !t.isWordChar(before: ws),
                  !nonNameWords.contains(t, ws, i - 1), !sectionWords.contains(t, ws, i - 1) else { continue }
            s = ws
        } else if t[s] == 0x20 {
            s += 1
        }
        // the call name: a known given name, then ") " ("B. (Optional) Fields" is a form's item)
        let g = i + 1
        let ge = t.letterWordEnd(g)
        // (not one that is a place or a word: "Coca-Cola U.S. (Georgia) Headquarters")
        guard ge > g + 1, t.isUppercaseLetter(at: g), t[ge] == 0x29, t[ge + 1] == 0x20, givenNames.contains(t, g, ge),
              !ambiguousGiven.contains(t, g, ge) else { continue }
        // the surname: particles, then one or two capitalised words
        var k = ge + 2, words = 0, end = -1
        for _ in 0..<5 {
            let w = t.letterWordEnd(k)
            guard w > k else { break }
            if t.isUppercaseLetter(at: k) {
                // (after a given name, the surname is no ordinary word: "Engineering (Grace) Hall")
                if n == 0 && words == 0 && (nonNameWords.contains(t, k, w) || sectionWords.contains(t, k, w)) { break }
                words += 1
                end = w
                if words == 2 { break }
            } else if !particles.contains(t, k, w) || words > 0 {
                break
            }
            guard t[w] == 0x20, t.isLetter(at: w + 1) else { break }
            k = w + 1
        }
        t.work.add(max(end, k) - ge)
        guard end > 0 else { continue }
        out.append(Candidate(kind: .name, start: s, end: end))
        i = end - 1
    }
}
