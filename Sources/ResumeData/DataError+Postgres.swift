import ResumePostgres
import ResumeStores

extension DataError {
    /// Translates a database error: unique violations, foreign keys to rows
    /// that are missing (or another user's), and CHECK violations become
    /// their own cases; trouble the caller can retry (no connection, a server
    /// shutting down or out of resources, a lost lock race) is `.unavailable`.
    /// The library's text goes into `cause`, never into what callers see.
    init(_ p: PostgresError, unique: String, reference: String) {
        if p.isUniqueViolation { self = .alreadyExists(unique); return }
        if p.isForeignKeyViolation { self = reference == "user" ? .userInactive : .notFound(reference); return }
        if p.isCheckViolation { self = .invalid(constraint: p.constraint ?? "a check constraint"); return }
        if p.isTransient { self = .unavailable(cause: p.description); return }
        switch p.kind {
        case .connectionFailed, .connectionLost, .poolExhausted, .poolClosed: self = .unavailable(cause: p.description)
        case .deadlineExceeded: self = .deadlineExceeded
        case .cancelled: self = .cancelled
        case .server, .decoding: self = .failed(cause: p.description)
        }
    }
}
