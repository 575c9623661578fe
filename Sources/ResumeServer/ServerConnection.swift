#if canImport(Glibc)
import Glibc
#endif
import Logging
import ResumeCore
import ResumeTransport
import ResumeWire

/// The I/O owner of one accepted socket: reads into the frame decoder, asks
/// the `ConnectionStateMachine` what to do with each call, runs inline
/// handlers, queues the rest for the worker pool, and writes answers — one
/// `read` and at most one `write` per wake-up. Lives on the server's loop.
final class ServerConnection: EventLoopHandler {
    /// What the connection keeps per dispatched call.
    struct CallHandle {
        let callID: UInt64
        let cancellation: CallCancellation
        let timer: TimerHeap.ID
    }

    let id: UInt64
    let fd: Int32
    private unowned let server: RPCServer
    private var token: UInt64 = 0
    private var decoder: FrameDecoder
    private var machine: ConnectionStateMachine<CallHandle>
    private var output: [UInt8] = []
    private var outputStart = 0
    private var interest: Interest = .read
    private(set) var isClosed = false
    /// Our side is shut (FIN sent); input is read and dropped until the peer
    /// closes, so unread bytes do not turn our last frames into a TCP reset.
    private var lingering = false
    private var discarded = 0

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
            now: MonotonicClock.nanoseconds()
        )
    }

    func register(in loop: EventLoop) throws(SocketError) {
        token = try loop.register(fd, interest: interest, handler: self)
    }

    var callsInFlight: Int { machine.callsInFlight }
    private var pendingOutput: Int { output.count - outputStart }

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
            machine.bytesReceived(now: MonotonicClock.nanoseconds())
            processFrames()
            flush()
        } else if n == 0 {
            close()
        } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
            close()
        }
    }

    /// Decodes and starts every buffered call the limits allow.
    private func processFrames() {
        let limits = server.configuration.wireLimits
        var completed = 0
        while !isClosed && machine.wantsToRead(pendingOutputBytes: pendingOutput) {
            let step = decoder.next { RequestFrameParser.parse($0, limits: limits) }
            if case .frame = step { completed += 1 }
            switch step {
            case .needMoreBytes:
                machine.framesDecoded(now: MonotonicClock.nanoseconds(), buffered: decoder.bufferedByteCount, completedFrames: completed)
                return
            case .frameTooLarge(let length):
                fail(RPCError(.resourceExhausted, "frame of \(length) bytes exceeds the \(limits.maxFrameSize)-byte limit"))
                return
            case .frame(.closeConnection(let error)):
                fail(error)
                return
            case .frame(.rejectCall(let callID, let error)):
                answer(callID, .failure(error))
            case .frame(.call(let call)):
                start(call)
            }
        }
        // Paused with frames still buffered: the stall is ours, not the peer's.
        machine.framesDecoded(now: MonotonicClock.nanoseconds(), buffered: 0)
    }

    private func start(_ call: InboundCall) {
        let handler: MethodHandler
        switch server.registry.lookup(call.method) {
        case .handler(let h): handler = h
        case .declaredWithoutHandler:
            answer(call.callID, .failure(MethodRegistry.unimplemented(call.method, declared: true)))
            return
        case .unknown:
            answer(call.callID, .failure(MethodRegistry.unimplemented(call.method, declared: false)))
            return
        }
        let c = server.configuration
        let deadline = call.deadline(
            receivedAt: MonotonicClock.nanoseconds(),
            defaultMilliseconds: c.defaultCallTimeoutMilliseconds,
            maximumMilliseconds: c.maxCallTimeoutMilliseconds
        )
        if handler.lane == .inline {
            switch machine.inlineCallArrived(callID: call.callID, servedWhileDraining: handler.servedWhileDraining) {
            case .runInline:
                let context = CallContext(method: call.method, callID: call.callID, deadline: deadline, metadata: call.metadata,
                                          cancellation: Self.inlineCancellation, logger: server.logger)
                answer(call.callID, handler.run(payload: call.payload, context: context))
            case .reject(let error): answer(call.callID, .failure(error))
            case .protocolViolation(let error): fail(error)
            case .dispatch: preconditionFailure("inline call dispatched")
            }
            return
        }
        let cancellation = CallCancellation()
        let callID = call.callID
        let timer = server.loop.schedule(at: deadline) { [weak self] in self?.deadlinePassed(callID) }
        switch machine.callArrived(callID: callID, token: CallHandle(callID: callID, cancellation: cancellation, timer: timer)) {
        case .dispatch:
            let context = CallContext(method: call.method, callID: callID, deadline: deadline, metadata: call.metadata,
                                      cancellation: cancellation, logger: server.logger)
            server.enqueue(connectionID: id, callID: callID, handler: handler, payload: call.payload, context: context)
        case .reject(let error):
            server.loop.cancelTimer(timer)
            answer(callID, .failure(error))
        case .protocolViolation(let error):
            server.loop.cancelTimer(timer)
            fail(error)
        case .runInline:
            preconditionFailure("dispatched call run inline")
        }
    }

    private func deadlinePassed(_ callID: UInt64) {
        guard !isClosed, let handle = machine.deadlinePassed(callID: callID) else { return }
        handle.cancellation.cancel(.deadlineExceeded)
        answer(callID, .failure(RPCError(cancelled: .deadlineExceeded)))
        flush()
        syncInterest()
    }

    /// A dispatched call's handler returned (or was refused a worker); call
    /// `resume()` after a batch of these.
    func handlerReturned(_ callID: UInt64, _ result: Result<[UInt8], RPCError>) {
        let (decision, handle) = machine.handlerReturned(callID: callID, now: MonotonicClock.nanoseconds())
        if let handle { server.loop.cancelTimer(handle.timer) }
        if decision == .send && !isClosed { answer(callID, result) }
    }

    /// After a batch of completions: start calls that waited for a slot, write.
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

    /// Cancels every unanswered call in flight and answers it (drain timeout).
    func abandonCalls(_ reason: CallCancellation.Reason) {
        for handle in machine.startClosing(now: MonotonicClock.nanoseconds()) {
            handle.cancellation.cancel(reason)
            server.loop.cancelTimer(handle.timer)
            answer(handle.callID, .failure(RPCError(cancelled: reason)))
        }
    }

    /// Shutdown: answers every call already received (buffered, or waiting
    /// in the socket) with `UNAVAILABLE`, says goodbye on call_id 0, and
    /// closes once that is written.
    func closeWhenFlushed() {
        guard !isClosed, !lingering else { return }
        answerPendingAtShutdown()
        abandonCalls(.serverShutdown)
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
                switch decoder.next({ RequestFrameParser.parse($0, limits: limits) }) {
                case .frame(.call(let call)):
                    if case .handler(let h) = server.registry.lookup(call.method), h.servedWhileDraining, h.lane == .inline {
                        start(call) // Health still answers, with NOT_SERVING
                    } else {
                        answer(call.callID, .failure(refusal))
                    }
                case .frame(.rejectCall(let callID, let error)): answer(callID, .failure(error))
                case .frame(.closeConnection), .frameTooLarge: return
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
        ResponseFrameWriter.append(callID: 0, result: .failure(error), maxFrameSize: server.configuration.wireLimits.maxFrameSize, to: &output)
        for handle in machine.startClosing(now: MonotonicClock.nanoseconds()) {
            handle.cancellation.cancel(.clientDisconnected)
            server.loop.cancelTimer(handle.timer)
        }
        flush()
    }

    /// Closes the socket now; calls in flight are cancelled and their answers dropped.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        for handle in machine.closed() {
            handle.cancellation.cancel(.clientDisconnected)
            server.loop.cancelTimer(handle.timer)
        }
        server.loop.deregister(fd, token: token)
        Glibc.close(fd)
        output = []
        outputStart = 0
        server.connectionClosed(self)
    }

    // MARK: Output

    private func answer(_ callID: UInt64, _ result: Result<[UInt8], RPCError>) {
        ResponseFrameWriter.append(callID: callID, result: result, maxFrameSize: server.configuration.wireLimits.maxFrameSize, to: &output)
    }

    /// Writes as much queued output as the socket takes.
    private func flush() {
        while outputStart < output.count && !isClosed {
            let n = output.withUnsafeBytes { raw in
                send(fd, raw.baseAddress! + outputStart, raw.count - outputStart, Int32(MSG_NOSIGNAL))
            }
            if n > 0 {
                outputStart += n
            } else if n < 0 && errno == EINTR {
                continue
            } else if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                break
            } else {
                close() // EPIPE, ECONNRESET: the peer is gone
                return
            }
        }
        if outputStart == output.count {
            if output.capacity > 1 << 20 { output = [] } else { output.removeAll(keepingCapacity: true) }
            outputStart = 0
            if machine.lifecycle == .closing { halfClose() }
        } else if outputStart >= 1 << 16 && outputStart * 2 >= output.count {
            output.removeFirst(outputStart)
            outputStart = 0
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
