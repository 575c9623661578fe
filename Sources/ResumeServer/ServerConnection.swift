#if canImport(Glibc)
import Glibc
#endif
import Logging
import ResumeCore
import ResumeTransport
import ResumeWire

/// The I/O owner of one accepted socket. It reads into the frame decoder,
/// runs inline handlers, hands task calls to the server's delivery, writes
/// answers — one `read` and at most one `write` per wake-up — and keeps one
/// loop timer armed for the machine's next wake-up. Every decision (which
/// calls run, which are answered and how, when to pause, time out, say
/// farewell, half-close, stop lingering) is the `ConnectionStateMachine`'s;
/// this class only performs it. Lives on the server's loop.
final class ServerConnection: EventLoopHandler {
    /// What the connection keeps per dispatched call.
    struct CallHandle {
        let call: InboundCall
        let handler: MethodHandler
        let deadline: Deadline
        let cancellation: CallCancellation
        let receivedAt: UInt64
    }

    let id: UInt64
    let fd: Int32
    // unowned(unsafe): the server outlives its connections (it drops them
    // from its table before it goes), and a checked unowned reference cost a
    // reference-count operation on every use in the hot path.
    private unowned(unsafe) let server: RPCServer
    private var token: UInt64 = 0
    private var decoder: FrameDecoder
    private var machine: ConnectionStateMachine<CallHandle>
    private var output = OutboundBuffer()
    private var interest: Interest = .read
    /// The one loop timer, armed for the machine's `nextWakeUp`.
    private var wakeUp: (timer: TimerHeap.ID, at: UInt64)?
    /// Listed for the server's end-of-pass flush.
    var isTouched = false

    /// Bytes read per wake-up at most; level-triggered epoll brings the rest next time.
    private static let readChunk = 64 * 1024
    /// Bytes read from the socket at most when saying goodbye (the calls waiting there are answered).
    private static let goodbyeReadBudget = 4 * 1024 * 1024
    /// A never-cancelled token shared by inline calls.
    private static let inlineCancellation = CallCancellation()

    init(id: UInt64, fd: Int32, server: RPCServer) {
        let c = server.configuration
        self.id = id
        self.fd = fd
        self.server = server
        self.decoder = FrameDecoder(maxFrameSize: c.wireLimits.maxFrameSize)
        self.machine = ConnectionStateMachine(
            limits: .init(
                maxCallsInFlight: c.maxCallsInFlightPerConnection,
                maxPendingOutputBytes: c.maxPendingOutputBytes,
                idleTimeoutNanoseconds: c.idleTimeoutMilliseconds * 1_000_000,
                readTimeoutNanoseconds: c.readTimeoutMilliseconds * 1_000_000,
                lingerTimeoutNanoseconds: min(c.readTimeoutMilliseconds, c.lingerMilliseconds) * 1_000_000
            ),
            now: server.loop.now
        )
    }

    func register(in loop: EventLoop) throws(SocketError) {
        token = try loop.register(fd, interest: interest, handler: self)
        syncTimer()
    }

    var callsInFlight: Int { machine.callsInFlight }
    private var pendingOutput: Int { output.pending }
    /// This connection's share of the server's budgets, as last accounted.
    private(set) var accountedOutput = 0, accountedInput = 0

    /// Reports how this connection's buffers changed since it last did.
    private func account() {
        let o = output.pending, i = decoder.bufferedByteCount
        guard o != accountedOutput || i != accountedInput else { return }
        server.connections.buffered(output: o - accountedOutput, input: i - accountedInput)
        accountedOutput = o
        accountedInput = i
    }

    /// The output figure reading decisions use: this connection's unsent
    /// bytes, or "too many" while the server is past its output budget and
    /// this connection still has output waiting (it reads no more requests
    /// until it has drained).
    private var outputForReading: Int {
        let table = server.connections
        return pendingOutput > 0 && table.bufferedOutput > table.outputBudget ? .max : pendingOutput
    }

    // MARK: Events from the loop

