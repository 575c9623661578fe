/// Splits a document into tokens in one forward pass over its UTF-8 bytes
/// (docs/ANALYSIS.md, "Tokenisation").
///
/// * Placeholders `[NAME]`, `[EMAIL]`, … (`[` + 2–16 of `A–Z 0–9 _` + `]`) are skipped.
/// * A *piece* is a maximal run of word characters. At each piece start (or a `.` that starts a
///   chunk, for `.NET`) the longest vocabulary compound is tried first (`C++`, `Node.js`, `CI/CD`).
/// * Pieces are case-folded (``CharacterClass/fold(_:)``); a piece spelled exactly as a
///   case-sensitive vocabulary word (`Go`, `React`) becomes its `=` token (`=go`).
/// * Plain ASCII-letter pieces are stemmed (``Tokenizer/stem(_:)``).
/// * Pieces over ``maxTokenBytes`` are dropped (they still count towards the token limit).
struct Tokenizer: Sendable {
    /// Longer pieces are dropped: no skill or word of interest is that long.
    static let maxTokenBytes = 48

    let compounds: CompoundTrie
    /// Exact spellings of case-sensitive words, mapped to their keys (`Go` → `=go`).
    let caseSensitive: [String: String]
    private let caseSensitiveMaxBytes: Int

    init(compounds: CompoundTrie, caseSensitive: [String: String]) {
        self.compounds = compounds
        self.caseSensitive = caseSensitive
        caseSensitiveMaxBytes = caseSensitive.keys.map(\.utf8.count).max() ?? 0
    }

    /// True if offset `i` of `buf` is a token boundary: the end, or a character that is not a word character.
    @inline(__always)
    static func isBoundary(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < buf.count else { return true }
        let b = buf[i]
        if b < 0x80 { return CharacterClass.ofASCII(b) != .word }
        return CharacterClass.ofScalar(decode(buf, i).value) != .word
    }

    /// Decodes the scalar at `i` (valid UTF-8 expected; anything malformed reads as U+FFFD, one byte).
    @inline(__always)
    static func decode(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let c0 = buf[i]
        if c0 < 0x80 { return (UInt32(c0), 1) }
        var len = 0
        var v: UInt32 = 0
        if c0 & 0xE0 == 0xC0 { len = 2; v = UInt32(c0 & 0x1F) }
        else if c0 & 0xF0 == 0xE0 { len = 3; v = UInt32(c0 & 0x0F) }
        else if c0 & 0xF8 == 0xF0 { len = 4; v = UInt32(c0 & 0x07) }
        else { return (0xFFFD, 1) }
        guard i + len <= buf.count else { return (0xFFFD, 1) }
        for k in 1..<len {
            let c = buf[i + k]
            guard c & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            v = v << 6 | UInt32(c & 0x3F)
        }
        return (v, len)
    }

