import ResumeWire

/// The protocol state of one server connection, with no I/O and no clock of
/// its own: which calls are waiting or running, whether each was already
/// answered, when each must be answered, whether reading should pause, and
/// the connection's lifecycle from first byte to close. The I/O owner
/// (`ServerConnection`) reports what happened — events named for it — and
/// performs the small actions each returns; every time is passed in as
/// `now` (`MonotonicClock` nanoseconds), so tests drive it with any clock.
///
/// **Calls.** Calls for task handlers get a *slot* (an internal number) when
/// they arrive and keep it until their handler returns; they wait in FIFO
/// order while `maxCallsInFlight` handlers run. The client's call id is
/// reserved only until the call is answered, so a client may reuse the id
/// of a call answered `DEADLINE_EXCEEDED` while its handler still runs.
/// `Token` is what the I/O owner keeps per call (its work and cancellation);
/// the machine hands it back when the call moves on. Inline calls are
/// answered before the next event and are not recorded.
///
/// **Deadlines and timeouts.** The machine records each recorded call's
/// deadline. `nextWakeUp` is the earliest instant at which `tick(now:)` may
/// have something to do (a deadline, the read, idle or linger timeout); the
/// owner keeps one timer armed for it. A tick returns the calls whose
/// deadline has passed — each exactly once — and the connection-level
/// verdict, if any.
///
/// **Lifecycle.** Each state lists where it can go next.
/// - `open`: serving. → `draining` (`startDraining`), `closing` (a protocol
///   violation, an idle or stalled connection: `Farewell`), `goingAway`
///   (`goodbyeRequested`), `closed`.
/// - `draining`: the server is shutting down; new calls are refused
///   `UNAVAILABLE` except those `servedWhileDraining` (Health); calls
///   already admitted run on. → `goingAway`, `closing`, `closed`.
/// - `goingAway`: the server's goodbye: unanswered calls were abandoned
///   (answered `UNAVAILABLE`), and the calls already received — buffered
///   or still in the socket — are being decoded and refused (Health still
///   answered), regardless of back-pressure. → `closing`
///   (`bufferedCallsAnswered`), `closed`.
/// - `closing`: the last frame (exactly one call_id-0 frame, the
///   *farewell*) is queued and being flushed; nothing more is read. →
///   `lingering` (`outputDrained`: half-close), `closed` (linger time up).
/// - `lingering`: our FIN is sent; input is read and discarded until the
///   peer's end, so unread bytes do not turn our last frames into a TCP
///   reset — for at most the linger time (counted from entering `closing`)
///   and `maxLingerDiscardBytes`. → `closed`.
/// - `closed`: the socket is gone. Final.
struct ConnectionStateMachine<Token> {
    enum Lifecycle: Equatable { case open, draining, goingAway, closing, lingering, closed }

    struct Limits {
        /// Calls (waiting or running) at which reading pauses; also the most handlers running at once.
        var maxCallsInFlight: Int
        /// Unsent response bytes at which reading and decoding pause.
        var maxPendingOutputBytes: Int
        /// Nanoseconds without calls or bytes before an idle connection closes.
        var idleTimeoutNanoseconds: UInt64
        /// Nanoseconds a partial frame may stay incomplete.
        var readTimeoutNanoseconds: UInt64
        /// Nanoseconds from the farewell to the close, at most (flushing and lingering together).
        var lingerTimeoutNanoseconds: UInt64
        /// Bytes read and discarded after our FIN before the connection is closed anyway.
        var maxLingerDiscardBytes = 1 << 20
    }

    /// What to do with an arriving call.
    enum CallDecision: Equatable {
        /// Run the handler now, on the I/O queue, and answer at once.
        case runInline
        /// The call waits in `slot` for a handler slot; `nextToStart` hands it out.
        case queued(slot: UInt64)
        /// Answer this call with the error.
        case reject(RPCError)
        /// The client broke the protocol: report `protocolViolated`.
        case protocolViolation(RPCError)
    }

    /// What to do when a call's handler returns.
    enum CompletionDecision: Equatable {
        /// Send the handler's answer.
        case send
        /// Drop it: the call was already answered (deadline, shutdown), abandoned, or is unknown.
        case drop
    }

    /// A call the machine gives back: its slot, the client's id, the owner's token.
    struct Handed {
        let slot: UInt64
        let callID: UInt64
        let token: Token
    }

    /// The connection's last frame, and the calls given up with it.
    struct Farewell {
        /// Sent on call_id 0 as the connection's last frame; then the output
        /// is flushed and `outputDrained` half-closes.
        let error: RPCError
        /// Calls not answered: cancel their work (the client is being
        /// disconnected); they are never answered.
        let abandoned: [Handed]
    }

