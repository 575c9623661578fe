import Foundation
public import Logging
public import ResumeCore
public import ResumePostgres

/// A migration recorded in `schema_migrations`.
public struct AppliedMigration: Sendable, Hashable {
    public let version: Int
    public let name: String
    public let checksum: String
    public let appliedAt: Timestamp
    public let executionMilliseconds: Int
}

/// One step of a plan.
public enum MigrationStep: Sendable, Hashable {
    case up(Migration)
    case down(Migration)

    public var migration: Migration {
        switch self { case .up(let m), .down(let m): m }
    }
}

/// Where `upgrade` should go.
public enum UpgradeTarget: Sendable, Hashable {
    case head
    /// `+N`: the next N pending migrations.
    case steps(Int)
    /// Up to and including this version.
    case version(Int)

    /// Parses `head`, `+N` or a version number.
    public init(parsing text: String) throws(MigrationError) {
        if text == "head" { self = .head; return }
        if text.hasPrefix("+"), let n = Int(text.dropFirst()), n > 0 { self = .steps(n); return }
        if text.allSatisfy(\.isWholeNumber), let v = Int(text), v > 0 { self = .version(v); return }
        throw .invalidTarget("\(text): expected head, +N or a version")
    }
}

/// Where `downgrade` should go.
public enum DowngradeTarget: Sendable, Hashable {
    /// Undo everything.
    case base
    /// `-N`: undo the last N.
    case steps(Int)
    /// Down to this version (it stays applied).
    case version(Int)

    /// Parses `base`, `-N` or a version number.
    public init(parsing text: String) throws(MigrationError) {
        if text == "base" { self = .base; return }
        if text.hasPrefix("-"), let n = Int(text.dropFirst()), n > 0 { self = .steps(n); return }
        if text.allSatisfy(\.isWholeNumber), let v = Int(text) { self = v == 0 ? .base : .version(v); return }
        throw .invalidTarget("\(text): expected base, -N or a version")
    }
}

/// Applies and reverts migrations against one database, like Alembic and
/// Flyway together: versions recorded with checksums in `schema_migrations`,
/// each migration in its own transaction, concurrent runners serialised by
/// a PostgreSQL advisory lock that is polled (never waited on forever).
public struct Migrator: Sendable {
    /// The advisory lock key every runner uses ("resumed" in ASCII).
    public static let lockKey: Int64 = 0x7265_7375_6D65_64
    /// The bookkeeping table.
    public static let table = "schema_migrations"

    public let set: MigrationSet
    private let url: String
    private let lockTimeoutMilliseconds: UInt64
    private let logger: Logger

    /// A migrator of `set` for the database at `url`.
    public init(set: MigrationSet, url: String, lockTimeoutMilliseconds: UInt64 = 60_000, logger: Logger) {
        self.set = set
        self.url = url
        self.lockTimeoutMilliseconds = lockTimeoutMilliseconds
        self.logger = logger
    }

