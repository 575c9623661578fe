// Byte-level helpers shared by the detectors. Everything works on the UTF-8 bytes
// of the input; offsets are byte offsets. Out-of-range reads return 0 (NUL), which
// belongs to no character class, so scanners need fewer bounds checks.

@inline(__always) func isDigit(_ c: UInt8) -> Bool { c &- 48 < 10 }
@inline(__always) func isUpperASCII(_ c: UInt8) -> Bool { c &- 65 < 26 }
@inline(__always) func isLowerASCII(_ c: UInt8) -> Bool { c &- 97 < 26 }
@inline(__always) func isAlphaASCII(_ c: UInt8) -> Bool { (c | 0x20) &- 97 < 26 }
@inline(__always) func isAlnumASCII(_ c: UInt8) -> Bool { isDigit(c) || isAlphaASCII(c) }
@inline(__always) func lowerASCII(_ c: UInt8) -> UInt8 { isUpperASCII(c) ? c | 0x20 : c }
/// Space or tab (not a line break).
@inline(__always) func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
@inline(__always) func isLineBreak(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D }

/// A candidate entity found by one detector, before overlap resolution.
struct Candidate {
    var kind: PIIKind
    var start: Int
    var end: Int
}

/// `byteFacts` bit: a digit (a byte of a run of digits).
private let digitRunBit: UInt8 = 1
/// `byteFacts` bit: an ASCII letter (a byte of a run of ASCII letters).
private let asciiLetterBit: UInt8 = 2
/// `byteFacts` bit: a blank (a byte of a run of blanks).
private let blankRunBit: UInt8 = 4
/// `byteFacts` bits: the runs `Text.runEnd` reads, one bit each, so that two bytes are of one
/// run exactly when their facts share one of these bits.
private let runBits: UInt8 = digitRunBit | asciiLetterBit | blankRunBit
/// `byteFacts` bit: an ASCII letter or digit.
private let asciiAlnumBit: UInt8 = 8
/// `byteFacts` bit: a byte after which a letter's word end needs the general rule (a non-ASCII
/// byte, `'`, `-`); `asciiLetterBit << 3`.
private let joinsWordsBit: UInt8 = 16
/// `byteFacts` bit: a non-ASCII byte.
private let nonASCIIBit: UInt8 = 32

/// What `Text.init`'s pass asks of each byte, as bits (`runBits`, `asciiAlnumBit`,
/// `joinsWordsBit`, `nonASCIIBit`), looked up once per byte.
private let byteFacts: [UInt8] = (0...255).map { (v: Int) -> UInt8 in
    let c = UInt8(v)
    var f: UInt8 = isDigit(c) ? digitRunBit : isAlphaASCII(c) ? asciiLetterBit : isBlank(c) ? blankRunBit : 0
    if isAlnumASCII(c) { f |= asciiAlnumBit }
    if c >= 0x80 || c == 0x27 || c == 0x2D { f |= joinsWordsBit }
    if c >= 0x80 { f |= nonASCIIBit }
    return f
}

/// The bytes a scan stops at (`Text.skip(from:to:)`): up to three given bytes, and the digits
/// or the bytes that start a UTF-8 sequence of two bytes or more when asked, tested eight bytes
/// at a time.
struct StopBytes {
    /// Each given byte in all eight bytes of a word (the first one again for a missing one).
    private let first: UInt64, second: UInt64, third: UInt64
    private let digits: Bool
    /// Whether the bytes from 0xC0 stop the scan (a sequence's first byte, or a byte no UTF-8 holds).
    private let leadBytes: Bool
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// `byte`, `second` and `third` when given, the digits when `digits`, and the bytes from
    /// 0xC0 when `leadBytes`.
    @inline(__always) init(_ byte: UInt8, _ second: UInt8? = nil, _ third: UInt8? = nil, digits: Bool = false,
                           leadBytes: Bool = false) {
        first = Self.ones &* UInt64(byte)
        self.second = Self.ones &* UInt64(second ?? byte)
        self.third = Self.ones &* UInt64(third ?? byte)
        self.digits = digits
        self.leadBytes = leadBytes
    }

    /// The digits and nothing else.
    @inline(__always) static var digits: StopBytes { StopBytes(0x30, digits: true) }

    /// Whether `c` is one of the bytes.
    @inline(__always) func contains(_ c: UInt8) -> Bool {
        let word = Self.ones &* UInt64(c)
        return (digits && isDigit(c)) || (leadBytes && c >= 0xC0) || word == first || word == second || word == third
    }

    /// The high bit of each byte of `word` (eight bytes, the first in the low bits) that is one
    /// of the bytes; each byte tested on its own, so no other bit is set.
    @inline(__always) func found(in word: UInt64) -> UInt64 {
        var found = Self.zeroBytes(word ^ first) | Self.zeroBytes(word ^ second) | Self.zeroBytes(word ^ third)
        if digits {
            // per byte below 0x80 (no carry crosses a byte): high bit set from '0', and from ':'
            let low = word & Self.lowBits
            let fromZero = low &+ Self.ones &* (0x80 - 0x30), pastNine = low &+ Self.ones &* (0x80 - 0x3A)
            found |= fromZero & ~pastNine & ~word & Self.highBits
        }
        // per byte: its high bit and the bit below it (shifted up within the byte; the bit that
        // crosses into the next byte lands in its lowest bit, which the mask drops)
        if leadBytes { found |= word & (word << 1) & Self.highBits }
        return found
    }

    /// The high bit of each zero byte of `x`.
    @inline(__always) private static func zeroBytes(_ x: UInt64) -> UInt64 {
        // per byte: high bit set when its low seven bits are not all zero (no carry crosses a byte)
        ~(((x & lowBits) &+ lowBits) | x) & highBits
    }
}

