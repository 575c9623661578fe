#if canImport(Glibc)
import Glibc
#endif
import ResumeClient
import ResumeCore
import ResumeProto
import ResumeServer
import ResumeTestSupport
import ResumeTransport
import ResumeWire
import Testing

/// The server over real loopback sockets.
@Suite struct ServerSocketTests {
    let handlers = TestHandlers()

    @Test func echoThroughTheGeneratedClient() async throws {
        let server = try TestServer([handlers.inlineEcho])
        let connection = try ClientConnection.connect(to: server.address)
        defer { connection.close() }
        let client = Resume_Rpc_V1_DiagnosticsClient(connection)
        let response = try await client.echo(.init(payload: [1, 2, 3]))
        #expect(response.payload == [1, 2, 3])
        let empty = try await client.echo(.init())
        #expect(empty.payload == [])
    }

    @Test(arguments: [true, false])
    func aThousandPipelinedCallsOnOneConnectionAreAllAnswered(inline: Bool) throws {
        let server = try TestServer([inline ? handlers.inlineEcho : handlers.taskEcho])
        let raw = try RawWireClient(server.address)
        var bytes: [UInt8] = []
        for id in 1...1000 {
            let request = try RawWireClient.request(UInt64(id), Resume_Rpc_V1_Diagnostics.echo.path, Resume_Rpc_V1_EchoRequest(payload: Array("call \(id)".utf8)))
            try FrameEncoder.append(request, to: &bytes)
        }
        try raw.send(bytes: bytes) // all 1,000 in one write, before reading anything
        var seen: [UInt64: String] = [:]
        for _ in 1...1000 {
            let f = try raw.readFrame()
            #expect(f.code == .ok)
            seen[f.callID] = f.text
        }
        #expect(seen.count == 1000)
        for id in 1...1000 { #expect(seen[UInt64(id)] == "call \(id)") }
    }

    @Test func aThousandConcurrentCallsThroughOneClientConnection() async throws {
        let server = try TestServer([handlers.taskEcho])
        let connection = try ClientConnection.connect(to: server.address)
        defer { connection.close() }
        let client = Resume_Rpc_V1_DiagnosticsClient(connection)
        let answers = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for i in 0..<1000 {
                group.addTask { (i, try await client.echo(.init(payload: Array("\(i)".utf8))).payload) }
            }
            var out: [Int: [UInt8]] = [:]
            for try await (i, p) in group { out[i] = p }
            return out
        }
        #expect(answers.count == 1000)
        #expect(answers.allSatisfy { String(decoding: $0.value, as: UTF8.self) == "\($0.key)" })
    }

    @Test func answersArriveInCompletionOrderNotRequestOrder() throws {
        let server = try TestServer([handlers.taskEcho])
        let raw = try RawWireClient(server.address)
        try raw.echo(1, "gate:first")
        try raw.echo(2, "gate:second")
        #expect(handlers.gate.waitForArrivals(2))
        handlers.gate.open("second")
        #expect(try raw.readFrame().callID == 2)
        handlers.gate.open("first")
        #expect(try raw.readFrame().callID == 1)
    }

    @Test func anInlineFirstHandlerAnswersAtOnceOrRunsAsATask() throws {
        let server = try TestServer([handlers.inlineFirstEcho])
        let raw = try RawWireClient(server.address)
        try raw.echo(1, "gate:a")          // deferred: a task, held at the gate
        try raw.echo(2, "fast:1")          // answered by the fast path, past the held call
        let fast = try raw.readFrame()
        #expect(fast.callID == 2 && fast.code == .ok && fast.text == "fast path")
        try raw.echo(3, "plain")           // deferred, and answered by the task
        let plain = try raw.readFrame()
        #expect(plain.callID == 3 && plain.text == "plain")
        handlers.gate.open("a")
        let gated = try raw.readFrame()
        #expect(gated.callID == 1 && gated.text == "gate:a")
    }

