public import Foundation
public import ResumeAuth
import ResumeCore
public import ResumeServer
public import ResumeWire

/// Decides who is calling, from `authorization: Bearer <token>`: a
/// configured service token, or a user token issued by `Authenticate`. The
/// acting user always comes from the token, never from a request field.
/// Whether that user still exists and is active is checked by the store in
/// the same statement as the call's own work (`DataError.userInactive`), so
/// revocation is immediate and a user-scoped call costs one statement.
/// Messages never contain the token.
public struct Authenticator: Sendable {
    let serviceTokens: ServiceTokens
    let signer: UserTokenSigner
    let verified: VerifiedTokenCache

    public init(serviceTokens: ServiceTokens, signer: UserTokenSigner, verified: VerifiedTokenCache = VerifiedTokenCache()) {
        self.serviceTokens = serviceTokens
        self.signer = signer
        self.verified = verified
    }

    static let missing = RPCError(.unauthenticated, "missing credentials: send authorization: Bearer <token>")
    static let invalid = RPCError(.unauthenticated, "invalid or expired token")

    /// Admits service tokens only; a valid user token is `PERMISSION_DENIED`.
    public func requireService(_ context: CallContext) throws(RPCError) {
        guard let token = context.metadata.bearerToken else { throw Self.missing }
        if UserTokenSigner.looksLikeUserToken(token) {
            if (try? signer.verify(token)) != nil {
                throw RPCError(.permissionDenied, "this method needs a service token; user tokens cannot call it")
            }
            throw Self.invalid
        }
        if serviceTokens.accepts(token) { return }
        throw Self.invalid
    }

    /// Admits user tokens only and returns the acting user's id; a service
    /// token is `PERMISSION_DENIED`. A user token is never hashed against the
    /// service tokens (none starts with `v1.`).
    public func requireUser(_ context: CallContext) throws(RPCError) -> UUID {
        guard let token = context.metadata.bearerToken else { throw Self.missing }
        guard UserTokenSigner.looksLikeUserToken(token) else {
            if serviceTokens.accepts(token) {
                throw RPCError(.permissionDenied, "this method acts as a user: call it with a user token from Authenticate")
            }
            throw Self.invalid
        }
        // Cached by the header's whole value (a string the call already has;
        // the token alone would be a copy per call): "Bearer " + token.
        let header = context.metadata[CallMetadata.authorizationKey] ?? String(token)
        let now = WallClock.unixMicroseconds()
        if let claims = verified.claims(header, now: now) { return claims.userID }
        do {
            let claims = try signer.verify(token, now: now)
            verified.insert(header, claims)
            return claims.userID
        } catch {
            throw Self.invalid
        }
    }
}

extension Authenticator {
    /// The acting user of a method that user tokens and service tokens both
    /// call: the token's user, or, with a service token, the user named by
    /// `userID` (required, a lower-case UUID). With a user token `userID` is ignored.
    public func requireUserOrService(_ context: CallContext, userID: String) throws(RPCError) -> UUID {
        guard let token = context.metadata.bearerToken else { throw Self.missing }
        if UserTokenSigner.looksLikeUserToken(token) { return try requireUser(context) }
        guard serviceTokens.accepts(token) else { throw Self.invalid }
        return try Validation.id("user_id", userID)
    }

    /// Whether the call carries an accepted service token (checked again by `require…`).
    public func isServiceCall(_ context: CallContext) -> Bool {
        guard let token = context.metadata.bearerToken, !UserTokenSigner.looksLikeUserToken(token) else { return false }
        return serviceTokens.accepts(token)
    }

    /// A user-token call: authenticates, runs `body` as the token's user,
    /// and logs the server-side cause of an internal or unavailable answer.
    func asUser<R>(_ context: CallContext, _ body: (UUID) async throws -> R) async throws -> R {
        try await context.logged { try await body(try requireUser(context)) }
    }
}
