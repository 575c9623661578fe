// A Dutch citizen service number (BSN) written without its label, as Dutch CVs put it in
// the personal-data line: "Den Burg · 14-02-1972 · 183016610 · rijbewijs B",
// "Pieter-Jan de Vries | 06-87654321 | 390996038". Nine digits pass the BSN's eleven test
// by chance one time in eleven, so the number is taken only in a document read as Dutch, on
// a line that holds other personal data already found, and not after a firm's label (an
// RSIN, a KvK number).

/// Adds the unlabelled BSNs of `t` when `regions` puts the document in the Netherlands first:
/// nine digits ("183016610", or "1830.16.610"), passing the eleven test, on a line where `found`
/// holds a phone, an e-mail address, a date of birth, a name or an address.
///
/// Linear: the candidates are read once (their lines noted), the text's digits once.
func detectUnlabelledBSNs(_ t: Text, regions: [String], found: [Candidate], into out: inout [Candidate]) throws(RedactionStopped) {
    guard regions.first == "NL" else { return }
    var personalLines = Set<Int>()
    for c in found where c.kind != .nationalID && c.kind != .url && c.kind != .card && c.start < t.count {
        t.work.step()
        personalLines.insert(t.lineFacts.lineIndex(at: max(c.start, 0)))
    }
    guard !personalLines.isEmpty else { return }
    var i = 0
    while i < t.count {
        i = try t.skip(from: i, to: .digits)
        guard i < t.count else { break }
        let e = bsnEnd(t, i)
        defer { i = max(e ?? t.digitsEnd(i), i + 1) }
        guard let e, personalLines.contains(t.lineFacts.lineIndex(at: i)), !followsCompanyIDLabel(t, i) else { continue }
        out.append(Candidate(kind: .nationalID, start: i, end: e))
    }
}

/// The end of a BSN at `i`: nine digits alone (no digit, letter, "+", "-", "." or "/" joined to
/// them) or "dddd.dd.ddd", not all one digit, whose weighted sum (9 to 2, the last digit -1) is
/// a multiple of 11; nil otherwise.
private func bsnEnd(_ t: Text, _ i: Int) -> Int? {
    let p = t[i - 1]
    guard i == 0 || !(isAlnumASCII(p) || p == 0x2B || p == 0x2D || p == 0x2E || p == 0x2F) else { return nil }
    var e = t.digitsEnd(i)
    var d: [Int]
    if e - i == 9 {
        d = (i..<e).map { Int(t.b[$0] - 48) }
    } else if e - i == 4, t[e] == 0x2E, t.digitsEnd(e + 1) == e + 3, t[e + 3] == 0x2E, t.digitsEnd(e + 4) == e + 7 {
        d = (i..<(e + 7)).filter { isDigit(t.b[$0]) }.map { Int(t.b[$0] - 48) }
        e += 7
    } else {
        return nil
    }
    t.work.add(e - i)
    let n = t[e]
    guard !isAlnumASCII(n), !((n == 0x2D || n == 0x2E || n == 0x2F) && isDigit(t[e + 1])), Set(d).count > 1 else { return nil }
    var sum = 0
    for k in 0..<8 { sum += d[k] * (9 - k) }
    sum -= d[8]
    return sum % 11 == 0 ? e : nil
}
