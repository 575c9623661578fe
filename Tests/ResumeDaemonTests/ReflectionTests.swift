import ResumeClient
import ResumeProto
import ResumeReflection
import ResumeTestSupport
import ResumeWire
import Testing

/// `resume.rpc.v1.Reflection` on a running daemon.
@Suite struct ReflectionTests {
    @Test func anyoneCanListTheServicesAndReadTheDescriptors() async throws {
        let daemon = try TestDaemon()
        let connection = try daemon.connect()
        defer { connection.close() }
        let reflection = Resume_Rpc_V1_ReflectionClient(connection)
        let services = try await reflection.listServices().services
        #expect(services == [
            "resume.rpc.v1.Admin", "resume.rpc.v1.Diagnostics", "resume.rpc.v1.Health", "resume.rpc.v1.Reflection",
            "resume.v1.AnalysisService", "resume.v1.GenerationService", "resume.v1.JobDescriptionService",
            "resume.v1.ResumeService", "resume.v1.UserService",
        ])
        let bytes = try await reflection.getFileDescriptorSet().fileDescriptorSet
        #expect(bytes == EmbeddedDescriptorSet.bytes)
        // Every method a listed service has is described, so a generic client can call it.
        let set = try DescriptorSet(serialized: bytes)
        for name in services {
            let service = try #require(set.services.first { $0.fullName == name }, "\(name) not described")
            #expect(!service.methods.isEmpty)
            for m in service.methods {
                #expect(set.messages[m.inputType] != nil && set.messages[m.outputType] != nil, "\(m.path)")
            }
        }
    }

    @Test func withTheSettingOnlyServiceTokensMayReflect() async throws {
        let daemon = try TestDaemon { $0.reflectionRequiresServiceToken = true }
        let connection = try daemon.connect()
        defer { connection.close() }
        let reflection = Resume_Rpc_V1_ReflectionClient(connection)
        await #expect(throws: RPCError.self) { _ = try await reflection.listServices() }
        do {
            _ = try await reflection.getFileDescriptorSet()
            Issue.record("answered without credentials")
        } catch {
            #expect(error.code == .unauthenticated)
        }
        let services = try await reflection.listServices(options: .bearer(daemon.serviceToken)).services
        #expect(services.contains("resume.v1.ResumeService"))
        // Health still needs nothing.
        _ = try await Resume_Rpc_V1_HealthClient(connection).check()
    }
}
