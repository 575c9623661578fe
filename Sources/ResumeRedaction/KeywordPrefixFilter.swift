/// The first-bytes filter of several keyword tables at once (the union of their
/// `secondBytes`, `shortPairs` and `thirdBytes`): `mayMatch` is false wherever none of the
/// tables can match, so a detector that asks several tables at each word start asks them
/// only where one of them might.
///
/// It never says no where a table would match: each bit set in a table's filter is set here.
struct KeywordPrefixFilter {
    private let secondBytes: [UInt64]
    private let shortPairs: [UInt64]
    private let thirdBytes: [UInt64]

    init(_ tables: [KeywordTable]) {
        var secondBytes = [UInt64](repeating: 0, count: 256 * 4)
        var shortPairs = [UInt64](repeating: 0, count: 256 * 4)
        var thirdBytes = [UInt64](repeating: 0, count: 4096 / 64)
        for table in tables {
            for k in secondBytes.indices { secondBytes[k] |= table.secondBytes[k] }
            for k in shortPairs.indices { shortPairs[k] |= table.shortPairs[k] }
            for k in thirdBytes.indices { thirdBytes[k] |= table.thirdBytes[k] }
        }
        self.secondBytes = secondBytes
        self.shortPairs = shortPairs
        self.thirdBytes = thirdBytes
    }

    /// Whether a keyword of one of the tables could start at `i`: `KeywordTable.longestMatch`'s
    /// own first checks, on the union of the tables. A step.
    @inline(__always) func mayMatch(in t: Text, at i: Int) -> Bool {
        t.work.step()
        let c = lowerASCII(t[i]), c1 = lowerASCII(t[i + 1])
        let pair = 4 * Int(c) + Int(c1) / 64, bit: UInt64 = 1 << UInt64(c1 % 64)
        guard secondBytes[pair] & bit != 0 else { return false }
        if shortPairs[pair] & bit != 0 { return true }
        let slot = KeywordTable.thirdByteSlot(c, c1, lowerASCII(t[i + 2]))
        return thirdBytes[slot / 64] & (1 << UInt64(slot % 64)) != 0
    }
}
