import ResumeTestSupport
import Testing
@testable import ResumeRedaction

/// The run and word ends `Text` precomputes are those of the plain scans they stand for.
@Suite struct TextIndexTests {
    /// The scans, one byte or character at a time.
    private func naiveWordEnd(_ t: Text, _ i: Int) -> Int {
        guard i >= 0, i < t.count, t.isLetter(at: i) else { return i }
        var j = i
        while true {
            if j < t.count && t.isLetter(at: j) { j += t.scalar(at: j).length; continue }
            if (t[j] == 0x27 || t[j] == 0x2D) && t.isLetter(at: j + 1) { j += 1; continue }
            if t[j] == 0xE2 && t[j + 1] == 0x80 && t[j + 2] == 0x99 && t.isLetter(at: j + 3) { j += 3; continue }
            return j
        }
    }

    private func naiveRunEnd(_ t: Text, _ i: Int, _ inRun: (UInt8) -> Bool) -> Int {
        guard i >= 0, i < t.count, inRun(t.b[i]) else { return i }
        var j = i
        while j < t.count && inRun(t.b[j]) { j += 1 }
        return j
    }

    @Test func precomputedEndsMatchTheScans() {
        var rng = SplitMix64(seed: 5)
        let pieces = ["a", "Z", "é", "Ω", "ß", "’", "'", "-", "1", "٣", "Ⅻ", " ", "\t", "\n", ".", "😀", "中", "x-", "-y", "\u{301}"]
        for _ in 0..<300 {
            let text = (0..<(1 + Int(rng.next() % 40))).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            let t = Text(text)
            for i in -1...(t.count + 1) {
                #expect(t.letterWordEnd(i) == naiveWordEnd(t, i), "\(text) at \(i)")
                #expect(t.digitsEnd(i) == naiveRunEnd(t, i, isDigit), "\(text) at \(i)")
                #expect(t.asciiWordEnd(i) == naiveRunEnd(t, i, isAlphaASCII), "\(text) at \(i)")
                #expect(t.skipBlanks(i) == naiveRunEnd(t, i, isBlank), "\(text) at \(i)")
                var back = i
                if i > 0 && i <= t.count { while back > 0 && isBlank(t.b[back - 1]) { back -= 1 } }
                #expect(t.skipBlanksBack(i) == back, "\(text) at \(i)")
                var start = min(max(i, 0), t.count)
                while start < t.count && !(isAlphaASCII(t.b[start]) && !t.isWordChar(before: start)) { start += 1 }
                #expect((try? t.nextASCIIWordStart(from: i)) == start, "\(text) at \(i)")
            }
        }
    }

