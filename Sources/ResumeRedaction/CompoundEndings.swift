// The endings of compound words, Dutch and German above all ("Projectmanagement",
// "Universitätsklinikum", "recruitmentteam", "Bauleiter"): which word a compound is, by its ending.

/// A list of endings, lower case, matched against the end of a word case-insensitively
/// (ASCII and Latin-1 letters: "UNIVERSITÄT" ends in "universität").
struct CompoundEndings {
    private let endings: [[UInt8]]
    /// Bytes a word must hold before its ending: "Bauleiter" is a compound of "leiter" (3 at least),
    /// "Leiter" alone (a surname) is not.
    private let minimumPrefix: Int

    init(_ endings: [String], minimumPrefix: Int) {
        self.endings = endings.map { Array($0.utf8) }
        self.minimumPrefix = minimumPrefix
    }

    /// Whether `t[s..<e]` ends in one of the endings, with `minimumPrefix` bytes or more before it.
    func endWord(_ t: Text, _ s: Int, _ e: Int) -> Bool {
        t.work.add(e - s)
        for ending in endings where e - s - ending.count >= minimumPrefix {
            let from = e - ending.count
            var k = 0
            while k < ending.count, Self.folded(t, from + k) == ending[k] { k += 1 }
            if k == ending.count { return true }
        }
        return false
    }

    /// The byte at `i` lower-cased: an ASCII capital, or the second byte of a Latin-1 capital (C3 80–9E).
    private static func folded(_ t: Text, _ i: Int) -> UInt8 {
        let b = t[i]
        if isUpperASCII(b) { return b | 0x20 }
        if b >= 0x80, b <= 0x9E, b != 0x97, i > 0, t[i - 1] == 0xC3 { return b + 0x20 }
        return b
    }
}
