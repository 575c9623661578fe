import ResumeProto
import ResumeCore
import ResumeWire
import Testing
@testable import ResumeServer

/// The per-connection state machine driven by plain events, checked by the
/// decisions it returns.
@Suite struct ConnectionStateMachineTests {
    typealias Machine = ConnectionStateMachine<String>
    static let limits = Machine.Limits(
        maxCallsInFlight: 2, maxPendingOutputBytes: 100,
        idleTimeoutNanoseconds: 1_000, readTimeoutNanoseconds: 500, lingerTimeoutNanoseconds: 300
    )

    func machine() -> Machine { Machine(limits: Self.limits, now: 0) }

    /// Admits a call whose token is `token`; returns its slot.
    @discardableResult
    func arrive(_ m: inout Machine, _ callID: UInt64, _ token: String) -> UInt64? {
        guard case .queued(let slot) = m.callArrived(callID: callID, token: { _ in token }) else { return nil }
        return slot
    }

    @Test func callsWaitThenRunThenAreInFlightUntilTheirHandlersReturn() {
        var m = machine()
        let slot = arrive(&m, 1, "a")!
        #expect(m.callsInFlight == 1 && m.runningCalls == 0)
        let next = m.nextToStart()
        #expect(next?.slot == slot && next?.callID == 1 && next?.token == "a")
        #expect(m.runningCalls == 1)
        let (decision, handed) = m.handlerReturned(slot: slot, now: 10)
        #expect(decision == .send && handed?.callID == 1)
        #expect(m.callsInFlight == 0 && m.runningCalls == 0)
    }

    @Test func atMostTheLimitRunAndTheRestStartInArrivalOrder() {
        var m = machine()
        let slots = (1...4).map { arrive(&m, UInt64($0), "t\($0)")! }
        #expect(m.nextToStart()?.callID == 1)
        #expect(m.nextToStart()?.callID == 2)
        #expect(m.nextToStart() == nil)                 // two running: the limit
        _ = m.handlerReturned(slot: slots[1], now: 1)
        #expect(m.nextToStart()?.callID == 3)
        #expect(m.nextToStart() == nil)
    }

    @Test func inlineCallsAreNotRecorded() {
        var m = machine()
        #expect(m.inlineCallArrived(callID: 1) == .runInline)
        #expect(m.callsInFlight == 0)
        #expect(m.inlineCallArrived(callID: 1) == .runInline) // answered already, so reusable
    }

    @Test func reusingAnIDNotYetAnsweredIsAProtocolViolation() {
        var m = machine()
        arrive(&m, 7, "a")
        guard case .protocolViolation(let e) = m.callArrived(callID: 7, token: { _ in "b" }) else { Issue.record("accepted"); return }
        #expect(e.code == .invalidArgument)
        guard case .protocolViolation = m.inlineCallArrived(callID: 7) else { Issue.record("accepted"); return }
    }

    @Test func theIDOfACallAnsweredAtItsDeadlineMayBeReusedWhileItsHandlerRuns() {
        var m = machine()
        let slot = arrive(&m, 42, "a")!
        _ = m.nextToStart()
        #expect(m.deadlinePassed(slot: slot)?.started == true)
        let again = arrive(&m, 42, "b")
        #expect(again != nil && again != slot)
        #expect(m.handlerReturned(slot: slot, now: 1).0 == .drop)  // the old handler's late answer
        #expect(m.nextToStart()?.token == "b")
    }

    @Test func readingPausesAtTheLimitCountingWaitingCalls() {
        var m = machine()
        #expect(m.wantsToRead(pendingOutputBytes: 0))
        let a = arrive(&m, 1, "a")!
        arrive(&m, 2, "b")
        #expect(!m.wantsToRead(pendingOutputBytes: 0))
        #expect(m.mayDecode(pendingOutputBytes: 0))      // frames already read are still decoded
        _ = m.nextToStart()
        _ = m.handlerReturned(slot: a, now: 1)
        #expect(m.wantsToRead(pendingOutputBytes: 0))
    }

    @Test func decodingAndReadingPauseWhileTooMuchOutputWaits() {
        let m = machine()
        #expect(m.wantsToRead(pendingOutputBytes: 99) && m.mayDecode(pendingOutputBytes: 99))
        #expect(!m.wantsToRead(pendingOutputBytes: 100) && !m.mayDecode(pendingOutputBytes: 100))
    }

