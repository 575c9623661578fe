import ResumeCore
import ResumeProto
import ResumeServer
import ResumeTestSupport
import ResumeWire
import Testing

@Suite struct ShutdownTests {
    let handlers = TestHandlers()

    @Test func shutdownLetsCallsInFlightFinishAndRefusesNewOnes() throws {
        let server = try TestServer([handlers.taskEcho])
        let raw = try RawWireClient(server.address)
        try raw.echo(1, "gate:inflight")
        #expect(handlers.gate.waitForArrivals(1))

        let stopped = Signal()
        server.server.shutdown { stopped.fire() }
        #expect(server.server.servingState.isDraining)

        // A call that arrives while draining is refused, the connection stays open.
        try raw.echo(2, "late")
        let refused = try raw.readFrame()
        #expect(refused.callID == 2 && refused.code == .unavailable)
        #expect(!stopped.fired)

        handlers.gate.open("inflight")
        let finished = try raw.readFrame()
        #expect(finished.callID == 1 && finished.code == .ok && finished.text == "gate:inflight")
        #expect(try raw.waitForClose())
        #expect(stopped.wait())
    }

    @Test func withNothingInFlightConnectionsGetAGoodbyeAndACleanClose() throws {
        let server = try TestServer([handlers.inlineEcho])
        let raw = try RawWireClient(server.address)
        try raw.echo(1, "before")
        #expect(try raw.readFrame().code == .ok)
        let stopped = Signal()
        server.server.shutdown { stopped.fire() }
        let goodbye = try raw.readFrame()
        #expect(goodbye.callID == 0 && goodbye.code == .unavailable)
        guard case .closed = try raw.read() else { Issue.record("not a clean close"); return }
        #expect(stopped.wait())
    }

    @Test func callsAlreadyReceivedAtShutdownAreAnsweredUnavailable() throws {
        let server = try TestServer([handlers.taskEcho]) { $0.maxCallsInFlightPerConnection = 1 }
        let raw = try RawWireClient(server.address)
        // One call holds the only slot; three more wait, unread, behind it.
        try raw.echo(1, "gate:slot")
        #expect(handlers.gate.waitForArrivals(1))
        for id in 2...4 { try raw.echo(UInt64(id), "queued") }
        let stopped = Signal()
        server.server.shutdown { stopped.fire() }
        handlers.gate.open("slot")
        var answers: [UInt64: StatusCode] = [:]
        while true {
            guard case .frame(let f) = try raw.read() else { break }
            answers[f.callID] = f.code
        }
        #expect(answers[1] == .ok)
        #expect(answers[2] == .unavailable && answers[3] == .unavailable && answers[4] == .unavailable)
        #expect(answers[0] == .unavailable)
        #expect(stopped.wait())
    }

    @Test func theListenerClosesAtOnce() throws {
        let server = try TestServer([handlers.taskEcho])
        let raw = try RawWireClient(server.address)
        try raw.echo(1, "gate:hold")
        #expect(handlers.gate.waitForArrivals(1))
        let stopped = Signal()
        server.server.shutdown { stopped.fire() }
        // The loop closes the listener before it takes any more work; a round trip on it proves the order.
        try raw.echo(2, "probe")
        #expect(try raw.readFrame().code == .unavailable)
        #expect(throws: (any Error).self) { _ = try RawWireClient(server.address) }
        handlers.gate.open("hold")
        #expect(stopped.wait())
    }

    @Test func callsStillRunningAtTheDrainTimeoutAreCancelled() throws {
        let server = try TestServer([handlers.taskEcho]) { $0.drainTimeoutMilliseconds = 200 }
        let raw = try RawWireClient(server.address)
        try raw.echo(1, "watch:stuck")
        #expect(handlers.gate.waitForArrivals(1))
        let stopped = Signal()
        server.server.shutdown { stopped.fire() }
        #expect(handlers.cancelled.wait())
        #expect(try raw.waitForClose())
        handlers.gate.open("stuck")
        #expect(stopped.wait())
    }
}
