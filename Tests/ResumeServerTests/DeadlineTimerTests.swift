import Dispatch
import ResumeCore
import ResumeProto
import ResumeServer
import ResumeTestSupport
import ResumeWire
import Testing

/// The server's deadline timer over real sockets, with margins no noisy
/// machine can miss: the answer must come at the deadline, long before the
/// work ends.
@Suite struct DeadlineTimerTests {
    let handlers = TestHandlers()

    /// Holds `key`'s handlers for 5 s (the test opens the gate sooner once it has what it needs).
    func holdForFiveSeconds(_ key: String) {
        let gate = handlers.gate
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(5)) { gate.open(key) }
    }

    @Test func aCallWhoseWorkIsStuckIsAnsweredDeadlineExceededAtItsDeadline() throws {
        let server = try TestServer([handlers.taskEcho])
        let raw = try RawWireClient(server.address)
        holdForFiveSeconds("stuck")
        let sent = MonotonicClock.nanoseconds()
        try raw.echo(1, "gate:stuck", timeoutMs: 200)
        let f = try raw.readFrame(timeoutMilliseconds: 2_000) // fails unless a frame comes within 2 s
        let waitedMs = (MonotonicClock.nanoseconds() - sent) / 1_000_000
        #expect(f.callID == 1 && f.code == .deadlineExceeded)
        #expect(waitedMs >= 200 && waitedMs < 2_000)
        #expect(handlers.gate.arrivals == ["stuck"])         // the work had started, and is still stuck
        handlers.gate.open("stuck")
        // When the work ends its answer is dropped: the next frame is the next call's.
        try raw.echo(2, "next")
        let next = try raw.readFrame()
        #expect(next.callID == 2 && next.code == .ok)
    }

    @Test func aLaterCallWithAnEarlierDeadlineIsAnsweredAtItsOwn() throws {
        // The connection's one timer is armed for the first deadline (1.5 s);
        // the second call's (200 ms) must bring it forward.
        let server = try TestServer([handlers.taskEcho])
        let raw = try RawWireClient(server.address)
        holdForFiveSeconds("long")
        holdForFiveSeconds("short")
        let sent = MonotonicClock.nanoseconds()
        try raw.echo(1, "gate:long", timeoutMs: 1_500)
        #expect(handlers.gate.waitForArrivals(1))
        try raw.echo(2, "gate:short", timeoutMs: 200)
        let first = try raw.readFrame(timeoutMilliseconds: 1_200)
        let firstMs = (MonotonicClock.nanoseconds() - sent) / 1_000_000
        #expect(first.callID == 2 && first.code == .deadlineExceeded)
        #expect(firstMs < 1_200)
        let second = try raw.readFrame(timeoutMilliseconds: 3_000)
        let secondMs = (MonotonicClock.nanoseconds() - sent) / 1_000_000
        #expect(second.callID == 1 && second.code == .deadlineExceeded)
        #expect(secondMs >= 1_500)
        handlers.gate.open("long")
        handlers.gate.open("short")
    }

    @Test func aCallWaitingForASlotWhoseDeadlinePassesIsAnsweredAndNeverRuns() throws {
        let server = try TestServer([handlers.taskEcho]) { $0.maxCallsInFlightPerConnection = 1 }
        let raw = try RawWireClient(server.address)
        holdForFiveSeconds("held")
        // One write, so the server reads both before the first takes the only
        // slot (after that it stops reading: back-pressure, and a call not
        // read yet has no deadline running).
        var bytes: [UInt8] = []
        for (id, text, timeout) in [(UInt64(1), "gate:held", UInt32(0)), (2, "gate:never", 200)] {
            try FrameEncoder.append(RawWireClient.request(id, Resume_Rpc_V1_Diagnostics.echo.path,
                                                          Resume_Rpc_V1_EchoRequest(payload: Array(text.utf8)), timeoutMs: timeout), to: &bytes)
        }
        let sent = MonotonicClock.nanoseconds()
        try raw.send(bytes: bytes)
        let f = try raw.readFrame(timeoutMilliseconds: 2_000)
        #expect(f.callID == 2 && f.code == .deadlineExceeded)
        #expect((MonotonicClock.nanoseconds() - sent) / 1_000_000 < 2_000)
        handlers.gate.open("held")
        #expect(try raw.readFrame().callID == 1)
        #expect(handlers.gate.arrivals == ["held"])            // call 2's handler never ran
    }
}