    /// Frames read while the output limit paused decoding are decoded once the output drains,
    /// though the peer sends nothing more: no read event would bring them (their bytes are in).
    /// Before, 5 of 100 pipelined calls were answered and the rest waited for the idle timeout.
    @Test func framesHeldBackByTheOutputLimitAreAnsweredWhenItDrains() throws {
        let server = try TestServer([handlers.inlineEcho]) { $0.maxPendingOutputBytes = 1024 }
        let raw = try RawWireClient(server.address)
        try raw.send(bytes: RawWireClient.echoFrames(count: 100, payloadBytes: 200))
        var answered = Set<UInt64>()
        for _ in 1...100 {
            let f = try raw.readFrame(timeoutMilliseconds: 5_000)
            #expect(f.code == .ok)
            answered.insert(f.callID)
        }
        #expect(answered == Set(1...100))
    }

    @Test func aMalformedFrameClosesOnlyItsOwnConnection() throws {
        let server = try TestServer([handlers.inlineEcho])
        let bystander = try RawWireClient(server.address)
        try bystander.echo(1, "before")
        #expect(try bystander.readFrame().text == "before")

        let bad = try RawWireClient(server.address)
        try bad.send(bytes: [0, 0, 0, 3, 0xFF, 0xFF, 0xFF])
        let f = try bad.readFrame()
        #expect(f.callID == 0)
        #expect(f.code == .invalidArgument)
        #expect(try bad.waitForClose())

        try bystander.echo(2, "after")
        #expect(try bystander.readFrame().text == "after")
    }

    @Test func anOversizedLengthPrefixIsRefusedAndTheConnectionClosed() throws {
        let server = try TestServer([handlers.inlineEcho]) { $0.wireLimits.maxFrameSize = 4 * 1024 * 1024 }
        let raw = try RawWireClient(server.address)
        try raw.send(bytes: [0xFF, 0xFF, 0xFF, 0xF0]) // announces ~4 GiB; nothing follows
        let f = try raw.readFrame()
        #expect(f.callID == 0)
        #expect(f.code == .resourceExhausted)
        #expect(f.status?.message.contains("4294967280") == true)
        #expect(try raw.waitForClose())

        let other = try RawWireClient(server.address)
        try other.echo(1, "still serving")
        #expect(try other.readFrame().text == "still serving")
    }

    @Test func aFrameOfExactlyTheLimitIsServed() throws {
        let server = try TestServer([handlers.inlineEcho]) { $0.wireLimits.maxFrameSize = 64 * 1024 }
        let raw = try RawWireClient(server.address)
        // Grow the payload until the request frame body is exactly the limit.
        var payload = [UInt8](repeating: 7, count: 64 * 1024 - 100)
        var frame = try RawWireClient.request(1, Resume_Rpc_V1_Diagnostics.echo.path, Resume_Rpc_V1_EchoRequest(payload: payload))
        while try frame.serializedBytes().count < 64 * 1024 {
            payload.append(7)
            frame = try RawWireClient.request(1, Resume_Rpc_V1_Diagnostics.echo.path, Resume_Rpc_V1_EchoRequest(payload: payload))
        }
        #expect(try frame.serializedBytes().count == 64 * 1024)
        try raw.send(frame)
        let f = try raw.readFrame()
        #expect(f.callID == 1)
        #expect(f.code == .ok)
        #expect(try Resume_Rpc_V1_EchoResponse(serializedBytes: f.payload).payload == payload)
        try raw.echo(2, "next")
        #expect(try raw.readFrame().text == "next")
    }

    @Test func aPayloadThatIsNotTheRequestTypeFailsThatCallOnly() throws {
        let server = try TestServer([handlers.inlineEcho])
        let raw = try RawWireClient(server.address)
        try raw.send(Resume_Rpc_V1_RequestFrame(callID: 1, method: Resume_Rpc_V1_Diagnostics.echo.path, payload: [0xFF, 0xFF]))
        let f = try raw.readFrame()
        #expect(f.callID == 1)
        #expect(f.code == .invalidArgument)
        #expect(f.payload.isEmpty)
        try raw.echo(2, "ok")
        #expect(try raw.readFrame().text == "ok")
    }

