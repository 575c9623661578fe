public import ResumeCore
import ResumeProto
public import ResumeServer

/// `resume.rpc.v1.Health`: SERVING while the daemon accepts calls and every
/// required dependency was up at its last probe; NOT_SERVING while draining
/// (it is the one method still answered then). Inline: answers from the
/// monitor's snapshot, never waiting on a dependency.
///
/// Each work lane is listed as `lane:<name>` with detail "queued n / limit":
/// `NOT_SERVING` while its queue is full (new work for it is refused), never
/// required — a saturated lane leaves every other method served, so the
/// overall status stays `SERVING`.
public struct HealthService: Sendable {
    let servingState: ServingState
    let monitor: DependencyMonitor
    let lanes: [WorkLane]

    public init(servingState: ServingState, monitor: DependencyMonitor, lanes: [WorkLane] = []) {
        self.servingState = servingState
        self.monitor = monitor
        self.lanes = lanes
    }

    /// The service's handlers.
    public var handlers: [MethodHandler] {
        let servingState = self.servingState, monitor = self.monitor, lanes = self.lanes
        return [
            .inline(Resume_Rpc_V1_Health.check, servedWhileDraining: true) { _, _ in
                let deps = monitor.snapshot
                var response = Resume_Rpc_V1_HealthCheckResponse()
                response.dependencies = deps.map { d in
                    Resume_Rpc_V1_DependencyHealth(
                        name: d.name,
                        status: d.up == nil ? .unknown : (d.up! ? .serving : .notServing),
                        detail: d.detail,
                        required: d.required,
                        checkedAtUnixMicros: d.checkedAtUnixMicros
                    )
                }
                let now = WallClock.unixMicroseconds()
                response.dependencies += lanes.map { lane in
                    Resume_Rpc_V1_DependencyHealth(
                        name: "lane:\(lane.name)", status: lane.isSaturated ? .notServing : .serving,
                        detail: "queued \(lane.load.queued) / \(lane.maxQueued)", required: false, checkedAtUnixMicros: now
                    )
                }
                let requiredUp = deps.allSatisfy { !$0.required || $0.up == true }
                response.status = !servingState.isDraining && requiredUp ? .serving : .notServing
                return response
            },
        ]
    }
}
