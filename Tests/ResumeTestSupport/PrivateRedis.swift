#if canImport(Glibc)
import Glibc
#endif
import Foundation
public import ResumeCore
import Synchronization

/// A redis-server of one test's own, on a free loopback port (and a Unix
/// socket), in a temporary folder: for tests that stop, restart or break
/// Redis, which must never touch the one other suites share.
///
/// Thread-safe: the running process is behind a `Mutex`.
public final class PrivateRedis: Sendable {
    public let port: UInt16
    public let socketPath: String
    public let password: String?
    private let directory: URL
    private let process = Mutex<Process?>(nil)

    /// Starts redis-server; `password` sets `requirepass`.
    public init(password: String? = nil) throws {
        self.password = password
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("redis-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        socketPath = directory.appendingPathComponent("redis.sock").path
        port = try Self.freePort()
        try start()
    }

    /// `redis://` URL of database `db`.
    public func url(db: Int = 0) -> String {
        "redis://\(password.map { ":\($0)@" } ?? "")127.0.0.1:\(port)/\(db)"
    }

    /// `unix://` URL of database `db`.
    public var unixURL: String { "unix://\(password.map { ":\($0)@" } ?? "")\(socketPath)?db=2" }

    /// Starts (again) and waits until it answers.
    public func start() throws {
        guard process.withLock({ $0 == nil }) else { return }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/redis-server")
        var args = ["--port", "\(port)", "--bind", "127.0.0.1", "--unixsocket", socketPath, "--unixsocketperm", "700",
                    "--save", "", "--appendonly", "no", "--dir", directory.path]
        if let password { args += ["--requirepass", password] }
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        process.withLock { $0 = p }
        let deadline = Deadline.after(milliseconds: 10_000)
        while !answers() {
            guard !deadline.hasPassed() else { throw TestFailure("redis-server did not start on port \(port)") }
            usleep(10_000)
        }
    }

    /// Stops it (SIGKILL: as abrupt as a crash) and waits until the port is closed.
    public func stop() {
        guard let p = process.withLock({ p in defer { p = nil }; return p }) else { return }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Whether both its TCP port and its Unix socket take connections. redis-server listens on the
    /// port first and creates the socket just after; on a loaded machine a test connected to the
    /// socket in between and was refused.
    private func answers() -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        guard withUnsafePointer(to: &addr, { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }) == 0
        else { return false }
        let ufd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(ufd) }
        var unix = sockaddr_un()
        unix.sun_family = sa_family_t(AF_UNIX)
        let path = Array(socketPath.utf8)
        guard path.count < MemoryLayout.size(ofValue: unix.sun_path) else { return false }
        withUnsafeMutableBytes(of: &unix.sun_path) { raw in
            for (i, c) in path.enumerated() { raw[i] = c }
            raw[path.count] = 0
        }
        return withUnsafePointer(to: &unix) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(ufd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } } == 0
    }

    private static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        guard ok else { throw TestFailure("no free port") }
        return UInt16(bigEndian: addr.sin_port)
    }
}
