/// One token of a document: a piece of text, folded (and, for plain words, stemmed).
struct Token {
    /// Properties of a token and of what stands between it and the previous one.
    struct Flags: OptionSet {
        let rawValue: UInt8
        /// No phrase may join this token to the previous one (a line break, hard punctuation,
        /// a placeholder, a dropped piece, or a connector that does not join words).
        static let breakBefore = Flags(rawValue: 1 << 0)
        /// A `:` stands between the previous token and this one.
        static let colonBefore = Flags(rawValue: 1 << 1)
        /// The token is ASCII digits only.
        static let number = Flags(rawValue: 1 << 2)
        /// The token is a vocabulary compound kept whole (`c++`, `node.js`).
        static let compound = Flags(rawValue: 1 << 3)
        /// The first token of its line.
        static let lineStart = Flags(rawValue: 1 << 4)
    }

    /// The normalised form that tables are keyed by (`postgre`, `c++`, `=go`).
    var key: String
    /// UTF-8 offsets of the piece in the document.
    var start: Int32
    var end: Int32
    /// 0-based line number.
    var line: Int32
    var flags: Flags
}