    /// What `goodbyeRequested` asks of the owner.
    enum GoodbyeAction {
        /// Nothing: the connection already said its last word, or is closed.
        case none
        /// Cancel each of `abandoned` (server shutdown) and answer it
        /// `RPCError(cancelled: .serverShutdown)`; then decode every frame
        /// buffered or waiting in the socket as usual (the machine refuses
        /// them); then report `bufferedCallsAnswered`.
        case answerBufferedCalls(abandoned: [Handed])
    }

    /// A tick's verdict on the connection itself.
    enum TimeoutAction {
        case none
        /// No call and no byte for the idle timeout: say farewell.
        case idle(Farewell)
        /// A partial frame stayed incomplete for the read timeout: say farewell.
        case readStalled(Farewell)
        /// The farewell was not flushed and the peer's end not seen within the linger time: close now.
        case lingerExpired
    }

    /// What a tick found.
    struct Tick {
        /// Calls whose deadline passed, in arrival order: answer each
        /// `DEADLINE_EXCEEDED` now and cancel its work. A running one keeps
        /// its slot until its handler returns (and that answer is dropped); a
        /// waiting one never runs.
        var expired: [Handed] = []
        var action: TimeoutAction = .none
    }

    /// After the output drained.
    enum DrainedAction: Equatable {
        case none
        /// The farewell is out: half-close (send FIN) and read only to discard.
        case halfClose
    }

    /// After input was read and discarded while lingering.
    enum DiscardAction: Equatable {
        case keepDiscarding
        case close
    }

    private struct Call {
        let callID: UInt64
        let deadline: UInt64
        let token: Token
        var answered = false
        var started = false
    }

    let limits: Limits
    private(set) var lifecycle: Lifecycle = .open
    private var calls: [UInt64: Call] = [:]          // by slot: waiting or running
    private var unanswered: [UInt64: UInt64] = [:]   // client call id → slot
    private var waiting: [UInt64] = []               // slots in arrival order
    private var waitingHead = 0
    private var running = 0
    private var nextSlot: UInt64 = 1
    /// No unanswered call's deadline is earlier (`.max`: none). It may be
    /// earlier than every one left (a call answered before it); a tick
    /// that reaches it finds the true earliest again.
    private var earliestDeadline = UInt64.max
    private var lastActivity: UInt64
    private var partialFrameSince: UInt64?
    private var closingSince: UInt64 = 0
    private var discarded = 0
    /// While going away: a frame broke the protocol, so nothing more is decoded.
    private var inputRefused = false

    init(limits: Limits, now: UInt64) {
        self.limits = limits
        self.lastActivity = now
    }

    /// Calls waiting or running (a running one counts until its handler returns).
    var callsInFlight: Int { calls.count }

    /// Handlers running now.
    var runningCalls: Int { running }

    var isClosed: Bool { lifecycle == .closed }

    /// Whether more bytes should be read from the socket.
    func wantsToRead(pendingOutputBytes: Int) -> Bool {
        mayDecode(pendingOutputBytes: pendingOutputBytes) && calls.count < limits.maxCallsInFlight
    }

    /// Whether frames already read may be decoded (and their calls admitted).
    func mayDecode(pendingOutputBytes: Int) -> Bool {
        switch lifecycle {
        case .open, .draining: pendingOutputBytes < limits.maxPendingOutputBytes
        case .goingAway: !inputRefused
        case .closing, .lingering, .closed: false
        }
    }

    // MARK: Reading and calls

    /// Bytes arrived. (A trickle does not restart the read timeout: that runs
    /// from the first byte of the incomplete frame, see `framesDecoded`.)
    mutating func bytesReceived(now: UInt64) {
        lastActivity = now
    }

    /// Decoding stopped with `buffered` bytes of an incomplete frame left
    /// (0 when it stopped for another reason), after completing
    /// `completedFrames` frames. A completed frame is progress: the partial
    /// one after it began within this read, so its clock starts now.
    mutating func framesDecoded(now: UInt64, buffered: Int, completedFrames: Int = 0) {
        if buffered == 0 {
            partialFrameSince = nil
        } else if partialFrameSince == nil || completedFrames > 0 {
            partialFrameSince = now
        }
    }

    /// A call for an inline handler arrived. It is answered before the next
    /// event, so it is not recorded. `servedWhileDraining` calls (Health) are
    /// still answered while the server drains and goes away.
    mutating func inlineCallArrived(callID: UInt64, servedWhileDraining: Bool = false) -> CallDecision {
        admission(callID, servedWhileDraining: servedWhileDraining) ?? .runInline
    }

