import Foundation
public import ResumeAuth
import ResumeCore
import ResumeProto
public import ResumeServer
public import ResumeStores
import ResumeWire

/// `resume.v1.UserService`: accounts and credentials. Service tokens call
/// everything but `GetMe`, which a user token calls.
public struct UserService: Sendable {
    let users: any UserStore
    let auth: Authenticator
    let hasher: PasswordHasher
    let signer: UserTokenSigner
    let guards: CallGuards

    public init(users: any UserStore, auth: Authenticator, hasher: PasswordHasher, signer: UserTokenSigner, guards: CallGuards) {
        self.users = users
        self.auth = auth
        self.hasher = hasher
        self.signer = signer
        self.guards = guards
    }

    static let wrongCredentials = RPCError(.unauthenticated, "email or password is wrong")

    /// The service's handlers.
    public var handlers: [MethodHandler] {
        let s = self
        return [
            .unary(Resume_V1_UserService.createUser) { r, c in try await c.logged { try await s.createUser(r, c) } },
            .unary(Resume_V1_UserService.authenticate) { r, c in try await c.logged { try await s.authenticate(r, c) } },
            .unary(Resume_V1_UserService.getMe) { _, c in
                try await s.auth.asUser(c) { user in Resume_V1_User(try await s.users.activeUser(id: user, context: c.query)) }
            },
            .unary(Resume_V1_UserService.verifyEmail) { r, c in
                try await c.logged {
                    let id = try s.serviceCall(c, userID: r.userID)
                    return Resume_V1_User(try await s.users.markVerified(id: id, context: c.query))
                }
            },
            .unary(Resume_V1_UserService.deactivateUser) { r, c in
                try await c.logged {
                    let id = try s.serviceCall(c, userID: r.userID)
                    return Resume_V1_User(try await s.users.deactivate(id: id, context: c.query))
                }
            },
            .unary(Resume_V1_UserService.deleteUser) { r, c in
                try await c.logged {
                    let id = try s.serviceCall(c, userID: r.userID)
                    try await s.users.delete(id: id, context: c.query)
                    return Resume_V1_DeleteUserResponse()
                }
            },
        ]
    }

    private func serviceCall(_ c: CallContext, userID: String) throws(RPCError) -> UUID {
        try auth.requireService(c)
        return try Validation.id("user_id", userID)
    }

    func createUser(_ r: Resume_V1_CreateUserRequest, _ c: CallContext) async throws -> Resume_V1_User {
        try auth.requireService(c)
        var v = Validation()
        v.email("email", r.email)
        v.newPassword("password", r.password)
        try v.check()
        let claim = try guards.service(c, method: "CreateUser", request: r).idempotency
        let hash = try await hasher.hash(r.password, deadline: c.deadline)
        return Resume_V1_User(try await users.create(email: r.email, hashedPassword: hash, idempotency: claim, context: c.query))
    }

    /// Unknown email, wrong password and deactivated account get the same
    /// answer after the same work (a bcrypt check against a dummy hash).
    /// After `guards.authenticationFailures` failures for one address in a
    /// window, the same answer comes at once, without the bcrypt work.
    func authenticate(_ r: Resume_V1_AuthenticateRequest, _ c: CallContext) async throws -> Resume_V1_AuthenticateResponse {
        try auth.requireService(c)
        var v = Validation()
        if r.email.isEmpty || r.email.utf8.count > 254 { v.fail("email", "must be 1 to 254 bytes") }
        v.offeredPassword("password", r.password)
        try v.check()
        // Addresses are ASCII (API.md); a non-ASCII one matches no account
        // here, whatever PostgreSQL's case folding would make of it (the
        // Kelvin sign U+212A folds to "k"), and gets the unknown-email answer.
        let ascii = r.email.utf8.allSatisfy { $0 < 0x80 }
        // Every attempt is counted before its password is checked, so a burst of concurrent
        // guesses cannot all pass the limit while their checks run; a success clears the count.
        let limit = guards.authenticationFailures, window = guards.authenticationWindowSeconds
        let emailKey = guards.authenticationKey(r.email)
        if limit > 0,
           try await guards.store.countAuthenticationAttempt(emailKey: emailKey, windowSeconds: window, context: c.query) > limit {
            throw Self.wrongCredentials
        }
        guard ascii, let user = try await users.find(email: r.email, context: c.query) else {
            _ = try await hasher.verifyNothing(r.password, deadline: c.deadline)
            throw Self.wrongCredentials
        }
        guard try await hasher.verify(r.password, against: user.hashedPassword, deadline: c.deadline), user.isActive else {
            throw Self.wrongCredentials
        }
        if limit > 0 { try await guards.store.clearAuthenticationFailures(emailKey: emailKey, context: c.query) }
        let (token, expiresAt) = signer.issue(userID: user.id)
        return Resume_V1_AuthenticateResponse(user: Resume_V1_User(user), token: token, expiresAt: expiresAt)
    }
}
