// Every request and response message of the declared methods, by full proto
// name, with the checks fuzz-request-frame runs on bytes meant as one.
import FuzzSupport
import ResumeProto
import ResumeServer

enum Messages {
    typealias Check = @Sendable (UnsafeRawBufferPointer, _ mustDecode: Bool) -> Void

    static let all: [String: Check] = Dictionary(uniqueKeysWithValues: [
        entry(Resume_Rpc_V1_EchoRequest.self), entry(Resume_Rpc_V1_EchoResponse.self),
        entry(Resume_Rpc_V1_GetStatsRequest.self), entry(Resume_Rpc_V1_GetStatsResponse.self),
        entry(Resume_Rpc_V1_RewriteRedactionsRequest.self), entry(Resume_Rpc_V1_RewriteRedactionsResponse.self),
        entry(Resume_Rpc_V1_HealthCheckRequest.self), entry(Resume_Rpc_V1_HealthCheckResponse.self),
        entry(Resume_Rpc_V1_ListServicesRequest.self), entry(Resume_Rpc_V1_ListServicesResponse.self),
        entry(Resume_Rpc_V1_GetFileDescriptorSetRequest.self), entry(Resume_Rpc_V1_GetFileDescriptorSetResponse.self),
        entry(Resume_V1_Analysis.self), entry(Resume_V1_AnalyzeResumeRequest.self),
        entry(Resume_V1_AuthenticateRequest.self), entry(Resume_V1_AuthenticateResponse.self),
        entry(Resume_V1_CreateJobDescriptionRequest.self), entry(Resume_V1_CreateResumeRequest.self),
        entry(Resume_V1_CreateUserRequest.self), entry(Resume_V1_DeactivateUserRequest.self),
        entry(Resume_V1_DeleteAnalysisRequest.self), entry(Resume_V1_DeleteAnalysisResponse.self),
        entry(Resume_V1_DeleteGeneratedResumeRequest.self), entry(Resume_V1_DeleteGeneratedResumeResponse.self),
        entry(Resume_V1_DeleteJobDescriptionRequest.self), entry(Resume_V1_DeleteJobDescriptionResponse.self),
        entry(Resume_V1_DeleteResumeRequest.self), entry(Resume_V1_DeleteResumeResponse.self),
        entry(Resume_V1_DeleteUserRequest.self), entry(Resume_V1_DeleteUserResponse.self),
        entry(Resume_V1_GeneratedResume.self), entry(Resume_V1_GetAnalysisRequest.self),
        entry(Resume_V1_GetGeneratedResumeRequest.self), entry(Resume_V1_GetJobDescriptionRequest.self),
        entry(Resume_V1_GetMeRequest.self), entry(Resume_V1_GetResumeRequest.self),
        entry(Resume_V1_JobDescription.self), entry(Resume_V1_ListAnalysesRequest.self),
        entry(Resume_V1_ListAnalysesResponse.self), entry(Resume_V1_ListGeneratedResumesRequest.self),
        entry(Resume_V1_ListGeneratedResumesResponse.self), entry(Resume_V1_ListJobDescriptionsRequest.self),
        entry(Resume_V1_ListJobDescriptionsResponse.self), entry(Resume_V1_ListResumesRequest.self),
        entry(Resume_V1_ListResumesResponse.self), entry(Resume_V1_Resume.self),
        entry(Resume_V1_SaveGeneratedResumeRequest.self), entry(Resume_V1_UpdateResumeRequest.self),
        entry(Resume_V1_User.self), entry(Resume_V1_VerifyEmailRequest.self),
    ])

    /// Checks `bytes` as a `name`; with `mustDecode`, they must be a valid one.
    static func check(_ name: String, _ bytes: UnsafeRawBufferPointer, mustDecode: Bool = false) {
        guard let check = all[name] else { require(false, "no checks for \(name)"); return }
        check(bytes, mustDecode)
    }

    /// Every declared method has a handler here and both its messages are in `all`,
    /// so a method added later cannot go unfuzzed unnoticed.
    static func checkCoverage(_ registry: MethodRegistry) {
        require(registry.methodsWithoutHandler.isEmpty, "methods without a handler: \(registry.methodsWithoutHandler)")
        for m in registry.declaredMethods {
            require(all[m.requestType] != nil && all[m.responseType] != nil, "\(m.path): add its messages to Messages.all")
        }
    }

    private static func entry<M: ProtoMessage>(_: M.Type) -> (String, Check) {
        (M.protoName, { bytes, mustDecode in
            let validated = (try? M.validate(serializedBytes: bytes)) != nil
            let decoded = try? M(serializedBytes: bytes)
            // Echo answers with the request's bytes once they validate: protobuf-c must agree.
            require(validated == (decoded != nil), "\(M.protoName): validator says \(validated), protobuf-c \(decoded != nil)")
            require(!mustDecode || decoded != nil, "\(M.protoName) did not decode")
            guard let decoded else { return }
            guard let once = try? decoded.serializedBytes() else { require(false, "\(M.protoName) decoded but does not encode"); return }
            guard let again = try? M(serializedBytes: once) else { require(false, "\(M.protoName) re-encoded does not decode"); return }
            require((try? again.serializedBytes()) == once, "\(M.protoName) does not re-encode to the same bytes")
        })
    }
}
