#if canImport(Glibc)
import Glibc
#endif
internal import CHiredis
import ResumeTransport

/// One Redis connection driven without blocking from the event loop: its
/// socket in the loop's epoll set, commands formatted by hiredis and
/// written as the socket takes them, replies parsed by hiredis' reader as
/// they arrive and matched to requests in order (Redis answers in order).
/// A *subscriber* connection instead hands every reply to its delegate as a
/// push (pub/sub messages). Loop-confined; a `RedisClient` or
/// `RedisSubscriber` owns it.
final class RedisPipelineConnection: EventLoopHandler {
    protocol Delegate: AnyObject {
        /// Every reply of request `id` arrived.
        func requestFinished(_ connection: RedisPipelineConnection, id: UInt64, replies: [RedisReply])
        /// A reply that answers no request (pub/sub), on a subscriber connection.
        func pushed(_ connection: RedisPipelineConnection, reply: RedisReply)
        /// The connection broke; `pending` are the requests that had not finished.
        func connectionLost(_ connection: RedisPipelineConnection, pending: [UInt64], error: RedisError)
    }

    let id: UInt64
    private let fd: Int32
    private let loop: EventLoop
    private unowned let delegate: any Delegate
    private let reader: UnsafeMutablePointer<redisReader>
    private var output = OutboundBuffer()
    private var registration: UInt64 = 0
    private var interest: Interest = .read
    private var pending: [(id: UInt64, expected: Int, replies: [RedisReply])] = []
    private var pendingHead = 0
    /// When the oldest unanswered request was written (for the client's stall check).
    private(set) var oldestSentAt: UInt64?
    private let subscriber: Bool
    private(set) var isClosed = false

    /// Takes over a connected, authenticated, non-blocking socket.
    init(id: UInt64, fd: Int32, loop: EventLoop, delegate: any Delegate, subscriber: Bool = false) throws(RedisError) {
        self.id = id
        self.fd = fd
        self.loop = loop
        self.delegate = delegate
        self.subscriber = subscriber
        guard let r = redisReaderCreate() else { throw .io("out of memory") }
        reader = r
        do {
            registration = try loop.register(fd, interest: .read, handler: self)
        } catch {
            redisReaderFree(r)
            throw .io("could not watch the socket: \(error)")
        }
    }

    deinit {
        redisReaderFree(reader)
        if !isClosed { Glibc.close(fd) }
    }

    /// Requests sent and not yet answered.
    var inFlight: Int { pending.count - pendingHead }

    /// Queues one request of `commands` (each a list of arguments).
    @discardableResult
    func send(id: UInt64, _ commands: [[[UInt8]]]) -> Bool {
        guard !isClosed else { return false }
        for c in commands {
            var failed = false
            output.append { failed = !RedisCommandEncoder.append(c, to: &$0) }
            if failed {
                lost(.protocolMismatch("a command could not be formatted"))
                return false
            }
        }
        if !subscriber || id != 0 {
            pending.append((id, commands.count, []))
            if oldestSentAt == nil { oldestSentAt = loop.now }
        }
        flush()
        return !isClosed
    }

    private func flush() {
        guard !isClosed else { return }
        switch output.flush(to: fd) {
        case .drained: setInterest(.read)
        case .blocked: setInterest([.read, .write])
        case .failed(let e): lost(.io("write failed (errno \(e))"))
        }
    }

    private func setInterest(_ want: Interest) {
        guard want != interest, !isClosed else { return }
        interest = want
        loop.update(fd, token: registration, interest: want)
    }

    func handle(_ events: IOEvents) {
        guard !isClosed else { return }
        if events.contains(.writable) { flush() }
        guard !isClosed, events.contains(.readable) || events.contains(.hangup) else { return }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !isClosed {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                let fed = buffer.withUnsafeBytes { redisReaderFeed(reader, $0.baseAddress!.assumingMemoryBound(to: CChar.self), n) }
                guard fed == REDIS_OK else { return lost(.protocolMismatch("reader refused the input")) }
                drainReplies()
                if n < buffer.count { return }
            } else if n == 0 {
                return lost(.io("the server closed the connection"))
            } else {
                if errno == EAGAIN || errno == EWOULDBLOCK { return }
                if errno == EINTR { continue }
                return lost(.io("read failed (errno \(errno))"))
            }
        }
    }

    private func drainReplies() {
        while !isClosed {
            var raw: UnsafeMutableRawPointer?
            guard redisReaderGetReply(reader, &raw) == REDIS_OK else {
                let text = withUnsafeBytes(of: reader.pointee.errstr) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                return lost(.protocolMismatch(text))
            }
            guard let raw else { return }
            let reply: RedisReply
            do {
                reply = try RedisReply.decode(raw)
            } catch {
                freeReplyObject(raw)
                return lost(error)
            }
            freeReplyObject(raw)
            deliver(reply)
        }
    }

    private func deliver(_ reply: RedisReply) {
        guard pendingHead < pending.count else {
            if subscriber { delegate.pushed(self, reply: reply) } else { lost(.protocolMismatch("a reply arrived with nothing in flight")) }
            return
        }
        pending[pendingHead].replies.append(reply)
        guard pending[pendingHead].replies.count == pending[pendingHead].expected else { return }
        let done = pending[pendingHead]
        pending[pendingHead].replies = []
        pendingHead += 1
        if pendingHead == pending.count {
            pending.removeAll(keepingCapacity: true)
            pendingHead = 0
            oldestSentAt = nil
        } else {
            oldestSentAt = loop.now
        }
        delegate.requestFinished(self, id: done.id, replies: done.replies)
    }

    /// The connection broke: everything pending goes back to the delegate.
    func lost(_ error: RedisError) {
        guard !isClosed else { return }
        let unanswered = pending[pendingHead...].map { $0.id }
        pending.removeAll()
        pendingHead = 0
        close()
        delegate.connectionLost(self, pending: unanswered, error: error)
    }

    /// Stops watching and closes the socket.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        loop.deregister(fd, token: registration)
        Glibc.close(fd)
    }
}