    /// A WordSet answers as the set of the words' lowercased forms, whatever the case and
    /// script of the text's word.
    /// `skip(from:to:)`, eight bytes at a time, stops where the byte-at-a-time scan stops, and
    /// counts the same steps.
    @Test func stopBytesStopWhereTheScanStops() {
        var rng = SplitMix64(seed: 41)
        let alphabet = Array("aZ09/:@+(|-. \n".utf8) + [0x7F, 0x80, 0xBA, 0xC3, 0xE2, 0xFF]
        let stops: [(StopBytes, (UInt8) -> Bool)] = [
            (StopBytes(0x40), { $0 == 0x40 }),
            (StopBytes(0x3A), { $0 == 0x3A }),
            (.digits, isDigit),
            (StopBytes(0x2B, 0x28, digits: true), { isDigit($0) || $0 == 0x2B || $0 == 0x28 }),
            (StopBytes(0x0A, 0xE2, 0x7C), { $0 == 0x0A || $0 == 0xE2 || $0 == 0x7C }),
        ]
        for _ in 0..<400 {
            // long stretches without a stop byte too, across the 256-byte checkpoints
            let n = Int(rng.next() % 700)
            let sparse = rng.next() % 2 == 0
            let bytes = (0..<n).map { _ in sparse && rng.next() % 40 != 0 ? UInt8(0x61) : alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            let t = Text(String(decoding: bytes, as: UTF8.self))
            for (set, stopsAt) in stops {
                for i in [-1, 0, 1, 7, 8, 9, t.count / 2, t.count - 1, t.count] {
                    let before = t.work.steps
                    let fast = try? t.skip(from: i, to: set)
                    let fastSteps = t.work.steps - before
                    let slow = try? t.skip(from: i) { _, c in !stopsAt(c) }
                    #expect(fast == slow, "\(bytes) from \(i)")
                    #expect(fastSteps == t.work.steps - before - fastSteps, "\(bytes) from \(i)")
                }
            }
        }
    }

    @Test func wordSetLooksUpLowercasedWords() {
        let words = ["straße", "téléphone", "tél", "müller", "ΣΟΦΙΑ", "σοφια", "kelvin", "i̇stanbul", "adresse", "e", "ñ"]
        let set = WordSet(words)
        let reference = Set(words.map { $0.lowercased() })
        var rng = SplitMix64(seed: 9)
        let pieces = ["s", "S", "t", "é", "É", "l", "ß", "ẞ", "e", "E", "Σ", "σ", "ς", "K", "\u{212A}", "İ", "i", "ñ", "Ñ", "ü", "Ü",
                      "m", "r", "a", "d", "ph", "on", "tra", "elvin", "ofia", "stanbul"]
        var tried = words + words.map { $0.uppercased() } + ["STRASSE", "Téléphone", "MÜLLER", "\u{212A}elvin", "İstanbul"]
        for _ in 0..<3000 {
            tried.append((0..<(1 + Int(rng.next() % 4))).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined())
        }
        for w in tried {
            let t = Text("(" + w + ")")
            #expect(set.contains(t, 1, t.count - 1) == reference.contains(w.lowercased()), "\(w)")
        }
    }

    /// Long ASCII words too (hashed eight bytes at a time), in any case, read in place
    /// anywhere in a text: with bytes after them and at its very end.
    @Test func wordSetLooksUpLongWordsAnywhere() {
        var rng = SplitMix64(seed: 17)
        let letters = Array("abcdefghijklmnopqrstuvwxyz-'.@[`{".utf8)
        func word(_ n: Int) -> [UInt8] { (0..<n).map { _ in letters[Int(rng.next() % UInt64(letters.count))] } }
        let words = (1...30).flatMap { n in [word(n), word(n)] }
        let set = WordSet(words.map { String(decoding: $0, as: UTF8.self) })
        let reference = Set(words)
        for _ in 0..<4000 {
            var w = words[Int(rng.next() % UInt64(words.count))]
            switch rng.next() % 4 {
            case 0: w[Int(rng.next() % UInt64(w.count))] = letters[Int(rng.next() % UInt64(letters.count))]
            case 1: w.append(letters[Int(rng.next() % UInt64(letters.count))])
            case 2 where w.count > 1: w.removeLast()
            default: break
            }
            let shown = w.map { rng.next() % 2 == 0 && isLowerASCII($0) ? $0 - 0x20 : $0 }
            let before = word(Int(rng.next() % 9)), after = word(Int(rng.next() % 9))
            let t = Text(String(decoding: before + shown + after, as: UTF8.self))
            #expect(set.contains(t, before.count, before.count + w.count) == reference.contains(w), "\(w)")
        }
    }

    /// KeywordTable finds the longest keyword at a position, as trying each keyword would.
    @Test func keywordTableFindsTheLongestKeyword() {
        let keywords = ["tel", "tel.", "telefon", "telephone", "t", "mob", "mobile", "m.", "ph", "phone", "no", "nr.", "né", "née", "x"]
        let table = KeywordTable(keywords)
        var rng = SplitMix64(seed: 23)
        let pieces = ["t", "T", "e", "l", ".", "o", "n", "p", "h", "m", "b", "i", "x", "é", "r", " ", "f"]
        for _ in 0..<3000 {
            let text = (0..<(1 + Int(rng.next() % 10))).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            let t = Text(text)
            for i in 0..<t.count {
                let naive = keywords.map { Array($0.utf8) }.filter { k in
                    i + k.count <= t.count && k.indices.allSatisfy { lowerASCII(t.b[i + $0]) == k[$0] }
                }.map(\.count).max()
                #expect(table.longestMatch(in: t, at: i) == naive, "\(text) at \(i)")
            }
        }
    }

    /// titleCased's byte-at-a-time path for ASCII names is its Character path.
    @Test func titleCasedASCIIIsTheCharacterPath() {
        func reference(_ s: String) -> String {
            var out = ""
            var startOfWord = true
            for ch in s {
                if ch.isLetter {
                    out += startOfWord ? ch.uppercased() : ch.lowercased()
                    startOfWord = false
                } else {
                    out.append(ch)
                    startOfWord = ch == " " || ch == "-" || ch == "'" || ch == "’"
                }
            }
            return out
        }
        var rng = SplitMix64(seed: 31)
        let pieces = ["a", "Z", "mc", "O", "'", "-", " ", ".", "\r\n", "\n", "1", "x", "DE", "la", "\t", "_"]
        for _ in 0..<2000 {
            let s = (0..<Int(rng.next() % 12)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            #expect(titleCased(s) == reference(s), "\(s)")
        }
    }

    /// The property table for common scalars agrees with the Unicode properties.
    @Test func scalarFlagsAreTheUnicodeProperties() {
        for v in stride(from: 0, to: 0x3100, by: 1) {
            guard let u = Unicode.Scalar(UInt32(v)) else { continue }
            let p = u.properties
            let f = scalarFlags(u)
            #expect((f & alphabeticFlag != 0) == p.isAlphabetic)
            #expect((f & numericFlag != 0) == (p.numericType != nil))
            #expect((f & uppercaseFlag != 0) == p.isUppercase)
        }
    }
}
