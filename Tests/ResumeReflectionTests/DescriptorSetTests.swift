import ResumeProto
import Testing
@testable import ResumeReflection

/// The descriptor set protoc wrote (embedded in the binaries), read back.
@Suite struct DescriptorSetTests {
    static let set = try! DescriptorSet(serialized: EmbeddedDescriptorSet.bytes)

    @Test func itDeclaresExactlyTheMethodsProtocCDeclares() {
        // Two generators read proto/: protoc-c (the daemon's messages and its
        // method table) and protoc (this set). They must agree.
        let fromSet = Set(Self.set.services.flatMap { s in s.methods.map { "\($0.path) \($0.inputType) \($0.outputType)" } })
        let fromC = Set(ProtoMethodInfo.all.map { "\($0.path) \($0.requestType) \($0.responseType)" })
        #expect(fromSet == fromC)
        #expect(fromSet.contains("/resume.rpc.v1.Reflection/GetFileDescriptorSet resume.rpc.v1.GetFileDescriptorSetRequest resume.rpc.v1.GetFileDescriptorSetResponse"))
    }

    @Test func commentsNamesAndTypesComeThrough() throws {
        let (service, method) = try #require(Self.set.method(path: "/resume.v1.ResumeService/GetResume"))
        #expect(service.file == "resume/v1/resumes.proto")
        #expect(method.comment == "One of the caller's resumes, at its current version.")
        let resume = try #require(Self.set.messages["resume.v1.Resume"])
        let redacted = try #require(resume.fields.first { $0.name == "redacted_text" })
        #expect(redacted.jsonName == "redactedText")
        #expect(redacted.number == 5 && redacted.type == .string && !redacted.isRepeated)
        #expect(redacted.comment.hasPrefix("raw_text with personal data replaced by [EMAIL], [PHONE], [NAME], ...;\ncomputed"))
        let health = try #require(Self.set.messages["resume.rpc.v1.DependencyHealth"])
        #expect(health.fields.first { $0.name == "status" }?.typeName == "resume.rpc.v1.ServingStatus")
        let status = try #require(Self.set.enums["resume.rpc.v1.ServingStatus"])
        #expect(status.values.map(\.name) == ["SERVING_STATUS_UNKNOWN", "SERVING_STATUS_SERVING", "SERVING_STATUS_NOT_SERVING"])
    }

    @Test func mapFieldsAreRepeatedMapEntries() throws {
        let frame = try #require(Self.set.messages["resume.rpc.v1.RequestFrame"])
        let metadata = try #require(frame.fields.first { $0.name == "metadata" })
        #expect(metadata.isRepeated && metadata.type == .message)
        let entry = try #require(Self.set.messages[metadata.typeName ?? ""])
        #expect(entry.isMapEntry && entry.fields.map(\.number) == [1, 2])
    }

    @Test func pathsThatNameNoMethodAreNil() {
        for path in ["", "/", "resume.v1.ResumeService/GetResume", "/resume.v1.ResumeService/", "/resume.v1.ResumeService/GetResume/x", "/x.Y/Z"] {
            #expect(Self.set.method(path: path) == nil, "\(path)")
        }
    }

    @Test func commentsLoseTheirMarkupOnly() {
        #expect(DescriptorSet.trimComment(" One line.\n") == "One line.")
        #expect(DescriptorSet.trimComment("\n First\n   indented\n\n") == "First\n  indented")
        #expect(DescriptorSet.trimComment("") == "")
    }

    @Test func truncatedOrGarbledSetsAreErrorsNotCrashes() {
        let bytes = EmbeddedDescriptorSet.bytes
        // Every prefix that cuts a field short is refused; none crashes.
        var refused = 0
        for cut in stride(from: 1, to: bytes.count, by: 97) {
            if (try? DescriptorSet(serialized: Array(bytes[..<cut]))) == nil { refused += 1 }
        }
        #expect(refused > 0)
        #expect(throws: ProtoWire.Malformed.self) { try DescriptorSet(serialized: [0x0A, 0x05, 0x0A]) }
        #expect(throws: ProtoWire.Malformed.self) { try DescriptorSet(serialized: [0x0F]) } // wire type 7
        #expect(throws: ProtoWire.Malformed.self) { try DescriptorSet(serialized: [0x08] + Array(repeating: 0xFF, count: 11)) }
    }
}