/// Facts about one text that more than one detector reads, each computed once.
///
/// Owned by one `Text`, read and written only on the thread running its redaction.
final class TextMemo {
    var lineFacts: LineFacts?
}

/// The input as UTF-8 bytes with a few classification helpers, and the step counter of the
/// redaction that reads it.
///
/// The ends of digit runs, ASCII-letter runs, blank runs and letter words, and the next word
/// start of every position, are computed once, in one backward pass over the bytes, so
/// `digitsEnd`, `asciiWordEnd`, `skipBlanks`, `skipBlanksBack`, `letterWordEnd` and
/// `nextASCIIWordStart` cost one step wherever they are asked: a detector that asks them from
/// every position of a long run stays linear.
struct Text {
    let b: [UInt8]
    let count: Int
    /// Counts the steps of the detectors reading this text and polls the stop condition.
    let work: RedactionWork
    /// The memory of `bytes` and the offset tables below, kept alive as long as this text.
    private let tables: TextTables
    /// The bytes of `b`, read without an array's bounds check (`tables.bytes`).
    private let bytes: UnsafePointer<UInt8>
    /// For a byte in a run of digits, of ASCII letters or of blanks: the end of that run (for
    /// any other byte, the byte after it: a run of its own). `count` entries.
    private let runEnd: UnsafePointer<Int32>
    /// For each run's end (`runEnd` of its bytes), the run's start. `count + 1` entries.
    private let runStartByEnd: UnsafePointer<Int32>
    /// `letterWordEnd(i)` for every `i` in `0...count`.
    private let wordEnd: UnsafePointer<Int32>
    /// `nextASCIIWordStart(from: i)` for every `i` in `0...count`, filled in the pass that fills
    /// `wordEnd`.
    private let asciiWordStarts: UnsafePointer<Int32>
    /// What detectors compute about the whole text on first need and share.
    private let memo = TextMemo()

    /// The text's lines and what each holds (see `LineFacts`), computed at the first call.
    var lineFacts: LineFacts {
        if let facts = memo.lineFacts { return facts }
        let facts = LineFacts(self)
        memo.lineFacts = facts
        return facts
    }

    /// The bytes of `string`, counted by a fresh counter that never stops.
    init(_ string: String) {
        do {
            try self.init(string, work: RedactionWork())
        } catch {
            preconditionFailure("a counter without a stop condition never stops")
        }
    }

    /// The bytes of `string`, counted by `work`; stops when `work` says so.
    ///
    /// One pass, backwards (a run's and a word's end only depend on the bytes further right),
    /// a step per byte, the stop condition polled every 256.
    init(_ string: String, work: RedactionWork) throws(RedactionStopped) {
        let b = Array(string.utf8)
        let count = b.count
        precondition(count < Int(Int32.max), "texts of 2 GiB and more are not supported")
        self.b = b
        self.count = count
        self.work = work
        work.add(count)

        let tables = TextTables(b)
        // wordEnd[p] is where the letter-word scan from p stops (see `letterWordEnd`)
        tables.wordEnd[count] = Int32(count)
        try byteFacts.withUnsafeBufferPointer { (facts) throws(RedactionStopped) in
            let b = UnsafeBufferPointer(start: UnsafePointer(tables.bytes), count: count)
            let runEnd = tables.runEnd, runStartByEnd = tables.runStartByEnd
            let wordEnd = tables.wordEnd, wordStarts = tables.asciiWordStarts
            // carried from the byte after k (offsets fit in Int32: checked above): its
            // facts (0 past the end), runEnd and wordEnd; and asciiWordStarts of the byte
            // after that, since whether k + 1 starts a word is known only from byte k
            var nextFacts: UInt8 = 0
            var nextRunEnd = Int32(count), nextWordEnd = Int32(count), nextWordStart = Int32(count)
            var k = count - 1
            while k >= 0 {
                let chunkEnd = max(k - 256, -1)
                let chunkSize = k - chunkEnd
                while k > chunkEnd {
                    let c = b[k]
                    let f = facts[Int(c)]
                    let here = Int32(truncatingIfNeeded: k)
                    nextRunEnd = f & nextFacts & runBits != 0 ? nextRunEnd : here &+ 1
                    runEnd[k] = nextRunEnd
                    // the last write for a run's end is from its first byte
                    runStartByEnd[Int(nextRunEnd)] = here
                    // whether k + 1 starts a word: an ASCII letter with no letter or digit (of
                    // any script) before it, at k
                    let startsWordAfter: Bool
                    // a non-ASCII byte, or an ASCII letter before a non-ASCII byte, `'` or `-`,
                    // needs the general rule
                    if (f & nonASCIIBit) | ((f << 3) & nextFacts & joinsWordsBit) == 0 {
                        // an ASCII byte: not a letter (its own end), or a letter followed by
                        // another ASCII letter (the next one's end) or by a byte that ends the
                        // word (k + 1, which is that byte's own end; at the text's end too)
                        nextWordEnd = f & asciiLetterBit != 0 ? nextWordEnd : here
                        startsWordAfter = nextFacts & asciiLetterBit != 0 && f & asciiAlnumBit == 0
                    } else {
                        nextWordEnd = Int32(truncatingIfNeeded: Self.wordEnd(b, k, wordEnd))
                        startsWordAfter = nextFacts & asciiLetterBit != 0
                            && (c < 0x80 ? !isAlnumASCII(c) : !Self.endsAWordCharacter(b, k &+ 1))
                    }
                    wordEnd[k] = nextWordEnd
                    nextWordStart = startsWordAfter ? here &+ 1 : nextWordStart
                    wordStarts[k &+ 1] = nextWordStart
                    nextFacts = f
                    k -= 1
                }
                work.add(chunkSize)
                if k >= 0 { try work.checkpoint() }
            }
            // position 0 has nothing before it
            wordStarts[0] = nextFacts & asciiLetterBit != 0 ? 0 : nextWordStart
        }
        self.tables = tables
        self.bytes = UnsafePointer(tables.bytes)
        self.runEnd = UnsafePointer(tables.runEnd)
        self.runStartByEnd = UnsafePointer(tables.runStartByEnd)
        self.wordEnd = UnsafePointer(tables.wordEnd)
        self.asciiWordStarts = UnsafePointer(tables.asciiWordStarts)
    }

