import ResumeWire

/// The protocol state of one server connection, with no I/O: which calls
/// are in flight, whether each was already answered, whether reading should
/// pause, and when the connection has been idle or stalled too long. The
/// connection (`ServerConnection`) feeds it events and performs the
/// decisions it returns.
///
/// `Token` is what the I/O owner keeps per dispatched call (its cancellation
/// and deadline timer); the machine hands it back when the call ends.
///
/// Lifecycle: `open` → `draining` (server shutting down: new calls are
/// refused) → `closing` (an error frame is being flushed; nothing more is
/// read) → `closed`. `open` and `draining` may go straight to `closing` or
/// `closed`; nothing leaves `closed`.
struct ConnectionStateMachine<Token> {
    enum Lifecycle: Equatable { case open, draining, closing, closed }

    struct Limits {
        /// Calls whose handlers have not returned; reading pauses at this many.
        var maxCallsInFlight: Int
        /// Unsent response bytes at which reading pauses.
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
        /// Hand the call to the worker pool; it is now in flight.
        case dispatch
        /// Answer this call with the error.
        case reject(RPCError)
        /// The client broke the protocol: answer on call_id 0 and close.
        case protocolViolation(RPCError)
    }

    /// What to do when a dispatched call's handler returns.
    enum CompletionDecision: Equatable {
        /// Send the handler's answer.
        case send
        /// Drop it: the call was already answered (deadline) or is unknown.
        case drop
    }

    /// Why the connection should be closed by the periodic check.
    enum TimeoutVerdict: Equatable {
        case idle
        case readStalled
        case flushStalled
    }

    private struct InFlight {
        var token: Token
        var answered = false
    }

    let limits: Limits
    private(set) var lifecycle: Lifecycle = .open
    private var inFlight: [UInt64: InFlight] = [:]
    private var lastActivity: UInt64
    private var partialFrameSince: UInt64?
    private var closingSince: UInt64?

    init(limits: Limits, now: UInt64) {
        self.limits = limits
        self.lastActivity = now
    }

    /// Calls whose handlers have not returned.
    var callsInFlight: Int { inFlight.count }

    /// Whether new frames may be read and dispatched now.
    func wantsToRead(pendingOutputBytes: Int) -> Bool {
        (lifecycle == .open || lifecycle == .draining)
            && inFlight.count < limits.maxCallsInFlight
            && pendingOutputBytes < limits.maxPendingOutputBytes
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

    /// A call for a worker-pool handler arrived; when dispatched it is in
    /// flight with `token` until its handler returns.
    mutating func callArrived(callID: UInt64, token: Token) -> CallDecision {
        if let refusal = admission(callID) { return refusal }
        inFlight[callID] = InFlight(token: token)
        return .dispatch
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
        if inFlight[callID] != nil {
            return .protocolViolation(RPCError(.invalidArgument, "call_id \(callID) is already in flight on this connection"))
        }
        return nil
    }

    /// A dispatched call's deadline passed. Returns its token when the call
    /// must now be answered `DEADLINE_EXCEEDED` and its work cancelled; the
    /// call stays in flight (holding its slot) until its handler returns.
    mutating func deadlinePassed(callID: UInt64) -> Token? {
        guard var call = inFlight[callID], !call.answered else { return nil }
        call.answered = true
        inFlight[callID] = call
        return call.token
    }

    /// A dispatched call's handler returned.
    mutating func handlerReturned(callID: UInt64, now: UInt64) -> (CompletionDecision, Token?) {
        guard let call = inFlight.removeValue(forKey: callID) else { return (.drop, nil) }
        lastActivity = now
        return (call.answered || lifecycle == .closed ? .drop : .send, call.token)
    }

    /// The server began to shut down.
    mutating func startDraining() {
        if lifecycle == .open { lifecycle = .draining }
    }

    /// An error frame is queued; close once it is flushed. Returns the tokens
    /// of calls still in flight: they will not be answered and must be cancelled.
    mutating func startClosing(now: UInt64) -> [Token] {
        guard lifecycle == .open || lifecycle == .draining else { return [] }
        lifecycle = .closing
        closingSince = now
        return abandonInFlight()
    }

    /// The socket is gone (peer closed, reset, or closed by us). Returns the
    /// tokens of calls still in flight, to cancel.
    mutating func closed() -> [Token] {
        lifecycle = .closed
        return abandonInFlight()
    }

    private mutating func abandonInFlight() -> [Token] {
        let tokens = inFlight.values.filter { !$0.answered }.map(\.token)
        for key in inFlight.keys { inFlight[key]?.answered = true }
        return tokens
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
            if inFlight.isEmpty, partialFrameSince == nil, now &- lastActivity >= limits.idleTimeoutNanoseconds { return .idle }
            return nil
        }
    }
}
