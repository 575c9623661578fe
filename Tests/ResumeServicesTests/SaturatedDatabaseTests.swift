#if canImport(Glibc)
import Glibc
#endif
import Logging
import ResumeCore
import ResumePostgres
import ResumeProto
import ResumeServer
import ResumeTestSupport
import Testing
@testable import ResumeServices

/// The database never holds the event loop: with every pooled connection
/// busy in a slow query, Echo and Health still answer at once.
@Suite struct SaturatedDatabaseTests {
    static let sleep = RPCMethod<Resume_Rpc_V1_EchoRequest, Resume_Rpc_V1_EchoResponse>(path: "/test.Slow/Sleep")

    @Test func echoAndHealthAnswerWhileEveryDatabaseConnectionSleeps() throws {
        // Pipeline depth 1: thirty sleeps occupy thirty connections.
        let database = try TestDatabase.client(size: 20, overflow: 10) { $0.pool.pipelineDepth = 1 }
        let pool = database.client
        let slow = MethodHandler.unary(Self.sleep) { r, context in
            _ = try await pool.query("SELECT pg_sleep(2)", idempotent: true,
                                     context: QueryContext(deadline: context.deadline, cancellation: context.cancellation, label: context.method))
            return Resume_Rpc_V1_EchoResponse(payload: r.payload)
        }
        let monitor = DependencyMonitor(probes: [FakeProbe("postgres", required: true, up: true)], intervalMilliseconds: 60_000, logger: Logger(label: "t"))
        monitor.start()
        defer { monitor.stop() }
        let declarations = ProtoMethodInfo.all + [ProtoMethodInfo(path: Self.sleep.path, service: "test.Slow",
                                                                  requestType: Resume_Rpc_V1_EchoRequest.protoName,
                                                                  responseType: Resume_Rpc_V1_EchoResponse.protoName)]
        let server = try TestServer([slow] + DiagnosticsService().handlers + HealthService(servingState: ServingState(), monitor: monitor).handlers,
                                    declarations: declarations)

        let sleeper = try RawWireClient(server.address)
        for id in 1...30 { try sleeper.send(RawWireClient.request(UInt64(id), Self.sleep.path, Resume_Rpc_V1_EchoRequest())) }
        #expect(eventually { pool.statistics.inUse == 30 })

        let probe = try RawWireClient(server.address)
        var worst: UInt64 = 0
        for id in 1...20 {
            let started = MonotonicClock.nanoseconds()
            try probe.send(RawWireClient.request(UInt64(2 * id), Resume_Rpc_V1_Diagnostics.echo.path, Resume_Rpc_V1_EchoRequest(payload: [1])))
            try probe.send(RawWireClient.request(UInt64(2 * id + 1), Resume_Rpc_V1_Health.check.path, Resume_Rpc_V1_HealthCheckRequest()))
            #expect(try probe.readFrame().status?.code == .ok)
            #expect(try probe.readFrame().status?.code == .ok)
            worst = max(worst, MonotonicClock.nanoseconds() - started)
        }
        // Answered while all 30 statements are still sleeping.
        #expect(pool.statistics.inUse == 30)
        print("echo + health round trip while the pool is saturated: worst \(worst / 1_000) µs")

        var ok = 0
        for _ in 1...30 where try sleeper.readFrame(timeoutMilliseconds: 20_000).status?.code == .ok { ok += 1 }
        #expect(ok == 30)
    }
}