    /// `letterWordEnd(k)` for a non-ASCII byte at `k` or an ASCII letter before a non-ASCII byte,
    /// `'` or `-`, given the word ends already found further right (`wordEnd[q]` for `q > k`).
    private static func wordEnd(_ b: UnsafeBufferPointer<UInt8>, _ k: Int, _ wordEnd: UnsafeMutablePointer<Int32>) -> Int {
        let count = b.count
        @inline(__always) func letter(_ i: Int) -> Bool {
            let c = i < count ? b[i] : 0
            return c < 0x80 ? isAlphaASCII(c) : scalarIsAlphabetic(b, i)
        }
        let c = b[k]
        guard c < 0x80 || scalarIsAlphabetic(b, k) else { return k }
        let q = k + (c < 0x80 ? 1 : utf8Length(b, k))
        // where the scan stops once it has passed a letter and stands at q
        guard q < count else { return q }
        let cq = b[q]
        if cq < 0x80 ? isAlphaASCII(cq) : scalarIsAlphabetic(b, q) {
            return Int(wordEnd[q])
        } else if cq == 0x27 || cq == 0x2D {
            if letter(q + 1) { return Int(wordEnd[q + 1]) }
        } else if cq == 0xE2 && q + 2 < count && b[q + 1] == 0x80 && b[q + 2] == 0x99 { // ’
            if letter(q + 3) { return Int(wordEnd[q + 3]) }
        }
        return q
    }

    /// Whether a letter or digit (of any script) ends right before `k`, whose byte before is
    /// not ASCII: `isWordChar(before:)` over raw bytes.
    private static func endsAWordCharacter(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        var p = k - 1
        while p > 0 && b[p] & 0xC0 == 0x80 && k - p < 4 { p -= 1 }
        return scalarFlags(decode(b, p).scalar) & (alphabeticFlag | numericFlag) != 0
    }

    @inline(__always) subscript(_ i: Int) -> UInt8 { UInt(bitPattern: i) < UInt(bitPattern: count) ? bytes[i] : 0 }

    /// The next index at or after `i` where an ASCII letter starts a word (no letter or digit
    /// before it), or `count`: where the label-led detectors look for their words. A look-up in
    /// the table `init` fills, a step.
    func nextASCIIWordStart(from i: Int) throws(RedactionStopped) -> Int {
        guard i < count else { return count }
        try work.tick()
        return Int(asciiWordStarts[max(i, 0)])
    }

    /// The first position from `i` that `boring` (asked with the byte before a position, 0 at
    /// the start, and the byte there) does not pass over, or `count`. A detector's loop skips
    /// so the bytes it would only step over one at a time: a step is counted for each byte
    /// passed, as the loop's `tick` would, and the stop condition is polled every 256 of them.
    @inline(__always)
    func skip(from i: Int, _ boring: (_ before: UInt8, _ byte: UInt8) -> Bool) throws(RedactionStopped) -> Int {
        try scanInChunks(from: i) { b, start, chunkEnd in
            var j = start
            var before = j > 0 ? b[j - 1] : 0
            while j < chunkEnd {
                let c = b[j]
                if !boring(before, c) { break }
                before = c
                j += 1
            }
            return j
        }
    }

    /// The first position from `i` whose byte is one of `stops`, or `count`: `skip(from:_:)` for
    /// a loop that passes over every other byte, reading eight bytes at a time. A step is
    /// counted for each byte passed and the stop condition polled every 256 of them, as there.
    @inline(__always)
    func skip(from i: Int, to stops: StopBytes) throws(RedactionStopped) -> Int {
        try scanInChunks(from: i) { b, start, chunkEnd in
            var j = start
            while j + 8 <= chunkEnd {
                let found = stops.found(in: UInt64(littleEndian: UnsafeRawPointer(b.baseAddress! + j).loadUnaligned(as: UInt64.self)))
                if found != 0 { return j + found.trailingZeroBitCount / 8 }
                j += 8
            }
            while j < chunkEnd && !stops.contains(b[j]) { j += 1 }
            return j
        }
    }

    /// The skips' loop: `scan` reads a chunk of at most 256 bytes (`start..<chunkEnd`) and returns
    /// where it stopped; a step is counted for each byte it passed, and the stop condition polled
    /// after each whole chunk. Returns the first stop, or `count`.
    @inline(__always)
    private func scanInChunks(from i: Int, _ scan: (UnsafeBufferPointer<UInt8>, Int, Int) -> Int) throws(RedactionStopped) -> Int {
        var j = max(i, 0)
        while j < count {
            let start = j
            let chunkEnd = min(count, j + 256)
            j = scan(UnsafeBufferPointer(start: bytes, count: count), start, chunkEnd)
            work.add(j - start)
            if j < chunkEnd { return j }
            try work.checkpoint()
        }
        return j
    }

