internal import CResumeProto

/// Memory for the C message tree of one encode: every message struct, string
/// copy and array the `ProtoWriter` builds, released together afterwards.
///
/// Not `Sendable`: one arena lives for one `ProtoCodec.encode` call.
public final class ProtoArena {
    private var blocks: [UnsafeMutableRawPointer] = []
    private var cursor: UnsafeMutableRawPointer?
    private var remaining = 0
    private static let blockSize = 4096

    /// Set when a string held U+0000, which a C string cannot carry.
    private(set) var embeddedNULField: Bool = false

    init() {}

    deinit {
        for b in blocks { b.deallocate() }
    }

    /// Uninitialised memory for `byteCount` bytes aligned to 16.
    func allocate(_ byteCount: Int) -> UnsafeMutableRawPointer {
        let size = (max(byteCount, 1) + 15) & ~15
        if size > Self.blockSize / 4 {
            let big = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
            blocks.append(big)
            return big
        }
        if size > remaining {
            let block = UnsafeMutableRawPointer.allocate(byteCount: Self.blockSize, alignment: 16)
            blocks.append(block)
            cursor = block
            remaining = Self.blockSize
        }
        let p = cursor!
        cursor = p + size
        remaining -= size
        return p
    }

    /// A C message of `descriptor`'s type, initialised to its defaults.
    func allocateMessage(_ descriptor: ProtoMessageDescriptor) -> UnsafeMutableRawPointer {
        let p = allocate(descriptor.raw.pointee.sizeof_message)
        descriptor.raw.pointee.message_init(p.assumingMemoryBound(to: ProtobufCMessage.self))
        return p
    }

    /// A NUL-terminated copy of `s`.
    func copyCString(_ s: String) -> UnsafePointer<CChar> {
        var s = s
        return s.withUTF8 { utf8 in
            if utf8.contains(0) { embeddedNULField = true }
            let p = allocate(utf8.count + 1)
            if let base = utf8.baseAddress { p.copyMemory(from: base, byteCount: utf8.count) }
            p.storeBytes(of: 0, toByteOffset: utf8.count, as: UInt8.self)
            return UnsafePointer(p.assumingMemoryBound(to: CChar.self))
        }
    }

    /// A copy of `bytes`, or nil when empty.
    func copyBytes(_ bytes: [UInt8]) -> UnsafeRawPointer? {
        guard !bytes.isEmpty else { return nil }
        let p = allocate(bytes.count)
        bytes.withUnsafeBytes { p.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        return UnsafeRawPointer(p)
    }
}