    @Test func unknownAndUnimplementedMethodsAreUnimplemented() throws {
        let server = try TestServer([handlers.inlineEcho]) // Health/Check is declared but has no handler here
        let raw = try RawWireClient(server.address)
        try raw.send(Resume_Rpc_V1_RequestFrame(callID: 1, method: "/no.such.Service/Nothing"))
        try raw.send(Resume_Rpc_V1_RequestFrame(callID: 2, method: Resume_Rpc_V1_Health.check.path))
        let a = try raw.readFrame(), b = try raw.readFrame()
        #expect(a.callID == 1 && a.code == .unimplemented)
        #expect(b.callID == 2 && b.code == .unimplemented)
        #expect(b.status?.message.contains("declared") == true)
    }

    @Test func badMetadataFailsThatCallOnly() throws {
        let server = try TestServer([handlers.inlineEcho])
        let raw = try RawWireClient(server.address)
        try raw.send(RawWireClient.request(1, Resume_Rpc_V1_Diagnostics.echo.path, Resume_Rpc_V1_EchoRequest(), metadata: ["Upper-Case": "x"]))
        let f = try raw.readFrame()
        #expect(f.callID == 1)
        #expect(f.code == .invalidArgument)
        #expect(f.status?.violations.first?.field == "metadata")
        try raw.echo(2, "ok")
        #expect(try raw.readFrame().text == "ok")
    }

    @Test func callIDZeroIsAProtocolViolation() throws {
        let server = try TestServer([handlers.inlineEcho])
        let raw = try RawWireClient(server.address)
        try raw.echo(0, "x")
        let f = try raw.readFrame()
        #expect(f.callID == 0 && f.code == .invalidArgument)
        #expect(try raw.waitForClose())
    }

    @Test func reusingACallIDStillInFlightIsAProtocolViolation() throws {
        let server = try TestServer([handlers.taskEcho])
        let raw = try RawWireClient(server.address)
        try raw.echo(5, "gate:held")
        #expect(handlers.gate.waitForArrivals(1))
        try raw.echo(5, "again")
        let f = try raw.readFrame()
        #expect(f.callID == 0 && f.code == .invalidArgument)
        #expect(try raw.waitForClose())
        handlers.gate.open("held")
    }

    @Test func aClientThatDisconnectsMidCallHasItsCallsCancelled() throws {
        let server = try TestServer([handlers.taskEcho])
        let bystander = try RawWireClient(server.address)
        do {
            let leaving = try RawWireClient(server.address)
            try leaving.echo(1, "watch:never")
            #expect(handlers.gate.waitForArrivals(1))
        } // closed here, mid-call
        #expect(handlers.cancelled.wait())
        handlers.gate.open("never")
        try bystander.echo(1, "unaffected")
        #expect(try bystander.readFrame().text == "unaffected")
    }

    @Test func aCallPastItsDeadlineIsAnsweredThenAndItsWorkCancelled() throws {
        let server = try TestServer([handlers.taskEcho])
        let raw = try RawWireClient(server.address)
        let sent = MonotonicClock.nanoseconds()
        try raw.echo(1, "watch:slow", timeoutMs: 200)
        let f = try raw.readFrame()
        let waitedMs = (MonotonicClock.nanoseconds() - sent) / 1_000_000
        #expect(f.callID == 1)
        #expect(f.code == .deadlineExceeded)
        #expect(waitedMs >= 200)
        #expect(handlers.cancelled.wait())
        handlers.gate.open("slow")
        // The late answer is dropped: the next frame is for the next call.
        try raw.echo(2, "next")
        #expect(try raw.readFrame().callID == 2)
    }

