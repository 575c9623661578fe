/// The vocabulary's compound tokens (`c++`, `node.js`, `ci/cd`, `.net`, `objective-c`, …) as a
/// byte trie, so that the tokenizer keeps them whole in one forward walk of at most
/// ``maxLength`` bytes per piece start: tokenisation stays linear in the input.
///
/// Symbols are ASCII letters (folded to lower case), digits and the connectors
/// `. - / + # & ' _`; any other byte ends a walk.
struct CompoundTrie: Sendable {
    private static let symbolCount = 44
    /// `edges[node * symbolCount + symbol]` is the child node, or -1.
    private var edges: [Int32]
    private var accepting: [Bool]
    /// The length of the longest compound, in bytes.
    private(set) var maxLength = 0
    /// Number of compounds inserted.
    private(set) var count = 0

    init() {
        edges = Array(repeating: -1, count: CompoundTrie.symbolCount)
        accepting = [false]
    }

    /// The trie symbol of a byte (ASCII upper case folded), or -1 if the byte cannot be in a compound.
    @inline(__always)
    static func symbol(_ b: UInt8) -> Int {
        switch b {
        case 0x61...0x7A: Int(b) - 0x61
        case 0x41...0x5A: Int(b) - 0x41
        case 0x30...0x39: 26 + Int(b) - 0x30
        case 0x2E: 36  // .
        case 0x2D: 37  // -
        case 0x2F: 38  // /
        case 0x2B: 39  // +
        case 0x23: 40  // #
        case 0x26: 41  // &
        case 0x27: 42  // '
        case 0x5F: 43  // _
        default: -1
        }
    }

    /// Inserts a compound; returns false (and inserts nothing) if it has a byte no compound may have.
    @discardableResult
    mutating func insert(_ compound: String) -> Bool {
        let bytes = Array(compound.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ CompoundTrie.symbol($0) >= 0 }) else { return false }
        var node = 0
        for b in bytes {
            let slot = node * CompoundTrie.symbolCount + CompoundTrie.symbol(b)
            if edges[slot] < 0 {
                edges[slot] = Int32(accepting.count)
                accepting.append(false)
                edges.append(contentsOf: repeatElement(-1, count: CompoundTrie.symbolCount))
            }
            node = Int(edges[slot])
        }
        if !accepting[node] { count += 1 }
        accepting[node] = true
        maxLength = max(maxLength, bytes.count)
        return true
    }

    /// The end of the longest compound starting at `start` that ends on a boundary (the end
    /// of the text, or a byte that is not part of a word) or with a connector symbol, or nil. Adds the bytes it
    /// examined to `steps`.
    func longestMatch(in buf: UnsafeBufferPointer<UInt8>, from start: Int, steps: inout Int) -> Int? {
        var node = 0
        var i = start
        var best: Int? = nil
        let n = buf.count
        while i < n {
            steps &+= 1
            let s = CompoundTrie.symbol(buf[i])
            if s < 0 { break }
            let next = edges[node * CompoundTrie.symbolCount + s]
            if next < 0 { break }
            node = Int(next)
            i += 1
            // A compound ends at a boundary, or with a symbol (`C++17`, `C#10`: digits may follow).
            if accepting[node] && (Tokenizer.isBoundary(buf, i) || s >= 36) { best = i }
        }
        return best
    }
}
