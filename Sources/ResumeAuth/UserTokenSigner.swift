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
    private let hmac: PreparedHMAC
    /// How long an issued token lives, in microseconds.
    public let lifetimeMicroseconds: Int64

    private static let domain = Array("resumed.user-token.v1".utf8)
    /// Every user token starts with this; service tokens may not (`ServiceTokens`).
    public static let prefix = "v1."
    /// `v1.` + 32 characters of payload + `.` + 43 characters of MAC.
    static let encodedLength = 3 + 32 + 1 + 43

    /// A signer with `secret` (at least 32 bytes). `lifetimeSeconds` defaults to one hour.
    public init(secret: [UInt8], lifetimeSeconds: Int = 3_600) {
        precondition(secret.count >= 32, "the token secret must be at least 32 bytes")
        hmac = PreparedHMAC(key: secret)
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
        let mac = mac(payload)
        return Self.prefix + Base64URL.encode(payload) + "." + Base64URL.encode(mac)
    }

    /// Whether `token` has the shape of a user token (it may still be invalid).
    public static func looksLikeUserToken(_ token: some StringProtocol) -> Bool {
        token.utf8.starts(with: prefix.utf8)
    }

    /// The claims of a token this signer issued that has not expired at `now`.
    /// Works on the token's bytes: no Foundation string operations.
    public func verify(_ token: some StringProtocol, now: Int64 = WallClock.unixMicroseconds()) throws(UserTokenError) -> UserTokenClaims {
        let bytes = Array(token.utf8)
        guard bytes.count == Self.encodedLength, bytes.starts(with: Self.prefix.utf8), bytes[35] == UInt8(ascii: ".") else { throw .malformed }
        let decoded = bytes.withUnsafeBytes { raw -> (payload: [UInt8], mac: [UInt8])? in
            guard let p = Base64URL.decode(UnsafeRawBufferPointer(rebasing: raw[3..<35])),
                  let m = Base64URL.decode(UnsafeRawBufferPointer(rebasing: raw[36...])) else { return nil }
            return (p, m)
        }
        guard let (payload, mac) = decoded, payload.count == 24, mac.count == 32 else { throw .malformed }
        guard constantTimeEqual(mac, self.mac(payload)) else { throw .badSignature }
        let u = payload
        let id = UUID(uuid: (u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13], u[14], u[15]))
        var expiresAt: Int64 = 0
        for i in 16..<24 { expiresAt = expiresAt << 8 | Int64(payload[i]) }
        guard now < expiresAt else { throw .expired }
        return UserTokenClaims(userID: id, expiresAt: expiresAt)
    }

    private func mac(_ payload: [UInt8]) -> [UInt8] {
        Self.domain.withUnsafeBytes { d in payload.withUnsafeBytes { p in Array(hmac.code(d, p)) } }
    }
}
