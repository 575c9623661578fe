internal import CResumeProto

/// The one place that calls protobuf-c's pack, unpack and free.
enum ProtoCodec {
    /// protobuf-c wants a non-NULL pointer even for zero bytes.
    private static let emptyInput: [UInt8] = [0]

    /// Validates `bytes` (structure, strings, limits), unpacks them with
    /// protobuf-c, copies the fields into Swift and frees the C message.
    /// protobuf-c allocates the unpacked tree from the thread's arena, so
    /// nothing is freed piece by piece: the arena is reset afterwards.
    static func decode<M: ProtoMessage>(_: M.Type, from bytes: UnsafeRawBufferPointer, limits: ProtoDecodingLimits) throws(ProtoDecodingError) -> M {
        let descriptor = M.protoDescriptor
        var validator = ProtoWireValidator(limits: limits, root: M.protoName)
        try validator.validate(bytes, descriptor: descriptor, depth: 0)
        return try ProtoArena.withThreadArena { (arena) throws(ProtoDecodingError) -> M in
            var allocator = ProtobufCAllocator(
                alloc: { data, size in
                    Unmanaged<ProtoArena>.fromOpaque(data!).takeUnretainedValue().allocate(size)
                },
                free: { _, _ in },
                allocator_data: Unmanaged.passUnretained(arena).toOpaque()
            )
            let unpacked: UnsafeMutablePointer<ProtobufCMessage>?
            if let base = bytes.baseAddress, bytes.count > 0 {
                unpacked = protobuf_c_message_unpack(descriptor.raw, &allocator, bytes.count, base.assumingMemoryBound(to: UInt8.self))
            } else {
                unpacked = emptyInput.withUnsafeBufferPointer { protobuf_c_message_unpack(descriptor.raw, &allocator, 0, $0.baseAddress!) }
            }
            guard let unpacked else { throw .malformed(message: M.protoName) }
            return M(reading: ProtoReader(message: UnsafeRawPointer(unpacked)))
        }
    }

    /// Whether protobuf-c alone (no validation) unpacks `bytes` as `M`: for
    /// tests that hold the validator to protobuf-c's own rules.
    static func protobufCAccepts<M: ProtoMessage>(_: M.Type, _ bytes: UnsafeRawBufferPointer) -> Bool {
        ProtoArena.withThreadArena { arena in
            var allocator = ProtobufCAllocator(
                alloc: { data, size in Unmanaged<ProtoArena>.fromOpaque(data!).takeUnretainedValue().allocate(size) },
                free: { _, _ in },
                allocator_data: Unmanaged.passUnretained(arena).toOpaque()
            )
            let base = bytes.count > 0 ? bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) : emptyInput.withUnsafeBufferPointer { $0.baseAddress! }
            return protobuf_c_message_unpack(M.protoDescriptor.raw, &allocator, bytes.count, base) != nil
        }
    }

    /// Builds the C message tree in the thread's arena, packs it after
    /// `buffer`'s last byte and returns the packed size.
    static func encode<M: ProtoMessage>(_ message: M, appendingTo buffer: inout [UInt8]) throws(ProtoEncodingError) -> Int {
        try ProtoArena.withThreadArena { (arena) throws(ProtoEncodingError) -> Int in
            try encode(message, arena: arena, appendingTo: &buffer)
        }
    }

    private static func encode<M: ProtoMessage>(_ message: M, arena: ProtoArena, appendingTo buffer: inout [UInt8]) throws(ProtoEncodingError) -> Int {
        let c = arena.allocateMessage(M.protoDescriptor)
        var writer = ProtoWriter(message: c, arena: arena)
        message.write(to: &writer)
        if arena.embeddedNULField { throw .embeddedNUL(message: M.protoName) }
        let cMessage = UnsafePointer(c.assumingMemoryBound(to: ProtobufCMessage.self))
        let size = protobuf_c_message_get_packed_size(cMessage)
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: size))
        let packed = buffer.withUnsafeMutableBufferPointer { out in
            protobuf_c_message_pack(cMessage, out.baseAddress! + start)
        }
        precondition(packed == size, "protobuf-c packed \(packed) bytes of a \(size)-byte \(M.protoName)")
        return size
    }
}
