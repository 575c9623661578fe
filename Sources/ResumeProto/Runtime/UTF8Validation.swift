/// Strict UTF-8 checking, as proto3 requires of `string` fields.
public enum UTF8Validation {
    /// True when `bytes` is well-formed UTF-8 (no overlong forms, no
    /// surrogates, nothing past U+10FFFF) and holds no U+0000.
    public static func isValidWithoutNUL(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            // ASCII fast path, eight bytes at a time.
            while i + 8 <= n {
                let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // No high bit set and no zero byte among the eight.
                if word & 0x8080_8080_8080_8080 != 0 { break }
                if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
            guard i < n else { return true }
            let b0 = bytes[i]
            if b0 == 0 { return false }
            if b0 < 0x80 { i += 1; continue }
            let need: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; upper = 0x9F
            case 0xF0: need = 3; lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; upper = 0x8F
            default: return false
            }
            guard i + need < n else { return false }
            let b1 = bytes[i + 1]
            guard b1 >= lower && b1 <= upper else { return false }
            for k in stride(from: 2, through: need, by: 1) {
                guard bytes[i + k] & 0xC0 == 0x80 else { return false }
            }
            i += need + 1
        }
        return true
    }
}
