import Foundation
import Synchronization

/// User tokens already verified, so a client that calls again with the same
/// token skips the HMAC: a bounded map from the text that carries a token
/// (the token, or the whole `authorization` value it came in) to its claims. The
/// expiry is still checked on every call; a token is only ever added after
/// `UserTokenSigner.verify` accepted it, and the cache holds no secret a
/// token does not already carry. Cleared whole when full (no eviction order
/// to maintain on the hot path).
///
/// Thread-safe: the map is behind a `Mutex`.
public final class VerifiedTokenCache: Sendable {
    private let entries = Mutex<[String: UserTokenClaims]>([:])
    /// Tokens held at most. Default 8,192 (about 1 MB).
    public let capacity: Int

    public init(capacity: Int = 8_192) {
        precondition(capacity >= 1)
        self.capacity = capacity
    }

    /// The claims of `token` if it was verified before and has not expired at `now` (Unix microseconds).
    public func claims(_ token: some StringProtocol, now: Int64) -> UserTokenClaims? {
        let key = String(token)
        return entries.withLock { e in
            guard let c = e[key] else { return nil }
            if now >= c.expiresAt {
                e[key] = nil
                return nil
            }
            return c
        }
    }

    /// Remembers a token `verify` accepted.
    public func insert(_ token: some StringProtocol, _ claims: UserTokenClaims) {
        let key = String(token)
        entries.withLock { e in
            if e.count >= capacity { e.removeAll(keepingCapacity: true) }
            e[key] = claims
        }
    }

    /// Tokens held now.
    public var count: Int { entries.withLock { $0.count } }
}
