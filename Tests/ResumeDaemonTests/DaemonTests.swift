import ResumeClient
import ResumeProto
import ResumeTestSupport
import Testing
@testable import ResumeDaemon

/// The whole daemon in-process, against the real PostgreSQL and Redis.
@Suite struct DaemonTests {
    @Test func healthIsServingWithBothDependenciesUp() async throws {
        let daemon = try TestDaemon()
        let connection = try daemon.connect()
        defer { connection.close() }
        let health = try await Resume_Rpc_V1_HealthClient(connection).check()
        #expect(health.status == .serving)
        #expect(health.dependencies.map(\.name) == ["postgres", "redis", "lane:bcrypt", "lane:cpu", "lane:analysis"])
        #expect(health.dependencies.allSatisfy { $0.status == .serving && $0.checkedAtUnixMicros > 0 })
        #expect(health.dependencies.filter { $0.name.hasPrefix("lane:") }.allSatisfy { !$0.required && $0.detail.hasPrefix("queued 0 / ") })
        let echo = try await Resume_Rpc_V1_DiagnosticsClient(connection).echo(.init(payload: [42]))
        #expect(echo.payload == [42])
    }

    @Test func redisDownDegradesButStillServes() async throws {
        // Nothing listens on port 1: the cache is optional, so the daemon still serves.
        let daemon = try TestDaemon { $0.redisURL = "redis://127.0.0.1:1/0" }
        let connection = try daemon.connect()
        defer { connection.close() }
        let health = try await Resume_Rpc_V1_HealthClient(connection).check()
        #expect(health.status == .serving)
        let redis = health.dependencies.first { $0.name == "redis" }
        #expect(redis?.status == .notServing)
        #expect(redis?.required == false)
        #expect(redis?.detail == "cannot connect")
    }
}

@Suite struct DaemonSchemaTests {
    @Test func aDatabaseBehindTheBinaryIsRefusedUnlessAskedToMigrate() throws {
        let db = try ScratchDatabase()
        do {
            _ = try TestDaemon(databaseURL: db.url)
            Issue.record("started against an empty database")
        } catch {
            #expect("\(error)".contains("resumectl migrate upgrade head"))
        }
        _ = try TestDaemon(databaseURL: db.url) { $0.migrate = true }
    }
}
