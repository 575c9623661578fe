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
/// `@unchecked Sendable`: the outbox is behind a `Mutex` and is all that
/// other threads touch; everything else is confined to `loop.queue`.
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

    private struct Outbox {
        var calls: [Outgoing] = []
        var cancels: [UInt64] = []
        var scheduled = false
        var closedWith: RPCError?
    }

    private let outbox = Mutex(Outbox())
    private let fd: Int32
    private let loop: EventLoop

    // Confined to loop.queue.
    private var token: UInt64 = 0
    private var decoder: FrameDecoder
    private var pending: [UInt64: Pending] = [:]
    private var output: [UInt8] = []
    private var outputStart = 0
    private var interest: Interest = .read
    private var closed = false

    init(fd: Int32, loop: EventLoop, maxFrameSize: Int) {
        self.fd = fd
        self.loop = loop
        self.decoder = FrameDecoder(maxFrameSize: maxFrameSize)
    }

    func register() throws {
        token = try loop.register(fd, interest: interest, handler: self)
    }

    var isOpen: Bool { outbox.withLock { $0.closedWith == nil } }

    // MARK: From any thread

    func submit(_ call: Outgoing) {
        let verdict: (schedule: Bool, refusal: RPCError?) = outbox.withLock { o in
            if let e = o.closedWith { return (false, e) }
            o.calls.append(call)
            if o.scheduled { return (false, nil) }
            o.scheduled = true
            return (true, nil)
        }
        if let refusal = verdict.refusal { call.completion(.failure(refusal)); return }
        if verdict.schedule { loop.execute { [self] in drainOutbox() } }
    }

    func cancel(callID: UInt64) {
        let schedule = outbox.withLock { o in
            o.cancels.append(callID)
            if o.scheduled { return false }
            o.scheduled = true
            return true
        }
        if schedule { loop.execute { [self] in drainOutbox() } }
    }

    func close(_ error: RPCError) {
        loop.execute { [self] in fail(error) }
    }

    // MARK: On the loop

    private func drainOutbox() {
        let (calls, cancels) = outbox.withLock { o in
            o.scheduled = false
            defer { o.calls = []; o.cancels = [] }
            return (o.calls, o.cancels)
        }
        for c in calls {
            if closed { c.completion(.failure(RPCError(.unavailable, "connection closed"))); continue }
            let id = c.callID
            let timer = loop.schedule(at: c.deadline) { [weak self] in
                self?.complete(id, .failure(RPCError(.deadlineExceeded, "deadline exceeded (client)")))
            }
            pending[id] = Pending(completion: c.completion, timer: timer)
            output.append(contentsOf: c.frame)
        }
        for id in cancels { complete(id, .failure(RPCError(.cancelled, "call cancelled by the client"))) }
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
                complete(frame.callID, status.code == .ok ? .success(frame.payload) : .failure(RPCError(status: status)))
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
        let refused: [Outgoing] = outbox.withLock { o in
            o.closedWith = error
            defer { o.calls = [] }
            return o.calls
        }
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
        while outputStart < output.count && !closed {
            let n = output.withUnsafeBytes { send(fd, $0.baseAddress! + outputStart, $0.count - outputStart, Int32(MSG_NOSIGNAL)) }
            if n > 0 {
                outputStart += n
            } else if n < 0 && errno == EINTR {
                continue
            } else if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                return
            } else {
                fail(RPCError(.unavailable, "connection broken: \(SocketError("send").reason)"))
                return
            }
        }
        if outputStart == output.count {
            output.removeAll(keepingCapacity: output.capacity <= 1 << 20)
            outputStart = 0
        }
    }

    private func syncInterest() {
        guard !closed else { return }
        let want: Interest = outputStart < output.count ? [.read, .write] : .read
        if want != interest {
            interest = want
            loop.update(fd, token: token, interest: want)
        }
    }
}
