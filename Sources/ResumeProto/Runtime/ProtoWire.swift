/// Reading the protobuf wire format by hand, for the few hot messages that
/// are parsed without protobuf-c (the request envelope) and for validation.
public enum ProtoWire {
    /// Reads a base-128 varint of at most 10 bytes; nil when truncated or overlong.
    @inline(__always)
    public static func varint(_ bytes: UnsafeRawBufferPointer, _ i: inout Int) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if shift == 63 && b > 1 { return nil }
            value |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return value }
            shift += 7
            if shift > 63 { return nil }
        }
        return nil
    }

    /// Reads a length-delimited value's bytes; nil when its length runs past the end.
    @inline(__always)
    public static func lengthDelimited(_ bytes: UnsafeRawBufferPointer, _ i: inout Int) -> UnsafeRawBufferPointer? {
        guard let length = varint(bytes, &i), length <= UInt64(bytes.count - i) else { return nil }
        let value = UnsafeRawBufferPointer(rebasing: bytes[i..<(i + Int(length))])
        i += Int(length)
        return value
    }

    /// Skips one value of `wireType`; false for a group, an unknown wire type, or a truncated value.
    public static func skip(_ bytes: UnsafeRawBufferPointer, _ i: inout Int, wireType: UInt64) -> Bool {
        switch wireType {
        case 0: return varint(bytes, &i) != nil
        case 1: guard bytes.count - i >= 8 else { return false }; i += 8; return true
        case 5: guard bytes.count - i >= 4 else { return false }; i += 4; return true
        case 2: return lengthDelimited(bytes, &i) != nil
        default: return false // groups (3, 4) and wire types 6, 7
        }
    }

    /// Bytes a varint of `value` takes.
    @inline(__always)
    public static func varintSize(_ value: UInt64) -> Int {
        value == 0 ? 1 : (64 - value.leadingZeroBitCount + 6) / 7
    }

    /// Appends a varint.
    @inline(__always)
    public static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }
}
