public import ResumeCore

/// Why a store call failed, in terms a handler can answer with. Kept apart
/// from any driver's errors: services see this, never PostgreSQL's or
/// Redis'. Descriptions name entities and fields, never values; a `cause`
/// is the library's own text, for the operator's log only.
public enum DataError: Error, Sendable, CustomStringConvertible {
    /// No such row for this user (or it belongs to another user).
    case notFound(String)
    /// A unique key is taken.
    case alreadyExists(String)
    /// An optimistic update's expected version is stale; `current` is the version now.
    case versionConflict(current: Int)
    /// A page token this service did not issue.
    case invalidPageToken
    /// A value the schema refuses (a CHECK constraint), named by the constraint.
    case invalid(constraint: String)
    /// The acting user no longer exists or is deactivated: their tokens stop working.
    case userInactive
    /// The store cannot answer now (unreachable, overloaded, shutting down,
    /// or a write whose connection broke before it was confirmed); retry later.
    case unavailable(cause: String)
    /// The call's deadline passed first.
    case deadlineExceeded
    /// The call was cancelled.
    case cancelled
    /// Anything else (a statement the server refused, a value that did not decode).
    case failed(cause: String)
    /// The idempotency key was first used, at `firstUsedAt`, for a different request.
    case idempotencyKeyReused(firstUsedAt: Timestamp)
    /// A per-user quota is used up; for a rate, when to try again.
    case quotaExceeded(Quota, limit: Int, retryAfterMilliseconds: UInt32?)

    public var description: String {
        switch self {
        case .notFound(let what): "\(what) not found"
        case .alreadyExists(let what): "\(what) already exists"
        case .versionConflict(let current): "version conflict: the current version is \(current)"
        case .invalidPageToken: "invalid page token"
        case .invalid(let constraint): "value rejected by \(constraint)"
        case .userInactive: "the user does not exist or is deactivated"
        case .unavailable(let cause): "store unavailable: \(cause)"
        case .deadlineExceeded: "deadline exceeded"
        case .cancelled: "cancelled"
        case .failed(let cause): "store failure: \(cause)"
        case .idempotencyKeyReused: "idempotency key reused for a different request"
        case .quotaExceeded(let quota, let limit, _): "quota exceeded: \(quota.rawValue) (\(limit))"
        }
    }
}
