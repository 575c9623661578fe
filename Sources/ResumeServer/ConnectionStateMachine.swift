import ResumeWire

/// The protocol state of one server connection, with no I/O: which calls
/// are waiting or running, whether each was already answered, whether
/// reading should pause, and when the connection has been idle or stalled
/// too long. The connection (`ServerConnection`) feeds it events and performs
/// the decisions it returns.
///
/// Calls for worker-pool handlers get a *slot* (an internal number) when
/// they arrive and keep it until their handler returns; they wait in FIFO
/// order while `maxCallsInFlight` handlers run. The client's call id is
/// reserved only until the call is answered, so a client may reuse the id
/// of a call answered `DEADLINE_EXCEEDED` while its handler still runs.
/// `Token` is what the I/O owner keeps per call (its work, cancellation and
/// deadline timer); the machine hands it back when the call moves on.
///
/// Lifecycle: `open` → `draining` (server shutting down: new calls are
/// refused) → `closing` (a last frame is being flushed; nothing more is
/// read) → `closed`. `open` and `draining` may go straight to `closing` or
/// `closed`; nothing leaves `closed`.
struct ConnectionStateMachine<Token> {
    enum Lifecycle: Equatable { case open, draining, closing, closed }

    struct Limits {
        /// Calls (waiting or running) at which reading pauses; also the most handlers running at once.
        var maxCallsInFlight: Int
        /// Unsent response bytes at which reading and decoding pause.
        var maxPendingOutputBytes: Int
        /// Nanoseconds without calls or bytes before an idle connection closes.
        var idleTimeoutNanoseconds: UInt64
        /// Nanoseconds a partial frame may stay incomplete.
        var readTimeoutNanoseconds: UInt64
        /// Nanoseconds a closing connection may take to flush and see the peer's end.
        var lingerTimeoutNanoseconds: UInt64
    }

    /// What to do with an arriving call.
    enum CallDecision: Equatable {
        /// Run the handler now, on the I/O queue, and answer at once.
        case runInline
        /// The call waits in `slot` for a worker; `nextToStart` hands it out.
        case queued(slot: UInt64)
        /// Answer this call with the error.
        case reject(RPCError)
        /// The client broke the protocol: answer on call_id 0 and close.
        case protocolViolation(RPCError)
    }

    /// What to do when a call's handler returns.
    enum CompletionDecision: Equatable {
        /// Send the handler's answer.
        case send
        /// Drop it: the call was already answered (deadline, shutdown) or is unknown.
        case drop
    }

    /// Why the connection should be closed by the periodic check.
    enum TimeoutVerdict: Equatable {
        case idle
        case readStalled
        case flushStalled
    }

    /// A call the machine gives back: its slot, the client's id, the owner's token.
    struct Handed {
        let slot: UInt64
        let callID: UInt64
        let token: Token
    }

    private struct Call {
        let callID: UInt64
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
    private var lastActivity: UInt64
    private var partialFrameSince: UInt64?
    private var closingSince: UInt64?

    init(limits: Limits, now: UInt64) {
        self.limits = limits
        self.lastActivity = now
    }

    /// Calls waiting or running (a running one counts until its handler returns).
    var callsInFlight: Int { calls.count }

    /// Handlers running now.
    var runningCalls: Int { running }

    /// Whether more bytes should be read from the socket.
    func wantsToRead(pendingOutputBytes: Int) -> Bool {
        mayDecode(pendingOutputBytes: pendingOutputBytes) && calls.count < limits.maxCallsInFlight
    }

    /// Whether frames already read may be decoded (and their calls admitted).
    func mayDecode(pendingOutputBytes: Int) -> Bool {
        (lifecycle == .open || lifecycle == .draining) && pendingOutputBytes < limits.maxPendingOutputBytes
    }

    // MARK: Events

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
    /// still answered while the server drains.
    mutating func inlineCallArrived(callID: UInt64, servedWhileDraining: Bool = false) -> CallDecision {
        admission(callID, servedWhileDraining: servedWhileDraining) ?? .runInline
    }

    /// A call for a worker-pool handler arrived; if admitted it waits in a
    /// new slot, and `token` is made for that slot.
    mutating func callArrived(callID: UInt64, token: (UInt64) -> Token) -> CallDecision {
        if let refusal = admission(callID) { return refusal }
        let slot = nextSlot
        nextSlot += 1
        calls[slot] = Call(callID: callID, token: token(slot))
        unanswered[callID] = slot
        waiting.append(slot)
        return .queued(slot: slot)
    }

    private func admission(_ callID: UInt64, servedWhileDraining: Bool = false) -> CallDecision? {
        switch lifecycle {
        case .closing, .closed:
            return .reject(RPCError(.unavailable, "connection is closing"))
        case .draining where !servedWhileDraining:
            return .reject(RPCError(.unavailable, "server is shutting down"))
        case .open, .draining:
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

    /// A call's deadline passed. Returns it when it must now be answered
    /// `DEADLINE_EXCEEDED` and its work cancelled, with whether its handler
    /// had started. A started call keeps its slot until its handler returns;
    /// a waiting one is dropped and never runs.
    mutating func deadlinePassed(slot: UInt64) -> (handed: Handed, started: Bool)? {
        guard var call = calls[slot], !call.answered else { return nil }
        call.answered = true
        unanswered[call.callID] = nil
        if call.started { calls[slot] = call } else { calls[slot] = nil }
        return (Handed(slot: slot, callID: call.callID, token: call.token), call.started)
    }

    /// A call's handler returned.
    mutating func handlerReturned(slot: UInt64, now: UInt64) -> (CompletionDecision, Handed?) {
        guard let call = calls.removeValue(forKey: slot) else { return (.drop, nil) }
        if call.started { running -= 1 }
        lastActivity = now
        if !call.answered { unanswered[call.callID] = nil }
        let handed = Handed(slot: slot, callID: call.callID, token: call.token)
        return (call.answered || lifecycle == .closed ? .drop : .send, handed)
    }

    /// The server began to shut down.
    mutating func startDraining() {
        if lifecycle == .open { lifecycle = .draining }
    }

    /// A last frame is queued; close once it is flushed. Returns the calls
    /// not yet answered: they will not be run or answered normally and must
    /// be cancelled (waiting ones are dropped).
    mutating func startClosing(now: UInt64) -> [Handed] {
        guard lifecycle == .open || lifecycle == .draining else { return [] }
        lifecycle = .closing
        closingSince = now
        return abandonUnanswered()
    }

    /// The socket is gone (peer closed, reset, or closed by us). Returns the
    /// calls not yet answered, to cancel.
    mutating func closed() -> [Handed] {
        lifecycle = .closed
        return abandonUnanswered()
    }

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
        return out.sorted { $0.slot < $1.slot }
    }

    /// The periodic check: whether to close for idleness or a stalled peer.
    func checkTimeouts(now: UInt64) -> TimeoutVerdict? {
        switch lifecycle {
        case .closed:
            return nil
        case .closing:
            if let since = closingSince, now &- since >= limits.lingerTimeoutNanoseconds { return .flushStalled }
            return nil
        case .open, .draining:
            if let since = partialFrameSince, now &- since >= limits.readTimeoutNanoseconds { return .readStalled }
            if calls.isEmpty, partialFrameSince == nil, now &- lastActivity >= limits.idleTimeoutNanoseconds { return .idle }
            return nil
        }
    }
}
