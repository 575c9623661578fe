import ArgumentParser
import Foundation
import ResumeTransport
import Testing
@testable import ResumeDaemon

@Suite struct DaemonConfigurationTests {
    func configuration(_ arguments: [String], _ env: [String: String] = [:]) throws -> DaemonConfiguration {
        try DaemonConfiguration(arguments: arguments, environment: env)
    }

    @Test func defaultsAreTheDocumentedOnes() throws {
        let c = try configuration([])
        #expect(c.server.listen == [.tcp(host: "127.0.0.1", port: 7700)])
        #expect(c.server.wireLimits.maxFrameSize == 4_194_304)
        #expect(c.server.maxConnections == 10_000)
        #expect(c.server.maxCallsInFlightPerConnection == 256)
        #expect(c.server.outputBudgetBytes == 268_435_456 && c.server.inputBudgetBytes == 67_108_864)
        #expect(c.server.idleTimeoutMilliseconds == 300_000)
        #expect(c.server.readTimeoutMilliseconds == 30_000)
        #expect(c.server.defaultCallTimeoutMilliseconds == 30_000)
        #expect(c.server.drainTimeoutMilliseconds == 10_000)
        #expect(c.sqlEcho == false)
    }

    @Test func aFlagBeatsTheEnvironmentWhichBeatsTheDefault() throws {
        let env = ["RESUMED_MAX_CONNECTIONS": "50", "RESUMED_LISTEN": "0.0.0.0:9000", "SQL_ECHO": "yes"]
        let fromEnv = try configuration([], env)
        #expect(fromEnv.server.maxConnections == 50)
        #expect(fromEnv.server.listen == [.tcp(host: "0.0.0.0", port: 9000)])
        #expect(fromEnv.sqlEcho)
        let fromFlag = try configuration(["--max-connections", "7", "--sql-echo", "false"], env)
        #expect(fromFlag.server.maxConnections == 7)
        #expect(!fromFlag.sqlEcho)
    }

    @Test func valuesOutsideTheirRangeAreRefusedNamingTheSetting() throws {
        do {
            _ = try configuration([], ["RESUMED_MAX_FRAME_BYTES": "10"])
            Issue.record("accepted")
        } catch let e as ValidationError {
            #expect(e.message.contains("RESUMED_MAX_FRAME_BYTES"))
            #expect(e.message.contains("1024 to 67108864"))
        }
        #expect(throws: ValidationError.self) { try configuration(["--idle-timeout-ms", "abc"]) }
        #expect(throws: ValidationError.self) { try configuration(["--default-deadline-ms", "9000", "--max-deadline-ms", "8000"]) }
        #expect(throws: ValidationError.self) { try configuration(["--log-level", "loud"]) }
        #expect(throws: ValidationError.self) { try configuration(["--redis-url", "http://x"]) }
        #expect(throws: ValidationError.self) { try configuration(["--listen", "nowhere"]) }
    }

    @Test func poolSettingsReachThePool() throws {
        let c = try configuration(["--db-pool-size", "5", "--db-max-overflow", "0", "--db-checkout-timeout-ms", "250", "--migrate"],
                                  ["RESUMED_DB_PRE_PING": "false", "DATABASE_URL": "postgresql://u:p@db:6000/x"])
        #expect(c.database.pool.size == 5)
        #expect(c.database.pool.maxOverflow == 0)
        #expect(c.database.pool.checkoutTimeoutNanoseconds == 250_000_000)
        #expect(!c.database.pool.prePing)
        #expect(c.migrate)
        #expect(c.databaseURL == "postgresql://u:p@db:6000/x")
        let defaults = try configuration([])
        #expect(defaults.database.pool.size == 20 && defaults.database.pool.maxOverflow == 10 && defaults.database.pool.prePing)
        #expect(!defaults.migrate)
        #expect(throws: ValidationError.self) { try configuration(["--database-url", "mysql://x"]) }
    }

