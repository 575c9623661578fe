/// A protobuf enum generated from `proto/`. Open, as proto3 enums are: a number
/// the build does not know decodes to a value that still round-trips.
public protocol ProtoEnum: ProtoFieldValue, Hashable, RawRepresentable where RawValue == Int32 {
    /// The value for a wire number; never fails.
    init(rawValue: Int32)
    /// The value's name in the proto file, nil for an unknown number.
    var protoName: String? { get }
}

extension ProtoEnum {
    public static func _load(from slot: UnsafeRawPointer) -> Self {
        Self(rawValue: slot.load(as: Int32.self))
    }

    public func _store(to slot: UnsafeMutableRawPointer, arena: ProtoArena) {
        slot.storeBytes(of: rawValue, as: Int32.self)
    }

    public static var _cStride: Int { MemoryLayout<Int32>.stride }
}
