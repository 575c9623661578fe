#if canImport(Glibc)
import Glibc
#endif

/// A fixed set of threads running jobs from one FIFO queue of bounded
/// length: where CPU-heavy or blocking work (bcrypt, redaction) runs, away
/// from the I/O queue. Jobs are handed over in batches, with one lock per
/// batch and one wake-up per job.
///
/// Thread-safe: the queue is behind a `ConditionLock`.
public final class WorkerPool: Sendable {
    /// A unit of work.
    public typealias Job = @Sendable () -> Void

    private struct State {
        var jobs: [Job] = []
        var head = 0
        var running = 0
        var stopping = false
        var liveThreads = 0
        var queued: Int { jobs.count - head }
    }

    private let state: ConditionLock<State>
    /// Threads in the pool.
    public let threadCount: Int
    /// Most jobs waiting to start; `submit` refuses beyond.
    public let maxQueued: Int
    /// The threads' niceness (0: the process'; higher: less CPU under contention).
    public let niceness: Int32

    /// Starts `threads` threads at `niceness`; `name` is for diagnostics.
    public init(name: String, threads: Int, maxQueued: Int, niceness: Int32 = 0) {
        precondition(threads >= 1 && maxQueued >= 1 && (0...19).contains(niceness))
        self.threadCount = threads
        self.maxQueued = maxQueued
        self.niceness = niceness
        self.state = ConditionLock(State())
        for _ in 0..<threads { spawn() }
    }

    /// Queues `jobs` in order. Returns the jobs refused because the queue is
    /// full or the pool is stopping (the caller answers for them).
    public func submit(_ jobs: [Job]) -> [Job] {
        guard !jobs.isEmpty else { return [] }
        let refused: [Job] = state.withLock { s in
            guard !s.stopping else { return jobs }
            let room = max(0, maxQueued - s.queued)
            s.jobs.append(contentsOf: jobs.prefix(room))
            return Array(jobs.dropFirst(room))
        }
        // Wake one idle worker per job taken (at most one per thread): a
        // broadcast would wake every idle worker to find nothing (measured:
        // half of a database call's CPU went to those futile wake-ups).
        for _ in 0..<min(jobs.count - refused.count, threadCount) { state.signal() }
        return refused
    }

    /// Queues one job; false when refused.
    public func submit(_ job: @escaping Job) -> Bool {
        submit([job]).isEmpty
    }

    /// Jobs waiting and jobs running.
    public var load: (queued: Int, running: Int) {
        state.withLock { ($0.queued, $0.running) }
    }

    /// Lets queued jobs finish, then ends the threads; waits for them until
    /// `deadline`. Returns whether every thread ended.
    @discardableResult
    public func shutdown(deadline: Deadline = .distantFuture) -> Bool {
        state.withLock { $0.stopping = true }
        state.broadcast()
        return state.wait(until: deadline) { $0.liveThreads == 0 ? true : nil } ?? false
    }

    private func spawn() {
        state.withLock { $0.liveThreads += 1 }
        let box = Unmanaged.passRetained(WorkerThreadStart { [self] in run() })
        var thread = pthread_t()
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        pthread_attr_setstacksize(&attr, 1 << 20)
        let rc = pthread_create(&thread, &attr, { raw in
            let start = Unmanaged<WorkerThreadStart>.fromOpaque(raw!).takeRetainedValue()
            start.body()
            return nil
        }, box.toOpaque())
        pthread_attr_destroy(&attr)
        precondition(rc == 0, "pthread_create failed: \(rc)")
        pthread_detach(thread)
    }

    private func run() {
        // On Linux niceness is per thread: `who` 0 is the calling thread.
        if niceness > 0 { setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness) }
        while true {
            let job: Job? = state.wait { s in
                if s.queued > 0 {
                    let j = s.jobs[s.head]
                    s.head += 1
                    if s.head > 1024 && s.head * 2 > s.jobs.count {
                        s.jobs.removeFirst(s.head)
                        s.head = 0
                    } else if s.head == s.jobs.count {
                        s.jobs.removeAll(keepingCapacity: true)
                        s.head = 0
                    }
                    s.running += 1
                    return .some(j)
                }
                return s.stopping ? .some(nil) : nil
            } ?? nil
            guard let job else { break }
            job()
            state.withLock { $0.running -= 1 }
        }
        state.withLock { $0.liveThreads -= 1 }
        state.broadcast()
    }
}

/// Carries a thread's body through `pthread_create`.
private final class WorkerThreadStart {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}
