import ResumeCore
import Testing
@testable import ResumeReflection

/// What `resumectl` reads and prints, without a daemon.
@Suite struct CommandLineTextTests {
    @Test(arguments: [("250ms", UInt64(250)), ("2s", 2_000), ("1.5s", 1_500), ("2m", 120_000), ("3", 3_000), (" 1s ", 1_000)])
    func durations(_ text: String, _ ms: UInt64) {
        #expect(DurationText.milliseconds(text) == ms)
    }

    @Test(arguments: ["", "s", "0", "0.1ms", "-1s", "1h", "abc", "1e3", "nan", "5000000m"])
    func notDurations(_ text: String) {
        #expect(DurationText.milliseconds(text) == nil)
    }

    @Test func oneDocumentOrJSONLines() throws {
        #expect(try JSONRequests.parse("") == [.object([])])
        #expect(try JSONRequests.parse("{\n  \"id\": \"a\"\n}\n") == [.object([("id", .string("a"))])])
        #expect(try JSONRequests.parse("{\"id\": \"a\"}\n\n{\"id\": \"b\"}\n") == [.object([("id", .string("a"))]), .object([("id", .string("b"))])])
        do {
            _ = try JSONRequests.parse("{\"id\": \"a\"}\n{\"id\": ")
            Issue.record("accepted a broken second line")
        } catch {
            #expect(error.description.hasPrefix("line 2: "))
        }
    }

    @Test(arguments: ["/resume.v1.ResumeService/GetResume", "resume.v1.ResumeService/GetResume", "resume.v1.ResumeService.GetResume"])
    func methodSpellings(_ name: String) {
        #expect(DescriptorSet.callPath(name) == "/resume.v1.ResumeService/GetResume")
    }

    @Test func listingShowsEveryMethodAndMarksServicesNotDescribed() {
        let listing = DescriptorSetTests.set.listing(only: ["resume.rpc.v1.Health", "x.Unknown"])
        #expect(listing == """
            resume.rpc.v1.Health
              /resume.rpc.v1.Health/Check  resume.rpc.v1.HealthCheckRequest -> resume.rpc.v1.HealthCheckResponse
            x.Unknown  (served, but not described)

            """)
        let all = DescriptorSetTests.set.listing()
        #expect(all.split(separator: "\n").filter { $0.hasPrefix("  /") }.count == DescriptorSetTests.set.services.reduce(0) { $0 + $1.methods.count })
    }

    @Test func describeSpeaksProtoSyntax() throws {
        let set = DescriptorSetTests.set
        let frame = try #require(set.describe("resume.rpc.v1.RequestFrame"))
        #expect(frame.contains("  map<string, string> metadata = 5;\n"))
        #expect(frame.contains("  uint64 call_id = 1;  // JSON: callId\n"))
        let status = try #require(set.describe(".resume.rpc.v1.ServingStatus"))
        #expect(status.contains("  SERVING_STATUS_NOT_SERVING = 2;\n"))
        let service = try #require(set.describe("resume.v1.ResumeService"))
        #expect(service.hasPrefix("service resume.v1.ResumeService {  // resume/v1/resumes.proto\n"))
        #expect(service.contains("  // One of the caller's resumes, at its current version.\n  rpc GetResume(resume.v1.GetResumeRequest) returns (resume.v1.Resume);\n"))
        #expect(set.describe("resume.v1.ResumeService/GetResume")?.contains("rpc GetResume(") == true)
        #expect(set.describe("resume.v1.Nothing") == nil)
    }
}
