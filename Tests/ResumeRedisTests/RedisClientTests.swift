import Foundation
import Logging
import ResumeCore
import ResumeTestSupport
import ResumeTransport
import Testing
@testable import ResumeRedis

/// The loop-driven Redis client against real redis-servers.
@Suite(.onOwnExecutor) struct RedisClientTests {
    final class Harness: Sendable {
        let loop: EventLoop
        let client: RedisClient
        init(url: String, commandTimeoutMilliseconds: UInt64 = 500) throws {
            loop = try EventLoop(label: "redis-test")
            loop.start()
            var c = RedisClientConfiguration(url: try RedisURL(parsing: url))
            c.commandTimeoutMilliseconds = commandTimeoutMilliseconds
            c.connectTimeoutMilliseconds = max(2_000, commandTimeoutMilliseconds)
            client = RedisClient(configuration: c, loop: loop, logger: Logger(label: "t"))
        }
        deinit {
            client.close()
            loop.sync {}
            loop.stop()
        }
    }

    static func b(_ s: String) -> [UInt8] { Array(s.utf8) }
    let soon = Deadline.after(milliseconds: 10_000)

    @Test func setGetAndBinaryValuesRoundTrip() async throws {
        let h = try Harness(url: try TestEnvironment.redisURL())
        let key = Self.b("test:\(UUID().uuidString)")
        let value: [UInt8] = [0, 1, 2, 255, 13, 10, 36]
        #expect(try await h.client.command([Self.b("SET"), key, value, Self.b("PX"), Self.b("60000")], deadline: soon).get() == .status("OK"))
        #expect(try await h.client.command([Self.b("GET"), key], deadline: soon).get() == .bulk(value))
        #expect(try await h.client.command([Self.b("GET"), Self.b("test:missing:\(UUID())")], deadline: soon).get() == .null)
        let replies = try await h.client.execute([[Self.b("INCR"), key + [1]], [Self.b("INCR"), key + [1]], [Self.b("DEL"), key, key + [1]]],
                                                 deadline: soon).get()
        #expect(replies == [.integer(1), .integer(2), .integer(2)])
        // An error reply is a reply, not a failure.
        guard case .error(let text) = try await h.client.command([Self.b("NOSUCHCOMMAND")], deadline: soon).get() else {
            Issue.record("no error reply"); return
        }
        #expect(text.hasPrefix("ERR"))
    }

    @Test func manyConcurrentRequestsShareAFewConnections() async throws {
        let h = try Harness(url: try TestEnvironment.redisURL())
        let client = h.client, soon = self.soon
        let results = try await withThrowingTaskGroup(of: RedisReply.self) { group in
            for i in 0..<500 { group.addTask { try await client.command([Self.b("ECHO"), Self.b("\(i)")], deadline: soon).get() } }
            return try await group.reduce(into: [RedisReply]()) { $0.append($1) }
        }
        #expect(Set(results) == Set((0..<500).map { RedisReply.bulk(Self.b("\($0)")) }))
        #expect(h.client.openConnections <= 10)
    }

    @Test func aPasswordADatabaseAndAUnixSocketAreHonoured() async throws {
        let redis = try PrivateRedis(password: "s3cret-pass")
        // Generous timeouts for every connection: a server just started, on a loaded machine, may answer a
        // new connection late (a CI run timed out at 500 ms on the third one).
        let h = try Harness(url: redis.unixURL, commandTimeoutMilliseconds: 5_000)
        #expect(try await h.client.command([Self.b("SET"), Self.b("k"), Self.b("unix")], deadline: soon).get() == .status("OK"))
        let tcp = try Harness(url: redis.url(db: 2), commandTimeoutMilliseconds: 5_000)
        #expect(try await tcp.client.command([Self.b("GET"), Self.b("k")], deadline: soon).get() == .bulk(Self.b("unix")))   // same db 2
        let other = try Harness(url: redis.url(db: 0), commandTimeoutMilliseconds: 5_000)
        #expect(try await other.client.command([Self.b("GET"), Self.b("k")], deadline: soon).get() == .null)
        let wrong = try Harness(url: "redis://:wrong@127.0.0.1:\(redis.port)/0", commandTimeoutMilliseconds: 5_000)
        guard case .failure = await wrong.client.command([Self.b("PING")], deadline: soon) else {
            Issue.record("a wrong password connected"); return
        }
    }

    @Test func aStoppedServerFailsFastAndARestartedOneServesAgain() async throws {
        let redis = try PrivateRedis()
        let h = try Harness(url: redis.url(), commandTimeoutMilliseconds: 200)
        // a server just started, on a loaded machine, may miss the 200 ms timeout at first: ask
        // until it answers, as after the restart below (a full suite run timed out here once)
        var ready = false
        for _ in 0..<100 where !ready {
            if case .success(.status("PONG")) = await h.client.command([Self.b("PING")], deadline: soon) { ready = true }
            else { try await Task.sleep(nanoseconds: 50_000_000) }
        }
        try #require(ready)
        redis.stop()
        let started = MonotonicClock.nanoseconds()
        guard case .failure = await h.client.command([Self.b("PING")], deadline: soon) else {
            Issue.record("a stopped server answered"); return
        }
        #expect(MonotonicClock.nanoseconds() - started < 5_000_000_000)   // bounded by the command and connect timeouts, not the 10 s deadline
        try redis.start()
        var answered = false
        for _ in 0..<100 where !answered {
            if case .success(.status("PONG")) = await h.client.command([Self.b("PING")], deadline: soon) { answered = true }
            else { try await Task.sleep(nanoseconds: 50_000_000) }
        }
        #expect(answered)
    }

    @Test func aRequestPastItsDeadlineFailsTimedOut() async throws {
        let h = try Harness(url: try TestEnvironment.redisURL(), commandTimeoutMilliseconds: 100)
        // BLPOP on an empty list blocks the server side for 5 s: the client gives up at its timeout.
        let result = await h.client.command([Self.b("BLPOP"), Self.b("test:empty:\(UUID())"), Self.b("5")], deadline: soon)
        #expect(result == .failure(.timedOut))
        // the client serves again: its new connection's first answer may itself miss the 100 ms
        // timeout on a loaded machine (a CI run did), so ask until it answers
        var answered = false
        for _ in 0..<100 where !answered {
            if case .success(.status("PONG")) = await h.client.command([Self.b("PING")], deadline: soon) { answered = true }
            else { try await Task.sleep(nanoseconds: 50_000_000) }
        }
        #expect(answered)
    }

    @Test func urlsParseAndNeverShowThePassword() throws {
        let u = try RedisURL(parsing: "unix://:p%40ss@/tmp/r.sock?db=3")
        #expect(u.socketPath == "/tmp/r.sock" && u.password == "p@ss" && u.database == 3)
        #expect(!u.description.contains("p@ss") && !u.description.contains("p%40ss"))
        #expect(throws: RedisError.self) { try RedisURL(parsing: "unix://relative.sock") }
        #expect(throws: RedisError.self) { try RedisURL(parsing: "unix:///tmp/r.sock?db=99") }
    }
}