    /// `scalar(at:)` over raw bytes.
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let c0 = b[i]
        if c0 < 0x80 { return (Unicode.Scalar(c0), 1) }
        var len = 0
        var v: UInt32 = 0
        if c0 & 0xE0 == 0xC0 { len = 2; v = UInt32(c0 & 0x1F) }
        else if c0 & 0xF0 == 0xE0 { len = 3; v = UInt32(c0 & 0x0F) }
        else if c0 & 0xF8 == 0xF0 { len = 4; v = UInt32(c0 & 0x07) }
        else { return ("\u{FFFD}", 1) }
        guard i + len <= b.count else { return ("\u{FFFD}", 1) }
        for k in 1..<len {
            let c = b[i + k]
            guard c & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            v = v << 6 | UInt32(c & 0x3F)
        }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", len)
    }

    /// Decodes the scalar starting at `i`; returns (U+FFFD, 1) for anything malformed.
    func scalar(at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let c0 = self[i]
        if c0 < 0x80 { return (Unicode.Scalar(c0), 1) }
        return Self.decode(UnsafeBufferPointer(start: bytes, count: count), i)
    }

    /// Start offset of the scalar that ends at `i` (exclusive).
    func scalarStart(before i: Int) -> Int {
        var j = i - 1
        while j > 0 && b[j] & 0xC0 == 0x80 && i - j < 4 { j -= 1 }
        return j
    }

    /// The scalar that ends at `i` (exclusive), or nil at the start of the text.
    func scalar(before i: Int) -> Unicode.Scalar? {
        guard i > 0 && i <= count else { return nil }
        return scalar(at: scalarStart(before: i)).scalar
    }

    /// A letter (any script) starts at `i`.
    @inline(__always) func isLetter(at i: Int) -> Bool {
        let c = self[i]
        if c < 0x80 { return isAlphaASCII(c) }
        return flagsOfScalar(at: i) & alphabeticFlag != 0
    }

    /// A letter or digit (any script) starts at `i`.
    @inline(__always) func isWordChar(at i: Int) -> Bool {
        let c = self[i]
        if c < 0x80 { return isAlnumASCII(c) }
        return flagsOfScalar(at: i) & (alphabeticFlag | numericFlag) != 0
    }

    /// A letter or digit (any script) ends right before `i`.
    @inline(__always) func isWordChar(before i: Int) -> Bool {
        guard i > 0 else { return false }
        let c = self[i - 1]
        if c < 0x80 { return isAlnumASCII(c) }
        return flagsOfScalar(at: scalarStart(before: i)) & (alphabeticFlag | numericFlag) != 0
    }

    /// An uppercase letter (any script) starts at `i`.
    @inline(__always) func isUppercaseLetter(at i: Int) -> Bool {
        let c = self[i]
        if c < 0x80 { return isUpperASCII(c) }
        let f = flagsOfScalar(at: i)
        return f & alphabeticFlag != 0 && f & uppercaseFlag != 0
    }

    /// `scalarFlags` of the scalar starting at `i`: the questions above for a non-ASCII byte,
    /// asked where they are rare, out of the callers' loops.
    @inline(never) private func flagsOfScalar(at i: Int) -> UInt8 {
        scalarFlags(scalar(at: i).scalar)
    }

    /// ASCII case-insensitive match of `word` (given in lowercase; non-ASCII bytes
    /// compared exactly) at `i`.
    func matches(_ word: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        var k = 0
        defer { work.add(k + 1) }
        while k < word.count {
            if lowerASCII(bytes[i + k]) != word[k] { return false }
            k += 1
        }
        return true
    }

    /// Offset after skipping blanks (spaces, tabs) from `i`.
    func skipBlanks(_ i: Int) -> Int {
        work.step()
        return UInt(bitPattern: i) < UInt(bitPattern: count) && isBlank(bytes[i]) ? Int(runEnd[i]) : i
    }

    /// Offset of the first blank-free position going back from `i` (exclusive end).
    func skipBlanksBack(_ i: Int) -> Int {
        work.step()
        return UInt(bitPattern: i &- 1) < UInt(bitPattern: count) && isBlank(bytes[i - 1]) ? Int(runStartByEnd[Int(runEnd[i - 1])]) : i
    }

    /// Start of the line containing `i`.
    func lineStart(_ i: Int) throws(RedactionStopped) -> Int {
        var j = min(i, count)
        while j > 0 && b[j - 1] != 0x0A { j -= 1; try work.tick() }
        return j
    }

    /// End of the line containing `i` (offset of the `\n` or `\r`, or the text end); `i` itself
    /// when it is past the end. A binary search of the line facts' line starts, a step.
    func lineEnd(_ i: Int) throws(RedactionStopped) -> Int {
        let j = max(i, 0)
        guard j < count else { return j }
        try work.tick()
        return lineFacts.lineEnd(at: j, textCount: count)
    }

    /// The bytes in `start..<end` as a String.
    func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        work.add(end - start)
        return String(decoding: b[start..<end], as: UTF8.self)
    }

    /// For a byte in a run of digits, of ASCII letters or of blanks at `i` (in the text): the end
    /// of that run, without counting a step, for a pass that counts a step for every byte it
    /// covers itself (`LineFacts`).
    func runEndWithoutAStep(_ i: Int) -> Int {
        precondition(UInt(bitPattern: i) < UInt(bitPattern: count), "a run's end is asked inside the text")
        return Int(runEnd[i])
    }

    /// Offset just past the run of ASCII letters starting at `i`.
    func asciiWordEnd(_ i: Int) -> Int {
        work.step()
        return UInt(bitPattern: i) < UInt(bitPattern: count) && isAlphaASCII(bytes[i]) ? Int(runEnd[i]) : i
    }

    /// Offset just past the run of digits starting at `i`.
    /// Whether exactly four digits at `q` are a year of work or study, 19xx or 20xx ("2019").
    func isYear(at q: Int) -> Bool {
        digitsEnd(q) == q + 4 && (matches(Self.century19, at: q) || matches(Self.century20, at: q))
    }
    /// The first two digits of a year of work or study (`isYear(at:)`).
    static let century19: [UInt8] = Array("19".utf8), century20: [UInt8] = Array("20".utf8)

    func digitsEnd(_ i: Int) -> Int {
        work.step()
        return UInt(bitPattern: i) < UInt(bitPattern: count) && isDigit(bytes[i]) ? Int(runEnd[i]) : i
    }

    /// Offset just past the word (letters of any script, plus inner `'`, `’`, `-`
    /// followed by a letter) starting at `i`; `i` itself when no letter starts there.
    func letterWordEnd(_ i: Int) -> Int {
        work.step()
        return UInt(bitPattern: i) < UInt(bitPattern: count) ? Int(wordEnd[i]) : i
    }

    /// Whether a word of `words` (letters of any script, as `letterWordEnd` reads them) stands in
    /// `s..<e` before any line break; the bytes read are counted.
    func containsWord(of words: WordSet, from s: Int, to e: Int) -> Bool {
        var k = max(s, 0)
        let end = min(e, count)
        while k < end && !isLineBreak(b[k]) {
            if isLetter(at: k) {
                let we = letterWordEnd(k)
                if we > k, words.contains(self, k, we) { work.add(k - s); return true }
                k = max(we, k + 1)
                continue
            }
            k += 1
        }
        work.add(k - s)
        return false
    }

    /// Whether a blank (space) stands in `s..<e`: a name of two words or more.
    func containsBlank(_ s: Int, _ e: Int) -> Bool {
        var q = max(s, 0)
        let end = min(e, count)
        while q < end {
            if b[q] == 0x20 { work.add(q - s + 1); return true }
            q += 1
        }
        work.add(end - s)
        return false
    }

    /// The start of the run of letters (of any script) ending at `end`, with the hyphens inside
    /// it when `hyphens` ("Jean-Pierre") and the apostrophes when `apostrophes` ("O'Neill");
    /// the bytes read are counted.
    func letterRunStart(before end: Int, hyphens: Bool = false, apostrophes: Bool = false) -> Int {
        var w = min(max(end, 0), count)
        while w > 0 {
            let c = b[w - 1]
            if (hyphens && c == 0x2D) || (apostrophes && c == 0x27) { w -= 1; continue }
            let p = scalarStart(before: w)
            guard isLetter(at: p) else { break }
            w = p
        }
        work.add(end - w + 1)
        return w
    }
}

