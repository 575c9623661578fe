// National ids recognised without a label because their own check digits vouch for
// them: each scheme is a row of `checksummedIDSchemes` (a shape and a check), so a new
// country is data. Every scheme here is written in a shape ordinary text rarely has,
// and a random string of that shape passes the check at most once in 11 or 23 tries.
//
//   Brazil CPF        123.456.789-09            two mod-11 check digits
//   Italy codice fiscale RSSMRA85T10A562S        check letter (odd/even tables)
//   Spain DNI / NIE   12345678Z, X1234567L      mod-23 letter
//   France NIR        1 85 05 78 006 084 36     key = 97 - (number mod 97)
//   India Aadhaar     2345 6789 0124            Verhoeff check digit (grouped 4-4-4 only)
//   Australia TFN     123 456 782               weighted sum mod 11 (grouped 3-3-3 only)
//   Brazil PIS/NIS    120.39825.97-7            mod-11 check digit (formatted only)
//   India PAN         ABCPE1234F                no check digit: the shape itself (5 capitals, the
//                                               fourth the holder's type, 4 digits, a capital)

/// The end of a checksum-valid national id starting at `i` (at a word start), or nil.
func checksummedIDEnd(_ t: Text, at i: Int) -> Int? {
    t.work.add(5)
    // each of these ids starts with a digit or a capital: most words are neither; and after a
    // capital comes a capital (codice fiscale, PAN) or a digit (NIE), never a small letter
    guard isDigit(t[i]) || (isUpperASCII(t[i]) && !isLowerASCII(t[i + 1])) else { return nil }
    return cpfEnd(t, i) ?? codiceFiscaleEnd(t, i) ?? dniOrNIEEnd(t, i) ?? nirEnd(t, i) ?? aadhaarEnd(t, i) ?? panEnd(t, i)
        ?? tfnEnd(t, i) ?? pisEnd(t, i)
}

