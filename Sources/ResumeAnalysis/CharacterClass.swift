// The tokenizer's character classes and its fixed case-folding rule
// (docs/ANALYSIS.md, "Tokenisation"). Nothing here depends on the locale or on
// the Unicode tables of the standard library, so the same bytes always give the
// same tokens, whatever the toolchain.

/// How the tokenizer treats one character (an ASCII byte or a decoded Unicode scalar).
enum CharacterClass: UInt8 {
    /// Space, tab and other control characters: separates tokens; a phrase may continue across it.
    case blank
    /// A line break (LF, CR, NEL, U+2028, U+2029): ends a line; no phrase crosses it.
    case newline
    /// Hard punctuation and symbols: separates tokens; no phrase crosses it.
    case separator
    /// `. - / + # & ' _`: joins the pieces of a chunk (`Node.js`, `CI/CD`, `C++`), never part of a plain piece.
    case connector
    /// Letters, digits and every scalar not listed elsewhere: the stuff of words.
    case word

    /// The class of an ASCII byte (`byte < 0x80`).
    static func ofASCII(_ byte: UInt8) -> CharacterClass { asciiTable[Int(byte)] }

    private static let asciiTable: [CharacterClass] = (0..<128).map { (b: Int) -> CharacterClass in
        switch b {
        case 0x0A, 0x0D: .newline
        case 0x00...0x20, 0x7F: .blank
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: .word
        case 0x2E, 0x2D, 0x2F, 0x2B, 0x23, 0x26, 0x27, 0x5F: .connector  // . - / + # & ' _
        default: .separator
        }
    }

    /// The class of a non-ASCII scalar value.
    static func ofScalar(_ v: UInt32) -> CharacterClass {
        switch v {
        case 0x85, 0x2028, 0x2029: return .newline
        case 0xAA, 0xB5, 0xBA: return .word  // ª µ º
        case 0x80...0xBF, 0xD7, 0xF7: return .separator  // C1 controls, NBSP, Latin-1 punctuation and symbols, × ÷
        case 0x2000...0x2BFF: return .separator  // general punctuation, currency, arrows, maths, box drawing, shapes, dingbats
        case 0x2E00...0x2E7F, 0x3000...0x303F: return .separator  // supplemental and CJK punctuation
        case 0xE000...0xF8FF: return .separator  // private use (bullet glyphs of PDF extractions)
        case 0xFE00...0xFE6F, 0xFEFF: return .separator  // variation selectors, vertical and small forms, BOM
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return .separator  // full-width punctuation
        case 0xFFF0...0xFFFF: return .separator  // specials, including U+FFFD
        case 0x1F000...0x1FAFF, 0xE0000...0xE007F: return .separator  // emoji and symbols, tags
        default: return .word
        }
    }

    /// The fixed simple case folding: ASCII, Latin-1 Supplement, basic Greek and Cyrillic
    /// capitals map to their small letters; every other scalar is left as it is.
    static func fold(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x41...0x5A: v + 0x20  // A–Z
        case 0xC0...0xDE where v != 0xD7: v + 0x20  // À–Þ
        case 0x391...0x3A9 where v != 0x3A2: v + 0x20  // Α–Ω
        case 0x410...0x42F: v + 0x20  // А–Я
        case 0x400...0x40F: v + 0x50  // Ѐ–Џ
        default: v
        }
    }
}
