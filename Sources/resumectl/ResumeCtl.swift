import ArgumentParser
import Foundation
import Logging
import ResumeData
import ResumeMigrations
import ResumeCore
import ResumePostgres

/// `resumectl`: administration of a resumed installation.
@main
struct ResumeCtl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resumectl",
        abstract: "Administration of a resumed installation, and calls to a daemon in JSON.",
        subcommands: [Migrate.self, CallCommand.self, ListCommand.self, DescribeCommand.self, RedactCommand.self]
    )
}

/// Options every `migrate` subcommand shares.
struct MigrateOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: "PostgreSQL to migrate [URL; env DATABASE_URL; default postgresql://localhost:5432/resumed]")
    var databaseURL: String?

    @Option(name: .customLong("dir"), help: "Read migrations from this folder instead of the ones built into this binary (development).")
    var directory: String?

    @Option(name: .customLong("lock-timeout-ms"), help: "How long to wait for another runner's lock [ms; default 60000; 1 to 3600000]")
    var lockTimeout: UInt64 = 60_000

    func migrator() throws -> Migrator {
        guard (1...3_600_000).contains(lockTimeout) else { throw ValidationError("--lock-timeout-ms must be 1 to 3600000") }
        let url = databaseURL ?? ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "postgresql://localhost:5432/resumed"
        do { _ = try PostgresURL(parsing: url) } catch { throw ValidationError("\(error)") }
        let set = try directory.map { try MigrationSet.load(directory: $0) } ?? ResumeSchema.migrations
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        return Migrator(set: set, url: url, lockTimeoutMilliseconds: lockTimeout, logger: Logger(label: "resumectl"))
    }
}

struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply, revert and inspect schema migrations.",
        discussion: """
            Migrations are pairs of SQL files, migrations/NNNN_title.up.sql and .down.sql, embedded in the binary \
            by scripts/generate. Each runs in its own transaction and is recorded with its checksum in \
            schema_migrations; concurrent runners wait for one another on an advisory lock.
            """,
        subcommands: [Upgrade.self, Downgrade.self, Current.self, History.self, Revision.self]
    )

    struct Upgrade: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply pending migrations: head (default), +N, or up to VERSION.")
        @OptionGroup var options: MigrateOptions
        @Argument(help: "head, +N or VERSION") var target = "head"
        @Flag(help: "Print the SQL that would run instead of running it.") var sql = false

        func run() throws {
            let migrator = try options.migrator()
            let target = try UpgradeTarget(parsing: self.target)
            if sql {
                print(Migrator.sql(for: try migrator.plan(upgrade: target, applied: migrator.applied())), terminator: "")
                return
            }
            let steps = try migrator.upgrade(to: target)
            print(steps.isEmpty ? "already at \(try label(migrator.currentVersion(), migrator.set))" : "upgraded to \(try label(migrator.currentVersion(), migrator.set))")
        }
    }

    struct Downgrade: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revert migrations: -N, base, or down to VERSION (which stays applied).")
        @OptionGroup var options: MigrateOptions
        @Flag(help: "Print the SQL that would run instead of running it.") var sql = false
        // Unrecognised-argument parsing lets "-1" through as a value rather than a flag.
        @Argument(parsing: .allUnrecognized, help: "-N, base or VERSION") var target: [String] = []

        func validate() throws {
            guard target.count == 1 else { throw ValidationError("give exactly one target: -N, base or VERSION") }
        }

        func run() throws {
            let migrator = try options.migrator()
            let target = try DowngradeTarget(parsing: self.target[0])
            if sql {
                print(Migrator.sql(for: try migrator.plan(downgrade: target, applied: migrator.applied())), terminator: "")
                return
            }
            let steps = try migrator.downgrade(to: target)
            print(steps.isEmpty ? "nothing to revert" : "downgraded to \(try label(migrator.currentVersion(), migrator.set))")
        }
    }

    struct Current: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the version the database is at.")
        @OptionGroup var options: MigrateOptions

        func run() throws {
            let migrator = try options.migrator()
            let applied = try migrator.applied()
            let current = applied.last?.version ?? 0
            print("\(label(current, migrator.set))\(current == migrator.set.head ? " (head)" : ", head is \(label(migrator.set.head, migrator.set))")")
            for problem in migrator.verify(applied) { print("warning: \(problem)") }
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every migration, applied or pending.")
        @OptionGroup var options: MigrateOptions

        func run() throws {
            let migrator = try options.migrator()
            let applied = Dictionary(uniqueKeysWithValues: try migrator.applied().map { ($0.version, $0) })
            let problems = migrator.verify(Array(applied.values))
            for m in migrator.set.migrations {
                if let a = applied[m.version] {
                    let changed = a.checksum != m.checksum ? "  CHANGED SINCE APPLIED" : ""
                    print("\(m.label)  applied \(Timestamp(unixMicroseconds: a.appliedAt.unixMicroseconds).postgresText!) in \(a.executionMilliseconds) ms\(changed)")
                } else {
                    print("\(m.label)  pending")
                }
            }
            for case .unknownAppliedVersion(let v) in problems { print("\(v)  applied, unknown to this binary") }
        }
    }

    struct Revision: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the next numbered pair of migration files.")
        @Option(name: .shortAndLong, help: "What the migration does.") var message: String
        @Option(name: .customLong("dir"), help: "The migrations folder.") var directory = "migrations"

        func run() throws {
            let fm = FileManager.default
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let names = MigrationSet.nextFileNames(existing: try fm.contentsOfDirectory(atPath: directory), message: message)
            let header = "-- \(message.replacingOccurrences(of: "\n", with: " "))\n"
            try (header + "-- Upgrade: runs in a transaction; keep it reversible by the .down.sql file.\n\n")
                .write(toFile: "\(directory)/\(names.up)", atomically: true, encoding: .utf8)
            try (header + "-- Downgrade: undoes exactly what the .up.sql file does.\n\n")
                .write(toFile: "\(directory)/\(names.down)", atomically: true, encoding: .utf8)
            print("\(directory)/\(names.up)\n\(directory)/\(names.down)")
            print("Edit both, then run scripts/generate so the binaries embed it.")
        }
    }
}

func label(_ version: Int, _ set: MigrationSet) -> String {
    version == 0 ? "base" : set.migration(version)?.label ?? "\(version)"
}
