import ResumeProto
import ResumeCore
import ResumeWire
import Testing
@testable import ResumeServer

/// The per-connection state machine driven by plain events on an injected
/// clock (plain numbers), checked by the actions it returns. No sockets.
@Suite struct ConnectionStateMachineTests {
    typealias Machine = ConnectionStateMachine<String>
    static let limits = Machine.Limits(
        maxCallsInFlight: 2, maxPendingOutputBytes: 100,
        idleTimeoutNanoseconds: 1_000, readTimeoutNanoseconds: 500, lingerTimeoutNanoseconds: 300,
        maxLingerDiscardBytes: 1_000
    )

    func machine(now: UInt64 = 0) -> Machine { Machine(limits: Self.limits, now: now) }

    /// Admits a task call whose token is `token`, due at `deadline`; returns its slot.
    @discardableResult
    func arrive(_ m: inout Machine, _ callID: UInt64, _ token: String, deadline: UInt64 = 1_000_000) -> UInt64? {
        guard case .queued(let slot) = m.callArrived(callID: callID, deadline: deadline, token: { token }) else { return nil }
        return slot
    }

    // MARK: Calls

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

    /// Shedding (a server budget ran out) ends an open or going-away
    /// connection with a farewell that abandons its unanswered calls; one
    /// already closing is left for the caller to close.
    @Test func sheddingSaysFarewellOnceAndAbandonsUnansweredCalls() {
        var m = machine()
        arrive(&m, 1, "a")
        let shed = RPCError(.resourceExhausted, "shed")
        let farewell = m.shed(shed, now: 5)
        #expect(farewell?.error == shed && farewell?.abandoned.map(\.callID) == [1])
        #expect(m.lifecycle == .closing && !m.mayDecode(pendingOutputBytes: 0))
        #expect(m.shed(shed, now: 6) == nil)
        var going = machine()
        _ = going.goodbyeRequested()
        #expect(going.protocolViolated(shed, now: 1) == nil, "a protocol violation while going away waits for the goodbye")
        #expect(going.shed(shed, now: 1)?.error == shed, "shedding does not")
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
        #expect(m.nextWakeUp == Self.limits.idleTimeoutNanoseconds) // no deadline to watch
    }

    @Test func theTokenIsMadeOnlyForAnAdmittedCall() {
        var m = machine()
        m.startDraining()
        var made = 0
        #expect(m.callArrived(callID: 1, deadline: 10, token: { made += 1; return "a" }) == .reject(RPCError(.unavailable, "server is shutting down")))
        #expect(made == 0)
    }

