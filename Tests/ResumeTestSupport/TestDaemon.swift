import Logging
public import ResumeClient
public import ResumeDaemon
public import ResumeTransport

/// The whole daemon in-process on a free port, against the test database,
/// with a known service token and token secret, and cheap bcrypt.
public final class TestDaemon: @unchecked Sendable {
    // @unchecked: every property is set in init and never changed.
    public let daemon: Daemon
    public let address: SocketAddress
    /// The service token it accepts.
    public let serviceToken = "test-service-token-0123456789abcdef"
    /// The user-token secret it signs with.
    public let tokenSecret: [UInt8] = Array("test-token-secret-that-is-at-least-32-bytes".utf8)

    /// Starts a daemon; `configure` may change the settings first.
    public init(databaseURL: String? = nil, configure: (inout DaemonConfiguration) -> Void = { _ in }) throws {
        var c = DaemonConfiguration()
        c.server.listen = [.tcp(host: "127.0.0.1", port: 0)]
        c.databaseURL = try databaseURL ?? TestDatabase.migratedURL()
        c.database.pool.size = 4
        c.database.pool.maxOverflow = 4
        c.redisURL = try TestEnvironment.redisURL()
        // Generous: on a loaded test machine a 50 ms command timeout would trip the breaker and make counts vary.
        c.redis.commandTimeoutMilliseconds = 2_000
        c.redis.connectTimeoutMilliseconds = 2_000
        c.serviceTokenList = serviceToken
        c.tokenSecret = tokenSecret
        c.bcryptCost = 4
        c.hashThreads = 2
        // Out of the way of tests that make many rows for one user; QuotaTests set their own.
        c.quotas.resumes = 100_000
        c.quotas.jobDescriptions = 100_000
        c.quotas.storedTextBytes = 1 << 40
        c.quotas.analysesPerMinute = 1_000_000
        c.quotas.generatedPerAnalysis = 100_000
        configure(&c)
        let logger = Logger(label: "test-daemon") { CallFailureLogHandler(label: $0) }
        daemon = try Daemon(configuration: c, logger: logger)
        address = try daemon.start()[0]
    }

    /// A new client connection.
    public func connect() throws -> ClientConnection {
        try ClientConnection.connect(to: address)
    }

    deinit {
        let done = Signal()
        daemon.shutdown { done.fire() }
        _ = done.wait()
    }
}