    @Test func callsWaitingForASlotStillAnswerAtTheirDeadline() throws {
        // One slot, held; the calls behind it were read at once, so their
        // deadlines count from then, not from when a slot frees.
        let server = try TestServer([handlers.taskEcho]) { $0.maxCallsInFlightPerConnection = 1 }
        let raw = try RawWireClient(server.address)
        var bytes: [UInt8] = []
        for (id, text, timeout) in [(UInt64(1), "gate:held", UInt32(0)), (2, "waiting", 200), (3, "waiting", 200)] {
            try FrameEncoder.append(RawWireClient.request(id, Resume_Rpc_V1_Diagnostics.echo.path,
                                                          Resume_Rpc_V1_EchoRequest(payload: Array(text.utf8)), timeoutMs: timeout), to: &bytes)
        }
        let sent = MonotonicClock.nanoseconds()
        try raw.send(bytes: bytes) // one write: the server reads all three at once
        #expect(handlers.gate.waitForArrivals(1))
        let a = try raw.readFrame(), b = try raw.readFrame()
        #expect(Set([a.callID, b.callID]) == [2, 3])
        #expect(a.code == .deadlineExceeded && b.code == .deadlineExceeded)
        #expect((MonotonicClock.nanoseconds() - sent) / 1_000_000 < 5_000)
        handlers.gate.open("held")
        #expect(try raw.readFrame().callID == 1)
    }

    @Test func theIDOfACallAnsweredAtItsDeadlineMayBeReused() throws {
        let server = try TestServer([handlers.taskEcho])
        let raw = try RawWireClient(server.address)
        try raw.echo(42, "gate:slow", timeoutMs: 100)
        #expect(try raw.readFrame().code == .deadlineExceeded)
        try raw.echo(42, "again")                 // the first handler is still running
        let f = try raw.readFrame()
        #expect(f.callID == 42 && f.code == .ok && f.text == "again")
        handlers.gate.open("slow")
        try raw.echo(43, "still open")
        #expect(try raw.readFrame().callID == 43) // the late answer of the first call 42 was dropped
    }

    @Test func unsentOutputStaysBoundedWhenTheClientDoesNotRead() throws {
        let server = try TestServer([handlers.taskEcho]) { $0.maxPendingOutputBytes = 64 * 1024 }
        let raw = try RawWireClient(server.address)
        let big = "gate:big" + String(repeating: "x", count: 1 << 20)
        for id in 1...16 { try raw.echo(UInt64(id), big) } // 16 MB of answers once the gate opens
        #expect(handlers.gate.waitForArrivals(16))
        handlers.gate.open("big" + String(repeating: "x", count: 1 << 20))
        var codes: [StatusCode] = []
        for _ in 1...16 { codes.append(try raw.readFrame(timeoutMilliseconds: 20_000).code) }
        #expect(codes.filter { $0 == .resourceExhausted }.count >= 1)
        #expect(codes.allSatisfy { $0 == .ok || $0 == .resourceExhausted })
        try raw.echo(99, "after")
        #expect(try raw.readFrame().text == "after")
    }

