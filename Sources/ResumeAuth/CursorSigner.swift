import Crypto

/// Signs opaque cursors (list page tokens) so a caller can only hand back
/// one the service issued, for the same list and the same user: a token
/// with a changed byte, from another list or from another user is refused.
/// `c1.<payload>.<mac>`, base64url; the MAC is HMAC-SHA256 (truncated to
/// 128 bits) over a domain label, the scope and the payload.
public struct CursorSigner: Sendable {
    private let hmac: PreparedHMAC
    private static let domain = Array("resumed.page-token.v1".utf8)
    private static let prefix = "c1."

    /// A signer with the user-token secret (the domain label keeps the two uses apart).
    public init(secret: [UInt8]) {
        precondition(secret.count >= 32, "the secret must be at least 32 bytes")
        hmac = PreparedHMAC(key: secret)
    }

    /// The signed text of `payload` for `scope` (e.g. "resumes/<user id>").
    public func sign(_ payload: [UInt8], scope: String) -> String {
        Self.prefix + Base64URL.encode(payload) + "." + Base64URL.encode(mac(payload, scope: scope))
    }

    /// The payload of a cursor this signer issued for `scope`, or nil.
    public func verify(_ text: String, scope: String) -> [UInt8]? {
        guard text.utf8.count <= 128, text.utf8.starts(with: Self.prefix.utf8) else { return nil }
        let parts = text.dropFirst(Self.prefix.count).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let payload = Base64URL.decode(parts[0]), let tag = Base64URL.decode(parts[1]), tag.count == 16 else { return nil }
        return constantTimeEqual(tag, mac(payload, scope: scope)) ? payload : nil
    }

    private func mac(_ payload: [UInt8], scope: String) -> [UInt8] {
        let scopeBytes = Array(scope.utf8)
        let code = Self.domain.withUnsafeBytes { d in
            withUnsafeBytes(of: UInt32(scopeBytes.count).bigEndian) { l in
                scopeBytes.withUnsafeBytes { s in payload.withUnsafeBytes { p in hmac.code(d, l, s, p) } }
            }
        }
        return Array(Array(code).prefix(16))
    }
}
