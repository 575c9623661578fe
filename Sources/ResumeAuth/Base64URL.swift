/// Unpadded base64url (RFC 4648 §5), byte by byte with lookup tables: no
/// Foundation strings on the token path. Decoding accepts only the canonical
/// encoding: no padding, no other alphabet, and the unused low bits of the
/// last character zero, so one byte string has exactly one text form and a
/// token cannot be altered without breaking it.
enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// 0...63 for alphabet bytes, 0xFF for anything else.
    private static let values: [UInt8] = {
        var t = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in alphabet.enumerated() { t[Int(c)] = UInt8(i) }
        return t
    }()

    /// The text form of `bytes`.
    static func encode(_ bytes: some Collection<UInt8>) -> String {
        let input = Array(bytes)
        let count = (input.count * 4 + 2) / 3
        return String(unsafeUninitializedCapacity: count) { out in
            var o = 0, i = 0
            while i + 3 <= input.count {
                let n = UInt32(input[i]) << 16 | UInt32(input[i + 1]) << 8 | UInt32(input[i + 2])
                out[o] = alphabet[Int(n >> 18)]; out[o + 1] = alphabet[Int(n >> 12 & 63)]
                out[o + 2] = alphabet[Int(n >> 6 & 63)]; out[o + 3] = alphabet[Int(n & 63)]
                o += 4; i += 3
            }
            switch input.count - i {
            case 1:
                let n = UInt32(input[i]) << 16
                out[o] = alphabet[Int(n >> 18)]; out[o + 1] = alphabet[Int(n >> 12 & 63)]
                o += 2
            case 2:
                let n = UInt32(input[i]) << 16 | UInt32(input[i + 1]) << 8
                out[o] = alphabet[Int(n >> 18)]; out[o + 1] = alphabet[Int(n >> 12 & 63)]; out[o + 2] = alphabet[Int(n >> 6 & 63)]
                o += 3
            default: break
            }
            return o
        }
    }

    /// The bytes of a canonical encoding, or nil.
    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        var text = text
        return text.utf8.withContiguousStorageIfAvailable { decode(UnsafeRawBufferPointer($0)) } ?? decode(Array(text.utf8))
    }

    /// The bytes of a canonical encoding in `input`, or nil.
    static func decode(_ input: [UInt8]) -> [UInt8]? {
        input.withUnsafeBytes { decode($0) }
    }

    /// The bytes of a canonical encoding in `input`, or nil.
    static func decode(_ input: UnsafeRawBufferPointer) -> [UInt8]? {
        let rest = input.count % 4
        guard rest != 1 else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(input.count / 4 * 3 + 2)
        var i = 0
        while i + 4 <= input.count {
            let a = values[Int(input[i])], b = values[Int(input[i + 1])], c = values[Int(input[i + 2])], d = values[Int(input[i + 3])]
            guard (a | b | c | d) & 0xC0 == 0 else { return nil }
            let n = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
            out.append(UInt8(n >> 16)); out.append(UInt8(n >> 8 & 0xFF)); out.append(UInt8(n & 0xFF))
            i += 4
        }
        if rest == 2 {
            let a = values[Int(input[i])], b = values[Int(input[i + 1])]
            guard (a | b) & 0xC0 == 0, b & 0x0F == 0 else { return nil }   // 4 unused bits must be zero
            out.append(a << 2 | b >> 4)
        } else if rest == 3 {
            let a = values[Int(input[i])], b = values[Int(input[i + 1])], c = values[Int(input[i + 2])]
            guard (a | b | c) & 0xC0 == 0, c & 0x03 == 0 else { return nil } // 2 unused bits must be zero
            out.append(a << 2 | b >> 4); out.append((b & 0x0F) << 4 | c >> 2)
        }
        return out
    }
}
