import Foundation
public import ResumeAuth
import ResumeCore
import ResumeProto
public import ResumeServer
public import ResumeStores
public import ResumeWire

/// What guards a create, made from the call: its idempotency key (request
/// metadata `idempotency-key`) with a fingerprint of the request, and the
/// per-user quotas when a user token acts (service tokens are not limited).
public struct CallGuards: Sendable {
    /// The request metadata key.
    public static let metadataKey = "idempotency-key"
    /// The longest key, in characters.
    public static let maxKeyLength = 128

    /// The per-user limits.
    public let quotas: UserQuotas
    /// How long a key is kept, in seconds (default 24 h).
    public let retentionSeconds: Int
    /// Failed `Authenticate` calls per e-mail address after which, until the
    /// window ends, `Authenticate` for it is refused without a password check
    /// (0: never). Default 10.
    public let authenticationFailures: Int
    /// The window those failures are counted in, in seconds. Default 900.
    public let authenticationWindowSeconds: Int
    /// Where keys, rates and failures are kept.
    public let store: any GuardStore
    let fingerprinter: Fingerprinter

    public init(store: any GuardStore, fingerprinter: Fingerprinter, quotas: UserQuotas = UserQuotas(), retentionSeconds: Int = 86_400,
                authenticationFailures: Int = 10, authenticationWindowSeconds: Int = 900) {
        self.store = store
        self.quotas = quotas
        self.retentionSeconds = retentionSeconds
        self.fingerprinter = fingerprinter
        self.authenticationFailures = authenticationFailures
        self.authenticationWindowSeconds = authenticationWindowSeconds
    }

    /// The key failed `Authenticate` calls for `email` are counted under (no address is stored).
    func authenticationKey(_ email: String) -> [UInt8] {
        fingerprinter.fingerprint("authenticate", Array(email.lowercased().utf8))
    }

    /// The call's key, if it sent one; `INVALID_ARGUMENT` naming the metadata key for a malformed one.
    public static func key(_ context: CallContext) throws(RPCError) -> String? {
        guard let key = context.metadata[metadataKey] else { return nil }
        guard (1...maxKeyLength).contains(key.utf8.count), key.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) else {
            throw .invalidArgument([FieldViolation("metadata[\(metadataKey)]", "must be 1 to \(maxKeyLength) printable ASCII characters")])
        }
        return key
    }

    /// The claim of the call's key for `method` in `scope`, fingerprinting `request`; nil without a key.
    func claim(_ context: CallContext, method: String, scope: String, request: some ProtoMessage) throws -> IdempotencyClaim? {
        guard let key = try Self.key(context) else { return nil }
        let bytes = try request.serializedBytes()
        return IdempotencyClaim(scope: scope, method: method, key: key,
                                fingerprint: fingerprinter.fingerprint("request:" + method, bytes), retentionSeconds: retentionSeconds)
    }

    /// A user's create: the key scoped to the user, and the quotas.
    func user(_ user: UUID, _ context: CallContext, method: String, request: some ProtoMessage) throws -> CreateGuards {
        CreateGuards(idempotency: try claim(context, method: method, scope: "u:" + UUIDText.format(user), request: request), quotas: quotas)
    }

    /// A service token's create: the key scoped to the token (by its fingerprint), no quota.
    func service(_ context: CallContext, method: String, request: some ProtoMessage) throws -> CreateGuards {
        let token = String(context.metadata.bearerToken ?? "")
        let scope = "s:" + fingerprinter.fingerprint("service-token", Array(token.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
        return CreateGuards(idempotency: try claim(context, method: method, scope: scope, request: request))
    }
}
