import Crypto

/// HMAC-SHA256 (RFC 2104) with the key's inner and outer pads computed once,
/// so a MAC costs two SHA-256 passes and no key set-up or allocation of key
/// material per call. Gives the same codes as swift-crypto's `HMAC<SHA256>`.
struct PreparedHMAC: Sendable {
    private let innerPad: [UInt8]
    private let outerPad: [UInt8]

    /// Pads for `key` (hashed first when longer than SHA-256's 64-byte block).
    init(key: [UInt8]) {
        var k = key.count > 64 ? Array(SHA256.hash(data: key)) : key
        k += [UInt8](repeating: 0, count: 64 - k.count)
        innerPad = k.map { $0 ^ 0x36 }
        outerPad = k.map { $0 ^ 0x5C }
    }

    /// The 32-byte MAC of the concatenation of `parts`.
    func code(_ parts: UnsafeRawBufferPointer...) -> SHA256.Digest {
        var inner = SHA256()
        inner.update(data: innerPad)
        for p in parts { inner.update(bufferPointer: p) }
        let innerDigest = inner.finalize()
        var outer = SHA256()
        outer.update(data: outerPad)
        innerDigest.withUnsafeBytes { outer.update(bufferPointer: $0) }
        return outer.finalize()
    }
}
