#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import ResumeCore
public import ResumeLoad
public import ResumeTransport
import Synchronization

/// The measured part of a run: starts the engine threads, lets them connect,
/// gives them one start time, shows the live line each second on a
/// terminal, and merges what they counted.
public struct LoadRun: Sendable {
    public let options: LoadOptions
    public let address: SocketAddress
    public let plan: CallPlan
    /// Show the live line each second on standard error, when it is a terminal.
    public let showProgress: Bool
    /// Ctrl-C (SIGINT) stops sending and lets the run report, instead of killing the process.
    public let handleInterrupt: Bool

    /// A run of `plan` against `address`.
    public init(options: LoadOptions, address: SocketAddress, plan: CallPlan, showProgress: Bool = true, handleInterrupt: Bool = true) {
        self.options = options
        self.address = address
        self.plan = plan
        self.showProgress = showProgress
        self.handleInterrupt = handleInterrupt
    }

    /// Threads the run uses: `--threads`, or one per CPU; never more than connections.
    public var threads: Int {
        let wanted = options.threads == 0 ? ProcessInfo.processInfo.activeProcessorCount : options.threads
        return max(1, min(wanted, options.connections))
    }

    /// What the run came to.
    public struct Outcome: Sendable {
        /// Every thread's statistics, merged.
        public var stats: RunStats
        /// From the end of the warm-up to the last measured answer.
        public var measuredNanoseconds: UInt64
        /// What the threads noticed (connections lost, pairs run out, an interrupt).
        public var warnings: [String]
        /// Why the run could not start (its connections failed), if it could not.
        public var failure: String?
    }

    /// Runs on threads of its own; returns when every thread has finished.
    public func run() async -> Outcome {
        await withCheckedContinuation { (continuation: CheckedContinuation<Outcome, Never>) in
            let me = self
            let coordinator = Thread { continuation.resume(returning: me.coordinate()) }
            coordinator.name = "resume-load"
            coordinator.start()
        }
    }

    private func coordinate() -> Outcome {
        let count = threads
        let shared = LoadShared(threads: count)
        let ready = DispatchGroup(), done = DispatchGroup()
        let go = DispatchSemaphore(value: 0)
        var interrupt: (any DispatchSourceSignal)?
        if handleInterrupt {
            let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
            signal(SIGINT, SIG_IGN)
            source.setEventHandler { shared.stop.store(true, ordering: .relaxed) }
            source.resume()
            interrupt = source
        }
        defer {
            if let interrupt {
                interrupt.cancel()
                signal(SIGINT, SIG_DFL)
            }
        }

        for i in 0..<count {
            let config = WorkerConfig(
                index: i, threads: count, address: address,
                connections: options.connections / count + (i < options.connections % count ? 1 : 0),
                plan: plan,
                requestsBudget: options.rate == nil ? options.requests.map { $0 / count + (i < $0 % count ? 1 : 0) } : nil
            )
            ready.enter()
            done.enter()
            let thread = Thread {
                let worker = LoadWorker(config: config, shared: shared)
                var failure: String?
                do { try worker.connect() } catch {
                    failure = "\(error)"
                    shared.connectFailures.withLock { $0.append("\(error)") }
                }
                ready.leave()
                go.wait()
                if failure == nil && !shared.stop.load(ordering: .acquiring) { worker.run() }
                var r = worker.result
                r.failure = failure
                shared.results.withLock { $0[i] = r }
                done.leave()
            }
            thread.name = "resume-load-\(i)"
            thread.start()
        }
        ready.wait()
        if !shared.connectFailures.withLock({ $0.isEmpty }) { shared.stop.store(true, ordering: .releasing) }
        let start = MonotonicClock.nanoseconds() &+ 1_000_000
        shared.startTime.store(start, ordering: .releasing)
        for _ in 0..<count { go.signal() }

        let tty = showProgress && isatty(2) == 1
        var lastCalls: UInt64 = 0
        while done.wait(timeout: .now() + 1) == .timedOut {
            guard tty else { continue }
            let calls = shared.progress.reduce(0) { $0 + $1.calls.load(ordering: .relaxed) }
            let line = ProgressLine.format(
                elapsedNanoseconds: MonotonicClock.nanoseconds() &- start, calls: calls, callsLastSecond: calls &- lastCalls,
                errors: shared.progress.reduce(0) { $0 + $1.errors.load(ordering: .relaxed) },
                inFlight: shared.progress.reduce(0) { $0 + $1.inFlight.load(ordering: .relaxed) },
                warmingUp: MonotonicClock.nanoseconds() < start &+ options.warmupNanoseconds)
            lastCalls = calls
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        }
        if tty { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }

        var merged = RunStats()
        var warnings: [String] = []
        var failures: [String] = []
        for r in shared.results.withLock({ $0 }) {
            guard let r else { continue }
            merged.merge(r.stats)
            for w in r.warnings where !warnings.contains(w) { warnings.append(w) }
            if let f = r.failure { failures.append(f) }
        }
        let warmupEnd = start &+ options.warmupNanoseconds
        let measured = merged.lastFinishNanoseconds > warmupEnd ? merged.lastFinishNanoseconds - warmupEnd : 0
        if shared.stop.load(ordering: .relaxed) && failures.isEmpty { warnings.append("interrupted: the run stopped early") }
        return Outcome(stats: merged, measuredNanoseconds: measured, warnings: warnings,
                       failure: failures.first.map { "could not open the connections: \($0)" + ($0.contains("Too many open files") ? " (raise the limit: ulimit -n)" : "") })
    }
}
