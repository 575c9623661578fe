public import Foundation

/// UUIDs in their canonical lower-case text form (`8-4-4-4-12` hex digits),
/// written and read byte by byte: Foundation's `uuidString` is upper case
/// and its parser goes through `sscanf`, both slow on the request path.
public enum UUIDText {
    private static let hex = Array("0123456789abcdef".utf8)

    /// The lower-case text form of `uuid`.
    public static func format(_ uuid: UUID) -> String {
        withUnsafeBytes(of: uuid.uuid) { b in
            String(unsafeUninitializedCapacity: 36) { out in
                var o = 0
                for i in 0..<16 {
                    if i == 4 || i == 6 || i == 8 || i == 10 { out[o] = UInt8(ascii: "-"); o += 1 }
                    out[o] = hex[Int(b[i] >> 4)]
                    out[o + 1] = hex[Int(b[i] & 0x0F)]
                    o += 2
                }
                return 36
            }
        }
    }

    /// The UUID written in canonical lower-case form, or nil for anything
    /// else (upper case, braces, missing or misplaced dashes).
    public static func parse(_ text: some StringProtocol) -> UUID? {
        let utf8 = text.utf8
        guard utf8.count == 36 else { return nil }
        // Native strings are contiguous UTF-8: read them in place.
        if let parsed = utf8.withContiguousStorageIfAvailable({ parse(bytes: UnsafeRawBufferPointer($0)) }) { return parsed }
        return Array(utf8).withUnsafeBytes { parse(bytes: $0) }
    }

    /// `parse` over 36 bytes of UTF-8.
    public static func parse(bytes text: UnsafeRawBufferPointer) -> UUID? {
        guard text.count == 36 else { return nil }
        var bytes = (UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0),
                     UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0))
        let ok = withUnsafeMutableBytes(of: &bytes) { out -> Bool in
            guard text[8] == UInt8(ascii: "-"), text[13] == UInt8(ascii: "-"), text[18] == UInt8(ascii: "-"),
                  text[23] == UInt8(ascii: "-") else { return false }
            var position = 0
            for i in 0..<16 {
                if position == 8 || position == 13 || position == 18 || position == 23 { position += 1 }
                guard let high = nibble(text[position]), let low = nibble(text[position + 1]) else { return false }
                out[i] = high << 4 | low
                position += 2
            }
            return true
        }
        return ok ? UUID(uuid: bytes) : nil
    }

    @inline(__always)
    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c &- UInt8(ascii: "a") &+ 10
        default: nil
        }
    }
}
