#if canImport(Glibc)
import Glibc
#endif
import Logging
import ResumeCore
import ResumeTransport
import ResumeWire

/// The I/O owner of one accepted socket: reads into the frame decoder, asks
/// the `ConnectionStateMachine` what to do with each call, runs inline
/// handlers, starts the rest as tasks on the loop, and writes answers — one
/// `read` and at most one `write` per wake-up. Lives on the server's loop.
final class ServerConnection: EventLoopHandler {
    /// What the connection keeps per dispatched call.
    struct CallHandle {
        let call: InboundCall
        let handler: MethodHandler
        let deadline: Deadline
        let cancellation: CallCancellation
        let timer: TimerHeap.ID
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
    private(set) var isClosed = false
    /// Listed for the server's end-of-pass flush.
    var isTouched = false
    /// Our side is shut (FIN sent); input is read and dropped until the peer
    /// closes, so unread bytes do not turn our last frames into a TCP reset.
    private var lingering = false
    private var discarded = 0
    /// The connection's last frame (an error or the goodbye) is queued.
    private var farewellSent = false

    /// Bytes read per wake-up at most; level-triggered epoll brings the rest next time.
    private static let readChunk = 64 * 1024
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
                lingerTimeoutNanoseconds: min(c.readTimeoutMilliseconds, 2_000) * 1_000_000
            ),
            now: server.loop.now
        )
    }

    func register(in loop: EventLoop) throws(SocketError) {
        token = try loop.register(fd, interest: interest, handler: self)
    }

    var callsInFlight: Int { machine.callsInFlight }
    private var pendingOutput: Int { output.pending }

    // MARK: Events from the loop

    func handle(_ events: IOEvents) {
        if lingering {
            lingerRead()
            return
        }
        if events.contains(.hangup) {
            // The peer closed or reset; answers can no longer reach it.
            close()
            return
        }
        if events.contains(.writable) { flush() }
        if events.contains(.readable) && !isClosed { readOnce() }
        syncInterest()
    }

    private func readOnce() {
        let n = decoder.receive(upTo: Self.readChunk) { buffer in
            Glibc.read(fd, buffer.baseAddress, buffer.count)
        }
        if n > 0 {
            machine.bytesReceived(now: server.loop.now)
            processFrames()
            flush()
        } else if n == 0 {
            close()
        } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
            close()
        }
    }

    /// Decodes every frame already read (so each call's deadline counts from
    /// now), runs inline calls, queues the rest, and starts what slots allow.
    /// Decoding pauses only while too much output waits.
    private func processFrames() {
        let limits = server.configuration.wireLimits
        let registry = server.registry
        var completed = 0
        while !isClosed && machine.mayDecode(pendingOutputBytes: pendingOutput) {
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
                machine.framesDecoded(now: server.loop.now, buffered: decoder.bufferedByteCount, completedFrames: completed)
                startWaitingCalls()
                return
            case .frameTooLarge(let length):
                fail(RPCError(.resourceExhausted, "frame of \(length) bytes exceeds the \(limits.maxFrameSize)-byte limit"))
                return
            case .frame(let error?):
                fail(error)
                return
            case .frame(nil):
                completed += 1
            }
        }
        // Paused with frames still buffered: the stall is ours, not the peer's.
        machine.framesDecoded(now: server.loop.now, buffered: 0)
        startWaitingCalls()
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
            answer(call.callID, .failure(MethodRegistry.unimplemented(call.method, declared: true)), method: call.method)
            return
        case .unknown:
            answer(call.callID, .failure(MethodRegistry.unimplemented(call.method, declared: false)))
            return
        }
        let receivedAt = server.loop.now
        let c = server.configuration
        let deadline = InboundCall.deadline(timeoutMilliseconds: call.timeoutMilliseconds, receivedAt: receivedAt,
                                            defaultMilliseconds: c.defaultCallTimeoutMilliseconds, maximumMilliseconds: c.maxCallTimeoutMilliseconds)
        if handler.lane == .inline {
            switch machine.inlineCallArrived(callID: call.callID, servedWhileDraining: handler.servedWhileDraining) {
            case .runInline:
                let context = handler.needsContext
                    ? CallContext(method: call.method, callID: call.callID, deadline: deadline, metadata: call.metadata,
                                  cancellation: Self.inlineCancellation, logger: server.logger)
                    : nil
                switch handler.runInline(payload: call.payload, context: context) {
                case .response(let bytes): answer(call.callID, .success(bytes), method: handler.path, startedAt: receivedAt)
                case .failure(let error): answer(call.callID, .failure(error), method: handler.path, startedAt: receivedAt)
                case .requestBytes: answer(call.callID, payload: call.payload, method: handler.path, startedAt: receivedAt)
                }
            case .reject(let error): answer(call.callID, .failure(error), method: handler.path, startedAt: receivedAt)
            case .protocolViolation(let error): fail(error)
            case .queued: preconditionFailure("inline call queued")
            }
            return
        }
        let inbound = InboundCall(call)
        let decision = machine.callArrived(callID: call.callID) { slot in
            CallHandle(call: inbound, handler: handler, deadline: deadline, cancellation: CallCancellation(),
                       timer: server.loop.schedule(at: deadline) { [weak self] in self?.deadlinePassed(slot) }, receivedAt: receivedAt)
        }
        switch decision {
        case .queued: break
        case .reject(let error): answer(call.callID, .failure(error), method: handler.path, startedAt: receivedAt)
        case .protocolViolation(let error): fail(error)
        case .runInline: preconditionFailure("dispatched call run inline")
        }
    }

    /// Starts waiting calls as tasks while handler slots are free.
    private func startWaitingCalls() {
        while !isClosed, let next = machine.nextToStart() {
            let h = next.token
            let context = CallContext(method: h.call.method, callID: h.call.callID, deadline: h.deadline, metadata: h.call.metadata,
                                      cancellation: h.cancellation, logger: server.logger)
            server.spawn(connectionID: id, slot: next.slot, handler: h.handler, payload: h.call.payload, context: context)
        }
    }

    private func deadlinePassed(_ slot: UInt64) {
        guard !isClosed, let (handed, _) = machine.deadlinePassed(slot: slot) else { return }
        handed.token.cancellation.cancel(.deadlineExceeded)
        answer(handed.callID, .failure(RPCError(cancelled: .deadlineExceeded)), method: handed.token.handler.path, startedAt: handed.token.receivedAt)
        server.markTouched(self)
    }

    /// A call's handler returned; the server calls `resume()` at the end of the pass.
    func handlerReturned(slot: UInt64, _ result: Result<[UInt8], RPCError>) {
        let (decision, handed) = machine.handlerReturned(slot: slot, now: server.loop.now)
        guard let handed else { return }
        server.loop.cancelTimer(handed.token.timer)
        if decision == .send && !isClosed {
            answer(handed.callID, result, method: handed.token.handler.path, startedAt: handed.token.receivedAt)
        }
    }

    /// After a batch of completions: start waiting calls, decode what output allows, write.
    func resume() {
        guard !isClosed else { return }
        processFrames()
        flush()
        syncInterest()
    }

    // MARK: Lifecycle

    func startDraining() {
        machine.startDraining()
    }

    /// Cancels every unanswered call (waiting or running) and answers it (drain timeout).
    func abandonCalls(_ reason: CallCancellation.Reason) {
        for handed in machine.startClosing(now: server.loop.now) {
            handed.token.cancellation.cancel(reason)
            server.loop.cancelTimer(handed.token.timer)
            answer(handed.callID, .failure(RPCError(cancelled: reason)), method: handed.token.handler.path, startedAt: handed.token.receivedAt)
        }
    }

    /// Shutdown: answers every call already received (buffered, or waiting
    /// in the socket) with `UNAVAILABLE`, says goodbye on call_id 0, and
    /// closes once that is written. A connection that already sent its last
    /// frame (a connection-level error) is left to finish closing.
    func closeWhenFlushed() {
        guard !isClosed, !lingering, !farewellSent else { return }
        answerPendingAtShutdown()
        abandonCalls(.serverShutdown)
        farewellSent = true
        answer(0, .failure(RPCError(.unavailable, "server shutting down")))
        flush()
        syncInterest()
    }

    private func answerPendingAtShutdown() {
        let limits = server.configuration.wireLimits
        let refusal = RPCError(.unavailable, "server is shutting down")
        var budget = 4 * 1024 * 1024
        while true {
            decoding: while true {
                let step = decoder.next { body -> Bool in
                    switch RequestFrameParser.parseView(body, limits: limits) {
                    case .call(let call):
                        if case .handler(let h) = server.registry.lookup(call.method), h.servedWhileDraining, h.lane == .inline {
                            start(call) // Health still answers, with NOT_SERVING
                        } else {
                            answer(call.callID, .failure(refusal))
                        }
                        return true
                    case .rejectCall(let callID, let error):
                        answer(callID, .failure(error))
                        return true
                    case .closeConnection:
                        return false
                    }
                }
                switch step {
                case .frame(true): continue
                case .frame(false), .frameTooLarge: return
                case .needMoreBytes: break decoding
                }
            }
            guard budget > 0 else { return }
            let n = decoder.receive(upTo: Self.readChunk) { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return }
            budget -= n
        }
    }

    /// The periodic check.
    func checkTimeouts(now: UInt64) {
        guard let verdict = machine.checkTimeouts(now: now) else { return }
        switch verdict {
        case .idle:
            server.logger.debug("closing idle connection", metadata: ["connection": "\(id)"])
            fail(RPCError(.unavailable, "connection idle for \(server.configuration.idleTimeoutMilliseconds) ms"))
        case .readStalled:
            server.logger.info("closing connection with a stalled partial frame", metadata: ["connection": "\(id)"])
            fail(RPCError(.unavailable, "partial frame not completed within \(server.configuration.readTimeoutMilliseconds) ms"))
        case .flushStalled:
            close()
        }
        syncInterest()
    }

    /// Queues a connection-level error (call_id 0), cancels calls in flight, and closes after the flush.
    private func fail(_ error: RPCError) {
        guard !farewellSent else { return }
        farewellSent = true
        let maxFrameSize = server.configuration.wireLimits.maxFrameSize
        output.append { ResponseFrameWriter.append(callID: 0, result: .failure(error), maxFrameSize: maxFrameSize, to: &$0) }
        for handed in machine.startClosing(now: server.loop.now) {
            handed.token.cancellation.cancel(.clientDisconnected)
            server.loop.cancelTimer(handed.token.timer)
        }
        flush()
    }

    /// Closes the socket now; calls in flight are cancelled and their answers dropped.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        for handed in machine.closed() {
            handed.token.cancellation.cancel(.clientDisconnected)
            server.loop.cancelTimer(handed.token.timer)
        }
        server.loop.deregister(fd, token: token)
        Glibc.close(fd)
        output.discard()
        server.connectionClosed(self)
    }

    // MARK: Output

    /// Queues an answer. Past twice the output limit (a client that does not
    /// read while its calls keep finishing) a successful answer is replaced by
    /// a small `RESOURCE_EXHAUSTED`, so unsent output stays bounded.
    /// `method` (a registered path, or nil for calls refused before a
    /// handler was found) and `startedAt` feed the server's per-call report.
    private func answer(_ callID: UInt64, _ result: Result<[UInt8], RPCError>, method: String? = nil, startedAt: UInt64? = nil) {
        var result = result
        if case .success = result, pendingOutput > 2 * server.configuration.maxPendingOutputBytes {
            result = .failure(RPCError(.resourceExhausted, "answer dropped: the client is not reading its responses"))
        }
        let maxFrameSize = server.configuration.wireLimits.maxFrameSize
        output.append { ResponseFrameWriter.append(callID: callID, result: result, maxFrameSize: maxFrameSize, to: &$0) }
        if callID != 0 {
            let code: StatusCode = switch result { case .success: .ok; case .failure(let e): e.code }
            server.finished(method ?? "(unknown)", code, startedAt: startedAt ?? server.loop.now)
        }
    }

    /// Queues a successful answer whose payload is read in place (a request echoed back).
    private func answer(_ callID: UInt64, payload: UnsafeRawBufferPointer, method: String, startedAt: UInt64) {
        let maxFrameSize = server.configuration.wireLimits.maxFrameSize
        var written = false
        if pendingOutput <= 2 * server.configuration.maxPendingOutputBytes {
            output.append { written = ResponseFrameWriter.appendOK(callID: callID, payload: payload, maxFrameSize: maxFrameSize, to: &$0) }
        }
        if written {
            server.finished(method, .ok, startedAt: startedAt)
        } else {
            answer(callID, .success(Array(payload)), method: method, startedAt: startedAt) // dropped or too large: the general path says so
        }
    }

    /// Writes as much queued output as the socket takes; once a closing
    /// connection's output is all out, half-closes it.
    private func flush() {
        guard !isClosed else { return }
        switch output.flush(to: fd) {
        case .drained: if machine.lifecycle == .closing { halfClose() }
        case .blocked: break
        case .failed: close() // EPIPE, ECONNRESET: the peer is gone
        }
    }

    /// Everything is written: send FIN and wait (briefly) for the peer's end.
    private func halfClose() {
        guard !isClosed, !lingering else { return }
        lingering = true
        Glibc.shutdown(fd, Int32(SHUT_WR))
        interest = .read
        server.loop.update(fd, token: token, interest: .read)
    }

    /// Reads and drops input after our FIN; closes at the peer's end or after 1 MiB.
    private func lingerRead() {
        let n = withUnsafeTemporaryAllocation(byteCount: 16 * 1024, alignment: 16) { Glibc.read(fd, $0.baseAddress, $0.count) }
        if n > 0 {
            discarded += n
            if discarded > 1 << 20 { close() }
        } else if n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            close()
        }
    }

    /// Watches for what the connection needs now: reads unless paused, writes while output waits.
    private func syncInterest() {
        guard !isClosed, !lingering else { return }
        var want: Interest = []
        if machine.wantsToRead(pendingOutputBytes: pendingOutput) { want.insert(.read) }
        if pendingOutput > 0 { want.insert(.write) }
        if want != interest {
            interest = want
            server.loop.update(fd, token: token, interest: want)
        }
    }
}
