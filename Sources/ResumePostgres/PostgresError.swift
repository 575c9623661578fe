/// A failed database operation. The text is libpq's and the server's primary
/// message, captured at once; the server's DETAIL (which can quote row
/// values, i.e. personal data) is never kept.
public struct PostgresError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure.
    public enum Kind: Sendable, Hashable {
        /// No connection could be made (refused, authentication, DNS, ...).
        case connectionFailed
        /// The connection broke while in use.
        case connectionLost
        /// No pooled connection became free in time; the message has the pool's state.
        case poolExhausted
        /// The pool is closed (shutting down).
        case poolClosed
        /// The caller's deadline passed (the statement, if running, was cancelled).
        case deadlineExceeded
        /// The caller cancelled (the statement was cancelled).
        case cancelled
        /// The server refused the statement; see `sqlState`.
        case server
        /// A value in a result did not decode as the type asked for.
        case decoding
    }

    public let kind: Kind
    /// Five-character SQLSTATE for `.server` errors (e.g. `23505`).
    public let sqlState: String?
    /// The constraint a `.server` error names, if any.
    public let constraint: String?
    /// libpq's or the server's primary message; never row values.
    public let message: String
    /// True when the failure is known to have left nothing committed: the
    /// statement never reached the server, or a transaction lost its
    /// connection before `COMMIT` was sent. Such work is safe to run again.
    public let nothingCommitted: Bool

    public init(_ kind: Kind, _ message: String, sqlState: String? = nil, constraint: String? = nil, nothingCommitted: Bool = false) {
        self.kind = kind
        self.message = message
        self.sqlState = sqlState
        self.constraint = constraint
        self.nothingCommitted = nothingCommitted
    }

    /// The same error, known to have left nothing committed.
    func withNothingCommitted() -> PostgresError {
        PostgresError(kind, message, sqlState: sqlState, constraint: constraint, nothingCommitted: true)
    }

    /// SQLSTATE 23505.
    public var isUniqueViolation: Bool { sqlState == "23505" }
    /// SQLSTATE 23503.
    public var isForeignKeyViolation: Bool { sqlState == "23503" }
    /// SQLSTATE 23514.
    public var isCheckViolation: Bool { sqlState == "23514" }

    /// The server ended the backend (57P01 admin shutdown, 57P02 crash
    /// shutdown, 57P03 cannot connect now): the statement did not commit.
    public var isBackendTermination: Bool {
        sqlState == "57P01" || sqlState == "57P02" || sqlState == "57P03"
    }

    /// A server error the caller may retry later with the same request: the
    /// server is shutting down or starting (class 57), its connection broke
    /// (08), it ran out of resources (53: too many connections, memory,
    /// disk), a lock could not be had (55P03), or the transaction lost a
    /// serialization or deadlock race (40001, 40P01).
    public var isTransient: Bool {
        guard kind == .server, let state = sqlState else { return false }
        return state.hasPrefix("57") || state.hasPrefix("08") || state.hasPrefix("53")
            || state == "55P03" || state == "40001" || state == "40P01"
    }

    /// Whether running the same work again on a new connection is safe.
    public var isSafeToRetry: Bool {
        isBackendTermination || (kind == .connectionLost && nothingCommitted)
    }

    public var description: String {
        var s = "\(kind): \(message)"
        if let sqlState { s += " (SQLSTATE \(sqlState)" + (constraint.map { ", constraint \($0)" } ?? "") + ")" }
        return s
    }
}
