/// Just enough of protobuf's wire format to write the harness' requests
/// without an encoder call per send: varints and length-delimited fields,
/// appended to a byte buffer. Any protobuf decoder reads the result.
public enum ProtoBytes {
    /// Bytes `value` takes as a varint (1 to 10).
    @inline(__always)
    public static func varintSize(_ value: UInt64) -> Int {
        var v = value, n = 1
        while v >= 0x80 { v >>= 7; n += 1 }
        return n
    }

    /// Appends `value` as a varint.
    @inline(__always)
    public static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    /// Appends field `number` as a varint (wire type 0); a 0 is left out, as proto3 does.
    public static func appendVarintField(_ number: Int, _ value: UInt64, to out: inout [UInt8]) {
        guard value != 0 else { return }
        appendVarint(UInt64(number << 3), to: &out)
        appendVarint(value, to: &out)
    }

    /// Appends field `number` as length-delimited bytes (wire type 2); empty ones are left out.
    public static func appendBytesField(_ number: Int, _ bytes: some Collection<UInt8>, to out: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        appendVarint(UInt64(number << 3 | 2), to: &out)
        appendVarint(UInt64(bytes.count), to: &out)
        out.append(contentsOf: bytes)
    }

    /// Appends field `number` as a string (UTF-8, wire type 2); empty ones are left out.
    public static func appendStringField(_ number: Int, _ text: String, to out: inout [UInt8]) {
        appendBytesField(number, text.utf8, to: &out)
    }

    /// Reads a varint at `offset` of `bytes`, moving `offset` past it; nil when
    /// it runs past the end or over 10 bytes.
    @inline(__always)
    public static func readVarint(_ bytes: UnsafeRawBufferPointer, _ offset: inout Int) -> UInt64? {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count && shift < 70 {
            let b = bytes[offset]
            offset += 1
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
        }
        return nil
    }

    /// Skips a field's value of wire type `wireType` at `offset`; false when malformed.
    @inline(__always)
    public static func skip(wireType: UInt64, _ bytes: UnsafeRawBufferPointer, _ offset: inout Int) -> Bool {
        switch wireType {
        case 0: return readVarint(bytes, &offset) != nil
        case 1: offset += 8; return offset <= bytes.count
        case 5: offset += 4; return offset <= bytes.count
        case 2:
            guard let n = readVarint(bytes, &offset), n <= UInt64(bytes.count - offset) else { return false }
            offset += Int(n)
            return true
        default: return false
        }
    }
}
