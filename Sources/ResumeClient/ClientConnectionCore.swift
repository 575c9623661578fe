#if canImport(Glibc)
import Glibc
#endif
import ResumeCore
import ResumeProto
import ResumeTransport
import ResumeWire
import Synchronization

/// The loop-side half of a `ClientConnection`: pending calls, deadline
/// timers, the frame decoder and the output buffer.
///
/// `@unchecked Sendable`: other threads touch only the mailbox and
/// `closedWith`, both thread-safe; everything else is confined to `loop.queue`.
final class ClientConnectionCore: EventLoopHandler, @unchecked Sendable {
    struct Outgoing {
        let callID: UInt64
        let frame: [UInt8]
        let deadline: Deadline
        let completion: @Sendable (Result<[UInt8], RPCError>) -> Void
    }

    private struct Pending {
        let completion: @Sendable (Result<[UInt8], RPCError>) -> Void
        let timer: TimerHeap.ID
    }

    /// What callers hand to the loop.
    enum Command: Sendable {
        case call(Outgoing)
        case cancel(UInt64)
    }

    private var mailbox: LoopMailbox<Command>!
    private let closedWith = Mutex<RPCError?>(nil)
    private let fd: Int32
    private let loop: EventLoop

    // Confined to loop.queue.
    private var token: UInt64 = 0
    private var decoder: FrameDecoder
    private var pending: [UInt64: Pending] = [:]
    private var output = OutboundBuffer()
    private var interest: Interest = .read
    private var closed = false

    init(fd: Int32, loop: EventLoop, maxFrameSize: Int) {
        self.fd = fd
        self.loop = loop
        self.decoder = FrameDecoder(maxFrameSize: maxFrameSize)
        self.mailbox = LoopMailbox(loop: loop) { [unowned self] batch in run(batch) }
    }

    func register() throws {
        token = try loop.register(fd, interest: interest, handler: self)
    }

    var isOpen: Bool { closedWith.withLock { $0 == nil } }

    // MARK: From any thread

    func submit(_ call: Outgoing) {
        guard mailbox.post(.call(call)) else {
            call.completion(.failure(closedWith.withLock { $0 } ?? RPCError(.unavailable, "connection closed")))
            return
        }
    }

    func cancel(callID: UInt64) {
        mailbox.post(.cancel(callID))
    }

    func close(_ error: RPCError) {
        loop.execute { [self] in fail(error) }
    }

    // MARK: On the loop

    private func run(_ batch: [Command]) {
        for command in batch {
            switch command {
            case .call(let c):
                if closed { c.completion(.failure(RPCError(.unavailable, "connection closed"))); continue }
                let id = c.callID
                let timer = loop.schedule(at: c.deadline) { [weak self] in
                    self?.complete(id, .failure(RPCError(.deadlineExceeded, "deadline exceeded (client)")))
                }
                pending[id] = Pending(completion: c.completion, timer: timer)
                output.append(contentsOf: c.frame)
            case .cancel(let id):
                complete(id, .failure(RPCError(.cancelled, "call cancelled by the client")))
            }
        }
        flush()
        syncInterest()
    }

    func handle(_ events: IOEvents) {
        if events.contains(.writable) { flush() }
        if events.contains(.readable) || events.contains(.hangup) { readOnce() }
        syncInterest()
    }

    private func readOnce() {
        guard !closed else { return }
        let n = decoder.receive(upTo: 64 * 1024) { Glibc.read(fd, $0.baseAddress, $0.count) }
        if n == 0 {
            fail(RPCError(.unavailable, "connection closed by the server"))
            return
        }
        if n < 0 {
            if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
                fail(RPCError(.unavailable, "connection broken: \(SocketError("read").reason)"))
            }
            return
        }
        while !closed {
            let step = decoder.next { body in Result { () throws(ProtoDecodingError) in try Resume_Rpc_V1_ResponseFrame(serializedBytes: body) } }
            switch step {
            case .needMoreBytes:
                return
            case .frameTooLarge(let n):
                fail(RPCError(.resourceExhausted, "server sent a \(n)-byte frame, over the client's limit"))
                return
            case .frame(.failure(let error)):
                fail(RPCError(.internal, "server sent an invalid frame: \(error)"))
                return
            case .frame(.success(let frame)):
                let status = frame.status ?? Resume_Rpc_V1_Status()
                if frame.callID == 0 {
                    // A connection-level error: the server closes after it.
                    fail(status.code == .ok ? RPCError(.unknown, "connection-level frame without an error") : RPCError(status: status))
                    return
                }
                complete(frame.callID, status.code == .ok ? .success(frame.payload) : .failure(RPCError(status: status, metadata: frame.metadata)))
            }
        }
    }

    private func complete(_ callID: UInt64, _ result: Result<[UInt8], RPCError>) {
        guard let p = pending.removeValue(forKey: callID) else { return } // late, cancelled or unknown
        loop.cancelTimer(p.timer)
        p.completion(result)
    }

    /// Fails every pending call and closes the socket.
    private func fail(_ error: RPCError) {
        guard !closed else { return }
        closed = true
        closedWith.withLock { $0 = error }
        let refused = mailbox.close().compactMap { if case .call(let c) = $0 { c } else { nil } }
        loop.deregister(fd, token: token)
        Glibc.close(fd)
        let all = pending
        pending = [:]
        for (_, p) in all {
            loop.cancelTimer(p.timer)
            p.completion(.failure(error))
        }
        for c in refused { c.completion(.failure(error)) }
    }

    private func flush() {
        guard !closed else { return }
        if case .failed(let code) = output.flush(to: fd) {
            fail(RPCError(.unavailable, "connection broken: \(SocketError("send", code: code).reason)"))
        }
    }

    private func syncInterest() {
        guard !closed else { return }
        let want: Interest = output.pending > 0 ? [.read, .write] : .read
        if want != interest {
            interest = want
            loop.update(fd, token: token, interest: want)
        }
    }
}
