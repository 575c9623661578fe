public import Foundation
public import ResumeCore
public import ResumePostgres
public import ResumeStores

/// `UserStore` on PostgreSQL (`users`).
public struct PostgresUserStore: UserStore {
    let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    static let columns = "id, email, hashed_password, is_active, is_verified, created_at, updated_at"

    static func record(_ r: PostgresRow) throws(PostgresError) -> UserRecord {
        UserRecord(id: try r.uuid(0), email: try r.string(1), hashedPassword: try r.string(2), isActive: try r.bool(3),
                   isVerified: try r.bool(4), createdAt: try r.timestamp(5), updatedAt: try r.timestamp(6))
    }

    /// With a key: the key row and the user in one statement; no user when the key is kept already.
    static let keyedInsertSQL = """
        WITH k AS (\(IdempotencyKeys.insert("SELECT $3, $4, $5, $6::bytea, gen_random_uuid(), now() + make_interval(secs => $7::int)")))
        INSERT INTO users (id, email, hashed_password) SELECT k.resource_id, $1, $2 FROM k RETURNING \(columns)
        """

    public func create(email: String, hashedPassword: String, idempotency: IdempotencyClaim?,
                       context: QueryContext) async throws(DataError) -> UserRecord {
        var b = PostgresBindings()
        b.append(email)
        b.append(hashedPassword)
        guard let claim = idempotency else {
            guard let user = try await one("INSERT INTO users (email, hashed_password) VALUES ($1, $2) RETURNING \(Self.columns)", b,
                                           idempotent: false, unique: "user with this email", context: context) else {
                throw .failed(cause: "the insert returned no row")
            }
            return user
        }
        IdempotencyKeys.bind(claim, to: &b)
        for _ in 0..<2 {
            if let user = try await one(Self.keyedInsertSQL, b, idempotent: false, unique: "user with this email", context: context) {
                return user
            }
            // The key is kept: the user it made (whatever became of it since), if the key did not just expire.
            if let id = try await IdempotencyKeys.find(claim, client: client, context: context) {
                var byID = PostgresBindings()
                byID.append(id)
                guard let user = try await one("SELECT \(Self.columns) FROM users WHERE id = $1", byID, idempotent: true, context: context) else {
                    throw .notFound("user")
                }
                return user
            }
        }
        throw .unavailable(cause: "the idempotency key expired twice while being replayed")
    }

    public func find(email: String, context: QueryContext) async throws(DataError) -> UserRecord? {
        var b = PostgresBindings()
        b.append(email)
        return try await one("SELECT \(Self.columns) FROM users WHERE lower(email) = lower($1)", b, idempotent: true, context: context)
    }

    public func activeUser(id: UUID, context: QueryContext) async throws(DataError) -> UserRecord {
        var b = PostgresBindings()
        b.append(id)
        guard let user = try await one("SELECT \(Self.columns) FROM users WHERE id = $1", b, idempotent: true, context: context),
              user.isActive else { throw .userInactive }
        return user
    }

    public func markVerified(id: UUID, context: QueryContext) async throws(DataError) -> UserRecord {
        try await update("UPDATE users SET is_verified = true WHERE id = $1 RETURNING \(Self.columns)", id, context: context)
    }

    public func deactivate(id: UUID, context: QueryContext) async throws(DataError) -> UserRecord {
        try await update("UPDATE users SET is_active = false WHERE id = $1 RETURNING \(Self.columns)", id, context: context)
    }

    public func delete(id: UUID, context: QueryContext) async throws(DataError) {
        var b = PostgresBindings()
        b.append(id)
        // The usage row first, as every create, update and delete of the user's documents
        // takes it before the rows it changes: the cascades then never wait on them in a cycle.
        let rows = try await run("""
            WITH \(Statements.usageLock)
            DELETE FROM users WHERE id = $1 AND \(Statements.usageLocked)
            """, b, idempotent: false, unique: "user", context: context)
        if rows.affectedRows == 0 { throw .notFound("user") }
    }

    private func update(_ sql: String, _ id: UUID, context: QueryContext) async throws(DataError) -> UserRecord {
        var b = PostgresBindings()
        b.append(id)
        guard let user = try await one(sql, b, idempotent: false, context: context) else { throw .notFound("user") }
        return user
    }

    private func one(_ sql: String, _ b: PostgresBindings, idempotent: Bool, unique: String = "user",
                     context: QueryContext) async throws(DataError) -> UserRecord? {
        let rows = try await run(sql, b, idempotent: idempotent, unique: unique, context: context)
        guard !rows.isEmpty else { return nil }
        do { return try Self.record(rows[0]) } catch { throw .failed(cause: error.description) }
    }

    private func run(_ sql: String, _ b: PostgresBindings, idempotent: Bool, unique: String, context: QueryContext) async throws(DataError) -> PostgresRows {
        do {
            return try await client.query(sql, b, idempotent: idempotent, context: context)
        } catch {
            throw DataError(error, unique: unique, reference: "user")
        }
    }
}
