public import ResumePostgres

/// Why a repository call failed, in terms a handler can answer with.
/// Descriptions name entities and fields, never values.
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
    /// The database failed (unreachable, deadline, ...).
    case database(PostgresError)

    public var description: String {
        switch self {
        case .notFound(let what): "\(what) not found"
        case .alreadyExists(let what): "\(what) already exists"
        case .versionConflict(let current): "version conflict: the current version is \(current)"
        case .invalidPageToken: "invalid page token"
        case .invalid(let constraint): "value rejected by \(constraint)"
        case .database(let e): "database: \(e)"
        }
    }
}

extension PostgresPool {
    /// Runs a repository's statement (retried as `withRetry` allows) and
    /// translates database errors into `DataError`, naming `unique` for a
    /// taken key and `reference` for a missing (or foreign) referenced row.
    func run<R>(_ context: QueryContext, unique: String, reference: String,
                _ body: (PostgresConnection) throws -> R) throws(DataError) -> R {
        do {
            return try withRetry(context, body)
        } catch {
            throw DataError.from(error, unique: unique, reference: reference)
        }
    }
}

extension DataError {
    /// Translates a database error: unique violations, foreign keys to rows
    /// that are missing (or another user's), and CHECK violations become
    /// their own cases; anything else stays a database error.
    static func from(_ error: any Error, unique: String = "record", reference: String = "referenced record") -> DataError {
        if let d = error as? DataError { return d }
        guard let p = error as? PostgresError else { return .database(PostgresError(.server, "\(type(of: error))")) }
        if p.isUniqueViolation { return .alreadyExists(unique) }
        if p.isForeignKeyViolation { return .notFound(reference) }
        if p.isCheckViolation { return .invalid(constraint: p.constraint ?? "a check constraint") }
        return .database(p)
    }
}