/// Australia's tax file number grouped "ddd ddd ddd", its weighted sum a multiple of 11;
/// not the tail of a longer digit group ("+48 512 345 678" is a phone number).
private func tfnEnd(_ t: Text, _ i: Int) -> Int? {
    guard !(t[i - 1] == 0x20 && (isDigit(t[i - 2]) || t[i - 2] == 0x29)), t[i - 1] != 0x2B,
          t.digitsEnd(i) == i + 3, t[i + 3] == 0x20, t.digitsEnd(i + 4) == i + 7, t[i + 7] == 0x20,
          t.digitsEnd(i + 8) == i + 11, endsThere(t, i + 11), !(t[i + 11] == 0x20 && isDigit(t[i + 12])) else { return nil }
    let d = digits(t, i, i + 11)
    let weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    guard Set(d).count > 1 else { return nil }
    return zip(d, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11 == 0 ? i + 11 : nil
}

/// Brazil's PIS/PASEP/NIS written "ddd.ddddd.dd-d", with its mod-11 check digit.
private func pisEnd(_ t: Text, _ i: Int) -> Int? {
    guard t.digitsEnd(i) == i + 3, t[i + 3] == 0x2E, t.digitsEnd(i + 4) == i + 9, t[i + 9] == 0x2E,
          t.digitsEnd(i + 10) == i + 12, t[i + 12] == 0x2D, t.digitsEnd(i + 13) == i + 14, endsThere(t, i + 14) else { return nil }
    let d = digits(t, i, i + 14)
    let weights = [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    guard Set(d).count > 1 else { return nil }
    let r = 11 - zip(d, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
    return (r >= 10 ? 0 : r) == d[10] ? i + 14 : nil
}

/// The holder types a PAN's fourth letter names (person, company, HUF, firm, AOP, trust, BOI, local authority,
/// artificial juridical person, government).
private let panHolderTypes = Set("PCHFATBLJG".utf8)

/// India's PAN: LLLLL DDDD L, the fourth letter a holder type.
private func panEnd(_ t: Text, _ i: Int) -> Int? {
    let e = i + 10
    guard e <= t.count, isUpperASCII(t[i]), isUpperASCII(t[i + 1]), endsThere(t, e) else { return nil }
    t.work.add(10)
    for k in 0..<5 where !isUpperASCII(t[i + k]) { return nil }
    guard panHolderTypes.contains(t[i + 3]), t.digitsEnd(i + 5) == i + 9, isUpperASCII(t[i + 9]) else { return nil }
    return e
}

/// Digits of `[s, e)` skipping the separators in `separators`; nil on any other byte.
private func digits(_ t: Text, _ s: Int, _ e: Int) -> [Int] {
    var out = [Int]()
    t.work.add(e - s)
    for k in s..<e where isDigit(t.b[k]) { out.append(Int(t.b[k] - 0x30)) }
    return out
}

/// Whether nothing id-like continues at `e` (a letter, a digit, or "-5"/".5").
private func endsThere(_ t: Text, _ e: Int) -> Bool {
    !isAlnumASCII(t[e]) && !t.isWordChar(at: e) && !((t[e] == 0x2D || t[e] == 0x2E || t[e] == 0x2F) && isAlnumASCII(t[e + 1]))
}

/// "ddd.ddd.ddd-dd" with both CPF check digits right (and not all digits equal).
private func cpfEnd(_ t: Text, _ i: Int) -> Int? {
    guard t.digitsEnd(i) == i + 3, t[i + 3] == 0x2E, t.digitsEnd(i + 4) == i + 7, t[i + 7] == 0x2E,
          t.digitsEnd(i + 8) == i + 11, t[i + 11] == 0x2D, t.digitsEnd(i + 12) == i + 14, endsThere(t, i + 14) else { return nil }
    let d = digits(t, i, i + 14)
    guard Set(d).count > 1 else { return nil }
    func check(_ n: Int) -> Int {
        var sum = 0
        for k in 0..<n { sum += d[k] * (n + 1 - k) }
        let r = (sum * 10) % 11
        return r == 10 ? 0 : r
    }
    return check(9) == d[9] && check(10) == d[10] ? i + 14 : nil
}

private let codiceLetterAt: Set<Int> = [0, 1, 2, 3, 4, 5, 8, 11, 15]
private let codiceOmocodia = Array("LMNPQRSTUV".utf8)
private let codiceOddValues: [Int] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]

/// Sixteen characters LLLLLL DD L DD L DDD L (omocodia letters allowed for digits) with the right check letter.
private func codiceFiscaleEnd(_ t: Text, _ i: Int) -> Int? {
    let e = i + 16
    // six capitals first: most words are not one
    guard isUpperASCII(t[i]), isUpperASCII(t[i + 1]), e <= t.count, endsThere(t, e) else { return nil }
    var chars = [UInt8]()
    t.work.add(16)
    for k in i..<e {
        let c = t[k]
        guard isUpperASCII(c) || isDigit(c) else { return nil }
        chars.append(c)
    }
    for (k, c) in chars.enumerated() {
        if codiceLetterAt.contains(k) { guard isUpperASCII(c) else { return nil } }
        else { guard isDigit(c) || codiceOmocodia.contains(c) else { return nil } }
    }
    let odd = codiceOddValues
    var sum = 0
    for k in 0..<15 {
        let c = chars[k]
        let v = isDigit(c) ? Int(c - 0x30) : Int(c - 0x41)
        sum += k % 2 == 0 ? odd[v] : v // positions 1, 3, … (odd, 1-based) use the odd table
    }
    return Int(chars[15] - 0x41) == sum % 26 ? e : nil
}

private let dniLetters = Array("TRWAGMYFPDXBNJZSQVHLCKE".utf8)

/// A Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), the letter checked.
private func dniOrNIEEnd(_ t: Text, _ i: Int) -> Int? {
    guard isDigit(t[i]) || t[i] == 0x58 || t[i] == 0x59 || t[i] == 0x5A else { return nil }
    let letters = dniLetters
    var number = 0
    var k = i
    if t[i] == 0x58 || t[i] == 0x59 || t[i] == 0x5A { // X Y Z
        number = Int(t[i] - 0x58)
        k += 1
        guard t.digitsEnd(k) == k + 7 else { return nil }
    } else {
        guard t.digitsEnd(k) == k + 8 else { return nil }
    }
    let d = t.digitsEnd(k)
    for q in k..<d { number = number * 10 + Int(t.b[q] - 0x30) }
    var l = d
    if t[l] == 0x2D { l += 1 }
    guard isUpperASCII(t[l]), endsThere(t, l + 1) else { return nil }
    return t[l] == letters[number % 23] ? l + 1 : nil
}

private let nirGroups = [1, 2, 2, 2, 3, 3, 2]

/// A French NIR: 15 digits (sex, year, month, department, commune, order, key), spaced
/// "1 85 05 78 006 084 36" or not, with the key right.
private func nirEnd(_ t: Text, _ i: Int) -> Int? {
    guard t[i] == 0x31 || t[i] == 0x32 else { return nil }
    let groups = nirGroups
    var k = i
    var spaced = false
    if t.digitsEnd(i) == i + 15 {
        k = i + 15
    } else {
        for (n, g) in groups.enumerated() {
            guard t.digitsEnd(k) == k + g else { return nil }
            k += g
            if n < groups.count - 1 {
                guard t[k] == 0x20 else { return nil }
                k += 1
            }
        }
        spaced = true
    }
    guard endsThere(t, k) || spaced && !isDigit(t[k + 1]) && !isAlnumASCII(t[k]) else { return nil }
    let d = digits(t, i, k)
    guard d.count == 15 else { return nil }
    var number = 0
    for q in 0..<13 { number = number * 10 + d[q] }
    let key = d[13] * 10 + d[14]
    return key == 97 - number % 97 ? k : nil
}

/// An Aadhaar number grouped "dddd dddd dddd" (first digit 2–9) with a valid Verhoeff digit, not
/// inside a longer run of four-digit groups.
private func aadhaarEnd(_ t: Text, _ i: Int) -> Int? {
    // not the tail of a longer run of four-digit groups (a 44-digit NF-e access key)
    guard !(i >= 6 && t[i - 1] == 0x20 && t.digitsEnd(i - 5) == i - 1 && !isDigit(t[i - 6])), t[i] >= 0x32, t[i] <= 0x39, t.digitsEnd(i) == i + 4, t[i + 4] == 0x20, t.digitsEnd(i + 5) == i + 9,
          t[i + 9] == 0x20, t.digitsEnd(i + 10) == i + 14, endsThere(t, i + 14), !(t[i + 14] == 0x20 && isDigit(t[i + 15])) else {
        return nil
    }
    return verhoeffValid(digits(t, i, i + 14)) ? i + 14 : nil
}

/// Whether the id at `i..<e` is an Aadhaar number ("dddd dddd dddd") with no Aadhaar or UID word on
/// its line or the line above ("2345 6789 0124 (Aadhaar)", "Documents: … Aadhaar …" over it).
func isAnUnlabelledAadhaarNumber(_ t: Text, _ i: Int, _ e: Int) -> Bool {
    guard e - i == 14, t[i + 4] == 0x20, t[i + 9] == 0x20 else { return false }
    let lines = t.lineFacts
    let line = lines.lineIndex(at: i)
    let (start, end) = lines.lineBounds(line, in: t)
    if t.containsWord(of: aadhaarWords, from: start, to: end) { return false }
    guard line > 0 else { return true }
    let (above, aboveEnd) = lines.lineBounds(line - 1, in: t)
    return !t.containsWord(of: aadhaarWords, from: above, to: aboveEnd)
}
private let aadhaarWords = WordSet(["aadhaar", "aadhar", "uid", "uidai", "आधार"])

/// The Verhoeff check over `d` (the last digit being the check digit).
func verhoeffValid(_ d: [Int]) -> Bool {
    let m: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    let p: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]
    var c = 0
    for (k, digit) in d.reversed().enumerated() { c = m[c][p[k % 8][digit]] }
    return c == 0
}
