import Foundation
public import ResumeAuth
public import ResumeCore
public import ResumeServer
public import ResumeStores
public import ResumeWire

extension DataError: RPCErrorConvertible {
    /// The status a store failure is answered with. Trouble the caller can
    /// retry is `UNAVAILABLE`; the library's detail stays in `cause`.
    public var rpcError: RPCError {
        switch self {
        case .notFound(let what): RPCError(.notFound, "\(what) not found")
        case .alreadyExists(let what): RPCError(.alreadyExists, "a \(what) already exists")
        case .versionConflict(let current):
            RPCError(.aborted, "version conflict: the resume is at version \(current); read it again and retry with expected_version \(current)")
        case .invalidPageToken: .invalidArgument([.init("page_token", "is not a page token from this service")])
        case .invalid(let constraint): RPCError(.invalidArgument, "a value is outside what the schema allows (\(constraint))")
        case .userInactive: Authenticator.invalid
        case .unavailable(let cause): RPCError(.unavailable, "database unavailable; retry later", cause: cause)
        case .deadlineExceeded: RPCError(.deadlineExceeded, "deadline exceeded")
        case .cancelled: RPCError(.cancelled, "cancelled")
        case .failed(let cause): RPCError(.internal, "internal error", cause: cause)
        case .idempotencyKeyReused(let first):
            RPCError(.failedPrecondition, "the idempotency key was first used at \(Self.utc(first)) "
                     + "for a different request; use a new key for a new request")
        case .quotaExceeded(let quota, let limit, let retry):
            RPCError(.resourceExhausted, "quota exceeded: \(quota.rawValue) (\(limit))" + (retry == nil ? "" : "; retry later"),
                     retryAfterMilliseconds: retry)
        }
    }
}

extension DataError {
    /// `2026-12-06T10:00:00Z`: a time in an error message.
    static func utc(_ t: Timestamp) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date(timeIntervalSince1970: Double(t.unixMicroseconds) / 1_000_000))
    }
}

extension PasswordHasherError: RPCErrorConvertible {
    public var rpcError: RPCError {
        switch self {
        case .deadlineExceeded: RPCError(.deadlineExceeded, "deadline exceeded while hashing the password")
        case .overloaded(let ms): RPCError(.resourceExhausted, "too many password checks in progress; retry later", retryAfterMilliseconds: ms)
        case .failed: RPCError(.internal, "internal error", cause: description)
        }
    }
}

extension WorkLane.Refusal: RPCErrorConvertible {
    public var rpcError: RPCError {
        switch self {
        case .saturated(let lane, let ms): RPCError(.resourceExhausted, "the \(lane) lane is saturated; retry later", retryAfterMilliseconds: ms)
        case .deadlineExceeded: RPCError(.deadlineExceeded, "deadline exceeded")
        case .cancelled(let reason): RPCError(cancelled: reason)
        }
    }
}

extension CallContext {
    /// The stores' view of this call: its deadline, cancellation and method.
    public var query: QueryContext {
        QueryContext(deadline: deadline, cancellation: cancellation, label: method)
    }

    /// Runs a handler body, logging the server-side cause of internal and
    /// unavailable answers (never request data), and rethrowing.
    func logged<R>(_ body: () async throws -> R) async throws -> R {
        do {
            return try await body()
        } catch let e as any RPCErrorConvertible {
            let rpc = e.rpcError
            if rpc.code == .internal || rpc.code == .unavailable, let cause = rpc.cause {
                logger.warning("call failed", metadata: ["status": "\(rpc.code.name)", "cause": "\(cause)"])
            }
            throw rpc
        }
    }
}
