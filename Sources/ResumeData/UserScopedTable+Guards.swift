import Foundation
import ResumeCore
import ResumePostgres
import ResumeStores

/// The four forms of one table's INSERT: with or without a quota check,
/// with or without an idempotency key. Built once, at the store's start.
struct GuardedInsertSQL: Sendable {
    let plain: String
    let quota: String
    let keyed: String
    let quotaKeyed: String

    func sql(quota q: Bool, keyed k: Bool) -> String {
        switch (q, k) {
        case (false, false): plain
        case (true, false): quota
        case (false, true): keyed
        case (true, true): quotaKeyed
        }
    }
}

/// What a guarded INSERT did.
enum GuardedInsertOutcome<Record: Sendable>: Sendable {
    case inserted(Record)
    /// The quota check failed: which of the two it makes (`fits0`, `fits1`).
    case overQuota(first: Bool)
    /// The parent the quota check locks (an analysis) is not the user's.
    case parentMissing
    /// The idempotency key is taken (and not expired): the caller replays it.
    case keyTaken
}

extension UserScopedTable {
    /// The INSERT of `insertSQL`, in its four guarded forms.
    ///
    /// - `quota(first)`: a SELECT yielding `fits0` and `fits1` (booleans) from
    ///   the row that counts the user's usage, locked `FOR UPDATE`, its
    ///   parameters numbered from `first`. Locking that row makes racing
    ///   creates of one user take turns, and the lock re-reads its latest
    ///   version, so the last slot goes to exactly one of them.
    /// - the idempotency key's five parameters (scope, method, key,
    ///   fingerprint, retention in seconds) follow the quota's (`quotaParameters`).
    ///   The key row is inserted in the same statement as the table's row and
    ///   names it (its id is made there); a key taken and not expired inserts
    ///   neither, and the caller replays the key instead.
    func guardedInsertSQL(_ insertColumns: String, values: String, parameters: Int, quotaParameters: Int,
                          quota: (Int) -> String) -> GuardedInsertSQL {
        func build(_ withQuota: Bool, _ keyed: Bool) -> String {
            let keyFirst = parameters + 1 + (withQuota ? quotaParameters : 0)
            var ctes = ["u AS (SELECT id, is_active FROM users WHERE id = $1)"]
            var from = "u", allowed = "u.is_active"
            if withQuota {
                ctes.append("q AS (\(quota(parameters + 1)))")
                from += ", q"
                allowed += " AND q.fits0 AND q.fits1"
            }
            if keyed {
                ctes.append("k AS (" + IdempotencyKeys.insert("""
                    SELECT $\(keyFirst), $\(keyFirst + 1), $\(keyFirst + 2), $\(keyFirst + 3)::bytea, gen_random_uuid(),
                           now() + make_interval(secs => $\(keyFirst + 4)::int) FROM \(from) WHERE \(allowed)
                    """) + ")")
            }
            let columnsList = keyed ? "id, " + insertColumns : insertColumns
            let valuesList = keyed ? "k.resource_id, " + values : values
            ctes.append("""
                ins AS (INSERT INTO \(table) (\(columnsList)) SELECT \(valuesList) FROM \(from)\(keyed ? ", k" : "") WHERE \(allowed)
                        RETURNING \(columns.joined(separator: ", ")))
                """)
            let flags = withQuota ? ", q.fits0, q.fits1" : ""
            return "WITH " + ctes.joined(separator: ",\n") + "\nSELECT u.is_active, \(qualified("ins"))\(flags) FROM u LEFT JOIN ins ON true"
                + (withQuota ? " LEFT JOIN q ON true" : "")
        }
        return GuardedInsertSQL(plain: build(false, false), quota: build(true, false), keyed: build(false, true), quotaKeyed: build(true, true))
    }

    /// Runs a guarded INSERT and says what it did.
    func guardedInsert(_ sql: String, _ bindings: PostgresBindings, quota: Bool, keyed: Bool,
                       context: QueryContext) async throws(DataError) -> GuardedInsertOutcome<Record> {
        let rows = try await run(sql, bindings, idempotent: false, context: context)
        if let record = try userChecked(rows) { return .inserted(record) }
        if quota {
            let flag = 1 + columns.count
            let (fits0, fits1) = try decoded { () throws(PostgresError) in (try rows[0].optionalBool(flag), try rows[0].optionalBool(flag + 1)) }
            guard let fits0, let fits1 else { return .parentMissing }
            if !fits0 || !fits1 { return .overQuota(first: !fits0) }
        }
        guard keyed else { throw .failed(cause: "the insert returned no row") }
        return .keyTaken
    }

    /// The user's row a key names, if the key is still kept: `.idempotencyKeyReused` when it was
    /// first used for another request, `.notFound` when its row was deleted since.
    func replay(_ claim: IdempotencyClaim, user: UUID, context: QueryContext) async throws(DataError) -> Record? {
        guard let id = try await IdempotencyKeys.find(claim, client: client, context: context) else { return nil }
        return try await get(user: user, id: id, context: context)
    }

    /// Creates with `guards`: the INSERT, then (only when the quota check failed
    /// or the key was taken) the key's replay. A key that expired between the
    /// two is tried once more.
    func create(_ sqls: GuardedInsertSQL, base: PostgresBindings, quotaBindings: [Int], quotaKinds: (Quota, Quota), guards: CreateGuards,
                user: UUID, context: QueryContext) async throws(DataError) -> Record {
        var b = base
        let quota = guards.quotas != nil
        if quota { for v in quotaBindings { b.append(v) } }
        if let claim = guards.idempotency { IdempotencyKeys.bind(claim, to: &b) }
        let sql = sqls.sql(quota: quota, keyed: guards.idempotency != nil)
        for _ in 0..<2 {
            switch try await guardedInsert(sql, b, quota: quota, keyed: guards.idempotency != nil, context: context) {
            case .inserted(let record):
                return record
            case .parentMissing:
                // No usage row to lock: the user went away during the call (as any call of theirs then is).
                throw reference == "user" ? .userInactive : .notFound(reference)
            case .overQuota(let first):
                // A retry of a create that took the last slot gets its row back, not the quota.
                if let claim = guards.idempotency, let record = try await replay(claim, user: user, context: context) { return record }
                let which = first ? quotaKinds.0 : quotaKinds.1
                throw .quotaExceeded(which, limit: guards.quotas!.limit(which), retryAfterMilliseconds: nil)
            case .keyTaken:
                if let record = try await replay(guards.idempotency!, user: user, context: context) { return record }
            }
        }
        throw .unavailable(cause: "the idempotency key expired twice while being replayed")
    }
}