    @Test func reusingAnIDNotYetAnsweredIsAProtocolViolation() {
        var m = machine()
        arrive(&m, 7, "a")
        guard case .protocolViolation(let e) = m.callArrived(callID: 7, deadline: 10, token: { "b" }) else { Issue.record("accepted"); return }
        #expect(e.code == .invalidArgument)
        guard case .protocolViolation = m.inlineCallArrived(callID: 7) else { Issue.record("accepted"); return }
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

    @Test func drainingRefusesNewCallsButHealthAndCallsInFlightProceed() {
        var m = machine()
        let slot = arrive(&m, 1, "a")!
        m.startDraining()
        #expect(m.lifecycle == .draining)
        #expect(m.callArrived(callID: 2, deadline: 10, token: { "b" }) == .reject(RPCError(.unavailable, "server is shutting down")))
        #expect(m.inlineCallArrived(callID: 3) == .reject(RPCError(.unavailable, "server is shutting down")))
        #expect(m.inlineCallArrived(callID: 4, servedWhileDraining: true) == .runInline)
        #expect(m.unroutableCallRefusal == nil)          // still UNIMPLEMENTED while draining
        #expect(m.nextToStart()?.slot == slot)          // accepted before the drain: it still runs
        #expect(m.handlerReturned(slot: slot, now: 1).0 == .send)
        #expect(m.wantsToRead(pendingOutputBytes: 0))
    }

    // MARK: Deadlines, on the injected clock

    /// What a handler does relative to its call's deadline.
    enum HandlerBehaviour: String, CaseIterable, CustomTestStringConvertible {
        case neverReturns, returnsLate, returnsEarly, returnsAtTheDeadlineBeforeTheTick
        var testDescription: String { rawValue }
    }

    /// The deadline answer is due at the deadline whatever the handler does:
    /// DEADLINE_EXCEEDED exactly at the deadline tick (not a nanosecond
    /// before), never twice, and a late handler result is dropped. A handler
    /// that answers first is the one answer, and the tick then finds nothing.
    @Test(arguments: HandlerBehaviour.allCases)
    func theDeadlineAnswerIsDueAtTheDeadlineWhateverTheHandlerDoes(_ behaviour: HandlerBehaviour) {
        let deadline: UInt64 = 300
        var m = machine()
        var answers: [String] = []
        let slot = arrive(&m, 1, "a", deadline: deadline)!
        #expect(m.nextToStart()?.token == "a")
        #expect(m.nextWakeUp == deadline)

        func handlerReturns(at now: UInt64) {
            if m.handlerReturned(slot: slot, now: now).0 == .send { answers.append("handler@\(now)") }
        }
        func tick(_ now: UInt64) {
            for handed in m.tick(now: now).expired {
                #expect(handed.token == "a")
                answers.append("DEADLINE_EXCEEDED@\(now)")
            }
        }

        switch behaviour {
        case .returnsEarly: handlerReturns(at: 120)
        case .returnsAtTheDeadlineBeforeTheTick: handlerReturns(at: deadline)
        case .neverReturns, .returnsLate: break
        }
        tick(deadline - 1)
        #expect(answers.allSatisfy { $0.hasPrefix("handler") })
        tick(deadline)
        tick(deadline + 1)
        tick(deadline + 1_000_000)
        if behaviour == .returnsLate { handlerReturns(at: deadline + 50) }

        switch behaviour {
        case .neverReturns:
            #expect(answers == ["DEADLINE_EXCEEDED@300"])
            #expect(m.callsInFlight == 1 && m.runningCalls == 1)   // its slot stays taken until the work ends
        case .returnsLate:
            #expect(answers == ["DEADLINE_EXCEEDED@300"])          // the late result was dropped
            #expect(m.callsInFlight == 0)
        case .returnsEarly:
            #expect(answers == ["handler@120"])
        case .returnsAtTheDeadlineBeforeTheTick:
            #expect(answers == ["handler@300"])
        }
    }

    @Test func theMachineAsksToBeWokenAtTheEarliestDeadlineAndEachCallExpiresAtItsOwn() {
        var m = machine()
        arrive(&m, 1, "a", deadline: 500)
        #expect(m.nextWakeUp == 500)
        arrive(&m, 2, "b", deadline: 200)                // a later call with an earlier deadline
        #expect(m.nextWakeUp == 200)
        arrive(&m, 3, "c", deadline: 200)
        _ = m.nextToStart()
        _ = m.nextToStart()                              // a and b run, c waits
        #expect(m.tick(now: 199).expired.isEmpty)
        #expect(m.tick(now: 200).expired.map(\.token) == ["b", "c"])   // in arrival order
        #expect(m.nextWakeUp == 500)
        #expect(m.tick(now: 499).expired.isEmpty)
        #expect(m.tick(now: 500).expired.map(\.token) == ["a"])
        #expect(m.nextWakeUp == nil)                     // running handlers hold slots; no deadline left, not idle
    }

    @Test func aWakeUpForACallAlreadyAnsweredComesEarlyAndFindsTheNextOne() {
        var m = machine()
        let a = arrive(&m, 1, "a", deadline: 200)!
        arrive(&m, 2, "b", deadline: 700)
        _ = m.nextToStart()
        _ = m.nextToStart()
        #expect(m.handlerReturned(slot: a, now: 50).0 == .send)
        #expect(m.nextWakeUp == 200)                     // early, never late
        #expect(m.tick(now: 200) == Machine.Tick())
        #expect(m.nextWakeUp == 700)
    }

    @Test func aWaitingCallWhoseDeadlinePassesNeverRuns() {
        var m = machine()
        let first = arrive(&m, 1, "a")!
        arrive(&m, 2, "b")
        arrive(&m, 3, "c", deadline: 100)
        _ = m.nextToStart()
        _ = m.nextToStart()
        #expect(m.tick(now: 100).expired.map(\.token) == ["c"])
        #expect(m.callsInFlight == 2)                    // the waiting one gave its place up
        _ = m.handlerReturned(slot: first, now: 101)
        #expect(m.nextToStart() == nil)                 // and never starts
    }

    @Test func theIDOfACallAnsweredAtItsDeadlineMayBeReusedWhileItsHandlerRuns() {
        var m = machine()
        let slot = arrive(&m, 42, "a", deadline: 100)!
        _ = m.nextToStart()
        #expect(m.tick(now: 100).expired.map(\.callID) == [42])
        let again = arrive(&m, 42, "b", deadline: 300)
        #expect(again != nil && again != slot)
        #expect(m.handlerReturned(slot: slot, now: 150).0 == .drop)  // the old handler's late answer
        #expect(m.nextToStart()?.token == "b")
    }

    @Test func noDeadlineIsWatchedForCallsAlreadyAnsweredOrAbandoned() {
        var m = machine()
        arrive(&m, 1, "a", deadline: 100)
        _ = m.nextToStart()
        _ = m.protocolViolated(RPCError(.invalidArgument, "bad"), now: 10)
        #expect(m.tick(now: 100).expired.isEmpty)          // abandoned: never answered, not even at its deadline
        #expect(m.nextWakeUp == 10 + Self.limits.lingerTimeoutNanoseconds)
    }

    // MARK: Idle and read timeouts

    @Test func anIdleConnectionSaysFarewellOnlyWithNothingInFlight() {
        var m = machine()
        #expect(m.nextWakeUp == 1_000)
        #expect(m.tick(now: 999) == Machine.Tick())
        let slot = arrive(&m, 1, "a", deadline: 100_000)!
        _ = m.nextToStart()
        #expect(m.tick(now: 5_000) == Machine.Tick())    // a slow call is not idleness
        _ = m.handlerReturned(slot: slot, now: 5_000)    // its answer counts as activity
        #expect(m.nextWakeUp == 6_000)
        #expect(m.tick(now: 5_999) == Machine.Tick())
        guard case .idle(let farewell) = m.tick(now: 6_000).action else { Issue.record("not idle"); return }
        #expect(farewell.error.code == .unavailable && farewell.error.message.contains("idle"))
        #expect(farewell.abandoned.isEmpty)
        #expect(m.lifecycle == .closing)
    }

    @Test func receivedBytesPutTheIdleTimeoutOff() {
        var m = machine()
        m.bytesReceived(now: 800)
        m.framesDecoded(now: 800, buffered: 0)
        #expect(m.tick(now: 1_000) == Machine.Tick())    // the wake-up armed at 0 comes early
        #expect(m.nextWakeUp == 1_800)
    }

    @Test func aStalledPartialFrameTimesOutFromItsFirstByte() {
        var m = machine()
        m.bytesReceived(now: 100)
        m.framesDecoded(now: 100, buffered: 3)        // 3 bytes of an incomplete frame
        m.bytesReceived(now: 400)                     // more bytes, still incomplete:
        m.framesDecoded(now: 400, buffered: 5)        // the clock keeps running from 100
        #expect(m.nextWakeUp == 600)
        #expect(m.tick(now: 599) == Machine.Tick())
        guard case .readStalled(let farewell) = m.tick(now: 600).action else { Issue.record("not stalled"); return }
        #expect(farewell.error.code == .unavailable && farewell.error.message.contains("partial frame"))
    }

    @Test func aCompletedFrameStopsTheReadTimeout() {
        var m = machine()
        m.bytesReceived(now: 100)
        m.framesDecoded(now: 100, buffered: 3)
        m.framesDecoded(now: 150, buffered: 0)        // completed
        #expect(m.tick(now: 700) == Machine.Tick())
    }

    @Test func framesThatKeepCompletingNeverLookStalled() {
        var m = machine()
        // Large frames: every read completes one and leaves the next one partial.
        for t in stride(from: UInt64(0), to: 5_000, by: 200) {
            m.bytesReceived(now: t)
            m.framesDecoded(now: t, buffered: 60_000, completedFrames: t == 0 ? 0 : 1)
            #expect(m.tick(now: t + 199) == Machine.Tick(), "at \(t)")
        }
        // And then one that does not complete.
        guard case .readStalled = m.tick(now: 4_800 + 500).action else { Issue.record("not stalled"); return }
    }

    @Test func aStallWithCallsInFlightAnswersTheExpiredAndAbandonsTheRest() {
        var m = machine()
        arrive(&m, 1, "a", deadline: 600)
        arrive(&m, 2, "b", deadline: 900)
        _ = m.nextToStart()
        m.bytesReceived(now: 100)
        m.framesDecoded(now: 100, buffered: 3)
        let tick = m.tick(now: 600)
        #expect(tick.expired.map(\.token) == ["a"])
        guard case .readStalled(let farewell) = tick.action else { Issue.record("not stalled"); return }
        #expect(farewell.abandoned.map(\.token) == ["b"])
    }

    // MARK: Farewell, half-close, linger, close

    @Test func aProtocolViolationSaysFarewellOnceAndAbandonsUnansweredCalls() {
        var m = machine()
        let running = arrive(&m, 1, "a", deadline: 50)!
        arrive(&m, 2, "b")
        arrive(&m, 3, "c")                                 // waiting: limit is 2
        _ = m.nextToStart()
        _ = m.nextToStart()
        #expect(m.tick(now: 50).expired.map(\.token) == ["a"])   // answered: not abandoned below
        let farewell = m.protocolViolated(RPCError(.invalidArgument, "bad frame"), now: 100)
        #expect(farewell?.error == RPCError(.invalidArgument, "bad frame"))
        #expect(farewell?.abandoned.map(\.token) == ["b", "c"])
        #expect(m.lifecycle == .closing)
        // Exactly one call_id-0 frame: no second farewell, no goodbye, no timeout verdict.
        #expect(m.protocolViolated(RPCError(.invalidArgument, "again"), now: 101) == nil)
        #expect(m.goodbyeRequested() == .none)
        #expect(m.bufferedCallsAnswered(now: 102) == nil)
        #expect(m.tick(now: 399).action == .none)
        // Nothing more is read, decoded, started or answered.
        #expect(!m.wantsToRead(pendingOutputBytes: 0) && !m.mayDecode(pendingOutputBytes: 0))
        #expect(m.nextToStart() == nil)
        #expect(m.handlerReturned(slot: running, now: 110).0 == .drop)
        #expect(m.callArrived(callID: 4, deadline: 10, token: { "d" }) == .reject(RPCError(.unavailable, "connection is closing")))
    }

    @Test func theFarewellFlushedHalfClosesThenThePeersEndCloses() {
        var m = machine()
        #expect(m.outputDrained() == .none)                // output drained while open: nothing to do
        _ = m.protocolViolated(RPCError(.invalidArgument, "bad"), now: 100)
        #expect(m.outputDrained() == .halfClose)
        #expect(m.lifecycle == .lingering)
        #expect(m.outputDrained() == .none)                // one FIN
        #expect(m.inputDiscarded(bytes: 500) == .keepDiscarding)
        #expect(m.closed().isEmpty)                       // the peer's end: nothing left to cancel
        #expect(m.lifecycle == .closed && m.nextWakeUp == nil)
    }

    @Test func lingeringStopsAfterTheDiscardLimit() {
        var m = machine()
        _ = m.protocolViolated(RPCError(.invalidArgument, "bad"), now: 100)
        _ = m.outputDrained()
        #expect(m.inputDiscarded(bytes: 600) == .keepDiscarding)
        #expect(m.inputDiscarded(bytes: 400) == .keepDiscarding) // exactly the limit
        #expect(m.inputDiscarded(bytes: 1) == .close)
    }

    @Test func lingeringStopsAtTheLingerTimeCountedFromTheFarewell() {
        var m = machine()
        _ = m.protocolViolated(RPCError(.invalidArgument, "bad"), now: 100)
        #expect(m.nextWakeUp == 400)
        _ = m.outputDrained()                              // flushed at once
        #expect(m.nextWakeUp == 400)
        #expect(m.tick(now: 399).action == .none)
        #expect(m.tick(now: 400).action == .lingerExpired)
    }

    @Test func aFarewellThatCannotBeFlushedIsGivenUpAtTheLingerTime() {
        var m = machine()
        guard case .idle = m.tick(now: 1_000).action else { Issue.record("not idle"); return }
        #expect(m.lifecycle == .closing)                   // never drained: the peer does not read
        #expect(m.tick(now: 1_299).action == .none)
        #expect(m.tick(now: 1_300).action == .lingerExpired)
    }

    @Test func closedHandsBackEveryUnansweredTokenOnce() {
        var m = machine()
        arrive(&m, 1, "a")
        arrive(&m, 2, "b")
        _ = m.nextToStart()
        #expect(m.closed().map(\.token) == ["a", "b"])
        #expect(m.closed().isEmpty)
        #expect(m.lifecycle == .closed)
        #expect(m.goodbyeRequested() == .none)
        #expect(m.protocolViolated(RPCError(.invalidArgument, "x"), now: 1) == nil)
        #expect(m.tick(now: 10_000_000) == Machine.Tick())
    }

    // MARK: Shutdown

    @Test func theGoodbyeAbandonsUnansweredCallsRefusesBufferedOnesAndIsTheOneFarewell() {
        var m = machine()
        let running = arrive(&m, 1, "a")!
        arrive(&m, 2, "b")
        arrive(&m, 3, "c")
        _ = m.nextToStart()
        _ = m.nextToStart()
        m.startDraining()
        // The drain timed out: cancel and answer every unanswered call.
        #expect(m.goodbyeRequested() == .answerBufferedCalls(abandoned: [
            .init(slot: 1, callID: 1, token: "a"), .init(slot: 2, callID: 2, token: "b"), .init(slot: 3, callID: 3, token: "c"),
        ]))
        #expect(m.lifecycle == .goingAway)
        // Frames already received are decoded whatever output waits, and refused — except Health.
        #expect(m.mayDecode(pendingOutputBytes: 1 << 30))
        #expect(m.inlineCallArrived(callID: 4, servedWhileDraining: true) == .runInline)
        #expect(m.inlineCallArrived(callID: 5) == .reject(RPCError(.unavailable, "server is shutting down")))
        #expect(m.callArrived(callID: 6, deadline: 10, token: { "f" }) == .reject(RPCError(.unavailable, "server is shutting down")))
        #expect(m.unroutableCallRefusal == RPCError(.unavailable, "server is shutting down"))
        #expect(m.inlineCallArrived(callID: 1, servedWhileDraining: true) == .runInline) // call 1 was answered: its id is free
        // Then the goodbye, once.
        #expect(m.bufferedCallsAnswered(now: 100) == .init(error: RPCError(.unavailable, "server shutting down"), abandoned: []))
        #expect(m.lifecycle == .closing)
        #expect(m.goodbyeRequested() == .none)
        #expect(m.bufferedCallsAnswered(now: 101) == nil)
        #expect(m.protocolViolated(RPCError(.invalidArgument, "x"), now: 102) == nil)
        #expect(m.handlerReturned(slot: running, now: 103).0 == .drop) // its answer was the UNAVAILABLE
        #expect(m.outputDrained() == .halfClose)
    }

    @Test func aBadFrameWhileGoingAwayStopsDecodingAndTheGoodbyeIsTheFarewell() {
        var m = machine()
        m.startDraining()
        #expect(m.goodbyeRequested() == .answerBufferedCalls(abandoned: []))
        #expect(m.protocolViolated(RPCError(.invalidArgument, "bad"), now: 10) == nil)
        #expect(!m.mayDecode(pendingOutputBytes: 0))
        #expect(m.bufferedCallsAnswered(now: 11)?.error.code == .unavailable)
    }

    // MARK: Every call answered exactly once

    /// Plays the I/O owner: performs every action and records what would be written.
    struct Owner {
        var m: Machine
        var answers: [String: [StatusCode]] = [:]  // token → answers sent for it
        var farewells: [StatusCode] = []
        var cancelled: [String: CallCancellation.Reason] = [:]
        var halfClosed = 0
        var slots: [String: UInt64] = [:]

        init(_ m: Machine) { self.m = m }

        mutating func arrive(_ id: UInt64, _ token: String, deadline: UInt64) {
            switch m.callArrived(callID: id, deadline: deadline, token: { token }) {
            case .queued(let slot): slots[token] = slot
            case .reject(let e): answers[token, default: []].append(e.code)
            case .protocolViolation(let e): violate(e, now: 0)
            case .runInline: Issue.record("task call run inline")
            }
            while let next = m.nextToStart() { _ = next }
        }
        mutating func handlerReturns(_ token: String, now: UInt64) {
            let (decision, handed) = m.handlerReturned(slot: slots[token]!, now: now)
            if decision == .send, let handed { answers[handed.token, default: []].append(.ok) }
            while let next = m.nextToStart() { _ = next }
        }
        mutating func tick(_ now: UInt64) {
            let tick = m.tick(now: now)
            for h in tick.expired { cancelled[h.token] = .deadlineExceeded; answers[h.token, default: []].append(.deadlineExceeded) }
            switch tick.action {
            case .none: break
            case .idle(let f), .readStalled(let f): farewell(f)
            case .lingerExpired: closed()
            }
        }
        mutating func violate(_ e: RPCError, now: UInt64) {
            if let f = m.protocolViolated(e, now: now) { farewell(f) }
        }
        mutating func goodbye(now: UInt64) {
            guard case .answerBufferedCalls(let abandoned) = m.goodbyeRequested() else { return }
            for h in abandoned { cancelled[h.token] = .serverShutdown; answers[h.token, default: []].append(.unavailable) }
            if let f = m.bufferedCallsAnswered(now: now) { farewell(f) }
        }
        mutating func farewell(_ f: Machine.Farewell) {
            farewells.append(f.error.code)
            for h in f.abandoned { cancelled[h.token] = .clientDisconnected }
            if m.outputDrained() == .halfClose { halfClosed += 1 }
        }
        mutating func closed() {
            for h in m.closed() { cancelled[h.token] = .clientDisconnected }
        }
    }

    /// Every path a call can take ends with at most one answer, and with
    /// exactly one unless the connection is dropped (then it is cancelled);
    /// a connection sends at most one call_id-0 frame.
    @Test func everyCallIsAnsweredAtMostOnceOnEveryPath() {
        // Completed normally, one expired then returned late, one expired while waiting.
        var o = Owner(machine())
        o.arrive(1, "ok", deadline: 500)
        o.arrive(2, "late", deadline: 200)
        o.arrive(3, "waiting", deadline: 200)             // the limit is 2: it waits
        o.tick(200)
        o.handlerReturns("ok", now: 250)
        o.handlerReturns("late", now: 260)
        o.tick(500)
        #expect(o.answers == ["ok": [.ok], "late": [.deadlineExceeded], "waiting": [.deadlineExceeded]])
        #expect(o.farewells.isEmpty)

        // A protocol violation: the calls in flight are cancelled, never answered; one farewell.
        o = Owner(machine())
        o.arrive(1, "a", deadline: 500)
        o.arrive(2, "b", deadline: 500)
        o.arrive(2, "dup", deadline: 500)                 // reuses id 2: a protocol violation
        o.tick(500)                                       // their deadlines pass while closing
        o.handlerReturns("a", now: 600)
        o.tick(10_000)                                    // linger time up
        #expect(o.answers.isEmpty)
        #expect(o.cancelled == ["a": .clientDisconnected, "b": .clientDisconnected])
        #expect(o.farewells == [.invalidArgument] && o.halfClosed == 1 && o.m.isClosed)

        // Shutdown: running and waiting calls answered UNAVAILABLE once, one expired earlier
        // keeps its single DEADLINE_EXCEEDED, its handler's late result is dropped; one goodbye.
        o = Owner(machine())
        o.arrive(1, "expired", deadline: 100)
        o.arrive(2, "running", deadline: 5_000)
        o.arrive(3, "waiting", deadline: 5_000)
        o.tick(100)
        o.m.startDraining()
        o.arrive(4, "refused", deadline: 5_000)
        o.goodbye(now: 200)
        o.goodbye(now: 201)
        o.handlerReturns("running", now: 300)
        o.handlerReturns("expired", now: 300)
        o.tick(5_000)
        #expect(o.answers == ["expired": [.deadlineExceeded], "running": [.unavailable], "waiting": [.unavailable], "refused": [.unavailable]])
        #expect(o.farewells == [.unavailable])

        // Idle with nothing in flight, then a read stall with calls: each one farewell.
        o = Owner(machine())
        o.tick(1_000)
        o.tick(2_000)
        #expect(o.farewells == [.unavailable] && o.answers.isEmpty)
        o = Owner(machine())
        o.arrive(1, "a", deadline: 5_000)
        o.m.bytesReceived(now: 10)
        o.m.framesDecoded(now: 10, buffered: 2)
        o.tick(510)
        o.tick(5_000)
        o.handlerReturns("a", now: 5_001)
        #expect(o.farewells == [.unavailable] && o.answers.isEmpty && o.cancelled == ["a": .clientDisconnected])

        // The peer goes away: nothing is answered, everything is cancelled.
        o = Owner(machine())
        o.arrive(1, "a", deadline: 100)
        o.arrive(2, "b", deadline: 100)
        o.arrive(3, "c", deadline: 100)
        o.closed()
        o.tick(100)
        o.handlerReturns("a", now: 150)
        #expect(o.answers.isEmpty && o.farewells.isEmpty)
        #expect(o.cancelled == ["a": .clientDisconnected, "b": .clientDisconnected, "c": .clientDisconnected])
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
