import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import ResumeCore
public import ResumeTransport

/// A connection subscribed to one pub/sub channel, on the event loop, that
/// keeps itself subscribed: when it breaks it says so (`onState(false)`:
/// whatever the messages kept fresh can no longer be trusted) and reconnects
/// with a back-off (100 ms, doubling to 2 s); `onState(true)` once the
/// subscription is confirmed again. Messages' payloads go to `onMessage`,
/// on the loop. A Redis that stops answering without closing the
/// connection is found out by a heartbeat: a `PING` every
/// `heartbeatMilliseconds`, and a connection whose last one is unanswered
/// when the next is due counts as broken.
///
/// `@unchecked Sendable`: all state is confined to `loop`.
public final class RedisSubscriber: @unchecked Sendable {
    private let url: RedisURL
    private let channel: [UInt8]
    private let loop: EventLoop
    private let connectTimeoutMilliseconds: UInt64
    private let heartbeatMilliseconds: UInt64
    private let onMessage: ([UInt8]) -> Void
    private let onState: (Bool) -> Void
    private var connection: RedisPipelineConnection?
    private var backoffMilliseconds: UInt64 = 0
    private var stopped = false
    private var nextID: UInt64 = 1
    /// Whether the last heartbeat `PING` is still unanswered.
    private var awaitingPong = false
    /// Whether a connection is being made (so a second `connect` does not make another).
    private var connecting = false
    /// Whether the subscription is confirmed now. Read on the loop only (`onState` tells everyone else).
    private(set) var isSubscribed = false

    /// A subscriber; call `start()` on the loop (or from any thread).
    public init(url: RedisURL, channel: String, loop: EventLoop, connectTimeoutMilliseconds: UInt64 = 250,
                heartbeatMilliseconds: UInt64 = 1_000, onMessage: @escaping ([UInt8]) -> Void, onState: @escaping (Bool) -> Void) {
        self.url = url
        self.channel = Array(channel.utf8)
        self.loop = loop
        self.connectTimeoutMilliseconds = connectTimeoutMilliseconds
        self.heartbeatMilliseconds = heartbeatMilliseconds
        self.onMessage = onMessage
        self.onState = onState
    }

    /// Connects and subscribes (then keeps doing so until `stop`).
    public func start() {
        loop.executeOrRun { [self] in
            stopped = false
            connect()
        }
    }

    /// Unsubscribes for good.
    public func stop() {
        loop.executeOrRun { [self] in
            stopped = true
            connection?.close()
            connection = nil
            setSubscribed(false)
        }
    }

    private func connect() {
        guard !stopped, connection == nil, !connecting else { return }
        connecting = true
        let url = self.url, deadline = Deadline.after(milliseconds: connectTimeoutMilliseconds)
        DispatchQueue.global().async { [weak self] in
            let outcome = Result { () throws(RedisError) -> Int32 in
                let c = try RedisConnection(url: url, deadline: deadline)
                let fd = c.releaseDescriptor()
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                return fd
            }
            guard let self else {
                if case .success(let fd) = outcome { Glibc.close(fd) }
                return
            }
            loop.execute { [self] in adopt(outcome) }
        }
    }

    private func adopt(_ outcome: Result<Int32, RedisError>) {
        connecting = false
        guard !stopped, connection == nil else {
            if case .success(let fd) = outcome { Glibc.close(fd) }
            return
        }
        switch outcome {
        case .success(let fd):
            do {
                let c = try RedisPipelineConnection(id: nextID, fd: fd, loop: loop, delegate: self, subscriber: true)
                nextID += 1
                connection = c
                c.send(id: 0, [[Array("SUBSCRIBE".utf8), channel]])
                awaitingPong = false
                scheduleHeartbeat(for: c)
            } catch {
                Glibc.close(fd)
                retryLater()
            }
        case .failure:
            retryLater()
        }
    }

    private func scheduleHeartbeat(for c: RedisPipelineConnection) {
        loop.schedule(at: .after(milliseconds: heartbeatMilliseconds, now: loop.now)) { [weak self, weak c] in
            guard let self, let c, connection === c, !stopped else { return }
            if awaitingPong {
                // No answer for a whole period: as good as closed.
                c.close()
                connection = nil
                setSubscribed(false)
                retryLater()
                return
            }
            awaitingPong = true
            c.send(id: 0, [[Array("PING".utf8)]])
            scheduleHeartbeat(for: c)
        }
    }

    private func retryLater() {
        backoffMilliseconds = min(max(backoffMilliseconds * 2, 100), 2_000)
        loop.schedule(at: .after(milliseconds: backoffMilliseconds, now: loop.now)) { [weak self] in self?.connect() }
    }

    private func setSubscribed(_ value: Bool) {
        guard value != isSubscribed else { return }
        isSubscribed = value
        onState(value)
    }
}

extension RedisSubscriber: RedisPipelineConnection.Delegate {
    func requestFinished(_ connection: RedisPipelineConnection, id: UInt64, replies: [RedisReply]) {}

    func pushed(_ connection: RedisPipelineConnection, reply: RedisReply) {
        guard connection === self.connection else { return }
        guard case .array(let items) = reply, let first = items.first, case .bulk(let kind) = first else { return }
        if kind == Array("pong".utf8) {
            awaitingPong = false
            return
        }
        guard items.count == 3 else { return }
        if kind == Array("subscribe".utf8) {
            backoffMilliseconds = 0
            setSubscribed(true)
        } else if kind == Array("message".utf8), case .bulk(let payload) = items[2] {
            onMessage(payload)
        }
    }

    func connectionLost(_ connection: RedisPipelineConnection, pending: [UInt64], error: RedisError) {
        guard connection === self.connection else { return }
        self.connection = nil
        setSubscribed(false)
        retryLater()
    }
}
