#if canImport(Glibc)
import Glibc
#endif
import Foundation
public import ResumeClient
import ResumeCore
import ResumeTransport
import Synchronization

/// `resumed` as a process of its own (the built executable, or
/// `RESUMED_BINARY`), on a Unix socket in a temporary folder, against the
/// test database and the given Redis: for tests of several daemons sharing
/// one store, which must not share anything in-process.
///
/// Thread-safe: everything is set in init; the process is behind a `Mutex`.
public final class DaemonProcess: Sendable {
    public let socketPath: String
    public let serviceToken = "test-service-token-0123456789abcdef"
    public let tokenSecret = "test-token-secret-that-is-at-least-32-bytes"
    private let directory: URL
    private let process = Mutex<Process?>(nil)

    /// Starts a daemon with `arguments` added, and waits until it accepts connections.
    public init(redisURL: String, arguments: [String] = []) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("resumed-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        socketPath = directory.appendingPathComponent("resumed.sock").path
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = ["--listen", "127.0.0.1:0", "--unix-socket", socketPath, "--redis-url", redisURL,
                       "--database-url", try TestDatabase.migratedURL(), "--bcrypt-cost", "4", "--log-level", "warning",
                       "--redis-command-timeout-ms", "2000", "--redis-connect-timeout-ms", "2000"] + arguments
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("RESUMED_") }
        environment["RESUMED_SERVICE_TOKENS"] = serviceToken
        environment["RESUMED_TOKEN_SECRET"] = tokenSecret
        p.environment = environment
        let log = directory.appendingPathComponent("resumed.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        p.standardOutput = handle
        p.standardError = handle
        try p.run()
        process.withLock { $0 = p }
        let deadline = Deadline.after(milliseconds: 30_000)
        while (try? ClientConnection.connect(to: .unix(path: socketPath)))?.close() == nil {
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            guard p.isRunning, !deadline.hasPassed() else { throw TestFailure("resumed did not start: \(output)") }
            usleep(20_000)
        }
    }

    /// The executable: `RESUMED_BINARY`, or the debug build beside the tests.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["RESUMED_BINARY"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/resumed")
    }

    /// The resident memory of the process now, in bytes (`VmRSS` in `/proc/<pid>/status`), or nil once it ended.
    public var residentBytes: Int? {
        guard let p = process.withLock({ $0 }), p.isRunning,
              let status = try? String(contentsOfFile: "/proc/\(p.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return nil }
        return kib * 1024
    }

    /// What the daemon wrote to standard output and error so far.
    public var log: String {
        (try? String(contentsOf: directory.appendingPathComponent("resumed.log"), encoding: .utf8)) ?? ""
    }

    /// Sends SIGTERM and waits up to `timeoutMilliseconds` for the process to
    /// end. Returns the seconds it took and its exit status, or nil if it
    /// was still running (it is then killed).
    public func terminate(timeoutMilliseconds: UInt64 = 30_000) -> (seconds: Double, status: Int32)? {
        guard let p = process.withLock({ $0 }), p.isRunning else { return nil }
        let start = MonotonicClock.nanoseconds()
        Glibc.kill(p.processIdentifier, SIGTERM)
        let until = Deadline.after(milliseconds: timeoutMilliseconds)
        while p.isRunning && !until.hasPassed() { usleep(5_000) }
        guard !p.isRunning else {
            Glibc.kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            return nil
        }
        return (Double(MonotonicClock.nanoseconds() - start) / 1e9, p.terminationStatus)
    }

    /// Sends SIGKILL and waits for the process to end: nothing is drained or flushed.
    public func kill() {
        guard let p = process.withLock({ $0 }), p.isRunning else { return }
        Glibc.kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
    }

    /// A new client connection.
    public func connect() throws -> ClientConnection {
        try ClientConnection.connect(to: .unix(path: socketPath))
    }

    deinit {
        if let p = process.withLock({ $0 }), p.isRunning {
            Glibc.kill(p.processIdentifier, SIGTERM)
            p.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: directory)
    }
}
