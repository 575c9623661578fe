#if canImport(Glibc)
import Glibc
#endif
import CEpoll
public import Dispatch
public import ResumeCore
import Synchronization

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
/// and serves every ready socket, then *settles*: runs the Swift jobs that
/// became ready (the loop is a `TaskExecutor`, see `EventLoop+TaskExecutor`)
/// and the batch-end hooks, until neither has anything left. Timers run on
/// the same serial queue. (../shared/PERF-NOTES.md measured this design at
/// redis-server's round-trip rate; a source per socket reached half.)
///
/// `@unchecked Sendable`: all mutable state is touched only on `queue`
/// (checked by `assertOnLoop` in debug builds), except the remote job list,
/// which is behind its own `Mutex`; other threads may only call `execute`
/// and enqueue jobs.
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
    /// `MonotonicClock` time at the start of the current callback: one clock
    /// read per pass, shared by everything that stamps work in it.
    public private(set) var now: UInt64 = MonotonicClock.nanoseconds()
    /// Jobs ready to run on this loop (confined to `queue`).
    var jobs: [UnownedJob] = []
    /// Blocks handed to `execute` that have not started: the busy loop gives
    /// way to them, so work from other threads keeps its order.
    let waitingBlocks = Atomic<Int>(0)
    /// Jobs enqueued from other threads, and whether a drain is scheduled.
    let remoteJobs = Mutex<(jobs: [UnownedJob], scheduled: Bool)>(([], false))

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
        sync {
            let s = DispatchSource.makeReadSource(fileDescriptor: epfd, queue: queue)
            s.setEventHandler { [unowned self] in serveWhileBusy() }
            s.resume()
            source = s
            let t = DispatchSource.makeTimerSource(queue: queue)
            t.setEventHandler { [unowned self] in run { fireTimers() } }
            t.schedule(deadline: .distantFuture)
            t.resume()
            timerSource = t
            // Timers scheduled before the start (the database client and the
            // metrics endpoint share the loop and may schedule early) are
            // armed now: until this point nothing was.
            armedAt = nil
            rearm()
        }
    }

    /// Stops serving and closes the epoll set. Registered descriptors are not closed.
    ///
    /// The epoll descriptor is closed by the source's cancellation handler, once libdispatch has let
    /// go of it: libdispatch files a watched descriptor under its number until the cancellation has
    /// run on the queue, and a loop started meanwhile on the same number (the lowest free one) would
    /// be filed under the dead registration and never serve a descriptor.
    public func stop() {
        sync {
            guard !stopped else { return }
            stopped = true
            let epfd = self.epfd
            if let source {
                source.setCancelHandler { close(epfd) }
                source.cancel()
            } else {
                close(epfd)
            }
            timerSource?.cancel()
            handlers = [:]
            batchEndHooks = []
            timers = TimerHeap()
        }
    }

    /// Runs `work` on the loop's queue (then settles).
    public func execute(_ work: @escaping @Sendable () -> Void) {
        waitingBlocks.add(1, ordering: .relaxed)
        queue.async { [self] in
            waitingBlocks.subtract(1, ordering: .relaxed)
            run(work)
        }
    }

    /// Runs `work` now if called on this loop, else on the loop's queue.
    public func executeOrRun(_ work: @escaping @Sendable () -> Void) {
        if isCurrent { work() } else { execute(work) }
    }

    /// Runs `body` on the loop and waits for its result (at once when
    /// already on the loop). Never call it from a thread the loop waits for.
    public func sync<T>(_ body: () throws -> T) rethrows -> T {
        if isCurrent { return try body() }
        waitingBlocks.add(1, ordering: .relaxed)
        return try queue.sync {
            waitingBlocks.subtract(1, ordering: .relaxed)
            var result: Result<T, any Error>!
            run { result = Result { try body() } }
            return try result.get()
        }
    }

    /// Whether the calling thread is running a callback of this loop.
    @inline(__always)
    public var isCurrent: Bool {
        cepoll_current_loop() == Unmanaged.passUnretained(self).toOpaque()
    }

    /// Traps (in debug builds) unless called on the loop's queue.
    @inline(__always)
    public func assertOnLoop() {
        assert(isCurrent, "not on the event loop")
    }

    /// A read source on the loop's queue for a descriptor outside the epoll
    /// set (a listening socket); its handler runs like every loop callback.
    public func makeReadSource(fileDescriptor fd: Int32, handler: @escaping () -> Void) -> any DispatchSourceRead {
        let source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
        nonisolated(unsafe) let handler = handler // runs only on `queue`
        source.setEventHandler { [unowned self] in run(handler) }
        return source
    }

    /// Runs one callback on the loop's queue: marks the thread as this
    /// loop's, runs `body`, then settles (jobs and batch-end hooks).
    func run(_ body: () -> Void) {
        let previous = cepoll_current_loop()
        cepoll_set_current_loop(Unmanaged.passUnretained(self).toOpaque())
        defer { cepoll_set_current_loop(previous) }
        now = MonotonicClock.nanoseconds()
        body()
        settle()
    }

    /// Runs ready jobs and the batch-end hooks until neither has work left.
    private func settle() {
        repeat {
            runJobs()
            for hook in batchEndHooks { hook() }
        } while !jobs.isEmpty
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

    /// Adds a hook that runs after every batch of ready descriptors, timers
    /// or jobs (to send what the batch collected: answers, statements).
    public func onBatchEnd(_ hook: @escaping () -> Void) {
        assertOnLoop()
        batchEndHooks.append(hook)
    }

    /// Each return to Dispatch costs a hand-back of the source to its
    /// manager thread (an eventfd write and a re-arm: 13% of a database
    /// call's CPU, measured). While the epoll set keeps yielding events the
    /// loop polls it again itself, up to `busyRounds` passes (each settled
    /// in full, so answers go out at once), then lets Dispatch run timers
    /// and queued work.
    ///
    /// Between passes it runs timers that are due and jobs resumed from other
    /// threads itself, and it gives way as soon as a block from `execute` is
    /// waiting, so polling on never delays anything else the loop owes.
    private func serveWhileBusy() {
        for round in 0..<Self.busyRounds {
            var ready = 0
            run {
                if round > 0 {
                    takeRemoteJobs()
                    if let next = timers.nextDeadline, next <= now { fireTimers() }
                }
                ready = serve()
            }
            if ready == 0 || stopped || waitingBlocks.load(ordering: .relaxed) > 0 { return }
        }
    }

    /// Passes over the epoll set per Dispatch callback at most.
    static let busyRounds = 16

    @discardableResult
    private func serve() -> Int {
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
        return Int(max(n, 0))
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

    /// Moves jobs resumed from other threads onto the local queue.
    func takeRemoteJobs() {
        let arrived = remoteJobs.withLock { r in
            defer { r.jobs = [] }
            return r.jobs
        }
        jobs.append(contentsOf: arrived)
    }

    /// Arms the system timer for the earliest deadline unless it is armed
    /// for that or earlier. `armedAt` is what the system timer is set to;
    /// before `start` there is no system timer and nothing is recorded, so
    /// the start arms what was scheduled meanwhile.
    private func rearm() {
        guard let timerSource, let next = timers.nextDeadline else { return }
        if let armedAt, armedAt <= next { return }
        armedAt = next
        timerSource.schedule(deadline: DispatchTime(uptimeNanoseconds: next), leeway: .microseconds(200))
    }
}
