public import ResumeAuth
public import ResumeData
import ResumePostgres
public import ResumeServer
public import ResumeWire

/// Decides who is calling, from `authorization: Bearer <token>`:
/// a configured service token, or a user token issued by `Authenticate`
/// whose user still exists and is active. The acting user always comes from
/// the token, never from a request field. Messages never contain the token.
public struct Authenticator: Sendable {
    let serviceTokens: ServiceTokens
    let signer: UserTokenSigner
    let users: UserRepository

    public init(serviceTokens: ServiceTokens, signer: UserTokenSigner, users: UserRepository) {
        self.serviceTokens = serviceTokens
        self.signer = signer
        self.users = users
    }

    static let missing = RPCError(.unauthenticated, "missing credentials: send authorization: Bearer <token>")
    static let invalid = RPCError(.unauthenticated, "invalid or expired token")

    /// Admits service tokens only; a valid user token is `PERMISSION_DENIED`.
    public func requireService(_ context: CallContext) throws(RPCError) {
        guard let token = context.metadata.bearerToken else { throw Self.missing }
        if serviceTokens.accepts(token) { return }
        if (try? signer.verify(token)) != nil {
            throw RPCError(.permissionDenied, "this method needs a service token; user tokens cannot call it")
        }
        throw Self.invalid
    }

    /// Admits user tokens only and returns the acting user; a service token is `PERMISSION_DENIED`.
    public func requireUser(_ context: CallContext) throws(RPCError) -> UserRecord {
        guard let token = context.metadata.bearerToken else { throw Self.missing }
        // A user token is never hashed against the service tokens (none starts with "v1.").
        if !UserTokenSigner.looksLikeUserToken(token), serviceTokens.accepts(token) {
            throw RPCError(.permissionDenied, "this method acts as a user: call it with a user token from Authenticate")
        }
        let claims: UserTokenClaims
        do { claims = try signer.verify(token) } catch { throw Self.invalid }
        let user: UserRecord?
        do { user = try users.find(id: claims.userID, context: context.query) } catch { throw error.rpcError }
        guard let user, user.isActive else { throw Self.invalid }
        return user
    }
}

extension Authenticator {
    /// A user-token call: authenticates, runs `body` as the token's user,
    /// and logs the server-side cause of an internal or unavailable answer.
    func asUser<R>(_ context: CallContext, _ body: (UserRecord) throws -> R) throws -> R {
        try context.logged { try body(try requireUser(context)) }
    }
}