/// Unicode properties the detectors ask of a scalar, as bits of `scalarFlags`.
let alphabeticFlag: UInt8 = 1
/// `numericType != nil`.
let numericFlag: UInt8 = 2
let uppercaseFlag: UInt8 = 4
/// Lowercasing leaves the scalar as it is.
let lowercaseStableFlag: UInt8 = 8

/// The properties of every scalar below U+3000 (Latin, Greek, Cyrillic, the Indic and
/// Middle-Eastern scripts, punctuation and symbols), looked up once rather than per byte.
private let commonScalarFlags: [UInt8] = (0..<0x3000).map { v in
    guard let u = Unicode.Scalar(UInt32(v)) else { return 0 }
    return computeScalarFlags(u)
}

private func computeScalarFlags(_ u: Unicode.Scalar) -> UInt8 {
    let p = u.properties
    return (p.isAlphabetic ? alphabeticFlag : 0) | (p.numericType != nil ? numericFlag : 0) | (p.isUppercase ? uppercaseFlag : 0)
        | (p.lowercaseMapping == String(u) ? lowercaseStableFlag : 0)
}

/// The lowercase mapping of every scalar below U+3000 when it is one scalar (the scalar itself
/// when lowercasing keeps it), else 0 ("İ" lowercases to two): `WordSet`'s in-place lowercasing.
private let commonScalarLowercase: [UInt32] = (0..<0x3000).map { v in
    guard let u = Unicode.Scalar(UInt32(v)) else { return 0 }
    let lower = u.properties.lowercaseMapping.unicodeScalars
    return lower.count == 1 ? lower.first!.value : 0
}

/// The flags of U+FFFD, which a read from inside a UTF-8 sequence decodes to.
private let replacementCharacterFlags = computeScalarFlags("\u{FFFD}")

/// `alphabeticFlag`, `numericFlag` and `uppercaseFlag` of `u`.
@inline(__always) func scalarFlags(_ u: Unicode.Scalar) -> UInt8 {
    u.value < 0x3000 ? commonScalarFlags[Int(u.value)]
        : u.value == 0xFFFD ? replacementCharacterFlags : computeScalarFlags(u)
}

/// Length of the UTF-8 sequence starting at `i` as `Text.scalar(at:)` decodes it (1 for
/// anything malformed).
@inline(__always) private func utf8Length(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let c0 = b[i]
    if c0 < 0x80 { return 1 }
    let len = c0 & 0xE0 == 0xC0 ? 2 : c0 & 0xF0 == 0xE0 ? 3 : c0 & 0xF8 == 0xF0 ? 4 : 0
    guard len > 0, i + len <= b.count else { return 1 }
    for k in 1..<len where b[i + k] & 0xC0 != 0x80 { return 1 }
    return len
}

/// Whether the scalar starting at `i` (a non-ASCII byte) is alphabetic, decoded as
/// `Text.scalar(at:)` decodes it (U+FFFD, not alphabetic, for anything malformed).
@inline(__always) private func scalarIsAlphabetic(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let c0 = b[i]
    let len = c0 & 0xE0 == 0xC0 ? 2 : c0 & 0xF0 == 0xE0 ? 3 : c0 & 0xF8 == 0xF0 ? 4 : 0
    guard len > 0, i + len <= b.count else { return false }
    var v: UInt32 = c0 & 0xE0 == 0xC0 ? UInt32(c0 & 0x1F) : c0 & 0xF0 == 0xE0 ? UInt32(c0 & 0x0F) : UInt32(c0 & 0x07)
    for k in 1..<len {
        let c = b[i + k]
        guard c & 0xC0 == 0x80 else { return false }
        v = v << 6 | UInt32(c & 0x3F)
    }
    guard let u = Unicode.Scalar(v) else { return false }
    return scalarFlags(u) & alphabeticFlag != 0
}

