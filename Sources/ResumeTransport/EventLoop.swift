#if canImport(Glibc)
import Glibc
#endif
import CEpoll
public import Dispatch
public import ResumeCore

/// What a registered descriptor is ready for.
public struct IOEvents: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// Bytes (or end of stream) to read.
    public static let readable = IOEvents(rawValue: 1)
    /// Room in the send buffer.
    public static let writable = IOEvents(rawValue: 2)
    /// The peer hung up or the socket failed; a read will say how.
    public static let hangup = IOEvents(rawValue: 4)
}

/// What a descriptor is watched for.
public struct Interest: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let read = Interest(rawValue: 1)
    public static let write = Interest(rawValue: 2)

    var epollEvents: UInt32 {
        var e = CEPOLL_RDHUP
        if contains(.read) { e |= CEPOLL_IN }
        if contains(.write) { e |= CEPOLL_OUT }
        return e
    }
}

/// Something that owns a descriptor in an `EventLoop` and acts when it is ready.
public protocol EventLoopHandler: AnyObject {
    /// Called on the loop's queue, once per wake-up in which the descriptor is ready.
    func handle(_ events: IOEvents)
}

/// One epoll set holding many sockets, watched by one `DispatchSource` on
/// the epoll descriptor: each wake-up runs one `epoll_wait` with no timeout
/// and serves every ready socket, then runs the batch-end hooks. Timers run
/// on the same serial queue. (../shared/PERF-NOTES.md measured this design
/// at redis-server's round-trip rate; a source per socket reached half.)
///
/// `@unchecked Sendable`: all mutable state is touched only on `queue`
/// (checked by `dispatchPrecondition` in debug builds); other threads may
/// only call `execute`.
public final class EventLoop: @unchecked Sendable {
    /// The serial queue everything registered here runs on.
    public let queue: DispatchQueue
    private let epfd: Int32
    private var source: (any DispatchSourceRead)?
    private var handlers: [UInt64: any EventLoopHandler] = [:]
    private var nextToken: UInt64 = 1
    private var batchEndHooks: [() -> Void] = []
    private let maxEvents = 256
    private let readyEvents: UnsafeMutablePointer<UInt32>
    private let readyTokens: UnsafeMutablePointer<UInt64>
    private var timers = TimerHeap()
    private var timerSource: (any DispatchSourceTimer)?
    private var armedAt: UInt64?
    private var stopped = false

    /// A loop whose queue is labelled `label`. Call `start` to begin serving.
    public init(label: String) throws(SocketError) {
        epfd = cepoll_create()
        guard epfd >= 0 else { throw SocketError("epoll_create1") }
        queue = DispatchQueue(label: label)
        readyEvents = .allocate(capacity: maxEvents)
        readyTokens = .allocate(capacity: maxEvents)
    }

    deinit {
        readyEvents.deallocate()
        readyTokens.deallocate()
    }

    /// Begins watching the epoll set. Call once.
    public func start() {
        queue.sync {
            let s = DispatchSource.makeReadSource(fileDescriptor: epfd, queue: queue)
            s.setEventHandler { [unowned self] in serve() }
            s.resume()
            source = s
            let t = DispatchSource.makeTimerSource(queue: queue)
            t.setEventHandler { [unowned self] in fireTimers() }
            t.schedule(deadline: .distantFuture)
            t.resume()
            timerSource = t
        }
    }

    /// Stops serving and closes the epoll set. Registered descriptors are not closed.
    public func stop() {
        queue.sync {
            guard !stopped else { return }
            stopped = true
            source?.cancel()
            timerSource?.cancel()
            handlers = [:]
            batchEndHooks = []
            timers = TimerHeap()
            close(epfd)
        }
    }

    /// Runs `work` on the loop's queue.
    public func execute(_ work: @escaping @Sendable () -> Void) {
        queue.async(execute: work)
    }

    /// Traps (in debug builds) unless called on the loop's queue.
    @inline(__always)
    public func assertOnLoop() {
        dispatchPrecondition(condition: .onQueue(queue))
    }

    // MARK: Descriptors

    /// Adds `fd` to the epoll set. Returns the token that names the registration.
    public func register(_ fd: Int32, interest: Interest, handler: any EventLoopHandler) throws(SocketError) -> UInt64 {
        assertOnLoop()
        let token = nextToken
        nextToken += 1
        guard cepoll_ctl(epfd, CEPOLL_CTL_ADD, fd, interest.epollEvents, token) == 0 else { throw SocketError("epoll_ctl(ADD)") }
        handlers[token] = handler
        return token
    }

    /// Changes what `fd` is watched for.
    public func update(_ fd: Int32, token: UInt64, interest: Interest) {
        assertOnLoop()
        _ = cepoll_ctl(epfd, CEPOLL_CTL_MOD, fd, interest.epollEvents, token)
    }

    /// Removes `fd` from the epoll set; call before closing it.
    public func deregister(_ fd: Int32, token: UInt64) {
        assertOnLoop()
        handlers[token] = nil
        _ = cepoll_ctl(epfd, CEPOLL_CTL_DEL, fd, 0, 0)
    }

    /// Adds a hook that runs after every batch of ready descriptors (to hand
    /// work collected during the batch to other queues at once).
    public func onBatchEnd(_ hook: @escaping () -> Void) {
        assertOnLoop()
        batchEndHooks.append(hook)
    }

    private func serve() {
        let n = cepoll_wait(epfd, readyEvents, readyTokens, Int32(maxEvents), 0)
        if n > 0 {
            for i in 0..<Int(n) {
                guard let h = handlers[readyTokens[i]] else { continue }
                let e = readyEvents[i]
                var events: IOEvents = []
                if e & CEPOLL_IN != 0 { events.insert(.readable) }
                if e & CEPOLL_OUT != 0 { events.insert(.writable) }
                if e & (CEPOLL_HUP | CEPOLL_ERR | CEPOLL_RDHUP) != 0 { events.insert(.hangup) }
                h.handle(events)
            }
        }
        runBatchEndHooks()
    }

    /// Runs the batch-end hooks now (after work that arrived outside a wake-up).
    public func runBatchEndHooks() {
        for hook in batchEndHooks { hook() }
    }

    // MARK: Timers

    /// Runs `work` on the loop at `deadline` unless cancelled first.
    @discardableResult
    public func schedule(at deadline: Deadline, _ work: @escaping () -> Void) -> TimerHeap.ID {
        assertOnLoop()
        let id = timers.insert(deadline: deadline.nanoseconds, work)
        rearm()
        return id
    }

    /// Cancels a timer; nothing happens if it already ran.
    public func cancelTimer(_ id: TimerHeap.ID) {
        assertOnLoop()
        timers.cancel(id)
    }

    private func fireTimers() {
        armedAt = nil
        let now = MonotonicClock.nanoseconds()
        while let work = timers.popDue(now: now) { work() }
        rearm()
    }

    private func rearm() {
        guard let next = timers.nextDeadline else { return }
        if let armedAt, armedAt <= next { return }
        armedAt = next
        timerSource?.schedule(deadline: DispatchTime(uptimeNanoseconds: next), leeway: .microseconds(200))
    }
}
