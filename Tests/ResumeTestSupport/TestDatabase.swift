import Foundation
public import Logging
import ResumeData
import ResumeMigrations
public import ResumePostgres
public import ResumeTransport
import Synchronization

/// The test database (`TEST_DATABASE_URL`), migrated to head once per test
/// process, and throwaway databases for tests that must own their schema.
public enum TestDatabase {
    private static let migrated = Mutex(false)

    /// `TEST_DATABASE_URL`, migrated to the binary's head.
    public static func migratedURL() throws -> String {
        let url = try TestEnvironment.databaseURL()
        try migrated.withLock { done in
            guard !done else { return }
            try Migrator(set: ResumeSchema.migrations, url: url, logger: quietLogger).upgrade(to: .head)
            done = true
        }
        return url
    }

    /// A client on the migrated test database, on an event loop of its own.
    public static func client(size: Int = 5, overflow: Int = 5,
                              configure: (inout PostgresClientConfiguration) -> Void = { _ in }) throws -> TestPostgresClient {
        var c = PostgresClientConfiguration(url: try migratedURL())
        c.pool.size = size
        c.pool.maxOverflow = overflow
        c.applicationName = "resumed-test"
        configure(&c)
        return try TestPostgresClient(configuration: c, logger: quietLogger)
    }

    /// A blocking connection to the migrated test database, for checks the API cannot make.
    public static func connect() throws -> PostgresConnection {
        try PostgresConnection(url: try migratedURL(), deadline: .after(milliseconds: 10_000))
    }

    static var quietLogger: Logger {
        var l = Logger(label: "test-db")
        l.logLevel = .error
        return l
    }
}

/// A database created for one test and dropped afterwards.
public final class ScratchDatabase: Sendable {
    /// Its URL.
    public let url: String
    private let adminURL: String
    let name: String

    public init() throws {
        adminURL = try TestEnvironment.databaseURL()
        name = "scratch_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        let admin = try PostgresConnection(url: adminURL, deadline: .after(milliseconds: 10_000))
        try admin.execute("CREATE DATABASE \(name)", context: .administrative("scratch"))
        var parsed = try PostgresURL(parsing: adminURL)
        parsed.database = name
        let credentials = parsed.user.map { u in u + (parsed.password.map { ":" + $0 } ?? "") + "@" } ?? ""
        url = "postgresql://\(credentials)\(parsed.host ?? "localhost"):\(parsed.port ?? 5432)/\(name)"
    }

    /// A connection to it.
    public func connect() throws -> PostgresConnection {
        try PostgresConnection(url: url, deadline: .after(milliseconds: 10_000))
    }

    deinit {
        if let admin = try? PostgresConnection(url: adminURL, deadline: .after(milliseconds: 10_000)) {
            _ = try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", context: .administrative("scratch"))
        }
    }
}

/// Administrative connections for tests that break things on purpose.
public enum PostgresConnectionForTests {
    /// A connection to the test database as its owner.
    public static func admin() throws -> AdminConnection {
        AdminConnection(try PostgresConnection(url: TestEnvironment.databaseURL(), deadline: .after(milliseconds: 10_000)))
    }
}

/// A connection that can drop a scratch database out from under its users.
public final class AdminConnection {
    let connection: PostgresConnection
    init(_ connection: PostgresConnection) { self.connection = connection }

    /// Drops `db` now, terminating its sessions.
    public func dropDatabase(_ db: ScratchDatabase) throws {
        try connection.execute("DROP DATABASE \(db.name) WITH (FORCE)", context: .administrative("drop"))
    }
}

/// A `PostgresClient` with the event loop it runs on; both stop when it goes.
public final class TestPostgresClient: Sendable {
    public let loop: EventLoop
    public let client: PostgresClient

    public init(configuration: PostgresClientConfiguration, logger: Logger) throws {
        loop = try EventLoop(label: "test-postgres")
        loop.start()
        client = PostgresClient(configuration: configuration, loop: loop, logger: logger)
    }

    deinit {
        client.close()
        loop.sync {}   // the close runs first
        loop.stop()
    }
}
