internal import CResumeProto

/// Reads fields, by number, out of one C message protoc-c has unpacked.
///
/// Valid only inside the `ProtoMessage.init(reading:)` it is passed to.
public struct ProtoReader {
    private let message: UnsafeRawPointer
    private let descriptor: ProtoMessageDescriptor

    init(message: UnsafeRawPointer) {
        self.message = message
        // Every C message starts with `ProtobufCMessage { descriptor, ... }`.
        self.descriptor = ProtoMessageDescriptor(message.load(as: UnsafePointer<ProtobufCMessageDescriptor>.self))
    }

    /// A singular field; its default when absent.
    public func singular<T: ProtoFieldValue>(_ number: UInt32) -> T {
        T._load(from: message + Int(descriptor.field(number).pointee.offset))
    }

    /// A singular message field; nil when absent.
    public func message<M: ProtoMessage>(_ number: UInt32) -> M? {
        let slot = message + Int(descriptor.field(number).pointee.offset)
        guard slot.load(as: UnsafeRawPointer?.self) != nil else { return nil }
        return M._load(from: slot)
    }

    /// A repeated field, in wire order.
    public func repeated<T: ProtoFieldValue>(_ number: UInt32) -> [T] {
        let f = descriptor.field(number).pointee
        let count = (message + Int(f.quantifier_offset)).load(as: Int.self)
        guard count > 0, let elements = (message + Int(f.offset)).load(as: UnsafeRawPointer?.self) else { return [] }
        var out: [T] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(T._load(from: elements + i * T._cStride)) }
        return out
    }

    /// A `map<K, V>` field; a key sent twice keeps its last value, as protobuf specifies.
    public func map<K: ProtoFieldValue & Hashable, V: ProtoFieldValue>(_ number: UInt32) -> [K: V] {
        let f = descriptor.field(number).pointee
        let count = (message + Int(f.quantifier_offset)).load(as: Int.self)
        guard count > 0, let entries = (message + Int(f.offset)).load(as: UnsafeRawPointer?.self) else { return [:] }
        var out: [K: V] = [:]
        out.reserveCapacity(count)
        for i in 0..<count {
            let entry = ProtoReader(message: entries.load(fromByteOffset: i * MemoryLayout<UnsafeRawPointer>.stride, as: UnsafeRawPointer.self))
            out[entry.singular(1) as K] = entry.singular(2) as V
        }
        return out
    }
}