    /// A call for a task handler arrived, due by `deadline`; if admitted it
    /// waits in a new slot, and `token` is made for it (only then).
    mutating func callArrived(callID: UInt64, deadline: UInt64, token: () -> Token) -> CallDecision {
        if let refusal = admission(callID) { return refusal }
        let slot = nextSlot
        nextSlot += 1
        calls[slot] = Call(callID: callID, deadline: deadline, token: token())
        unanswered[callID] = slot
        waiting.append(slot)
        if deadline < earliestDeadline { earliestDeadline = deadline }
        return .queued(slot: slot)
    }

    /// How to refuse a call for a method the server has no handler for, or
    /// nil to answer it `UNIMPLEMENTED` as usual. While going away every
    /// call but Health is refused `UNAVAILABLE`, whatever its method.
    var unroutableCallRefusal: RPCError? {
        lifecycle == .goingAway ? Self.shuttingDown : nil
    }

    private static var shuttingDown: RPCError { RPCError(.unavailable, "server is shutting down") }

    private func admission(_ callID: UInt64, servedWhileDraining: Bool = false) -> CallDecision? {
        switch lifecycle {
        case .closing, .lingering, .closed:
            return .reject(RPCError(.unavailable, "connection is closing"))
        case .draining where !servedWhileDraining, .goingAway where !servedWhileDraining:
            return .reject(Self.shuttingDown)
        case .open, .draining, .goingAway:
            break
        }
        if !unanswered.isEmpty && unanswered[callID] != nil {
            return .protocolViolation(RPCError(.invalidArgument, "call_id \(callID) is already in flight on this connection"))
        }
        return nil
    }

    /// The next waiting call, if a handler may start now.
    mutating func nextToStart() -> Handed? {
        guard running < limits.maxCallsInFlight else { return nil }
        while waitingHead < waiting.count {
            let slot = waiting[waitingHead]
            waitingHead += 1
            if waitingHead == waiting.count { waiting.removeAll(keepingCapacity: true); waitingHead = 0 }
            guard var call = calls[slot], !call.started else { continue } // answered while waiting
            call.started = true
            calls[slot] = call
            running += 1
            return Handed(slot: slot, callID: call.callID, token: call.token)
        }
        return nil
    }

    /// A call's handler returned.
    mutating func handlerReturned(slot: UInt64, now: UInt64) -> (CompletionDecision, Handed?) {
        guard let call = calls.removeValue(forKey: slot) else { return (.drop, nil) }
        if call.started { running -= 1 }
        if calls.isEmpty { earliestDeadline = .max }
        lastActivity = now
        if !call.answered { unanswered[call.callID] = nil }
        let handed = Handed(slot: slot, callID: call.callID, token: call.token)
        return (call.answered || lifecycle == .closed ? .drop : .send, handed)
    }

    // MARK: Time

    /// When `tick` next has something to do, or nil when nothing is to be
    /// watched (closed; or only handlers still running past their answered
    /// deadlines). It may come early (a call answered before its deadline),
    /// never late.
    var nextWakeUp: UInt64? {
        switch lifecycle {
        case .closed:
            return nil
        case .closing, .lingering:
            return closingSince &+ limits.lingerTimeoutNanoseconds
        case .open, .draining, .goingAway:
            var next = earliestDeadline
            if let since = partialFrameSince {
                next = min(next, since &+ limits.readTimeoutNanoseconds)
            } else if calls.isEmpty {
                next = min(next, lastActivity &+ limits.idleTimeoutNanoseconds)
            }
            return next == .max ? nil : next
        }
    }

    /// Time passed: answers every call whose deadline is at or before `now`
    /// (each once), and judges the connection's timeouts.
    mutating func tick(now: UInt64) -> Tick {
        switch lifecycle {
        case .closed:
            return Tick()
        case .closing, .lingering:
            return Tick(action: now >= closingSince &+ limits.lingerTimeoutNanoseconds ? .lingerExpired : .none)
        case .open, .draining, .goingAway:
            var tick = Tick()
            if earliestDeadline <= now { tick.expired = expireCalls(now: now) }
            if let since = partialFrameSince, now >= since &+ limits.readTimeoutNanoseconds {
                let ms = limits.readTimeoutNanoseconds / 1_000_000
                tick.action = .readStalled(sayFarewell(RPCError(.unavailable, "partial frame not completed within \(ms) ms"), now: now))
            } else if calls.isEmpty, partialFrameSince == nil, now >= lastActivity &+ limits.idleTimeoutNanoseconds {
                let ms = limits.idleTimeoutNanoseconds / 1_000_000
                tick.action = .idle(sayFarewell(RPCError(.unavailable, "connection idle for \(ms) ms"), now: now))
            }
            return tick
        }
    }