    @Test func theClientLibraryGivesUpAtTheDeadlineToo() async throws {
        let server = try TestServer([handlers.taskEcho])
        let connection = try ClientConnection.connect(to: server.address)
        defer { connection.close() }
        let client = Resume_Rpc_V1_DiagnosticsClient(connection)
        await #expect(throws: RPCError.self) {
            _ = try await client.echo(.init(payload: Array("gate:late".utf8)), options: .init(timeoutMilliseconds: 100))
        }
        do {
            _ = try await client.echo(.init(payload: Array("gate:late".utf8)), options: .init(timeoutMilliseconds: 100))
        } catch {
            #expect(error.code == .deadlineExceeded)
        }
        handlers.gate.open("late")
    }

    @Test func readingPausesAtTheInFlightLimitAndEveryCallIsStillAnswered() throws {
        let server = try TestServer([handlers.taskEcho]) { $0.maxCallsInFlightPerConnection = 4 }
        let raw = try RawWireClient(server.address)
        for i in 1...12 { try raw.echo(UInt64(i), "gate:\(i)") }
        #expect(handlers.gate.waitForArrivals(4))
        for i in 1...12 { handlers.gate.open("\(i)") }
        var ids = Set<UInt64>()
        for _ in 1...12 {
            let f = try raw.readFrame()
            #expect(f.code == .ok)
            ids.insert(f.callID)
        }
        #expect(ids == Set(1...12))
        #expect(handlers.gate.maxInside <= 4)
    }

    @Test func aConnectionOverTheLimitIsToldUnavailableAndClosed() throws {
        let server = try TestServer([handlers.inlineEcho]) { $0.maxConnections = 2 }
        let a = try RawWireClient(server.address), b = try RawWireClient(server.address)
        for (i, c) in [a, b].enumerated() {
            try c.echo(UInt64(i + 1), "in")
            #expect(try c.readFrame().code == .ok)
        }
        let c = try RawWireClient(server.address)
        let f = try c.readFrame()
        #expect(f.callID == 0 && f.code == .unavailable)
        #expect(try c.waitForClose())
        try a.echo(9, "still")
        #expect(try a.readFrame().text == "still")
    }

    @Test func anIdleConnectionIsClosed() throws {
        let server = try TestServer([handlers.inlineEcho]) { $0.idleTimeoutMilliseconds = 150 }
        let raw = try RawWireClient(server.address)
        let f = try raw.readFrame()
        #expect(f.callID == 0 && f.code == .unavailable)
        #expect(try raw.waitForClose())
    }

    @Test func largeFramesArrivingSteadilyNeverTripTheReadTimeout() throws {
        // Every read completes a frame and leaves the next one partial; the
        // stall clock must restart with each completed frame.
        let server = try TestServer([handlers.inlineEcho]) { $0.readTimeoutMilliseconds = 150 }
        let raw = try RawWireClient(server.address)
        let payload = String(repeating: "y", count: 60_000)
        var bytes: [UInt8] = []
        for id in 1...60 {
            try FrameEncoder.append(RawWireClient.request(UInt64(id), Resume_Rpc_V1_Diagnostics.echo.path, Resume_Rpc_V1_EchoRequest(payload: Array(payload.utf8))), to: &bytes)
        }
        let stream = bytes
        let writer = WorkerPool(name: "writer", threads: 1, maxQueued: 1)
        _ = writer.submit {
            // Trickle the stream in pieces that never end on a frame boundary.
            var at = 0
            while at < stream.count {
                let end = min(stream.count, at + 65_536 + 3)
                try? raw.send(bytes: Array(stream[at..<end]))
                at = end
                usleep(20_000) // pacing the input, not waiting for anything
            }
        }
        for _ in 1...60 {
            let f = try raw.readFrame()
            #expect(f.code == .ok)
        }
        #expect(writer.shutdown(deadline: .after(milliseconds: 20_000)))
    }

    @Test func anErrorFrameSurvivesUnreadInputBehindIt() throws {
        let server = try TestServer([handlers.inlineEcho])
        let raw = try RawWireClient(server.address)
        // A bad frame, then 200 KB the server will never read: closing with
        // them unread must not turn into a reset that eats the error frame.
        try raw.send(bytes: [0, 0, 0, 3, 0xFF, 0xFF, 0xFF] + [UInt8](repeating: 0x42, count: 200_000))
        let f = try raw.readFrame()
        #expect(f.callID == 0 && f.code == .invalidArgument)
        guard case .closed = try raw.read() else { Issue.record("not a clean close"); return }
    }

    @Test func aStalledPartialFrameIsClosedAfterTheReadTimeout() throws {
        let server = try TestServer([handlers.inlineEcho]) { $0.readTimeoutMilliseconds = 150 }
        let raw = try RawWireClient(server.address)
        try raw.send(bytes: [0, 0, 0, 10, 1, 2]) // 2 of 10 body bytes, then silence
        let f = try raw.readFrame()
        #expect(f.callID == 0 && f.code == .unavailable)
        #expect(f.status?.message.contains("partial frame") == true)
        #expect(try raw.waitForClose())
    }
}
