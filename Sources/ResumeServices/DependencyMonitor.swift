import Dispatch
public import Logging
public import ResumeCore
import Synchronization

/// Checks one dependency; may block up to its deadline.
public protocol DependencyProbe: Sendable {
    /// Short name reported by Health (`postgres`, `redis`).
    var name: String { get }
    /// Whether the daemon stops serving when this dependency is down.
    var required: Bool { get }
    /// Whether the dependency answers; a short detail for anyone who asks
    /// Health (no addresses, names or library text); and the library's own
    /// text of a failure, for the operator's log only.
    func check(deadline: Deadline) -> (up: Bool, detail: String, cause: String?)
}

/// The last known state of one dependency.
public struct DependencyStatus: Sendable, Hashable {
    public let name: String
    public let required: Bool
    /// nil until probed once.
    public let up: Bool?
    public let detail: String
    /// The failure in the library's words; logged, never sent.
    public let cause: String?
    /// Wall-clock time of the last probe, Unix microseconds; 0 if never.
    public let checkedAtUnixMicros: Int64
}

/// Probes every dependency periodically on its own queue, so Health answers
/// from a snapshot without waiting on anything; logs each up/down change once.
public final class DependencyMonitor: Sendable {
    private let probes: [any DependencyProbe]
    private let intervalMilliseconds: UInt64
    private let logger: Logger
    private let queue = DispatchQueue(label: "resumed.dependency-monitor")
    private let state: Mutex<(statuses: [DependencyStatus], stopped: Bool)>

    /// A monitor of `probes`, every `intervalMilliseconds`.
    public init(probes: [any DependencyProbe], intervalMilliseconds: UInt64, logger: Logger) {
        self.probes = probes
        self.intervalMilliseconds = intervalMilliseconds
        self.logger = logger
        self.state = Mutex((probes.map { DependencyStatus(name: $0.name, required: $0.required, up: nil, detail: "not checked yet", cause: nil, checkedAtUnixMicros: 0) }, false))
    }

    /// Probes once now (blocking), then keeps probing in the background.
    public func start() {
        queue.sync { probeAll() }
        scheduleNext()
    }

    /// Stops probing.
    public func stop() {
        state.withLock { $0.stopped = true }
    }

    /// The latest status of each dependency.
    public var snapshot: [DependencyStatus] { state.withLock { $0.statuses } }

    /// Whether every required dependency was up at its last probe.
    public var requiredDependenciesUp: Bool { snapshot.allSatisfy { !$0.required || $0.up == true } }

    private func scheduleNext() {
        queue.asyncAfter(deadline: .now() + .milliseconds(Int(intervalMilliseconds))) { [self] in
            guard !state.withLock({ $0.stopped }) else { return }
            probeAll()
            scheduleNext()
        }
    }

    private func probeAll() {
        let timeout = max(1_000, min(intervalMilliseconds, 5_000))
        var results: [DependencyStatus] = []
        for p in probes {
            let (up, detail, cause) = p.check(deadline: .after(milliseconds: timeout))
            results.append(DependencyStatus(name: p.name, required: p.required, up: up, detail: detail, cause: cause,
                                            checkedAtUnixMicros: WallClock.unixMicroseconds()))
        }
        let previous = state.withLock { s in
            defer { s.statuses = results }
            return s.statuses
        }
        for (old, new) in zip(previous, results) where old.up != new.up {
            if new.up == true {
                logger.info("dependency up", metadata: ["dependency": "\(new.name)"])
            } else {
                logger.warning("dependency down", metadata: ["dependency": "\(new.name)", "detail": "\(new.cause ?? new.detail)", "required": "\(new.required)"])
            }
        }
    }
}
