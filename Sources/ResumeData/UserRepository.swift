public import Foundation
public import ResumePostgres

/// `users`. Emails are unique case-insensitively; deleting a user deletes
/// every row of theirs (the foreign keys cascade).
public struct UserRepository: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) { self.pool = pool }

    static let columns = "id, email, hashed_password, is_active, is_verified, created_at, updated_at"

    static func record(_ r: PostgresRow) throws -> UserRecord {
        UserRecord(id: try r.get(0), email: try r.get(1), hashedPassword: try r.get(2), isActive: try r.get(3),
                   isVerified: try r.get(4), createdAt: try r.get(5), updatedAt: try r.get(6))
    }

    /// Inserts a user. A taken email (in any letter case) is `.alreadyExists`.
    public func create(email: String, hashedPassword: String, context: QueryContext) throws(DataError) -> UserRecord {
        try one(context, unique: "user with this email") { c in
            try c.query("INSERT INTO users (email, hashed_password) VALUES ($1, $2) RETURNING \(Self.columns)", [email, hashedPassword], context: context)
        }!
    }

    /// The user with `id`, or nil.
    public func find(id: UUID, context: QueryContext) throws(DataError) -> UserRecord? {
        try one(context) { c in try c.query("SELECT \(Self.columns) FROM users WHERE id = $1", [id], context: context) }
    }

    /// The user with `email`, compared case-insensitively, or nil.
    public func find(email: String, context: QueryContext) throws(DataError) -> UserRecord? {
        try one(context) { c in try c.query("SELECT \(Self.columns) FROM users WHERE lower(email) = lower($1)", [email], context: context) }
    }

    /// Marks the user's email verified.
    public func markVerified(id: UUID, context: QueryContext) throws(DataError) -> UserRecord {
        guard let u = try one(context, { c in
            try c.query("UPDATE users SET is_verified = true WHERE id = $1 RETURNING \(Self.columns)", [id], context: context)
        }) else { throw .notFound("user") }
        return u
    }

    /// Deactivates the user: their tokens stop working.
    public func deactivate(id: UUID, context: QueryContext) throws(DataError) -> UserRecord {
        guard let u = try one(context, { c in
            try c.query("UPDATE users SET is_active = false WHERE id = $1 RETURNING \(Self.columns)", [id], context: context)
        }) else { throw .notFound("user") }
        return u
    }

    /// Deletes the user and, by cascade, all of their resumes, job
    /// descriptions, analyses and generated resumes.
    public func delete(id: UUID, context: QueryContext) throws(DataError) {
        let affected = try run(context) { c in try c.query("DELETE FROM users WHERE id = $1", [id], context: context).affectedRows }
        if affected == 0 { throw .notFound("user") }
    }

    private func one(_ context: QueryContext, unique: String = "user", _ body: (PostgresConnection) throws -> PostgresResult) throws(DataError) -> UserRecord? {
        try run(context, unique: unique) { c in try body(c).rows.first.map(Self.record) }
    }

    private func run<R>(_ context: QueryContext, unique: String = "user", _ body: (PostgresConnection) throws -> R) throws(DataError) -> R {
        try pool.run(context, unique: unique, reference: "user", body)
    }
}