/// Lowercased ASCII byte array of a Swift string literal (helper for keyword tables).
@inline(__always) func bytes(_ s: String) -> [UInt8] { Array(s.lowercased().utf8) }

/// A keyword table indexed by first byte for quick "does any keyword start here" checks.
struct KeywordTable {
    /// The keywords starting with byte `c` are entries `bucketStart[c]..<bucketStart[c + 1]`,
    /// ordered by their second byte (keywords of one byte last) and, within one second byte,
    /// longest first; entry `e` is `pool[entryStart[e]..<entryStart[e] + entryLength[e]]`.
    private let bucketStart: [Int32]
    private let entryStart: [Int32]
    private let entryLength: [Int32]
    private let pool: [UInt8]
    /// Entry `e`'s second byte, or 256 for a keyword of one byte (any byte may follow it).
    private let entrySecond: [UInt16]
    /// What the keywords' first three bytes can be: most positions fail there.
    let prefixes: KeywordPrefixFilter

    init(_ words: [String]) {
        var byFirst = [[[UInt8]]](repeating: [], count: 256)
        for w in words.map(bytes) where !w.isEmpty {
            byFirst[Int(w[0])].append(w)
        }
        // by second byte, so a look-up reads only the keywords that share the text's first two
        // bytes; longest first among them, so the longest label wins
        for c in byFirst.indices {
            byFirst[c] = byFirst[c].enumerated().sorted { a, b in
                let sa = a.element.count >= 2 ? Int(a.element[1]) : 256
                let sb = b.element.count >= 2 ? Int(b.element[1]) : 256
                if sa != sb { return sa < sb }
                if a.element.count != b.element.count { return a.element.count > b.element.count }
                return a.offset < b.offset
            }.map(\.element)
        }
        var bucketStart: [Int32] = [0], entryStart = [Int32](), entryLength = [Int32](), pool = [UInt8]()
        var entrySecond = [UInt16]()
        for bucket in byFirst {
            for w in bucket {
                entryStart.append(Int32(pool.count))
                entryLength.append(Int32(w.count))
                entrySecond.append(w.count >= 2 ? UInt16(w[1]) : 256)
                pool += w
            }
            bucketStart.append(Int32(entryStart.count))
        }
        self.prefixes = KeywordPrefixFilter(keywords: byFirst.flatMap { $0 })
        self.bucketStart = bucketStart
        self.entryStart = entryStart
        self.entryLength = entryLength
        self.pool = pool
        self.entrySecond = entrySecond
    }

    /// Whether a keyword could start at `i`: `longestMatch`'s first checks alone, for a hot
    /// loop to ask before the call (which the compiler does not always inline). A step.
    @inline(__always) func mayMatch(in t: Text, at i: Int) -> Bool { prefixes.mayMatch(in: t, at: i) }

    /// The longest keyword matching at `i` (ASCII case-insensitive; non-ASCII bytes compared
    /// exactly), as its byte length.
    @inline(__always) func longestMatch(in t: Text, at i: Int) -> Int? {
        // the first bytes first, where the call is made: most words fail there
        guard prefixes.mayMatch(in: t, at: i) else { return nil }
        return longestMatch(t, i, lowerASCII(t[i]), lowerASCII(t[i + 1]))
    }

    private func longestMatch(_ t: Text, _ i: Int, _ c: UInt8, _ c1: UInt8) -> Int? {
        let lo = Int(bucketStart[Int(c)]), hi = Int(bucketStart[Int(c) + 1])
        guard lo < hi, i >= 0 else { return nil }
        return t.b.withUnsafeBufferPointer { b in
            pool.withUnsafeBufferPointer { pool in
                entrySecond.withUnsafeBufferPointer { second in
                    // the keywords whose second byte is c1, longest first, then those of one byte
                    // (shorter than any other): the first that matches is the longest
                    var e = firstEntry(second, lo, hi, UInt16(c1))
                    t.work.add(1 + (hi - lo).bitWidth - (hi - lo).leadingZeroBitCount)
                    while e < hi, second[e] == UInt16(c1) {
                        let s = Int(entryStart[e]), n = Int(entryLength[e])
                        if i + n <= b.count {
                            var k = 1
                            while k < n && lowerASCII(b[i + k]) == pool[s + k] { k += 1 }
                            t.work.add(k + 1)
                            if k == n { return n }
                        }
                        e += 1
                    }
                    return second[hi - 1] == 256 ? 1 : nil
                }
            }
        }
    }

