import Foundation
import ResumeCore
import ResumePostgres
import ResumeStores

/// The statements on `idempotency_keys` that are not part of a create's own
/// INSERT: finding a key for its replay, recording one after the fact (an
/// analysis, whose row is unique by its identity anyway), and deleting
/// expired keys.
enum IdempotencyKeys {
    static let findSQL = """
        SELECT resource_id, fingerprint = $4::bytea, created_at FROM idempotency_keys
        WHERE scope = $1 AND method = $2 AND key = $3 AND expires_at > now()
        """

    /// Records a key for `resource` unless it is kept already (then nothing changes).
    static let recordSQL = insert("VALUES ($1, $2, $3, $4::bytea, $6, now() + make_interval(secs => $5::int))")

    /// Up to $1 expired keys.
    static let purgeSQL = """
        DELETE FROM idempotency_keys WHERE ctid IN (SELECT ctid FROM idempotency_keys WHERE expires_at <= now() LIMIT $1)
        """

    /// Binds scope, method, key, fingerprint (bytea in hex) and retention, as $1 to $5 of the statements above.
    static func bind(_ claim: IdempotencyClaim, to b: inout PostgresBindings, retention: Bool = true) {
        b.append(claim.scope)
        b.append(claim.method)
        b.append(claim.key)
        b.append(bytea: claim.fingerprint)
        if retention { b.append(claim.retentionSeconds) }
    }

    /// The row a kept key names; `.idempotencyKeyReused` when it was first used for another request.
    static func find(_ claim: IdempotencyClaim, client: PostgresClient, context: QueryContext) async throws(DataError) -> UUID? {
        var b = PostgresBindings()
        bind(claim, to: &b, retention: false)
        let rows = try await run(client, findSQL, b, idempotent: true, context: context)
        guard rows.count == 1 else { return nil }
        let (id, same, first) = try Statements.decoded { () throws(PostgresError) in (try rows[0].uuid(0), try rows[0].bool(1), try rows[0].timestamp(2)) }
        guard same else { throw .idempotencyKeyReused(firstUsedAt: first) }
        return id
    }

    /// Records `claim` for `resource`; false when the key was kept already.
    static func record(_ claim: IdempotencyClaim, resource: UUID, client: PostgresClient, context: QueryContext) async throws(DataError) -> Bool {
        var b = PostgresBindings()
        bind(claim, to: &b)
        b.append(resource)
        return try await run(client, recordSQL, b, idempotent: false, context: context).count == 1
    }

    /// Deletes up to `limit` expired keys; how many.
    static func purge(limit: Int, client: PostgresClient, context: QueryContext) async throws(DataError) -> Int {
        var b = PostgresBindings()
        b.append(limit)
        return try await run(client, purgeSQL, b, idempotent: true, context: context).affectedRows
    }

    private static func run(_ client: PostgresClient, _ sql: String, _ b: PostgresBindings, idempotent: Bool,
                            context: QueryContext) async throws(DataError) -> PostgresRows {
        try await Statements.run(client, sql, b, idempotent: idempotent, unique: "idempotency key", reference: "user", context: context)
    }

    /// Records a key with the row it names, from `select` (yielding scope, method, key,
    /// fingerprint, resource id, expiry); nothing when the key is kept and not expired.
    /// Returns the resource id recorded. An expired key not yet deleted is taken over.
    static func insert(_ select: String) -> String {
        """
        INSERT INTO idempotency_keys (scope, method, key, fingerprint, resource_id, expires_at)
            \(select)
            ON CONFLICT (scope, method, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint,
                resource_id = EXCLUDED.resource_id, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
            WHERE idempotency_keys.expires_at <= now()
            RETURNING resource_id
        """
    }
}
