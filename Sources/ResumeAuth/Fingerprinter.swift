import Crypto

/// Keyed fingerprints (HMAC-SHA256 with the daemon's secret) of what must be
/// recognised again but never stored in the clear: a request under an
/// idempotency key, an e-mail address that failed to authenticate, a
/// service token naming whose keys are whose. Each use has its own domain,
/// so a fingerprint of one kind never matches one of another.
public struct Fingerprinter: Sendable {
    private let hmac: PreparedHMAC

    /// Fingerprints keyed by `secret` (the token secret: every daemon sharing it agrees).
    public init(secret: [UInt8]) {
        hmac = PreparedHMAC(key: secret)
    }

    /// The 32-byte fingerprint of `bytes` in `domain`.
    public func fingerprint(_ domain: String, _ bytes: [UInt8]) -> [UInt8] {
        let d = Array(domain.utf8) + [0]
        return d.withUnsafeBytes { dp in bytes.withUnsafeBytes { bp in Array(hmac.code(dp, bp)) } }
    }
}