    @Test func aDeadlineAnswersOnceAndTheLateResultIsDropped() {
        var m = machine()
        let slot = arrive(&m, 1, "a")!
        _ = m.nextToStart()
        #expect(m.deadlinePassed(slot: slot)?.handed.token == "a")
        #expect(m.deadlinePassed(slot: slot) == nil)   // not answered twice
        #expect(m.callsInFlight == 1)                   // the slot is held until the handler returns
        #expect(m.runningCalls == 1)
        #expect(m.handlerReturned(slot: slot, now: 5).0 == .drop)
        #expect(m.callsInFlight == 0)
    }

    @Test func aWaitingCallWhoseDeadlinePassesNeverRuns() {
        var m = machine()
        let first = arrive(&m, 1, "a")!, second = arrive(&m, 2, "b")!, third = arrive(&m, 3, "c")!
        _ = m.nextToStart()
        _ = m.nextToStart()
        #expect(m.deadlinePassed(slot: third)?.started == false)
        #expect(m.callsInFlight == 2)
        _ = m.handlerReturned(slot: first, now: 1)
        #expect(m.nextToStart() == nil)                 // the expired one is gone
        _ = second
    }

    @Test func aDeadlineForAFinishedCallDoesNothing() {
        var m = machine()
        let slot = arrive(&m, 1, "a")!
        _ = m.nextToStart()
        _ = m.handlerReturned(slot: slot, now: 1)
        #expect(m.deadlinePassed(slot: slot) == nil)
        #expect(m.handlerReturned(slot: slot, now: 2).0 == .drop)
    }

    @Test func drainingRefusesNewCallsButHealthAndCallsInFlightProceed() {
        var m = machine()
        let slot = arrive(&m, 1, "a")!
        m.startDraining()
        #expect(m.callArrived(callID: 2, token: { _ in "b" }) == .reject(RPCError(.unavailable, "server is shutting down")))
        #expect(m.inlineCallArrived(callID: 3) == .reject(RPCError(.unavailable, "server is shutting down")))
        #expect(m.inlineCallArrived(callID: 4, servedWhileDraining: true) == .runInline)
        #expect(m.nextToStart()?.slot == slot)          // accepted before the drain: it still runs
        #expect(m.handlerReturned(slot: slot, now: 1).0 == .send)
        #expect(m.wantsToRead(pendingOutputBytes: 0))
    }

    @Test func closingAbandonsUnansweredCallsOnlyAndDropsWaitingOnes() {
        var m = machine()
        let running = arrive(&m, 1, "a")!
        let answered = arrive(&m, 2, "b")!
        arrive(&m, 3, "c")                               // waiting: limit is 2
        _ = m.nextToStart()
        _ = m.nextToStart()
        _ = m.deadlinePassed(slot: answered)
        #expect(m.startClosing(now: 0).map(\.token) == ["a", "c"])
        #expect(m.lifecycle == .closing)
        #expect(!m.wantsToRead(pendingOutputBytes: 0))
        #expect(m.nextToStart() == nil)
        #expect(m.handlerReturned(slot: running, now: 1).0 == .drop)
        #expect(m.callArrived(callID: 4, token: { _ in "d" }) == .reject(RPCError(.unavailable, "connection is closing")))
    }

    @Test func closedHandsBackEveryUnansweredToken() {
        var m = machine()
        arrive(&m, 1, "a")
        arrive(&m, 2, "b")
        _ = m.nextToStart()
        #expect(Set(m.closed().map(\.token)) == ["a", "b"])
        #expect(m.closed().isEmpty)
        #expect(m.lifecycle == .closed)
    }

    @Test func anIdleConnectionTimesOutOnlyWithNothingInFlight() {
        var m = machine()
        #expect(m.checkTimeouts(now: 999) == nil)
        #expect(m.checkTimeouts(now: 1_000) == .idle)
        let slot = arrive(&m, 1, "a")!
        _ = m.nextToStart()
        #expect(m.checkTimeouts(now: 5_000) == nil)   // a slow call is not idleness
        _ = m.handlerReturned(slot: slot, now: 5_000)  // its answer counts as activity
        #expect(m.checkTimeouts(now: 5_999) == nil)
        #expect(m.checkTimeouts(now: 6_000) == .idle)
    }

