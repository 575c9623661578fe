import Dispatch
#if canImport(Glibc)
import Glibc
#endif
public import Logging
public import ResumeCore
import ResumePool
public import ResumeTransport

/// Redis for request handlers, driven without blocking from the event loop,
/// the way `PostgresClient` drives PostgreSQL: a pool of at most
/// `maxConnections` hiredis connections (`PoolStateMachine`), requests that
/// arrive in one loop pass written together as one batch, replies parsed by
/// hiredis' reader as they arrive and resumed on the loop. Connecting (name
/// resolution, AUTH, SELECT) runs on a queue of its own, never on the loop.
///
/// Every request waits at most the command timeout (and never past its
/// deadline): one that times out before it was sent is dropped; one already
/// sent fails `.timedOut` and its connection is closed (a slow Redis is as
/// good as a dead one for a cache), failing the others sent on it.
///
/// `@unchecked Sendable`: all state is confined to `loop`; the public
/// methods hop onto it.
public final class RedisClient: @unchecked Sendable {
    public let configuration: RedisClientConfiguration
    let loop: EventLoop
    private let logger: Logger

    // Confined to `loop`.
    private var pool: PoolStateMachine<UInt64, UInt64>
    private var requests: [UInt64: Request] = [:]
    private var connections: [UInt64: RedisPipelineConnection] = [:]
    private var nextID: UInt64 = 1
    private var dispatchNeeded = false
    private var closed = false

    private static let connectQueue = DispatchQueue(label: "resumed.redis-connect", attributes: .concurrent)

    private final class Request {
        let commands: [[[UInt8]]]
        let continuation: UnsafeContinuation<Result<[RedisReply], RedisError>, Never>
        var connection: UInt64?
        var timer: TimerHeap.ID?
        init(commands: [[[UInt8]]], continuation: UnsafeContinuation<Result<[RedisReply], RedisError>, Never>) {
            self.commands = commands
            self.continuation = continuation
        }
    }

    public init(configuration: RedisClientConfiguration, loop: EventLoop, logger: Logger) {
        self.configuration = configuration
        self.loop = loop
        self.logger = logger
        var pc = PoolConfiguration()
        pc.size = configuration.maxConnections
        pc.maxOverflow = 0
        pc.pipelineDepth = configuration.pipelineDepth
        pc.prePing = false
        pc.checkoutTimeoutNanoseconds = configuration.commandTimeoutMilliseconds * 1_000_000
        pc.leakThresholdNanoseconds = 0
        pc.maxLifetimeNanoseconds = .max / 4
        pc.lifetimeJitterNanoseconds = 0
        pool = PoolStateMachine(configuration: pc)
        loop.sync {
            loop.onBatchEnd { [unowned self] in
                if dispatchNeeded { dispatch() }
            }
        }
    }

    /// Runs `commands` (each a list of arguments) as one request, written
    /// together, and returns their replies in order. An error reply is a
    /// `.error` reply, not a failure; failures are I/O, timeouts and a closed client.
    public func execute(_ commands: [[[UInt8]]], deadline: Deadline) async -> Result<[RedisReply], RedisError> {
        precondition(!commands.isEmpty)
        return await withUnsafeContinuation { continuation in
            loop.executeOrRun { [self] in submit(Request(commands: commands, continuation: continuation), deadline: deadline) }
        }
    }

    /// One command.
    public func command(_ arguments: [[UInt8]], deadline: Deadline) async -> Result<RedisReply, RedisError> {
        await execute([arguments], deadline: deadline).map { $0[0] }
    }

    private func submit(_ r: Request, deadline: Deadline) {
        guard !closed else { return r.continuation.resume(returning: .failure(.io("the Redis client is closed"))) }
        let id = nextID
        nextID += 1
        requests[id] = r
        let due = deadline.earlier(.after(milliseconds: configuration.commandTimeoutMilliseconds, now: loop.now))
        r.timer = loop.schedule(at: due) { [weak self] in self?.timedOut(id) }
        perform(pool.enqueue(id, label: "redis", now: loop.now))
        dispatchNeeded = true
    }

    private func finish(_ id: UInt64, _ result: Result<[RedisReply], RedisError>) {
        guard let r = requests.removeValue(forKey: id) else { return }
        if let t = r.timer { loop.cancelTimer(t) }
        r.continuation.resume(returning: result)
    }

    private func timedOut(_ id: UInt64) {
        guard let r = requests[id] else { return }
        r.timer = nil
        if let c = r.connection, let connection = connections[c] {
            // Sent: the reply may still come, but the cache does not wait; the
            // connection is dropped (with whatever else was sent on it).
            connection.lost(.timedOut)
        } else {
            _ = pool.cancel(id)
            finish(id, .failure(.timedOut))
        }
    }

    private func dispatch() {
        dispatchNeeded = false
        perform(pool.dispatch(now: loop.now))
    }

    private func perform(_ actions: [PoolStateMachine<UInt64, UInt64>.Action]) {
        for action in actions {
            switch action {
            case .open: open()
            case .send(let c, let ids):
                guard let connection = connections[c] else { continue }
                for id in ids {
                    guard let r = requests[id] else { continue }
                    r.connection = c
                    guard connection.send(id: id, r.commands) else { break }
                }
            case .ping: break // prePing is off
            case .close(let c): connections.removeValue(forKey: c)?.close()
            case .fail(let ids, let failure):
                let error: RedisError = switch failure {
                case .checkoutTimedOut: .timedOut
                case .connectFailed: .io("cannot connect to Redis")
                case .closed: .io("the Redis client is closed")
                }
                for id in ids { finish(id, .failure(error)) }
            case .reportLeak: break
            }
        }
    }

    private func open() {
        let url = configuration.url
        let deadline = Deadline.after(milliseconds: configuration.connectTimeoutMilliseconds)
        Self.connectQueue.async { [weak self] in
            let outcome = Result { () throws(RedisError) -> Int32 in
                let c = try RedisConnection(url: url, deadline: deadline)
                let fd = c.releaseDescriptor()
                let flags = fcntl(fd, F_GETFL)
                _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
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
        dispatchNeeded = true
        switch outcome {
        case .success(let fd):
            let id = nextID
            nextID += 1
            do {
                connections[id] = try RedisPipelineConnection(id: id, fd: fd, loop: loop, delegate: self)
                perform(pool.opened(id, lifetime: .max / 4, now: loop.now))
            } catch {
                Glibc.close(fd)
                perform(pool.openFailed(now: loop.now))
            }
        case .failure:
            perform(pool.openFailed(now: loop.now))
        }
    }

    /// Connections open now.
    public var openConnections: Int { loop.sync { connections.count } }

    /// Fails waiting requests and closes idle connections; later requests fail at once.
    public func close() {
        loop.executeOrRun { [self] in
            closed = true
            perform(pool.close())
        }
    }
}

extension RedisClient: RedisPipelineConnection.Delegate {
    func requestFinished(_ connection: RedisPipelineConnection, id: UInt64, replies: [RedisReply]) {
        finish(id, .success(replies))
        if connection.inFlight == 0 { perform(pool.batchFinished(connection.id, now: loop.now)) }
        dispatchNeeded = true
    }

    func pushed(_ connection: RedisPipelineConnection, reply: RedisReply) {}

    func connectionLost(_ connection: RedisPipelineConnection, pending: [UInt64], error: RedisError) {
        connections[connection.id] = nil
        pool.connectionBroken(connection.id)
        for id in pending { finish(id, .failure(error)) }
        dispatchNeeded = true
    }
}
