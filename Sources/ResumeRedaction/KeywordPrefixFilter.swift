/// What keywords' first three bytes can be (ASCII lowercased), as bitsets: `mayMatch` is false
/// wherever no keyword can start, and is what `KeywordTable` asks first.
///
/// Made from one table's keywords, or as the union of several tables' filters: a detector that
/// asks several tables at each word start asks them only where one of them might match. It
/// never says no where a keyword would match: a union holds every bit of each table's filter.
struct KeywordPrefixFilter {
    /// Bit `c1` of entry `4 * c + c1 / 64`: some keyword starting with byte `c` has `c1` as its
    /// second byte or is one byte long (then any `c1` may follow).
    private let secondBytes: [UInt64]
    /// Bit `c1` of entry `4 * c + c1 / 64`: some keyword of one or two bytes starts with `c c1`
    /// (or is `c` alone), so any third byte may follow.
    private let shortPairs: [UInt64]
    /// Bit `thirdByteSlot(c, c1, c2)`: some keyword of three bytes or more starts with `c c1 c2`.
    private let thirdBytes: [UInt64]

    /// Where the first three bytes of a keyword (or of the text at a position) fall in `thirdBytes`.
    @inline(__always) private static func thirdByteSlot(_ c: UInt8, _ c1: UInt8, _ c2: UInt8) -> Int {
        Int((UInt32(c) &* 0x9E37 &+ UInt32(c1) &* 0x85EB &+ UInt32(c2) &* 0xC2B3) & 4095)
    }

    /// The filter of `keywords` (lowercase bytes, none empty).
    init(keywords: [[UInt8]]) {
        var secondBytes = [UInt64](repeating: 0, count: 256 * 4)
        var shortPairs = [UInt64](repeating: 0, count: 256 * 4)
        var thirdBytes = [UInt64](repeating: 0, count: 4096 / 64)
        for w in keywords {
            let c = Int(w[0])
            if w.count == 1 {
                for q in 0..<4 {
                    secondBytes[4 * c + q] = ~0
                    shortPairs[4 * c + q] = ~0
                }
                continue
            }
            secondBytes[4 * c + Int(w[1]) / 64] |= 1 << UInt64(w[1] % 64)
            if w.count == 2 {
                shortPairs[4 * c + Int(w[1]) / 64] |= 1 << UInt64(w[1] % 64)
            } else {
                let slot = Self.thirdByteSlot(w[0], w[1], w[2])
                thirdBytes[slot / 64] |= 1 << UInt64(slot % 64)
            }
        }
        self.secondBytes = secondBytes
        self.shortPairs = shortPairs
        self.thirdBytes = thirdBytes
    }

    /// The union of `tables`' filters.
    init(_ tables: [KeywordTable]) {
        var secondBytes = [UInt64](repeating: 0, count: 256 * 4)
        var shortPairs = [UInt64](repeating: 0, count: 256 * 4)
        var thirdBytes = [UInt64](repeating: 0, count: 4096 / 64)
        for filter in tables.map(\.prefixes) {
            for k in secondBytes.indices { secondBytes[k] |= filter.secondBytes[k] }
            for k in shortPairs.indices { shortPairs[k] |= filter.shortPairs[k] }
            for k in thirdBytes.indices { thirdBytes[k] |= filter.thirdBytes[k] }
        }
        self.secondBytes = secondBytes
        self.shortPairs = shortPairs
        self.thirdBytes = thirdBytes
    }

    /// Whether a keyword could start at `i`: its first two bytes start some keyword, and so do
    /// its first three unless a keyword of one or two bytes starts so. A step.
    @inline(__always) func mayMatch(in t: Text, at i: Int) -> Bool {
        t.work.step()
        let c = lowerASCII(t[i]), c1 = lowerASCII(t[i + 1])
        let pair = 4 * Int(c) + Int(c1) / 64, bit: UInt64 = 1 << UInt64(c1 % 64)
        guard secondBytes[pair] & bit != 0 else { return false }
        if shortPairs[pair] & bit != 0 { return true }
        let slot = Self.thirdByteSlot(c, c1, lowerASCII(t[i + 2]))
        return thirdBytes[slot / 64] & (1 << UInt64(slot % 64)) != 0
    }
}
