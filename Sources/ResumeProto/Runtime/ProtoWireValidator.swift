internal import CResumeProto

/// Walks the protobuf wire format once, before protobuf-c unpacks it, to
/// check what protobuf-c does not: that every `string` is UTF-8 without
/// U+0000 (protobuf-c would accept anything and cut at the first NUL), that
/// nesting stays shallow, and that the message cannot make protobuf-c
/// allocate far more than its size (a million empty map entries).
/// Structural errors are reported too; protobuf-c would reject them anyway.
struct ProtoWireValidator {
    private var budget: Int
    private let maxDepth: Int
    private let root: String

    init(limits: ProtoDecodingLimits, root: String) {
        self.budget = limits.maxElements
        self.maxDepth = limits.maxDepth
        self.root = root
    }

    mutating func validate(_ bytes: UnsafeRawBufferPointer, descriptor: ProtoMessageDescriptor, depth: Int) throws(ProtoDecodingError) {
        guard depth <= maxDepth else { throw .tooDeep(message: root) }
        var i = 0
        let n = bytes.count
        while i < n {
            guard let tag = Self.varint(bytes, &i), tag >> 3 != 0, tag >> 3 <= 0x1FFF_FFFF else { throw .malformed(message: root) }
            budget -= 1
            if budget < 0 { throw .tooManyElements(message: root) }
            let number = UInt32(tag >> 3)
            if let field = protobuf_c_message_descriptor_get_field(descriptor.raw, number),
               !Self.wireType(tag & 7, fits: field.pointee.type, repeated: field.pointee.label == PROTOBUF_C_LABEL_REPEATED) {
                throw .malformed(message: root) // protobuf-c refuses a known field with the wrong wire type
            }
            switch tag & 7 {
            case 0:
                guard Self.varint(bytes, &i) != nil else { throw .malformed(message: root) }
            case 1:
                guard n - i >= 8 else { throw .malformed(message: root) }
                i += 8
            case 5:
                guard n - i >= 4 else { throw .malformed(message: root) }
                i += 4
            case 2:
                guard let length = Self.varint(bytes, &i), length <= UInt64(n - i) else { throw .malformed(message: root) }
                let body = UnsafeRawBufferPointer(rebasing: bytes[i..<(i + Int(length))])
                i += Int(length)
                guard let field = protobuf_c_message_descriptor_get_field(descriptor.raw, number) else { continue } // unknown: kept opaque
                switch field.pointee.type {
                case PROTOBUF_C_TYPE_STRING:
                    guard UTF8Validation.isValidWithoutNUL(body) else {
                        throw .invalidString(message: root, field: String(cString: field.pointee.name))
                    }
                case PROTOBUF_C_TYPE_MESSAGE:
                    let sub = ProtoMessageDescriptor(field.pointee.descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self))
                    try validate(body, descriptor: sub, depth: depth + 1)
                case PROTOBUF_C_TYPE_BYTES:
                    break
                default:
                    // A packed repeated scalar: count its elements against the budget (at most one per byte).
                    budget -= body.count
                    if budget < 0 { throw .tooManyElements(message: root) }
                }
            default:
                throw .malformed(message: root) // groups (3, 4) and wire types 6, 7
            }
        }
    }

    /// Whether a value of `wireType` can hold a field of `type`.
    static func wireType(_ wireType: UInt64, fits type: ProtobufCType, repeated: Bool) -> Bool {
        switch type {
        case PROTOBUF_C_TYPE_STRING, PROTOBUF_C_TYPE_BYTES, PROTOBUF_C_TYPE_MESSAGE:
            return wireType == 2
        case PROTOBUF_C_TYPE_FIXED32, PROTOBUF_C_TYPE_SFIXED32, PROTOBUF_C_TYPE_FLOAT:
            return wireType == 5 || (repeated && wireType == 2)
        case PROTOBUF_C_TYPE_FIXED64, PROTOBUF_C_TYPE_SFIXED64, PROTOBUF_C_TYPE_DOUBLE:
            return wireType == 1 || (repeated && wireType == 2)
        default:
            return wireType == 0 || (repeated && wireType == 2)
        }
    }

    static func varint(_ bytes: UnsafeRawBufferPointer, _ i: inout Int) -> UInt64? {
        ProtoWire.varint(bytes, &i)
    }
}
