import Foundation
import Logging
import ResumeCore
import ResumeData
import ResumeMigrations
import ResumePostgres
import ResumeTestSupport
import Synchronization
import Testing

/// The migration engine against throwaway databases.
@Suite struct MigrationTests {
    var logger: Logger {
        var l = Logger(label: "migration-test")
        l.logLevel = .error
        return l
    }

    /// Everything that defines the schema, from the catalogs, in a stable order.
    func schemaSnapshot(_ c: PostgresConnection) throws -> [String] {
        let context = QueryContext.administrative("snapshot")
        let queries = [
            """
            SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '')
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY 1
            """,
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY 1",
            """
            SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'schema_migrations' ORDER BY 1
            """,
            "SELECT tgrelid::regclass || ' ' || tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1",
            "SELECT proname || ' ' || md5(prosrc) FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1",
        ]
        return try queries.flatMap { q in try c.query(q, context: context).rows.map { try $0.get(0, as: String.self) } }
    }

    @Test func upgradeDowngradeUpgradeGivesTheSameSchema() throws {
        let db = try ScratchDatabase()
        let migrator = Migrator(set: ResumeSchema.migrations, url: db.url, logger: logger)
        try migrator.upgrade(to: .head)
        let c = try db.connect()
        let first = try schemaSnapshot(c)
        #expect(first.contains { $0.contains("users_email_lower_key") })
        #expect(first.count > 40)

        try migrator.downgrade(to: .base)
        #expect(try schemaSnapshot(c).isEmpty)
        #expect(try migrator.currentVersion() == 0)

        try migrator.upgrade(to: .head)
        #expect(try schemaSnapshot(c) == first)
        #expect(try migrator.currentVersion() == ResumeSchema.migrations.head)
    }

    @Test func twoRunnersRacingApplyEachMigrationOnce() throws {
        let db = try ScratchDatabase()
        let applied = Mutex<[Int]>([]), failures = Mutex<[String]>([])
        let workers = WorkerPool(name: "migrators", threads: 2, maxQueued: 2)
        _ = workers.submit((0..<2).map { _ in {
            do {
                let steps = try Migrator(set: ResumeSchema.migrations, url: db.url, logger: logger).upgrade(to: .head)
                applied.withLock { $0 += steps.map(\.migration.version) }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        } })
        #expect(workers.shutdown(deadline: .after(milliseconds: 60_000)))
        #expect(failures.withLock { $0 } == [])
        #expect(applied.withLock { $0 }.sorted() == ResumeSchema.migrations.migrations.map(\.version))
        let rows = try db.connect().query("SELECT version FROM schema_migrations ORDER BY version", context: .administrative("t")).rows
        #expect(try rows.map { try $0.get(0, as: Int.self) } == ResumeSchema.migrations.migrations.map(\.version))
    }

    @Test func anEditedAppliedMigrationIsRefused() throws {
        let db = try ScratchDatabase()
        let original = try MigrationSet(files: [("0001_a.up.sql", "CREATE TABLE a (x int);"), ("0001_a.down.sql", "DROP TABLE a;")])
        try Migrator(set: original, url: db.url, logger: logger).upgrade(to: .head)
        let edited = try MigrationSet(files: [("0001_a.up.sql", "CREATE TABLE a (x bigint);"), ("0001_a.down.sql", "DROP TABLE a;")])
        let migrator = Migrator(set: edited, url: db.url, logger: logger)
        for attempt in [{ try migrator.ensureCurrent() }, { _ = try migrator.upgrade(to: .head) }, { _ = try migrator.downgrade(to: .base) }] {
            do {
                try attempt()
                Issue.record("an edited migration was accepted")
            } catch let e as MigrationError {
                guard case .checksumMismatch(version: 1, _, _) = e else { Issue.record("\(e)"); continue }
                #expect(e.description.contains("never edit an applied migration"))
            }
        }
    }

    @Test func aSchemaBehindTheBinaryIsRefusedWithTheCommandToRun() throws {
        let db = try ScratchDatabase()
        let migrator = Migrator(set: ResumeSchema.migrations, url: db.url, logger: logger)
        do {
            try migrator.ensureCurrent()
            Issue.record("an empty database was accepted")
        } catch let e as MigrationError {
            #expect(e == .schemaBehind(current: 0, head: ResumeSchema.migrations.head))
            #expect(e.description.contains("resumectl migrate upgrade head"))
        }
        try migrator.upgrade(to: .head)
        try migrator.ensureCurrent()
    }

    @Test func targetsMoveStepByStep() throws {
        let db = try ScratchDatabase()
        let set = try MigrationSet(files: [
            ("0001_a.up.sql", "CREATE TABLE a (x int);"), ("0001_a.down.sql", "DROP TABLE a;"),
            ("0002_b.up.sql", "CREATE TABLE b (x int);"), ("0002_b.down.sql", "DROP TABLE b;"),
            ("0003_c.up.sql", "CREATE TABLE c (x int);"), ("0003_c.down.sql", "DROP TABLE c;"),
        ])
        let m = Migrator(set: set, url: db.url, logger: logger)
        #expect(try m.upgrade(to: .steps(1)).map(\.migration.version) == [1])
        #expect(try m.upgrade(to: .version(3)).map(\.migration.version) == [2, 3])
        #expect(try m.upgrade(to: .head).isEmpty)
        #expect(try m.downgrade(to: .steps(1)).map(\.migration.version) == [3])
        #expect(try m.downgrade(to: .version(1)).map(\.migration.version) == [2])
        #expect(try m.currentVersion() == 1)
        #expect(try m.downgrade(to: .base).map(\.migration.version) == [1])
        #expect(throws: MigrationError.self) { try m.upgrade(to: .version(9)) }
    }

    @Test func aFailingMigrationLeavesNothingBehind() throws {
        let db = try ScratchDatabase()
        let set = try MigrationSet(files: [
            ("0001_a.up.sql", "CREATE TABLE a (x int);"), ("0001_a.down.sql", "DROP TABLE a;"),
            ("0002_bad.up.sql", "CREATE TABLE b (x int); SELECT 1/0;"), ("0002_bad.down.sql", "DROP TABLE b;"),
        ])
        let m = Migrator(set: set, url: db.url, logger: logger)
        do {
            try m.upgrade(to: .head)
            Issue.record("a failing migration succeeded")
        } catch let e as MigrationError {
            guard case .failed(let label, _) = e else { Issue.record("\(e)"); return }
            #expect(label == "0002_bad")
        }
        #expect(try m.currentVersion() == 1)
        let b = try db.connect().query("SELECT to_regclass('b') IS NULL", context: .administrative("t")).rows[0].get(0, as: Bool.self)
        #expect(b)
    }

    @Test func aHeldLockMakesAnotherRunnerGiveUpAfterItsTimeout() throws {
        let db = try ScratchDatabase()
        let holder = try db.connect()
        _ = try holder.query("SELECT pg_advisory_lock($1)", [Migrator.lockKey], context: .administrative("t"))
        let m = Migrator(set: ResumeSchema.migrations, url: db.url, lockTimeoutMilliseconds: 200, logger: logger)
        #expect(throws: MigrationError.lockTimeout(milliseconds: 200)) { try m.upgrade(to: .head) }
        _ = try holder.query("SELECT pg_advisory_unlock($1)", [Migrator.lockKey], context: .administrative("t"))
        try m.upgrade(to: .head)
    }

    @Test func theSQLOfAPlanWrapsEachMigrationInATransactionWithItsBookkeeping() throws {
        let m = try MigrationSet(files: [("0007_add_x.up.sql", "ALTER TABLE t ADD x int;\n"), ("0007_add_x.down.sql", "ALTER TABLE t DROP x;")]).migrations[0]
        let up = Migrator.sql(for: [.up(m)])
        #expect(up.contains("BEGIN;\nALTER TABLE t ADD x int;\nINSERT INTO schema_migrations"))
        #expect(up.contains("'\(m.checksum)'"))
        #expect(up.hasSuffix("COMMIT;\n\n"))
        #expect(Migrator.sql(for: [.down(m)]).contains("DELETE FROM schema_migrations WHERE version = 7;"))
    }
}

@Suite struct MigrationSetTests {
    @Test func filesPairUpByVersion() throws {
        let set = try MigrationSet(files: [
            ("0002_second.down.sql", "d2"), ("0001_first.up.sql", "u1"), ("0002_second.up.sql", "u2"), ("0001_first.down.sql", "d1"),
        ])
        #expect(set.migrations.map(\.label) == ["0001_first", "0002_second"])
        #expect(set.head == 2)
        #expect(set.migration(2)?.down == "d2")
    }

