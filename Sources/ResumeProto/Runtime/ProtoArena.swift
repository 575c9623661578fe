internal import CResumeProto

#if canImport(Glibc)
import Glibc
#endif

/// Memory for the C message tree of one encode or decode: every message
/// struct, string and array the `ProtoWriter` (or protobuf-c's unpacker)
/// makes, released together afterwards. Each thread keeps one arena and
/// reuses its first block, so the common small message costs no malloc.
///
/// Not `Sendable`: an arena belongs to the thread that acquired it.
public final class ProtoArena {
    private var first: UnsafeMutableRawPointer
    private var extra: [UnsafeMutableRawPointer] = []
    private var cursor: UnsafeMutableRawPointer
    private var remaining: Int
    private var inUse = false
    private static let blockSize = 16 * 1024

    /// Set when a string held U+0000, which a C string cannot carry.
    private(set) var embeddedNULField: Bool = false

    init() {
        first = UnsafeMutableRawPointer.allocate(byteCount: Self.blockSize, alignment: 16)
        cursor = first
        remaining = Self.blockSize
    }

    deinit {
        reset()
        first.deallocate()
    }

    /// Frees everything but the first block, which is kept for the next use.
    func reset() {
        for b in extra { b.deallocate() }
        extra.removeAll(keepingCapacity: extra.capacity <= 16)
        cursor = first
        remaining = Self.blockSize
        embeddedNULField = false
    }

    /// Runs `body` with this thread's arena (a fresh one if it is already
    /// busy further up the stack), reset afterwards.
    static func withThreadArena<R, E: Error>(_ body: (ProtoArena) throws(E) -> R) throws(E) -> R {
        let arena: ProtoArena
        var cached = false
        if let p = pthread_getspecific(threadArenaKey) {
            let a = Unmanaged<ProtoArena>.fromOpaque(p).takeUnretainedValue()
            if a.inUse { arena = ProtoArena() } else { arena = a; cached = true }
        } else {
            arena = ProtoArena()
            pthread_setspecific(threadArenaKey, Unmanaged.passRetained(arena).toOpaque())
            cached = true
        }
        if cached { arena.inUse = true }
        defer {
            arena.reset()
            if cached { arena.inUse = false }
        }
        return try body(arena)
    }

    /// Uninitialised memory for `byteCount` bytes aligned to 16.
    func allocate(_ byteCount: Int) -> UnsafeMutableRawPointer {
        let size = (max(byteCount, 1) + 15) & ~15
        if size > Self.blockSize / 4 {
            let big = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
            extra.append(big)
            return big
        }
        if size > remaining {
            let block = UnsafeMutableRawPointer.allocate(byteCount: Self.blockSize, alignment: 16)
            extra.append(block)
            cursor = block
            remaining = Self.blockSize
        }
        let p = cursor
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
            // memchr is vectorised; a Swift `contains` here took 14% of a large list's time.
            if let base = utf8.baseAddress, memchr(base, 0, utf8.count) != nil { embeddedNULField = true }
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

/// The key of each thread's cached arena; the destructor frees it when the thread ends.
private let threadArenaKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { p in
        if let p { Unmanaged<ProtoArena>.fromOpaque(p).release() }
    }
    return key
}()