    /// The first entry of `lo..<hi` whose second byte is `key` or more (a binary search).
    @inline(__always) private func firstEntry(_ second: UnsafeBufferPointer<UInt16>, _ lo: Int, _ hi: Int, _ key: UInt16) -> Int {
        var lo = lo, hi = hi
        while lo < hi {
            let mid = (lo + hi) / 2
            if second[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

/// Set of lowercased words, compared against byte slices without allocating for ASCII input.
///
/// The words are kept in an open-addressing hash table over their bytes, hashed eight bytes
/// at a time, so an ASCII word of the text is looked up by hashing its bytes in place,
/// lowercased eight at a time; a word with non-ASCII bytes is lowercased as a String first,
/// as Unicode lowercasing needs, unless its non-ASCII letters are ones lowercasing keeps.
struct WordSet {
    /// Each word's bytes and the position of its first occurrence in the list it was made from.
    private let index: [[UInt8]: Int]
    /// Each slot: 0 when empty, else 1 + the number of a word (`starts`, `positions`, `hashes`).
    private let slots: [Int32]
    private let mask: Int
    /// The words' bytes, one after another; word k is `pool[starts[k]..<starts[k + 1]]`.
    private let pool: [UInt8]
    private let starts: [Int32]
    private let positions: [Int32]
    /// Each word's `hash`: most probes of a word not in the set end at the first slot's.
    private let hashes: [UInt64]
    /// Whether some word starts with this (ASCII, lowercase) byte.
    private let asciiFirstBytes: [Bool]
    /// Bit `c1 % 64` of entry `2 * c + c1 / 64`: some word starts with the ASCII bytes `c c1`
    /// (lowercase). A text word of two bytes or more starting with two ASCII bytes can only be
    /// in the set if its first two, lowered, are such a pair.
    private let asciiPairs: [UInt64]
    /// Bit `asciiEndsKey(c, c1, z)` (of `endsMask + 1`) for each word of two bytes or more whose
    /// first two bytes `c c1` and last byte `z` are ASCII (lowercase). A text word of two bytes or
    /// more whose first two and last bytes are ASCII can only be in the set if its first two and
    /// last, lowered, are such a triple (its lowercasing keeps them, lowered, where they are).
    private let asciiEnds: [UInt64]
    private let endsMask: Int

    init(_ words: [String]) {
        var index = [[UInt8]: Int]()
        for (n, w) in words.enumerated() where index[bytes(w)] == nil { index[bytes(w)] = n }
        var capacity = 16
        while capacity < 2 * index.count + 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        var pool = [UInt8](), starts: [Int32] = [0], positions = [Int32](), hashes = [UInt64]()
        for (w, n) in index.sorted(by: { $0.value < $1.value }) {
            let h = w.withUnsafeBufferPointer { WordSet.hash($0, 0, $0.count) }
            var slot = Int(truncatingIfNeeded: h) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(starts.count)
            pool += w
            starts.append(Int32(pool.count))
            positions.append(Int32(n))
            hashes.append(h)
        }
        self.index = index
        self.slots = slots
        self.mask = capacity - 1
        self.pool = pool
        self.starts = starts
        self.positions = positions
        self.hashes = hashes
        var asciiFirstBytes = [Bool](repeating: false, count: 128)
        for w in index.keys where w[0] < 0x80 { asciiFirstBytes[Int(w[0])] = true }
        self.asciiFirstBytes = asciiFirstBytes
        var asciiPairs = [UInt64](repeating: 0, count: 128 * 2)
        for w in index.keys where w.count >= 2 && w[0] < 0x80 && w[1] < 0x80 {
            asciiPairs[2 * Int(w[0]) + Int(w[1]) / 64] |= 1 << UInt64(w[1] % 64)
        }
        self.asciiPairs = asciiPairs
        // about 32 bits a word: most triples no word has are rejected
        var endsBits = 1024
        while endsBits < 32 * index.count { endsBits *= 2 }
        var asciiEnds = [UInt64](repeating: 0, count: endsBits / 64)
        for w in index.keys where w.count >= 2 && w[0] < 0x80 && w[1] < 0x80 && w[w.count - 1] < 0x80 {
            let key = WordSet.asciiEndsKey(w[0], w[1], w[w.count - 1]) & (endsBits - 1)
            asciiEnds[key / 64] |= 1 << UInt64(key % 64)
        }
        self.asciiEnds = asciiEnds
        self.endsMask = endsBits - 1
    }

    /// Where a word's first two bytes and last byte (ASCII, lowercase) are in `asciiEnds`, before
    /// the mask: the three bytes mixed by a multiplication, the high bits kept.
    @inline(__always) private static func asciiEndsKey(_ c: UInt8, _ c1: UInt8, _ z: UInt8) -> Int {
        Int(truncatingIfNeeded: ((UInt32(c) << 16 | UInt32(c1) << 8 | UInt32(z)) &* 0x9E37_79B1) >> 11)
    }

    /// The bytes `b[k..<k + n]` (n from 1 to 8) as a little-endian integer, the rest zero.
    @inline(__always) private static func chunk(_ b: UnsafeBufferPointer<UInt8>, _ k: Int, _ n: Int) -> UInt64 {
        if k + 8 <= b.count {
            let x = UnsafeRawPointer(b.baseAddress! + k).loadUnaligned(as: UInt64.self)
            return n == 8 ? x : x & ((1 << UInt64(8 * n)) - 1)
        }
        var x: UInt64 = 0
        for q in 0..<n { x |= UInt64(b[k + q]) << UInt64(8 * q) }
        return x
    }

    /// `chunk` with ASCII capitals lowered, for a chunk of ASCII bytes.
    @inline(__always) private static func lowered(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // per byte (each below 0x80, so no carry crosses a byte): high bit set from 'A', and from '['
        let fromA = x &+ ones &* (0x80 - 0x41), pastZ = x &+ ones &* (0x80 - 0x5B)
        let capitals = fromA & ~pastZ & (ones &* 0x80)
        return x | (capitals >> 2)
    }

    @inline(__always) private static func mix(_ h: UInt64, _ x: UInt64) -> UInt64 {
        let m = (h ^ x) &* 0x9E37_79B9_7F4A_7C15
        return m ^ (m >> 29)
    }

    /// The hash of the (lowercase) word `w[s..<e]`.
    private static func hash(_ w: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
        var h = UInt64(e - s)
        var k = s
        while k < e {
            h = mix(h, chunk(w, k, min(8, e - k)))
            k += 8
        }
        return h ^ (h >> 32)
    }

    @inline(__always) func contains(_ t: Text, _ start: Int, _ end: Int) -> Bool {
        t.work.step()
        guard start < end, end - start <= 40 else { return false }
        t.work.add(end - start)
        return position(t.b, start, end) != nil
    }

    /// The position, in the list the set was made from, of the word `t.b[start..<end]` (ASCII
    /// case-insensitive; Unicode-lowercased when it has non-ASCII bytes), or nil.
    @inline(__always) func position(_ b: [UInt8], _ start: Int, _ end: Int) -> Int? {
        // lowercasing keeps an ASCII first byte ASCII: no word of the set starts otherwise
        // (tested where the call is made: most words are not in the set)
        let first = b[start]
        if first < 0x80 {
            let c = lowerASCII(first)
            guard asciiFirstBytes[Int(c)] else { return nil }
            // the second byte too, when it is ASCII (a non-ASCII one can lowercase to anything)
            if end - start >= 2, case let c1 = b[start + 1], c1 < 0x80 {
                let c1 = lowerASCII(c1)
                guard asciiPairs[2 * Int(c) + Int(c1) / 64] & (1 << UInt64(c1 % 64)) != 0 else { return nil }
                // and the last byte, when it is ASCII
                if case let z = b[end - 1], z < 0x80 {
                    let key = WordSet.asciiEndsKey(c, c1, lowerASCII(z)) & endsMask
                    guard asciiEnds[key / 64] & (1 << UInt64(key % 64)) != 0 else { return nil }
                }
            }
        }
        return hashedPosition(b, start, end)
    }

    private func hashedPosition(_ b: [UInt8], _ start: Int, _ end: Int) -> Int? {
        b.withUnsafeBufferPointer { b -> Int? in
            var h = UInt64(end - start)
            var k = start
            while k < end {
                let x = WordSet.chunk(b, k, min(8, end - k))
                if x & 0x8080_8080_8080_8080 != 0 { return positionWithNonASCII(b, start, end) }
                h = WordSet.mix(h, WordSet.lowered(x))
                k += 8
            }
            return find(b, start, end, hash: h ^ (h >> 32))
        }
    }

    /// The word `b[start..<end]` (lowercased: ASCII bytes lowered, the rest as they are) in
    /// the table, found by its `hash`.
    @inline(__always) private func find(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash h: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                pool.withUnsafeBufferPointer { pool in
                    starts.withUnsafeBufferPointer { starts in
                        var slot = Int(truncatingIfNeeded: h) & mask
                        while slots[slot] != 0 {
                            let w = Int(slots[slot]) - 1
                            if hashes[w] == h {
                                let ws = Int(starts[w]), we = Int(starts[w + 1])
                                if we - ws == end - start {
                                    var k = 0
                                    while k < end - start && pool[ws + k] == lowerASCII(b[start + k]) { k += 1 }
                                    if k == end - start { return Int(positions[w]) }
                                }
                            }
                            slot = (slot + 1) & mask
                        }
                        return nil
                    }
                }
            }
        }
    }

    /// `position` for a word with a non-ASCII byte: its bytes lowered in place when each
    /// non-ASCII scalar is one lowercasing keeps, else lowercased as a String.
    private func positionWithNonASCII(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var k = start
        while k < end {
            let c = b[k]
            if c >= 0x80 {
                // a scalar lowercasing changes needs the String: the word's bytes change
                let (scalar, length) = Text.decode(b, k)
                guard scalar.value < 0x3000, scalarFlags(scalar) & lowercaseStableFlag != 0, k + length <= end else {
                    return positionNonASCII(b, start, end)
                }
                k += length
                continue
            }
            k += 1
        }
        // `hash` of the lowered bytes, eight at a time
        var h = UInt64(end - start), x: UInt64 = 0, n = 0
        for q in start..<end {
            x |= UInt64(lowerASCII(b[q])) << UInt64(8 * n)
            n += 1
            if n == 8 { h = WordSet.mix(h, x); x = 0; n = 0 }
        }
        if n > 0 { h = WordSet.mix(h, x) }
        return find(b, start, end, hash: h ^ (h >> 32))
    }

    /// `position` for a word with a non-ASCII scalar lowercasing changes: lowercased scalar by
    /// scalar (as `String.lowercased()` does) into a buffer when each such scalar lowercases to
    /// one scalar (`commonScalarLowercase`), else as a String.
    private func positionNonASCII(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        // a scalar of two bytes or more lowercases to at most four
        let capacity = 2 * (end - start) + 4
        let lowered: Int?? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { w -> Int?? in
            var n = 0, k = start
            while k < end {
                let c = b[k]
                if c < 0x80 {
                    w[n] = lowerASCII(c)
                    n += 1
                    k += 1
                    continue
                }
                let (scalar, length) = Text.decode(b, k)
                // U+FFFD is at or past 0x3000: also what a sequence cut by the word's ends reads as
                guard scalar.value < 0x3000, k + length <= end, n + 4 <= capacity,
                      case let lower = commonScalarLowercase[Int(scalar.value)], lower != 0 else { return .none }
                // its UTF-8 bytes
                if lower < 0x80 {
                    w[n] = UInt8(lower)
                    n += 1
                } else if lower < 0x800 {
                    w[n] = UInt8(0xC0 | lower >> 6)
                    w[n + 1] = UInt8(0x80 | lower & 0x3F)
                    n += 2
                } else if lower < 0x10000 {
                    w[n] = UInt8(0xE0 | lower >> 12)
                    w[n + 1] = UInt8(0x80 | lower >> 6 & 0x3F)
                    w[n + 2] = UInt8(0x80 | lower & 0x3F)
                    n += 3
                } else {
                    w[n] = UInt8(0xF0 | lower >> 18)
                    w[n + 1] = UInt8(0x80 | lower >> 12 & 0x3F)
                    w[n + 2] = UInt8(0x80 | lower >> 6 & 0x3F)
                    w[n + 3] = UInt8(0x80 | lower & 0x3F)
                    n += 4
                }
                k += length
            }
            let word = UnsafeBufferPointer(rebasing: w[0..<n])
            return .some(find(word, 0, n, hash: WordSet.hash(word, 0, n)))
        }
        if let lowered { return lowered }
        var w = [UInt8]()
        w.reserveCapacity(end - start)
        for k in start..<end { w.append(lowerASCII(b[k])) }
        return index[Array(String(decoding: w, as: UTF8.self).lowercased().utf8)]
    }

    func contains(_ s: String) -> Bool { index[bytes(s)] != nil }
}
