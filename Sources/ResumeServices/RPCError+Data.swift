public import ResumeAuth
import ResumeCore
public import ResumeData
public import ResumePostgres
public import ResumeServer
public import ResumeWire

extension DataError: RPCErrorConvertible {
    /// The status a repository failure is answered with. Database trouble the
    /// caller can retry is `UNAVAILABLE`; its detail stays in `cause`.
    public var rpcError: RPCError {
        switch self {
        case .notFound(let what): RPCError(.notFound, "\(what) not found")
        case .alreadyExists(let what): RPCError(.alreadyExists, "a \(what) already exists")
        case .versionConflict(let current):
            RPCError(.aborted, "version conflict: the resume is at version \(current); read it again and retry with expected_version \(current)")
        case .invalidPageToken: .invalidArgument([.init("page_token", "is not a page token from this service")])
        case .invalid(let constraint): RPCError(.invalidArgument, "a value is outside what the schema allows (\(constraint))")
        case .database(let e): e.rpcError
        }
    }
}

extension PostgresError: RPCErrorConvertible {
    public var rpcError: RPCError {
        switch kind {
        case .connectionFailed, .connectionLost, .poolExhausted, .poolClosed:
            RPCError(.unavailable, "database unavailable; retry later", cause: description)
        case .deadlineExceeded: RPCError(.deadlineExceeded, "deadline exceeded", cause: description)
        case .cancelled: RPCError(.cancelled, "cancelled")
        case .server, .decoding: RPCError(.internal, "internal error", cause: description)
        }
    }
}

extension PasswordHasherError: RPCErrorConvertible {
    public var rpcError: RPCError {
        switch self {
        case .deadlineExceeded: RPCError(.deadlineExceeded, "deadline exceeded while hashing the password")
        case .overloaded: RPCError(.resourceExhausted, "too many password checks in progress; retry later")
        case .failed: RPCError(.internal, "internal error", cause: description)
        }
    }
}

extension CallContext {
    /// The database's view of this call: its deadline, cancellation and method.
    public var query: QueryContext {
        QueryContext(deadline: deadline, cancellation: cancellation, label: method)
    }

    /// Runs a handler body, logging the server-side cause of internal and
    /// unavailable answers (never request data), and rethrowing.
    func logged<R>(_ body: () throws -> R) throws -> R {
        do {
            return try body()
        } catch let e as any RPCErrorConvertible {
            let rpc = e.rpcError
            if rpc.code == .internal || rpc.code == .unavailable, let cause = rpc.cause {
                logger.warning("call failed", metadata: ["method": "\(method)", "status": "\(rpc.code.name)", "cause": "\(cause)"])
            }
            throw rpc
        }
    }
}
