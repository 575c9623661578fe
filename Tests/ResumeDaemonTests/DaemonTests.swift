import Logging
import ResumeClient
import ResumeProto
import ResumeTestSupport
import ResumeTransport
import ResumeMigrations
import Testing
@testable import ResumeDaemon

/// The whole daemon in-process, against the real PostgreSQL and Redis.
@Suite struct DaemonTests {
    func configuration(databaseURL: String? = nil, redisURL: String? = nil) throws -> DaemonConfiguration {
        var c = DaemonConfiguration()
        c.server.listen = [.tcp(host: "127.0.0.1", port: 0)]
        c.server.workerThreads = 4
        c.databaseURL = try databaseURL ?? TestDatabase.migratedURL()
        c.database.pool.size = 2
        c.database.pool.maxOverflow = 2
        c.redisURL = try redisURL ?? TestEnvironment.redisURL()
        return c
    }

    func daemon(redisURL: String? = nil) throws -> (Daemon, SocketAddress) {
        let c = try configuration(redisURL: redisURL)
        var logger = Logger(label: "daemon-test")
        logger.logLevel = .warning
        let d = try Daemon(configuration: c, logger: logger)
        return (d, try d.start()[0])
    }

    @Test func healthIsServingWithBothDependenciesUp() async throws {
        let (d, address) = try daemon()
        defer { d.shutdownAndWait() }
        let connection = try ClientConnection.connect(to: address)
        defer { connection.close() }
        let health = try await Resume_Rpc_V1_HealthClient(connection).check()
        #expect(health.status == .serving)
        #expect(health.dependencies.map(\.name) == ["postgres", "redis"])
        #expect(health.dependencies.allSatisfy { $0.status == .serving && $0.checkedAtUnixMicros > 0 })
        let echo = try await Resume_Rpc_V1_DiagnosticsClient(connection).echo(.init(payload: [42]))
        #expect(echo.payload == [42])
    }

    @Test func redisDownDegradesButStillServes() async throws {
        // Nothing listens on port 1: the cache is optional, so the daemon still serves.
        let (d, address) = try daemon(redisURL: "redis://127.0.0.1:1/0")
        defer { d.shutdownAndWait() }
        let connection = try ClientConnection.connect(to: address)
        defer { connection.close() }
        let health = try await Resume_Rpc_V1_HealthClient(connection).check()
        #expect(health.status == .serving)
        let redis = health.dependencies.first { $0.name == "redis" }
        #expect(redis?.status == .notServing)
        #expect(redis?.required == false)
        #expect(redis?.detail.isEmpty == false)
    }
}

@Suite struct DaemonSchemaTests {
    var quiet: Logger {
        var l = Logger(label: "daemon-test")
        l.logLevel = .critical
        return l
    }

    @Test func aDatabaseBehindTheBinaryIsRefusedUnlessAskedToMigrate() throws {
        let db = try ScratchDatabase()
        var c = try DaemonTests().configuration(databaseURL: db.url)
        let refused = try Daemon(configuration: c, logger: quiet)
        do {
            _ = try refused.start()
            Issue.record("started against an empty database")
        } catch {
            #expect("\(error)".contains("resumectl migrate upgrade head"))
        }
        c.migrate = true
        let d = try Daemon(configuration: c, logger: quiet)
        _ = try d.start()
        d.shutdownAndWait()
    }
}

extension Daemon {
    func shutdownAndWait() {
        let done = Signal()
        shutdown { done.fire() }
        _ = done.wait()
    }
}