    /// Appends the UTF-8 encoding of `v` to `out`.
    @inline(__always)
    static func encode(_ v: UInt32, into out: inout [UInt8]) {
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// The light plural stemmer, applied to plain pieces of 4+ ASCII small letters only:
    /// `-sses` → `-ss`, `-ies` → `-y` (5+ letters), and a final `-s` is dropped unless the
    /// word ends in `ss`, `us` or `is`. Both documents, the corpus and every table go through it.
    static func stem(_ w: inout [UInt8]) {
        let n = w.count
        guard n >= 4, w.allSatisfy({ $0 &- 0x61 < 26 }), w[n - 1] == 0x73 else { return }  // ends in s
        let p = w[n - 2]
        if n >= 5 && p == 0x65 && w[n - 3] == 0x73 && w[n - 4] == 0x73 {  // -sses
            w.removeLast(2)
        } else if n >= 5 && p == 0x65 && w[n - 3] == 0x69 {  // -ies
            w.removeLast(3); w.append(0x79)
        } else if p == 0x73 || p == 0x75 || p == 0x69 {  // -ss -us -is
            return
        } else {
            w.removeLast()
        }
    }

    /// Tokenises `text`, appending at most `limit` tokens (pieces dropped for length count too).
    func tokenize(_ text: String, limit: Int, into tokens: inout [Token], meter: inout WorkMeter,
                  shouldStop: () -> Bool) throws(AnalysisCancelled) {
        var text = text
        var failure: AnalysisCancelled? = nil
        text.withUTF8 { buf in
            var scan = Scan(tokenizer: self, buf: buf, limit: limit)
            swap(&scan.tokens, &tokens)
            do throws(AnalysisCancelled) {
                try scan.run(meter: &meter, shouldStop: shouldStop)
            } catch {
                failure = error
            }
            swap(&scan.tokens, &tokens)
        }
        if let failure { throw failure }
    }

    /// Tokenises a short trusted text (vocabulary entries, headings) without limits or cancellation.
    func keys(of text: String) -> [String] {
        var tokens = [Token]()
        var meter = WorkMeter()
        try? tokenize(text, limit: Int.max, into: &tokens, meter: &meter, shouldStop: { false })
        return tokens.map(\.key)
    }

    /// The scanning state of one document.
    private struct Scan {
        let tokenizer: Tokenizer
        let buf: UnsafeBufferPointer<UInt8>
        let limit: Int
        var tokens = [Token]()
        /// Tokens emitted plus pieces dropped.
        var pieces = 0
        var line: Int32 = 0
        var lineStart = true
        var hardBreak = true
        var gapBlank = false
        var gapConnector = false
        var colon = false
        var scratch = [UInt8]()

        init(tokenizer: Tokenizer, buf: UnsafeBufferPointer<UInt8>, limit: Int) {
            self.tokenizer = tokenizer
            self.buf = buf
            self.limit = limit
            scratch.reserveCapacity(Tokenizer.maxTokenBytes + 8)
        }

        mutating func run(meter: inout WorkMeter, shouldStop: () -> Bool) throws(AnalysisCancelled) {
            let n = buf.count
            var i = 0
            while i < n && pieces < limit {
                let b = buf[i]
                let cls: CharacterClass
                var len = 1
                if b < 0x80 {
                    cls = CharacterClass.ofASCII(b)
                } else {
                    let d = Tokenizer.decode(buf, i)
                    len = d.length
                    cls = CharacterClass.ofScalar(d.value)
                }
                switch cls {
                case .blank:
                    gapBlank = true
                    i += len
                    try meter.charge(len, shouldStop)
                case .newline:
                    hardBreak = true
                    if b != 0x0D { line &+= 1; lineStart = true }
                    i += len
                    try meter.charge(len, shouldStop)
                case .separator:
                    hardBreak = true
                    if b == 0x3A { colon = true }
                    var next = i + len
                    var looked = 0
                    if b == 0x5B {
                        let p = placeholderEnd(i)
                        looked = p.examined
                        if let e = p.end { next = e }
                    }
                    try meter.charge(next - i + looked, shouldStop)
                    i = next
                case .connector:
                    var steps = 1
                    // `.NET` and the like: a compound may start with `.` where a chunk starts.
                    if b == 0x2E, i + 1 < n, !Tokenizer.isWordBefore(buf, i) {
                        if let e = tokenizer.compounds.longestMatch(in: buf, from: i, steps: &steps) {
                            emitCompound(i, e)
                            try meter.charge(steps + 1, shouldStop)
                            i = e
                            continue
                        }
                    }
                    if i == 0 || !Tokenizer.isWordOrConnectorBefore(buf, i) || Tokenizer.isBoundaryAfterConnectors(buf, i) {
                        hardBreak = true  // a connector at the edge of a chunk
                    }
                    switch b {
                    case 0x2F, 0x26, 0x2B, 0x23: hardBreak = true  // / & + # separate items
                    default: gapConnector = true
                    }
                    i += 1
                    try meter.charge(steps, shouldStop)
                case .word:
                    var steps = 0
                    if b < 0x80, let e = tokenizer.compounds.longestMatch(in: buf, from: i, steps: &steps) {
                        emitCompound(i, e)
                        try meter.charge(steps + 1, shouldStop)
                        i = e
                        continue
                    }
                    // A plain piece: a maximal run of word characters.
                    var q = i
                    var charged = 0
                    while q < n {
                        let c = buf[q]
                        if c < 0x80 {
                            if CharacterClass.ofASCII(c) != .word { break }
                            q += 1
                        } else {
                            let d = Tokenizer.decode(buf, q)
                            if CharacterClass.ofScalar(d.value) != .word { break }
                            q += d.length
                        }
                        if q - i - charged >= 4096 {
                            try meter.charge(q - i - charged, shouldStop)
                            charged = q - i
                        }
                    }
                    try meter.charge(steps + (q - i - charged) + 1, shouldStop)
                    emitPiece(i, q)
                    i = q
                }
            }
        }

        /// The end of a placeholder (`[NAME]`) starting at `i`, or nil; and the bytes examined (at most 17).
        func placeholderEnd(_ i: Int) -> (end: Int?, examined: Int) {
            var j = i + 1
            while j < buf.count && j - i <= 17 {
                let c = buf[j]
                if c == 0x5D { return (j - i - 1 >= 2 ? j + 1 : nil, j - i) }
                guard (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F else { return (nil, j - i) }
                j += 1
            }
            return (nil, j - i - 1)
        }

        mutating func emitCompound(_ start: Int, _ end: Int) {
            scratch.removeAll(keepingCapacity: true)
            for k in start..<end { let c = buf[k]; scratch.append(c &- 0x41 < 26 ? c | 0x20 : c) }
            append(String(decoding: scratch, as: UTF8.self), start, end, [.compound])
        }

        mutating func emitPiece(_ start: Int, _ end: Int) {
            guard end - start <= Tokenizer.maxTokenBytes else {
                pieces += 1
                hardBreak = true
                return
            }
            // A case-sensitive vocabulary word, spelled exactly (`Go`, `React`)?
            if end - start <= tokenizer.caseSensitiveMaxBytes, buf[start] &- 0x41 < 26 {
                let original = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<end]), as: UTF8.self)
                if let key = tokenizer.caseSensitive[original] {
                    append(key, start, end, [])
                    return
                }
            }
            scratch.removeAll(keepingCapacity: true)
            var digits = true
            var k = start
            while k < end {
                let c = buf[k]
                if c < 0x80 {
                    if c &- 0x30 >= 10 { digits = false }
                    scratch.append(c &- 0x41 < 26 ? c | 0x20 : c)
                    k += 1
                } else {
                    digits = false
                    let d = Tokenizer.decode(buf, k)
                    Tokenizer.encode(CharacterClass.fold(d.value), into: &scratch)
                    k += d.length
                }
            }
            if !digits { Tokenizer.stem(&scratch) }
            append(String(decoding: scratch, as: UTF8.self), start, end, digits ? [.number] : [])
        }

