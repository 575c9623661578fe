/// A Swift type that stands for one protobuf field value and knows its C
/// representation in a protoc-c message struct.
///
/// The underscored requirements are the runtime's business: generated code
/// calls `ProtoReader` and `ProtoWriter`, which call these.
public protocol ProtoFieldValue: Sendable {
    /// Reads the value held in a C slot of this field type.
    static func _load(from slot: UnsafeRawPointer) -> Self
    /// Stores the value into a C slot; out-of-line data is copied into `arena`.
    func _store(to slot: UnsafeMutableRawPointer, arena: ProtoArena)
    /// Bytes one value takes in a C array (a repeated field).
    static var _cStride: Int { get }
}

/// A protobuf scalar that protoc-c stores inline, as the same bits as Swift.
public protocol ProtoInlineScalar: ProtoFieldValue, BitwiseCopyable {}

extension ProtoInlineScalar {
    public static func _load(from slot: UnsafeRawPointer) -> Self { slot.load(as: Self.self) }
    public func _store(to slot: UnsafeMutableRawPointer, arena: ProtoArena) { slot.storeBytes(of: self, as: Self.self) }
    public static var _cStride: Int { MemoryLayout<Self>.stride }
}

extension Int32: ProtoInlineScalar {}
extension Int64: ProtoInlineScalar {}
extension UInt32: ProtoInlineScalar {}
extension UInt64: ProtoInlineScalar {}
extension Float: ProtoInlineScalar {}
extension Double: ProtoInlineScalar {}

/// `protobuf_c_boolean` is a C `int`.
extension Bool: ProtoFieldValue {
    public static func _load(from slot: UnsafeRawPointer) -> Bool { slot.load(as: Int32.self) != 0 }
    public func _store(to slot: UnsafeMutableRawPointer, arena: ProtoArena) { slot.storeBytes(of: self ? 1 : 0, as: Int32.self) }
    public static var _cStride: Int { MemoryLayout<Int32>.stride }
}

/// A `char *`, NUL-terminated; the decoder has already checked it is UTF-8.
extension String: ProtoFieldValue {
    public static func _load(from slot: UnsafeRawPointer) -> String {
        guard let p = slot.load(as: UnsafePointer<CChar>?.self) else { return "" }
        return String(cString: p)
    }

    public func _store(to slot: UnsafeMutableRawPointer, arena: ProtoArena) {
        slot.storeBytes(of: arena.copyCString(self), as: UnsafePointer<CChar>.self)
    }

    public static var _cStride: Int { MemoryLayout<UnsafeRawPointer>.stride }
}

/// `ProtobufCBinaryData`: `{ size_t len; uint8_t *data; }`.
extension Array: ProtoFieldValue where Element == UInt8 {
    public static func _load(from slot: UnsafeRawPointer) -> [UInt8] {
        let count = slot.load(as: Int.self)
        guard count > 0, let data = slot.load(fromByteOffset: MemoryLayout<Int>.stride, as: UnsafeRawPointer?.self) else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: data, count: count))
    }

    public func _store(to slot: UnsafeMutableRawPointer, arena: ProtoArena) {
        slot.storeBytes(of: count, as: Int.self)
        slot.storeBytes(of: arena.copyBytes(self), toByteOffset: MemoryLayout<Int>.stride, as: UnsafeRawPointer?.self)
    }

    public static var _cStride: Int { 2 * MemoryLayout<Int>.stride }
}

/// A message field holds a pointer to the C message (NULL when absent).
extension ProtoMessage {
    public static func _load(from slot: UnsafeRawPointer) -> Self {
        guard let message = slot.load(as: UnsafeRawPointer?.self) else { return Self() }
        return Self(reading: ProtoReader(message: message))
    }

    public func _store(to slot: UnsafeMutableRawPointer, arena: ProtoArena) {
        let message = arena.allocateMessage(Self.protoDescriptor)
        var writer = ProtoWriter(message: message, arena: arena)
        write(to: &writer)
        slot.storeBytes(of: UnsafeRawPointer(message), as: UnsafeRawPointer.self)
    }

    public static var _cStride: Int { MemoryLayout<UnsafeRawPointer>.stride }
}
