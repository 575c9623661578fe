#if canImport(Glibc)
import Glibc
#endif
import Logging
import ResumeCore
import ResumeProto
import ResumeServer
import ResumeTestSupport
import Synchronization
import Testing
@testable import ResumeServices

/// A probe whose answer the test sets.
final class FakeProbe: DependencyProbe, @unchecked Sendable {
    // `up` is written before the monitor starts and only read after.
    let name: String
    let required: Bool
    var up: Bool
    init(_ name: String, required: Bool, up: Bool) {
        self.name = name
        self.required = required
        self.up = up
    }
    func check(deadline: Deadline) -> (up: Bool, detail: String, cause: String?) { (up, up ? "ok" : "down for the test", nil) }
}

@Suite struct HealthServiceTests {
    func health(postgresUp: Bool, redisUp: Bool, servingState: ServingState = ServingState()) -> (HealthService, DependencyMonitor) {
        let monitor = DependencyMonitor(
            probes: [FakeProbe("postgres", required: true, up: postgresUp), FakeProbe("redis", required: false, up: redisUp)],
            intervalMilliseconds: 60_000, logger: Logger(label: "t")
        )
        monitor.start()
        return (HealthService(servingState: servingState, monitor: monitor), monitor)
    }

    func check(_ service: HealthService) throws -> Resume_Rpc_V1_HealthCheckResponse {
        let context = CallContext(method: Resume_Rpc_V1_Health.check.path, callID: 1, deadline: .distantFuture,
                                  metadata: .init(), cancellation: .init(), logger: Logger(label: "t"))
        return try Resume_Rpc_V1_HealthCheckResponse(serializedBytes: service.handlers[0].runInline(payload: [], context: context).get())
    }

    /// A saturated lane is listed NOT_SERVING with its queue; the daemon stays SERVING.
    @Test func eachLaneIsListedAndASaturatedOneDoesNotMakeTheDaemonNotServing() async throws {
        let monitor = DependencyMonitor(probes: [FakeProbe("postgres", required: true, up: true)], intervalMilliseconds: 60_000,
                                        logger: Logger(label: "t"))
        monitor.start()
        defer { monitor.stop() }
        let busy = WorkLane(name: "bcrypt", threads: 1, maxQueued: 1), idle = WorkLane(name: "cpu", threads: 1, maxQueued: 4)
        defer { busy.shutdown(deadline: .after(milliseconds: 5_000)); idle.shutdown(deadline: .after(milliseconds: 5_000)) }
        let service = HealthService(servingState: ServingState(), monitor: monitor, lanes: [busy, idle])
        #expect(await eventually { (try? self.check(service))?.dependencies.first { $0.name == "postgres" }?.status == .serving })
        let release = Atomic<Bool>(false), started = Atomic<Bool>(false)
        let held = Task { try await busy.run { started.store(true, ordering: .relaxed); while !release.load(ordering: .relaxed) { usleep(1_000) } } }
        while !started.load(ordering: .relaxed) { await Task.yield() }
        let queued = Task { try await busy.run { 1 } }
        while busy.load.queued < 1 { await Task.yield() }
        let r = try check(service)
        let lanes = r.dependencies.filter { $0.name.hasPrefix("lane:") }
        #expect(lanes.map(\.name) == ["lane:bcrypt", "lane:cpu"])
        #expect(lanes.map(\.status) == [.notServing, .serving])
        #expect(lanes.map(\.detail) == ["queued 1 / 1", "queued 0 / 4"])
        #expect(lanes.allSatisfy { !$0.required })
        #expect(r.status == .serving)
        release.store(true, ordering: .relaxed)
        try await held.value
        _ = try await queued.value
    }

    @Test func servingWhenEverythingIsUp() throws {
        let (service, monitor) = health(postgresUp: true, redisUp: true)
        defer { monitor.stop() }
        let r = try check(service)
        #expect(r.status == .serving)
        #expect(r.dependencies.map(\.status) == [.serving, .serving])
        #expect(r.dependencies.map(\.required) == [true, false])
    }

    @Test func aRequiredDependencyDownMeansNotServing() throws {
        let (service, monitor) = health(postgresUp: false, redisUp: true)
        defer { monitor.stop() }
        let r = try check(service)
        #expect(r.status == .notServing)
        #expect(r.dependencies[0].detail == "down for the test")
    }

    @Test func anOptionalDependencyDownStillServes() throws {
        let (service, monitor) = health(postgresUp: true, redisUp: false)
        defer { monitor.stop() }
        #expect(try check(service).status == .serving)
    }

    @Test func whileDrainingHealthIsStillAnsweredAndSaysNotServing() throws {
        let state = ServingState()
        let (service, monitor) = health(postgresUp: true, redisUp: true, servingState: state)
        defer { monitor.stop() }
        let gate = Gate()
        let held = MethodHandler.unary(Resume_Rpc_V1_Diagnostics.echo) { r, _ in
            await gate.arrive("drain")
            return Resume_Rpc_V1_EchoResponse(payload: r.payload)
        }
        let server = try TestServer([held] + service.handlers, servingState: state)
        let raw = try RawWireClient(server.address)
        try raw.send(RawWireClient.request(1, Resume_Rpc_V1_Diagnostics.echo.path, Resume_Rpc_V1_EchoRequest()))
        #expect(gate.waitForArrivals(1)) // a call in flight holds the drain open
        let stopped = Signal()
        server.server.shutdown { stopped.fire() }
        try raw.send(RawWireClient.request(2, Resume_Rpc_V1_Health.check.path, Resume_Rpc_V1_HealthCheckRequest()))
        let f = try raw.readFrame()
        #expect(f.callID == 2)
        #expect(f.status?.code == .ok)
        #expect(try Resume_Rpc_V1_HealthCheckResponse(serializedBytes: f.payload).status == .notServing)
        try raw.send(RawWireClient.request(3, Resume_Rpc_V1_Diagnostics.echo.path, Resume_Rpc_V1_EchoRequest()))
        #expect(try raw.readFrame().status?.code == .unavailable)
        gate.open("drain")
        #expect(try raw.readFrame().callID == 1)
        #expect(stopped.wait())
    }

    @Test func echoReturnsItsPayload() throws {
        let context = CallContext(method: Resume_Rpc_V1_Diagnostics.echo.path, callID: 1, deadline: .distantFuture,
                                  metadata: .init(), cancellation: .init(), logger: Logger(label: "t"))
        let request = try Resume_Rpc_V1_EchoRequest(payload: [0, 255, 7]).serializedBytes()
        let out = try DiagnosticsService().handlers[0].runInline(payload: request, context: context).get()
        #expect(try Resume_Rpc_V1_EchoResponse(serializedBytes: out).payload == [0, 255, 7])
        #expect(DiagnosticsService().handlers[0].lane == .inline)
    }
}
