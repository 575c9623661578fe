public import ResumeCore

/// An idempotency key as a create records it: the first create with it
/// stores the row it made in the same statement; a later one with the same
/// scope, method and key gets that row back, or `.idempotencyKeyReused` when
/// its request differs. `description` names no key and no request.
public struct IdempotencyClaim: Sendable, Hashable, CustomStringConvertible {
    /// Whose key: `u:<user id>`, or `s:<service token fingerprint>`.
    public let scope: String
    /// The method, e.g. `CreateResume`.
    public let method: String
    /// The caller's key: 1 to 128 printable ASCII characters.
    public let key: String
    /// A keyed hash of the request (32 bytes): the same request, the same fingerprint.
    public let fingerprint: [UInt8]
    /// How long the key is kept, in seconds.
    public let retentionSeconds: Int

    public init(scope: String, method: String, key: String, fingerprint: [UInt8], retentionSeconds: Int) {
        (self.scope, self.method, self.key, self.fingerprint, self.retentionSeconds) = (scope, method, key, fingerprint, retentionSeconds)
    }

    public var description: String { "IdempotencyClaim(\(method))" }
}

/// A per-user limit, named in errors.
public enum Quota: String, Sendable, Hashable, CaseIterable {
    case resumes = "resumes per user"
    case jobDescriptions = "job descriptions per user"
    case storedTextBytes = "stored text bytes per user"
    case analysesPerMinute = "analyses computed per user per minute"
    case generatedPerAnalysis = "generated resumes per analysis"
}

/// The per-user limits (settings; `resumed --help` lists each with its range).
/// Calls made with a service token are not limited by them.
public struct UserQuotas: Sendable, Hashable {
    /// Resumes one user may hold. Default 200.
    public var resumes = 200
    /// Job descriptions one user may hold. Default 500.
    public var jobDescriptions = 500
    /// Raw and redacted text of one user's resumes and job descriptions, in UTF-8 bytes. Default 50 MiB.
    public var storedTextBytes = 50 * 1024 * 1024
    /// Analyses computed for one user per one-minute window (answers already stored do not count). Default 60.
    public var analysesPerMinute = 60
    /// Generated resumes stored for one analysis. Default 50.
    public var generatedPerAnalysis = 50

    public init() {}

    /// The limit `quota` sets.
    public func limit(_ quota: Quota) -> Int {
        switch quota {
        case .resumes: resumes
        case .jobDescriptions: jobDescriptions
        case .storedTextBytes: storedTextBytes
        case .analysesPerMinute: analysesPerMinute
        case .generatedPerAnalysis: generatedPerAnalysis
        }
    }
}

/// What guards a create: its idempotency key, and the quotas it is counted against (nil: not limited).
public struct CreateGuards: Sendable, Hashable {
    public var idempotency: IdempotencyClaim?
    public var quotas: UserQuotas?

    public init(idempotency: IdempotencyClaim? = nil, quotas: UserQuotas? = nil) {
        self.idempotency = idempotency
        self.quotas = quotas
    }

    /// No key, no quota.
    public static let none = CreateGuards()
}