    @Test func aUnixSocketIsServedBesideTCP() throws {
        let c = try configuration(["--unix-socket", "/tmp/resumed-test.sock"])
        #expect(c.server.listen == [.tcp(host: "127.0.0.1", port: 7700), .unix(path: "/tmp/resumed-test.sock")])
    }

    @Test func theReadmeCarriesTheSettingsTableAsPrinted() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(DaemonSettings.markdownTable), "README's settings table differs from `resumed --print-settings`")
    }

    @Test func helpListsEverySettingWithItsVariable() {
        let help = ResumedCommand.helpMessage(columns: 400)
        for s in DaemonSettings.all {
            #expect(help.contains("--\(s.flag)"), "--help lacks --\(s.flag)")
            #expect(help.contains("env \(s.environment)]"), "--help lacks \(s.environment)")
        }
    }

    @Test func theDefaultsShownAreTheConfigurationsOwn() {
        #expect(DaemonSettings.listen.defaultText == "127.0.0.1:7700")
        #expect(DaemonSettings.idleTimeout.defaultText == "300000")
        #expect(DaemonSettings.dbCheckoutTimeout.defaultText == "30000")  // kept in ns, shown in ms
        #expect(DaemonSettings.maxPendingOutput.defaultText == "8388608")
        #expect(DaemonSettings.shutdownFlush.defaultText == "500")
        #expect(DaemonSettings.linger.defaultText == "2000")
        #expect(DaemonSettings.dbMaintenanceInterval.defaultText == "5000")
        #expect(DaemonSettings.databaseURL.defaultText == "postgresql://localhost:5432/resumed")
        #expect(DaemonSettings.tokenSecret.defaultText == "none")
        #expect(DaemonSettings.unixSocket.defaultText == "none")
        #expect(DaemonSettings.cacheNear.defaultText == "true")
    }

    @Test func formerlyFixedKnobsAreSettings() throws {
        let c = try configuration(["--max-pending-output-bytes=131072", "--linger-ms", "100", "--shutdown-flush-ms", "50",
                                   "--db-maintenance-interval-ms=250", "--metrics-read-timeout-ms", "1000"],
                                  ["RESUMED_LOG_REPEAT_INTERVAL_MS": "2000"])
        #expect(c.server.maxPendingOutputBytes == 131_072)
        #expect(c.server.lingerMilliseconds == 100)
        #expect(c.server.shutdownFlushMilliseconds == 50)
        #expect(c.database.maintenanceIntervalMilliseconds == 250)
        #expect(c.metricsReadTimeoutMilliseconds == 1_000)
        #expect(c.logRepeatIntervalMilliseconds == 2_000)
    }

    @Test func yesNoFlagsStandAloneOrTakeATruthValue() throws {
        let bare = try configuration(["--migrate", "--sql-echo"])
        #expect(bare.migrate && bare.sqlEcho)
        let valued = try configuration(["--migrate", "false", "--cache-near=off", "--db-pre-ping", "no"], ["RESUMED_MIGRATE": "true"])
        #expect(!valued.migrate && !valued.cache.nearCacheEnabled && !valued.database.pool.prePing)
        #expect(throws: ValidationError.self) { try configuration(["--migrate=maybe"]) }
    }

    @Test func malformedCommandLinesAreRefused() {
        #expect(throws: ValidationError.self) { try configuration(["--no-such-setting", "1"]) }
        #expect(throws: ValidationError.self) { try configuration(["--idle-timeout-ms"]) }
        #expect(throws: ValidationError.self) { try configuration(["7700"]) }
        #expect(throws: ValidationError.self) { try configuration(["--max-pending-output-bytes", "1024"]) }
    }

    @Test func aBadURLIsRefusedWithoutEchoingIt() throws {
        do {
            _ = try configuration(["--database-url", "mysql://admin:hunter2-secret@db/x"])
            Issue.record("accepted")
        } catch let e as ValidationError {
            #expect(e.message.contains("--database-url"))
            #expect(!e.message.contains("hunter2"))
        }
    }
}