    private static let createTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version      integer     PRIMARY KEY,
            name         text        NOT NULL,
            checksum     text        NOT NULL,
            applied_at   timestamptz NOT NULL DEFAULT now(),
            execution_ms integer     NOT NULL
        )
        """

    // MARK: Reading

    /// The applied migrations, oldest first (empty when the table does not exist yet).
    public func applied() throws -> [AppliedMigration] {
        let c = try connect()
        return try Self.applied(on: c)
    }

    /// The highest applied version, 0 when none.
    public func currentVersion() throws -> Int { try applied().last?.version ?? 0 }

    /// Problems that forbid migrating or serving: changed files, versions unknown to this set.
    public func verify(_ applied: [AppliedMigration]) -> [MigrationError] {
        applied.compactMap { a in
            guard let m = set.migration(a.version) else { return .unknownAppliedVersion(a.version) }
            return m.checksum == a.checksum ? nil : .checksumMismatch(version: a.version, applied: a.checksum, file: m.checksum)
        }
    }

    /// Refuses a schema behind `set.head` or with changed files; this is `resumed`'s start-up check.
    public func ensureCurrent() throws {
        let a = try applied()
        if let problem = verify(a).first(where: { if case .checksumMismatch = $0 { true } else { false } }) { throw problem }
        let current = a.map(\.version).filter { set.migration($0) != nil }.max() ?? 0
        let pending = set.migrations.filter { m in !a.contains { $0.version == m.version } }
        if !pending.isEmpty { throw MigrationError.schemaBehind(current: current, head: set.head) }
        for case .unknownAppliedVersion(let v) in verify(a) {
            logger.warning("database has a migration this binary does not know (a newer binary applied it)", metadata: ["version": "\(v)"])
        }
    }

    // MARK: Planning

    /// The steps `upgrade` would take from `applied`.
    public func plan(upgrade target: UpgradeTarget, applied: [AppliedMigration]) throws(MigrationError) -> [MigrationStep] {
        let done = Set(applied.map(\.version))
        let pending = set.migrations.filter { !done.contains($0.version) }
        switch target {
        case .head:
            return pending.map { .up($0) }
        case .steps(let n):
            return pending.prefix(n).map { .up($0) }
        case .version(let v):
            guard set.migration(v) != nil else { throw .invalidTarget("no migration \(v)") }
            return pending.filter { $0.version <= v }.map { .up($0) }
        }
    }

    /// The steps `downgrade` would take from `applied`, newest first.
    public func plan(downgrade target: DowngradeTarget, applied: [AppliedMigration]) throws(MigrationError) -> [MigrationStep] {
        let newestFirst = applied.map(\.version).sorted(by: >)
        let versions: [Int]
        switch target {
        case .base: versions = newestFirst
        case .steps(let n): versions = Array(newestFirst.prefix(n))
        case .version(let v):
            guard v == 0 || applied.contains(where: { $0.version == v }) else { throw .invalidTarget("version \(v) is not applied") }
            versions = newestFirst.filter { $0 > v }
        }
        return try versions.map { (v) throws(MigrationError) -> MigrationStep in
            guard let m = set.migration(v) else { throw .unknownAppliedVersion(v) }
            return .down(m)
        }
    }

    /// The SQL a plan would run, as `--sql` prints it.
    public static func sql(for steps: [MigrationStep]) -> String {
        var out = ""
        for step in steps {
            let m = step.migration
            switch step {
            case .up:
                out += "-- \(m.label): upgrade\nBEGIN;\n\(m.up.trimmingCharacters(in: .newlines))\n"
                out += "INSERT INTO schema_migrations (version, name, checksum, execution_ms) VALUES (\(m.version), '\(m.name)', '\(m.checksum)', 0);\nCOMMIT;\n\n"
            case .down:
                out += "-- \(m.label): downgrade\nBEGIN;\n\(m.down.trimmingCharacters(in: .newlines))\n"
                out += "DELETE FROM schema_migrations WHERE version = \(m.version);\nCOMMIT;\n\n"
            }
        }
        return out
    }

    // MARK: Applying

    /// Upgrades under the lock; returns the steps applied (none when already there).
    @discardableResult
    public func upgrade(to target: UpgradeTarget) throws -> [MigrationStep] {
        try locked { c in
            let applied = try Self.applied(on: c)
            if let problem = verify(applied).first(where: { if case .checksumMismatch = $0 { true } else { false } }) { throw problem }
            let steps = try plan(upgrade: target, applied: applied)
            try run(steps, on: c)
            return steps
        }
    }

    /// Downgrades under the lock; returns the steps applied.
    @discardableResult
    public func downgrade(to target: DowngradeTarget) throws -> [MigrationStep] {
        try locked { c in
            let applied = try Self.applied(on: c)
            if let problem = verify(applied).first { throw problem }
            let steps = try plan(downgrade: target, applied: applied)
            try run(steps, on: c)
            return steps
        }
    }

    private func run(_ steps: [MigrationStep], on c: PostgresConnection) throws {
        for step in steps {
            let m = step.migration
            let started = MonotonicClock.nanoseconds()
            let context = QueryContext.administrative("migrate \(m.label)", seconds: 3_600)
            do {
                try c.transaction(context: context) { c in
                    switch step {
                    case .up:
                        try c.execute(m.up, context: context)
                        let ms = Int((MonotonicClock.nanoseconds() - started) / 1_000_000)
                        try c.query("INSERT INTO schema_migrations (version, name, checksum, execution_ms) VALUES ($1, $2, $3, $4)",
                                    [m.version, m.name, m.checksum, ms], context: context)
                    case .down:
                        try c.execute(m.down, context: context)
                        try c.query("DELETE FROM schema_migrations WHERE version = $1", [m.version], context: context)
                    }
                }
            } catch let e as PostgresError {
                throw MigrationError.failed(migration: m.label, reason: e.description)
            }
            let direction = if case .up = step { "applied" } else { "reverted" }
            logger.info("migration \(direction)", metadata: ["migration": "\(m.label)", "ms": "\((MonotonicClock.nanoseconds() - started) / 1_000_000)"])
        }
    }

    /// Holds the advisory lock around `body`, polling for it until the lock timeout.
    private func locked<R>(_ body: (PostgresConnection) throws -> R) throws -> R {
        let c = try connect()
        let context = QueryContext.administrative("migrate lock")
        let deadline = Deadline.after(milliseconds: lockTimeoutMilliseconds)
        var announced = false
        while true {
            let got = try c.query("SELECT pg_try_advisory_lock($1)", [Self.lockKey], context: context).rows[0].get(0, as: Bool.self)
            if got { break }
            if deadline.hasPassed() { throw MigrationError.lockTimeout(milliseconds: lockTimeoutMilliseconds) }
            if !announced {
                logger.info("waiting for another migration runner")
                announced = true
            }
            usleep(100_000)
        }
        defer { _ = try? c.query("SELECT pg_advisory_unlock($1)", [Self.lockKey], context: context) }
        try c.execute(Self.createTable, context: context)
        return try body(c)
    }

    private func connect() throws -> PostgresConnection {
        try PostgresConnection(url: url, deadline: .after(milliseconds: 10_000), applicationName: "resumed-migrate")
    }

    private static func applied(on c: PostgresConnection) throws -> [AppliedMigration] {
        let context = QueryContext.administrative("migrate read")
        let exists = try c.query("SELECT to_regclass('schema_migrations') IS NOT NULL", context: context).rows[0].get(0, as: Bool.self)
        guard exists else { return [] }
        return try c.query("SELECT version, name, checksum, applied_at, execution_ms FROM schema_migrations ORDER BY version", context: context)
            .rows.map { r in
                AppliedMigration(version: try r.get(0), name: try r.get(1), checksum: try r.get(2), appliedAt: try r.get(3), executionMilliseconds: try r.get(4))
            }
    }
}