    private mutating func expireCalls(now: UInt64) -> [Handed] {
        var expired: [Handed] = []
        var earliest = UInt64.max
        for (slot, call) in calls where !call.answered {
            if call.deadline <= now {
                expired.append(Handed(slot: slot, callID: call.callID, token: call.token))
            } else if call.deadline < earliest {
                earliest = call.deadline
            }
        }
        earliestDeadline = earliest
        expired.sort { $0.slot < $1.slot }
        for handed in expired {
            guard var call = calls[handed.slot] else { continue }
            call.answered = true
            unanswered[call.callID] = nil
            calls[handed.slot] = call.started ? call : nil
        }
        return expired
    }

    // MARK: Closing

    /// The server began to shut down.
    mutating func startDraining() {
        if lifecycle == .open { lifecycle = .draining }
    }

    /// The client broke the protocol (a bad frame, a frame too large, a
    /// reused call id). Returns the farewell to send, or nil: the connection
    /// already has its last frame (going away, the goodbye will be it; a
    /// farewell already queued), and decoding stops either way.
    mutating func protocolViolated(_ error: RPCError, now: UInt64) -> Farewell? {
        switch lifecycle {
        case .open, .draining:
            return sayFarewell(error, now: now)
        case .goingAway:
            inputRefused = true
            return nil
        case .closing, .lingering, .closed:
            return nil
        }
    }

    /// The server takes back this connection's buffers (it holds the most
    /// of a budget the server ran out of). Returns the farewell to send, or
    /// nil when the connection already queued its last frame (the caller
    /// closes it then). Unlike a protocol violation this also ends a
    /// connection going away.
    mutating func shed(_ error: RPCError, now: UInt64) -> Farewell? {
        switch lifecycle {
        case .open, .draining, .goingAway:
            return sayFarewell(error, now: now)
        case .closing, .lingering, .closed:
            return nil
        }
    }

    private mutating func sayFarewell(_ error: RPCError, now: UInt64) -> Farewell {
        lifecycle = .closing
        closingSince = now
        return Farewell(error: error, abandoned: abandonUnanswered())
    }

    /// The server closes its connections (the drain ended or timed out).
    mutating func goodbyeRequested() -> GoodbyeAction {
        switch lifecycle {
        case .open, .draining:
            lifecycle = .goingAway
            return .answerBufferedCalls(abandoned: abandonUnanswered())
        case .goingAway, .closing, .lingering, .closed:
            return .none
        }
    }

    /// Going away, every call already received has been answered: returns
    /// the goodbye to send last.
    mutating func bufferedCallsAnswered(now: UInt64) -> Farewell? {
        guard lifecycle == .goingAway else { return nil }
        return sayFarewell(RPCError(.unavailable, "server shutting down"), now: now)
    }

    /// Everything queued is written.
    mutating func outputDrained() -> DrainedAction {
        guard lifecycle == .closing else { return .none }
        lifecycle = .lingering
        return .halfClose
    }

    /// `bytes` were read after our FIN and dropped.
    mutating func inputDiscarded(bytes: Int) -> DiscardAction {
        discarded += bytes
        return discarded > limits.maxLingerDiscardBytes ? .close : .keepDiscarding
    }

    /// The socket is gone (the peer closed, reset, or we closed it). Returns
    /// the calls not yet answered, to cancel; none of them is answered.
    mutating func closed() -> [Handed] {
        lifecycle = .closed
        return abandonUnanswered()
    }

    /// Marks every unanswered call answered and hands it back; waiting ones
    /// are dropped, running ones keep their slot until their handler returns.
    private mutating func abandonUnanswered() -> [Handed] {
        var out: [Handed] = []
        for (slot, var call) in calls where !call.answered {
            out.append(Handed(slot: slot, callID: call.callID, token: call.token))
            call.answered = true
            calls[slot] = call.started ? call : nil
        }
        unanswered = [:]
        waiting = []
        waitingHead = 0
        earliestDeadline = .max
        return out.sorted { $0.slot < $1.slot }
    }
}

extension ConnectionStateMachine.Handed: Equatable where Token: Equatable {}
extension ConnectionStateMachine.Farewell: Equatable where Token: Equatable {}
extension ConnectionStateMachine.GoodbyeAction: Equatable where Token: Equatable {}
extension ConnectionStateMachine.TimeoutAction: Equatable where Token: Equatable {}
extension ConnectionStateMachine.Tick: Equatable where Token: Equatable {}