    @Test func aStalledPartialFrameTimesOutFromItsFirstByte() {
        var m = machine()
        m.bytesReceived(now: 100)
        m.framesDecoded(now: 100, buffered: 3)        // 3 bytes of an incomplete frame
        m.bytesReceived(now: 400)                     // more bytes, still incomplete:
        m.framesDecoded(now: 400, buffered: 5)        // the clock keeps running from 100
        #expect(m.checkTimeouts(now: 599) == nil)
        #expect(m.checkTimeouts(now: 600) == .readStalled)
        m.framesDecoded(now: 650, buffered: 0)        // completed
        #expect(m.checkTimeouts(now: 700) == nil)
    }

    @Test func framesThatKeepCompletingNeverLookStalled() {
        var m = machine()
        // Large frames: every read completes one and leaves the next one partial.
        for t in stride(from: UInt64(0), to: 5_000, by: 200) {
            m.bytesReceived(now: t)
            m.framesDecoded(now: t, buffered: 60_000, completedFrames: t == 0 ? 0 : 1)
            #expect(m.checkTimeouts(now: t + 199) == nil, "at \(t)")
        }
        // And then one that does not complete.
        #expect(m.checkTimeouts(now: 4_800 + 500) == .readStalled)
    }

    @Test func aClosingConnectionThatCannotFlushIsGivenUp() {
        var m = machine()
        _ = m.startClosing(now: 100)
        #expect(m.checkTimeouts(now: 399) == nil)
        #expect(m.checkTimeouts(now: 400) == .flushStalled)
    }
}

@Suite struct MethodRegistryTests {
    let echo = MethodHandler.unary(Resume_Rpc_V1_Diagnostics.echo) { r, _ in Resume_Rpc_V1_EchoResponse(payload: r.payload) }

    @Test func declaredMethodsWithoutHandlersAreKnown() throws {
        let r = try MethodRegistry([echo])
        guard case .handler = r.lookup(Resume_Rpc_V1_Diagnostics.echo.path) else { Issue.record("echo missing"); return }
        guard case .declaredWithoutHandler = r.lookup(Resume_Rpc_V1_Health.check.path) else { Issue.record("health not declared"); return }
        guard case .unknown = r.lookup("/x.Y/Z") else { Issue.record("unknown known"); return }
        #expect(r.methodsWithoutHandler.contains(Resume_Rpc_V1_Health.check.path))
        #expect(!r.methodsWithoutHandler.contains(Resume_Rpc_V1_Diagnostics.echo.path))
    }

    @Test func handlersMustMatchTheDeclarations() {
        let wrongTypes = MethodHandler.unary(RPCMethod<Resume_Rpc_V1_EchoRequest, Resume_Rpc_V1_HealthCheckResponse>(path: Resume_Rpc_V1_Diagnostics.echo.path)) { _, _ in .init() }
        #expect(throws: MethodRegistry.RegistrationError.self) { try MethodRegistry([wrongTypes]) }
        let undeclared = MethodHandler.unary(RPCMethod<Resume_Rpc_V1_EchoRequest, Resume_Rpc_V1_EchoResponse>(path: "/x.Y/Z")) { r, _ in .init(payload: r.payload) }
        #expect(throws: MethodRegistry.RegistrationError.self) { try MethodRegistry([undeclared]) }
        #expect(throws: MethodRegistry.RegistrationError.self) { try MethodRegistry([echo, echo]) }
    }

    @Test func handlerErrorsMapOntoStatuses() async throws {
        struct Boom: Error {}
        struct Mapped: RPCErrorConvertible { var rpcError: RPCError { RPCError(.notFound, "no such resume") } }
        let context = CallContext(method: "/m", callID: 1, deadline: .distantFuture, metadata: .init(), cancellation: .init(), logger: .init(label: "t"))
        func run(_ error: any Error) async -> RPCError? {
            let h = MethodHandler.unary(Resume_Rpc_V1_Diagnostics.echo) { _, _ async throws -> Resume_Rpc_V1_EchoResponse in throw error }
            if case .failure(let e) = await h.run(payload: [], context: context) { return e }
            return nil
        }
        #expect(await run(Boom())?.code == .internal)
        #expect(await run(Boom())?.message == "internal error")
        #expect(await run(Mapped())?.code == .notFound)
        #expect(await run(RPCError(.aborted, "x"))?.code == .aborted)
        #expect(await run(CallCancellation.Reason.deadlineExceeded)?.code == .deadlineExceeded)
    }
}