    @Test(arguments: [
        [("0001_a.up.sql", "x")],                                         // no down
        [("0001_a.down.sql", "x")],                                       // no up
        [("1_a.up.sql", "x"), ("1_a.down.sql", "x")],                     // version too short
        [("0001_A.up.sql", "x"), ("0001_A.down.sql", "x")],               // upper case title
        [("0001_a.up.sql", "x"), ("0001_b.down.sql", "x")],               // titles differ
        [("0001_a.sql", "x")],                                            // neither up nor down
    ])
    func malformedSetsAreRefused(files: [(String, String)]) {
        #expect(throws: MigrationError.self) { try MigrationSet(files: files.map { (name: $0.0, sql: $0.1) }) }
    }

    @Test func checksumsAreSHA256OfTheUpScript() throws {
        let m = Migration(version: 1, name: "a", up: "abc", down: "")
        // SHA-256("abc") from FIPS 180-2, appendix B.1.
        #expect(m.checksum == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func revisionNamesTheNextPair() {
        let names = MigrationSet.nextFileNames(existing: ["0001_initial.up.sql", "0001_initial.down.sql", "0002_x.up.sql", "README"], message: "Add resume tags & index!")
        #expect(names.up == "0003_add_resume_tags_index.up.sql")
        #expect(names.down == "0003_add_resume_tags_index.down.sql")
        #expect(MigrationSet.nextFileNames(existing: [], message: "???").up == "0001_migration.up.sql")
    }

    @Test func targetsParse() throws {
        #expect(try UpgradeTarget(parsing: "head") == .head)
        #expect(try UpgradeTarget(parsing: "+2") == .steps(2))
        #expect(try UpgradeTarget(parsing: "5") == .version(5))
        #expect(try DowngradeTarget(parsing: "base") == .base)
        #expect(try DowngradeTarget(parsing: "-1") == .steps(1))
        #expect(try DowngradeTarget(parsing: "0") == .base)
        #expect(throws: MigrationError.self) { try UpgradeTarget(parsing: "-1") }
        #expect(throws: MigrationError.self) { try DowngradeTarget(parsing: "+1") }
    }

    @Test func theEmbeddedSchemaMatchesTheMigrationsFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("migrations").path
        let onDisk = try MigrationSet.load(directory: folder)
        #expect(onDisk.migrations == ResumeSchema.migrations.migrations)
    }
}
