/// The protocol buffers wire format at its lowest level: tags, varints,
/// fixed-width numbers and length-delimited fields. Pure, bounded by its input.
public enum ProtoWire {
    /// The wire type in the low three bits of a tag.
    public enum WireType: UInt8, Sendable {
        case varint = 0, fixed64 = 1, lengthDelimited = 2, startGroup = 3, endGroup = 4, fixed32 = 5
    }

    /// Malformed wire data; `description` names what, never the content.
    public struct Malformed: Error, Equatable, CustomStringConvertible, Sendable {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    /// Reads fields from a byte buffer front to back.
    public struct Reader {
        let bytes: ArraySlice<UInt8>
        var index: Int

        /// A reader over `bytes`.
        public init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            index = bytes.startIndex
        }

        /// Whether everything was read.
        public var isAtEnd: Bool { index >= bytes.endIndex }

        /// The next field's number and wire type, or nil at the end.
        public mutating func nextTag() throws(Malformed) -> (number: Int, type: WireType)? {
            guard !isAtEnd else { return nil }
            let key = try varint()
            guard let type = WireType(rawValue: UInt8(key & 7)) else { throw Malformed("unknown wire type \(key & 7)") }
            let number = key >> 3
            guard number >= 1, number <= 536_870_911 else { throw Malformed("field number \(number) out of range") }
            return (Int(number), type)
        }

        /// A base-128 varint (at most 10 bytes).
        public mutating func varint() throws(Malformed) -> UInt64 {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard index < bytes.endIndex else { throw Malformed("truncated varint") }
                let b = bytes[index]
                index += 1
                guard shift < 64 else { throw Malformed("varint longer than 10 bytes") }
                result |= UInt64(b & 0x7F) << shift
                if b & 0x80 == 0 { return result }
                shift += 7
            }
        }

        /// A little-endian fixed 32-bit value.
        public mutating func fixed32() throws(Malformed) -> UInt32 {
            UInt32(truncatingIfNeeded: try fixed(4))
        }

        /// A little-endian fixed 64-bit value.
        public mutating func fixed64() throws(Malformed) -> UInt64 {
            try fixed(8)
        }

        private mutating func fixed(_ width: Int) throws(Malformed) -> UInt64 {
            guard bytes.endIndex - index >= width else { throw Malformed("truncated fixed\(width * 8)") }
            var v: UInt64 = 0
            for i in 0..<width { v |= UInt64(bytes[index + i]) << (8 * UInt64(i)) }
            index += width
            return v
        }

        /// The bytes of a length-delimited field.
        public mutating func lengthDelimited() throws(Malformed) -> ArraySlice<UInt8> {
            let length = try varint()
            guard length <= UInt64(bytes.endIndex - index) else { throw Malformed("length \(length) past the end") }
            let start = index
            index += Int(length)
            return bytes[start..<index]
        }

        /// Skips a field of `type` (groups are refused: proto3 has none).
        public mutating func skip(_ type: WireType) throws(Malformed) {
            switch type {
            case .varint: _ = try varint()
            case .fixed64: _ = try fixed64()
            case .fixed32: _ = try fixed32()
            case .lengthDelimited: _ = try lengthDelimited()
            case .startGroup, .endGroup: throw Malformed("groups are not supported")
            }
        }
    }

    /// Appends fields to a byte buffer.
    public struct Writer {
        /// What was written.
        public private(set) var bytes: [UInt8] = []

        /// An empty writer.
        public init() {}

        /// A field's tag.
        public mutating func tag(_ number: Int, _ type: WireType) {
            varint(UInt64(number) << 3 | UInt64(type.rawValue))
        }

        /// A base-128 varint.
        public mutating func varint(_ value: UInt64) {
            var v = value
            while v >= 0x80 {
                bytes.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }

        /// A little-endian fixed 32-bit value.
        public mutating func fixed32(_ value: UInt32) {
            for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt32(i)))) }
        }

        /// A little-endian fixed 64-bit value.
        public mutating func fixed64(_ value: UInt64) {
            for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
        }

        /// A length prefix and `payload`.
        public mutating func lengthDelimited(_ payload: some Collection<UInt8>) {
            varint(UInt64(payload.count))
            bytes.append(contentsOf: payload)
        }
    }
}