    func handle(_ events: IOEvents) {
        if machine.lifecycle == .lingering {
            lingerRead()
            return
        }
        if events.contains(.hangup) {
            // The peer closed or reset; answers can no longer reach it.
            close()
            return
        }
        if events.contains(.writable) { flush() }
        if events.contains(.readable) && !machine.isClosed { readOnce() }
        decodeHeldFrames()
        syncInterest()
        syncTimer()
        account()
    }

    private func readOnce() {
        let n = decoder.receive(upTo: Self.readChunk) { buffer in
            Glibc.read(fd, buffer.baseAddress, buffer.count)
        }
        if n > 0 {
            machine.bytesReceived(now: server.loop.now)
            decodeFrames()
            startWaitingCalls()
            flush()
        } else if n == 0 {
            close()
        } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
            close()
        }
    }

    /// Frames the output limit held back (read, not decoded), decoded once the output has drained
    /// below it: no read event brings them when the peer sends nothing more. Each round decodes
    /// what the output allows and writes; it stops when the buffer holds no whole frame the
    /// machine lets it decode.
    private func decodeHeldFrames() {
        while framesHeldBack, !machine.isClosed, machine.mayDecode(pendingOutputBytes: outputForReading) {
            decodeFrames()
            startWaitingCalls()
            flush()
        }
    }

    /// Whether the last decode stopped at the output limit with bytes still buffered
    /// (`decodeHeldFrames` decodes them once the output drains).
    private var framesHeldBack = false

    /// The one decode loop, for normal reading and for the goodbye alike:
    /// decodes every frame already read (so each call's deadline counts from
    /// now) while the machine allows, runs inline calls, and records the
    /// rest. How each call fares (run, refused while draining or going away,
    /// a protocol violation) is the machine's decision.
    private func decodeFrames() {
        let limits = server.configuration.wireLimits
        let registry = server.registry
        var completed = 0
        while machine.mayDecode(pendingOutputBytes: outputForReading) {
            // The frame is handled inside `next`, where its bytes are still in
            // the decoder's buffer: an inline call reads its payload in place.
            let step = decoder.next { body -> RPCError? in
                switch RequestFrameParser.parseView(body, limits: limits, intern: registry.intern) {
                case .closeConnection(let error):
                    return error
                case .rejectCall(let callID, let error):
                    answer(callID, .failure(error))
                    return nil
                case .call(let call):
                    start(call)
                    return nil
                }
            }
            switch step {
            case .needMoreBytes:
                framesHeldBack = false
                machine.framesDecoded(now: server.loop.now, buffered: decoder.bufferedByteCount, completedFrames: completed)
                return
            case .frameTooLarge(let length):
                framesHeldBack = false
                fail(RPCError(.resourceExhausted, "frame of \(length) bytes exceeds the \(limits.maxFrameSize)-byte limit"))
                return
            case .frame(let error?):
                framesHeldBack = false
                fail(error)
                return
            case .frame(nil):
                completed += 1
            }
        }
        // Paused with frames still buffered: the stall is ours, not the peer's.
        framesHeldBack = decoder.bufferedByteCount > 0
        machine.framesDecoded(now: server.loop.now, buffered: 0)
    }

    /// The last method this connection called and what it resolved to:
    /// clients call one method over and over, and the interned path compares
    /// equal without reading its bytes.
    private var lastMethod: (path: String, lookup: MethodRegistry.Lookup)?

    private func resolve(_ method: String) -> MethodRegistry.Lookup {
        if let last = lastMethod, last.path == method { return last.lookup }
        let lookup = server.registry.lookup(method)
        lastMethod = (method, lookup)
        return lookup
    }

    private func start(_ call: RequestFrameParser.CallView) {
        let handler: MethodHandler
        switch resolve(call.method) {
        case .handler(let h): handler = h
        case .declaredWithoutHandler:
            answer(call.callID, .failure(machine.unroutableCallRefusal ?? MethodRegistry.unimplemented(call.method, declared: true)), method: call.method)
            return
        case .unknown:
            answer(call.callID, .failure(machine.unroutableCallRefusal ?? MethodRegistry.unimplemented(call.method, declared: false)))
            return
        }
        let receivedAt = server.loop.now
        let c = server.configuration
        let deadline = InboundCall.deadline(timeoutMilliseconds: call.timeoutMilliseconds, receivedAt: receivedAt,
                                            defaultMilliseconds: c.defaultCallTimeoutMilliseconds, maximumMilliseconds: c.maxCallTimeoutMilliseconds)
        if handler.lane != .task {
            switch machine.inlineCallArrived(callID: call.callID, servedWhileDraining: handler.servedWhileDraining) {
            case .runInline:
                let context = handler.needsContext
                    ? CallContext(method: call.method, callID: call.callID, deadline: deadline, metadata: call.metadata,
                                  cancellation: Self.inlineCancellation, logger: server.logger, connectionID: id)
                    : nil
                switch handler.runInline(payload: call.payload, context: context) {
                case .response(let bytes): answer(call.callID, .success(bytes), method: handler.path, startedAt: receivedAt)
                case .failure(let error): answer(call.callID, .failure(error), method: handler.path, startedAt: receivedAt)
                case .requestBytes: answer(call.callID, payload: call.payload, method: handler.path, startedAt: receivedAt)
                case .deferred:
                    precondition(handler.lane == .inlineFirst, "only an inline-first handler may defer")
                    startAsTask(call, handler: handler, deadline: deadline, receivedAt: receivedAt)
                }
            case .reject(let error): answer(call.callID, .failure(error), method: handler.path, startedAt: receivedAt)
            case .protocolViolation(let error): fail(error)
            case .queued: preconditionFailure("inline call queued")
            }
            return
        }
        startAsTask(call, handler: handler, deadline: deadline, receivedAt: receivedAt)
    }

    private func startAsTask(_ call: RequestFrameParser.CallView, handler: MethodHandler, deadline: Deadline, receivedAt: UInt64) {
        let decision = machine.callArrived(callID: call.callID, deadline: deadline.nanoseconds) {
            CallHandle(call: InboundCall(call), handler: handler, deadline: deadline, cancellation: CallCancellation(), receivedAt: receivedAt)
        }
        switch decision {
        case .queued: break
        case .reject(let error): answer(call.callID, .failure(error), method: handler.path, startedAt: receivedAt)
        case .protocolViolation(let error): fail(error)
        case .runInline: preconditionFailure("task call run inline")
        }
    }

    /// Starts waiting calls as tasks while handler slots are free.
    private func startWaitingCalls() {
        while let next = machine.nextToStart() {
            let h = next.token
            let context = CallContext(method: h.call.method, callID: h.call.callID, deadline: h.deadline, metadata: h.call.metadata,
                                      cancellation: h.cancellation, logger: server.logger, connectionID: id)
            server.delivery.spawn(connectionID: id, slot: next.slot, handler: h.handler, payload: h.call.payload, context: context)
        }
    }

    /// A call's handler returned; the server calls `resume()` at the end of the pass.
    func handlerReturned(slot: UInt64, _ result: Result<[UInt8], RPCError>) {
        let (decision, handed) = machine.handlerReturned(slot: slot, now: server.loop.now)
        guard let handed, decision == .send else { return }
        answer(handed.callID, result, method: handed.token.handler.path, startedAt: handed.token.receivedAt)
    }

    /// After a batch of completions: start waiting calls, decode what output allows, write.
    func resume() {
        guard !machine.isClosed else { return }
        decodeFrames()
        startWaitingCalls()
        flush()
        syncInterest()
        syncTimer()
        account()
    }

    // MARK: Time

    /// Keeps the one timer armed no later than the machine's next wake-up,
    /// and no more than `rearmSlackNanoseconds` earlier. A wake-up that moved
    /// a little later (the idle timeout, after each call) is left armed: it
    /// fires early, finds nothing due, and re-arms. One that moved much
    /// later (a call answered long before its deadline) is re-armed: left
    /// armed, it would wake the loop for nothing once per call.
    private func syncTimer() {
        guard let next = machine.nextWakeUp else { return }
        if let armed = wakeUp {
            if armed.at <= next && next - armed.at <= Self.rearmSlackNanoseconds { return }
            server.loop.cancelTimer(armed.timer)
        }
        let timer = server.loop.schedule(at: Deadline(nanoseconds: next)) { [weak self] in self?.wakeUpFired(at: next) }
        wakeUp = (timer, next)
    }

    /// How much earlier than needed the timer may stay armed: 1 s.
    static let rearmSlackNanoseconds: UInt64 = 1_000_000_000

    private func wakeUpFired(at: UInt64) {
        wakeUp = nil
        // The loop runs a timer once the clock has reached it; the pass's
        // clock was read just before, so it may be a hair earlier.
        let tick = machine.tick(now: max(server.loop.now, at))
        for handed in tick.expired {
            handed.token.cancellation.cancel(.deadlineExceeded)
            answer(handed.callID, .failure(RPCError(cancelled: .deadlineExceeded)), method: handed.token.handler.path, startedAt: handed.token.receivedAt)
        }
        if !tick.expired.isEmpty { server.delivery.markTouched(self) }
        switch tick.action {
        case .none:
            break
        case .idle(let farewell):
            server.logger.debug("closing idle connection", metadata: ["connection": "\(id)"])
            sayFarewell(farewell)
        case .readStalled(let farewell):
            server.logger.info("closing connection with a stalled partial frame", metadata: ["connection": "\(id)"])
            sayFarewell(farewell)
        case .lingerExpired:
            close()
        }
        syncInterest()
        syncTimer()
        account()
    }

    // MARK: Lifecycle

    func startDraining() {
        machine.startDraining()
    }

    /// Shutdown: cancels and answers `UNAVAILABLE` every call not yet
    /// answered, answers every call already received (buffered, or waiting
    /// in the socket) through the decode loop — refused `UNAVAILABLE`, or
    /// Health answered — then says goodbye on call_id 0 and closes once that
    /// is written. A connection that already sent its last frame is left to
    /// finish closing.
    func sayGoodbye() {
        guard case .answerBufferedCalls(let abandoned) = machine.goodbyeRequested() else { return }
        for handed in abandoned {
            handed.token.cancellation.cancel(.serverShutdown)
            answer(handed.callID, .failure(RPCError(cancelled: .serverShutdown)), method: handed.token.handler.path, startedAt: handed.token.receivedAt)
        }
        var budget = Self.goodbyeReadBudget
        while true {
            decodeFrames()
            guard machine.mayDecode(pendingOutputBytes: outputForReading), budget > 0 else { break }
            let n = decoder.receive(upTo: Self.readChunk) { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            budget -= n
        }
        if let goodbye = machine.bufferedCallsAnswered(now: server.loop.now) { sayFarewell(goodbye) }
        syncInterest()
        syncTimer()
        account()
    }

    /// The server takes this connection's buffers back (it holds the most of
    /// a budget the server ran out of): unsent answers not yet begun and
    /// buffered input are dropped, calls not answered are cancelled, and the
    /// connection says farewell with `error` and closes; one already saying
    /// its last frame is closed at once.
    func shed(_ error: RPCError) {
        guard !machine.isClosed else { return }
        output.dropUnstartedFrames()
        decoder.discardBuffered()
        if let farewell = machine.shed(error, now: server.loop.now) {
            sayFarewell(farewell)
            syncInterest()
            syncTimer()
            account()
        } else {
            close()
        }
    }

    /// The client broke the protocol: say farewell with `error`, unless the connection already has its last frame.
    private func fail(_ error: RPCError) {
        guard let farewell = machine.protocolViolated(error, now: server.loop.now) else { return }
        sayFarewell(farewell)
    }

    /// Queues the connection's last frame (call_id 0), cancels the calls
    /// given up with it (never answered), and writes; once everything is
    /// out, the connection half-closes.
    private func sayFarewell(_ farewell: ConnectionStateMachine<CallHandle>.Farewell) {
        let maxFrameSize = server.configuration.wireLimits.maxFrameSize
        output.append { ResponseFrameWriter.append(callID: 0, result: .failure(farewell.error), maxFrameSize: maxFrameSize, to: &$0) }
        for handed in farewell.abandoned { handed.token.cancellation.cancel(.clientDisconnected) }
        flush()
    }

    /// Closes the socket now; calls in flight are cancelled and their answers dropped.
    func close() {
        guard !machine.isClosed else { return }
        for handed in machine.closed() { handed.token.cancellation.cancel(.clientDisconnected) }
        if let armed = wakeUp {
            server.loop.cancelTimer(armed.timer)
            wakeUp = nil
        }
        server.loop.deregister(fd, token: token)
        Glibc.close(fd)
        output.discard()
        decoder.discardBuffered()
        account()
        server.connections.remove(self)
    }

    // MARK: Output

    /// Queues an answer. Past twice the output limit (a client that does not
    /// read while its calls keep finishing), or when it would not fit the
    /// server's output budget, a successful answer is replaced by a small
    /// `RESOURCE_EXHAUSTED`, so unsent output stays bounded.
    /// `method` (a registered path, or nil for calls refused before a
    /// handler was found) and `startedAt` feed the server's per-call report.
    private func answer(_ callID: UInt64, _ result: Result<[UInt8], RPCError>, method: String? = nil, startedAt: UInt64? = nil) {
        var result = result
        if case .success(let bytes) = result {
            if pendingOutput > 2 * server.configuration.maxPendingOutputBytes {
                result = .failure(RPCError(.resourceExhausted, "answer dropped: the client is not reading its responses"))
            } else if !server.connections.outputFits(pendingOutput - accountedOutput + bytes.count) {
                result = .failure(Self.overBudget)
                server.connections.outputRefused()
            }
        }
        let maxFrameSize = server.configuration.wireLimits.maxFrameSize
        output.append { ResponseFrameWriter.append(callID: callID, result: result, maxFrameSize: maxFrameSize, to: &$0) }
        let code: StatusCode = switch result { case .success: .ok; case .failure(let e): e.code }
        server.delivery.callFinished(method ?? "(unknown)", code, startedAt: startedAt ?? server.loop.now)
    }

    /// Queues a successful answer whose payload is read in place (a request echoed back).
    private func answer(_ callID: UInt64, payload: UnsafeRawBufferPointer, method: String, startedAt: UInt64) {
        let maxFrameSize = server.configuration.wireLimits.maxFrameSize
        var written = false
        if pendingOutput <= 2 * server.configuration.maxPendingOutputBytes,
           server.connections.outputFits(pendingOutput - accountedOutput + payload.count) {
            output.append { written = ResponseFrameWriter.appendOK(callID: callID, payload: payload, maxFrameSize: maxFrameSize, to: &$0) }
        }
        if written {
            server.delivery.callFinished(method, .ok, startedAt: startedAt)
        } else {
            answer(callID, .success(Array(payload)), method: method, startedAt: startedAt) // dropped or too large: the general path says so
        }
    }

    /// An answer that would not fit the server's output budget.
    static let overBudget = RPCError(.resourceExhausted, "answer refused: the server's output budget is exhausted; retry later")

    /// Writes as much queued output as the socket takes; once the
    /// farewell is all out, half-closes.
    private func flush() {
        guard !machine.isClosed else { return }
        switch output.flush(to: fd) {
        case .drained: if machine.outputDrained() == .halfClose { halfClose() }
        case .blocked: break
        case .failed: close() // EPIPE, ECONNRESET: the peer is gone
        }
    }

    /// Sends FIN; from now on input is only read and dropped until the peer's end.
    private func halfClose() {
        Glibc.shutdown(fd, Int32(SHUT_WR))
        interest = .read
        server.loop.update(fd, token: token, interest: .read)
    }

    /// Reads and drops input after our FIN; closes at the peer's end or when the machine has seen enough.
    private func lingerRead() {
        let n = withUnsafeTemporaryAllocation(byteCount: 16 * 1024, alignment: 16) { Glibc.read(fd, $0.baseAddress, $0.count) }
        if n > 0 {
            if machine.inputDiscarded(bytes: n) == .close { close() }
        } else if n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            close()
        }
    }

    /// Watches for what the connection needs now: reads unless paused, writes while output waits.
    private func syncInterest() {
        switch machine.lifecycle {
        case .lingering, .closed: return
        case .open, .draining, .goingAway, .closing: break
        }
        var want: Interest = []
        if machine.wantsToRead(pendingOutputBytes: outputForReading) { want.insert(.read) }
        if pendingOutput > 0 { want.insert(.write) }
        if want != interest {
            interest = want
            server.loop.update(fd, token: token, interest: want)
        }
    }
}
