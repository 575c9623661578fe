internal import CResumeProto

/// Writes fields, by number, into one C message that protoc-c will pack.
///
/// Valid only inside the `ProtoMessage.write(to:)` it is passed to.
public struct ProtoWriter {
    private let message: UnsafeMutableRawPointer
    private let descriptor: ProtoMessageDescriptor
    private let arena: ProtoArena

    init(message: UnsafeMutableRawPointer, arena: ProtoArena) {
        self.message = message
        self.descriptor = ProtoMessageDescriptor(message.load(as: UnsafePointer<ProtobufCMessageDescriptor>.self))
        self.arena = arena
    }

    /// Sets a singular field. protoc-c leaves proto3 defaults off the wire.
    public mutating func singular<T: ProtoFieldValue>(_ number: UInt32, _ value: T) {
        value._store(to: message + Int(descriptor.field(number).pointee.offset), arena: arena)
    }

    /// Sets a singular message field; nil leaves it absent.
    public mutating func message<M: ProtoMessage>(_ number: UInt32, _ value: M?) {
        guard let value else { return }
        singular(number, value)
    }

    /// Sets a repeated field.
    public mutating func repeated<T: ProtoFieldValue>(_ number: UInt32, _ values: [T]) {
        guard !values.isEmpty else { return }
        let f = descriptor.field(number).pointee
        let elements = arena.allocate(values.count * T._cStride)
        for (i, v) in values.enumerated() { v._store(to: elements + i * T._cStride, arena: arena) }
        (message + Int(f.quantifier_offset)).storeBytes(of: values.count, as: Int.self)
        (message + Int(f.offset)).storeBytes(of: UnsafeRawPointer(elements), as: UnsafeRawPointer.self)
    }

    /// Sets a `map<K, V>` field; entries go out sorted by key so equal maps encode equally.
    public mutating func map<K: ProtoFieldValue & Hashable & Comparable, V: ProtoFieldValue>(_ number: UInt32, _ values: [K: V]) {
        guard !values.isEmpty else { return }
        let f = descriptor.field(number).pointee
        let entryDescriptor = ProtoMessageDescriptor(f.descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self))
        let entries = arena.allocate(values.count * MemoryLayout<UnsafeRawPointer>.stride)
        for (i, key) in values.keys.sorted().enumerated() {
            let entry = arena.allocateMessage(entryDescriptor)
            var w = ProtoWriter(message: entry, arena: arena)
            w.singular(1, key)
            w.singular(2, values[key]!)
            entries.storeBytes(of: UnsafeRawPointer(entry), toByteOffset: i * MemoryLayout<UnsafeRawPointer>.stride, as: UnsafeRawPointer.self)
        }
        (message + Int(f.quantifier_offset)).storeBytes(of: values.count, as: Int.self)
        (message + Int(f.offset)).storeBytes(of: UnsafeRawPointer(entries), as: UnsafeRawPointer.self)
    }
}
