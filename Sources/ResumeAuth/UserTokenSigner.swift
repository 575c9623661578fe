import Crypto
public import Foundation
public import ResumeCore

/// What a valid user token says.
public struct UserTokenClaims: Sendable, Hashable {
    public let userID: UUID
    /// Unix microseconds.
    public let expiresAt: Int64
}

/// Why a token was refused. Callers answer every case with the same
/// `UNAUTHENTICATED`, so a prober learns nothing from the difference.
public enum UserTokenError: Error, Sendable, Hashable {
    case malformed
    case badSignature
    case expired
}

/// Issues and checks user tokens: `v1.<payload>.<mac>`, base64url, where the
/// payload is the user id (16 bytes) and the expiry in Unix microseconds
/// (8 bytes, big-endian), and the MAC is HMAC-SHA256 (swift-crypto) over a
/// domain label and the payload, with the secret `RESUMED_TOKEN_SECRET`.
public struct UserTokenSigner: Sendable {
    // SymmetricKey is not Sendable; keep the bytes and make keys as needed.
    private let secret: [UInt8]
    private var key: SymmetricKey { SymmetricKey(data: secret) }
    /// How long an issued token lives, in microseconds.
    public let lifetimeMicroseconds: Int64

    private static let domain = Array("resumed.user-token.v1".utf8)
    private static let prefix = "v1."

    /// A signer with `secret` (at least 32 bytes). `lifetimeSeconds` defaults to one hour.
    public init(secret: [UInt8], lifetimeSeconds: Int = 3_600) {
        precondition(secret.count >= 32, "the token secret must be at least 32 bytes")
        self.secret = secret
        lifetimeMicroseconds = Int64(lifetimeSeconds) * 1_000_000
    }

    /// 32 random bytes, for a development secret.
    public static func randomSecret() -> [UInt8] {
        SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
    }

    /// A token for `userID`, valid from `now` (Unix microseconds) for the lifetime.
    public func issue(userID: UUID, now: Int64 = WallClock.unixMicroseconds()) -> (token: String, expiresAt: Int64) {
        let expiresAt = now + lifetimeMicroseconds
        return (sign(userID: userID, expiresAt: expiresAt), expiresAt)
    }

    /// A token with an explicit expiry (tests make expired ones with it).
    public func sign(userID: UUID, expiresAt: Int64) -> String {
        var payload = withUnsafeBytes(of: userID.uuid) { Array($0) }
        withUnsafeBytes(of: expiresAt.bigEndian) { payload.append(contentsOf: $0) }
        let mac = Array(HMAC<SHA256>.authenticationCode(for: Self.domain + payload, using: key))
        return Self.prefix + Base64URL.encode(payload) + "." + Base64URL.encode(mac)
    }

    /// The claims of a token this signer issued that has not expired at `now`.
    public func verify(_ token: some StringProtocol, now: Int64 = WallClock.unixMicroseconds()) throws(UserTokenError) -> UserTokenClaims {
        guard token.count <= 256, token.hasPrefix(Self.prefix) else { throw .malformed }
        let parts = token.dropFirst(Self.prefix.count).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let payload = Base64URL.decode(parts[0]), payload.count == 24,
              let mac = Base64URL.decode(parts[1]), mac.count == 32 else { throw .malformed }
        guard HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Self.domain + payload, using: key) else { throw .badSignature }
        let u = payload
        let id = UUID(uuid: (u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13], u[14], u[15]))
        var expiresAt: Int64 = 0
        for b in payload[16..<24] { expiresAt = expiresAt << 8 | Int64(b) }
        guard now < expiresAt else { throw .expired }
        return UserTokenClaims(userID: id, expiresAt: expiresAt)
    }
}

/// Unpadded base64url (RFC 4648 §5).
enum Base64URL {
    static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        guard text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        var s = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        s += String(repeating: "=", count: (4 - s.count % 4) % 4)
        return Data(base64Encoded: s).map { [UInt8]($0) }
    }
}
