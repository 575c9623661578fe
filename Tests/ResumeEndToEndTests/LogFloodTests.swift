import Foundation
import ResumeClient
import ResumeCore
import ResumeProto
import ResumeTestSupport
import ResumeTransport
import ResumeWire
import Testing

/// A database outage fails every call with the same cause; the daemon's log
/// gets one line for it per interval, with a count, not one per call.
@Suite struct LogFloodTests {
    @Test func aDatabaseOutageWritesOneLinePerCauseNotOnePerCall() async throws {
        var url = try #require(URLComponents(string: try TestDatabase.migratedURL()))
        let proxy = try StallingProxy(upstream: .tcp(host: url.host ?? "127.0.0.1", port: UInt16(url.port ?? 5432)), relayed: 256)
        guard case .tcp(_, let port) = proxy.address else { Issue.record("proxy address"); return }
        url.port = Int(port)
        let daemon = try DaemonProcess(redisURL: try TestEnvironment.redisURL(), arguments: ["--database-url", url.string!])
        let connection = try daemon.connect()
        defer { connection.close() }
        let users = Resume_V1_UserServiceClient(connection), resumes = Resume_V1_ResumeServiceClient(connection)
        let email = "flood.\(UUID().uuidString.prefix(8).lowercased())@example.com"
        _ = try await users.createUser(.init(email: email, password: "a long password"), options: .bearer(daemon.serviceToken))
        let token = try await users.authenticate(.init(email: email, password: "a long password"), options: .bearer(daemon.serviceToken)).token
        let me = CallOptions(timeoutMilliseconds: 8_000, metadata: ["authorization": "Bearer \(token)"])
        let resume = try await resumes.createResume(.init(title: "t", rawText: "Swift"), options: me)

        proxy.cut() // PostgreSQL is gone for this daemon
        let began = MonotonicClock.nanoseconds()
        var unavailable = 0
        for _ in 0..<3 {
            // 100 calls at once: a failed connection attempt fails every call waiting for it.
            unavailable += await withTaskGroup(of: Int.self) { group in
                for _ in 0..<100 {
                    group.addTask {
                        do { _ = try await resumes.getResume(.init(id: resume.id), options: me) } catch let e as RPCError where e.code == .unavailable {
                            return 1
                        } catch {}
                        return 0
                    }
                }
                return await group.reduce(0, +)
            }
        }
        let seconds = Double(MonotonicClock.nanoseconds() - began) / 1e9
        let lines = daemon.log.split(separator: "\n").filter { $0.contains("call failed") }
        #expect(unavailable >= 100, "only \(unavailable) of 300 calls failed UNAVAILABLE")
        // One line per cause per 10 s (the first at once), whatever the number
        // of calls; an outage has one or two causes (refused, then the back-off).
        let allowed = 2 * (2 + Int(seconds / 10))
        #expect(lines.count <= allowed, "\(lines.count) 'call failed' lines for \(unavailable) failed calls in \(seconds) s")
    }
}