        mutating func append(_ key: String, _ start: Int, _ end: Int, _ extra: Token.Flags) {
            var flags = extra
            if hardBreak || (gapBlank && gapConnector) { flags.insert(.breakBefore) }
            if colon { flags.insert(.colonBefore) }
            if lineStart { flags.insert(.lineStart) }
            tokens.append(Token(key: key, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end),
                                line: line, flags: flags))
            pieces += 1
            hardBreak = false
            gapBlank = false
            gapConnector = false
            colon = false
            lineStart = false
        }
    }

    /// The class of the character that ends at offset `i` (exclusive); `.blank` at the start.
    @inline(__always)
    static func classBefore(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> CharacterClass {
        guard i > 0 else { return .blank }
        let b = buf[i - 1]
        if b < 0x80 { return CharacterClass.ofASCII(b) }
        var j = i - 1
        while j > 0 && buf[j] & 0xC0 == 0x80 && i - j < 4 { j -= 1 }
        return CharacterClass.ofScalar(decode(buf, j).value)
    }

    /// True if the character before offset `i` is a word character.
    @inline(__always)
    static func isWordBefore(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool { classBefore(buf, i) == .word }

    /// True if the character before offset `i` is a word character or a connector (so `i` is inside a chunk).
    @inline(__always)
    static func isWordOrConnectorBefore(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = classBefore(buf, i)
        return c == .word || c == .connector
    }

    /// True if, after the connector run that includes offset `i`, the chunk ends.
    @inline(__always)
    static func isBoundaryAfterConnectors(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let next = i + 1
        guard next < buf.count else { return true }
        let b = buf[next]
        if b < 0x80 {
            let c = CharacterClass.ofASCII(b)
            if c == .connector { return false }  // decided at the next connector of the run
            return c != .word
        }
        return CharacterClass.ofScalar(decode(buf, next).value) != .word
    }
}
