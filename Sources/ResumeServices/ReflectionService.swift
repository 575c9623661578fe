import ResumeProto
public import ResumeServer

/// `resume.rpc.v1.Reflection`: what the daemon serves, for generic clients
/// (`resumectl list|describe|call --server`). Inline: both answers are fixed
/// at start-up. No credentials unless `requireServiceToken`.
public struct ReflectionService: Sendable {
    let auth: Authenticator
    let requireServiceToken: Bool
    let services: [String]
    let descriptorSet: [UInt8]

    /// Serves `descriptorSet` (a serialized `google.protobuf.FileDescriptorSet`)
    /// and the services of `servedPaths` (call paths of every handler; the
    /// reflection service's own are added).
    public init(auth: Authenticator, requireServiceToken: Bool, servedPaths: [String], descriptorSet: [UInt8]) {
        self.auth = auth
        self.requireServiceToken = requireServiceToken
        let paths = servedPaths + [Resume_Rpc_V1_Reflection.listServices.path, Resume_Rpc_V1_Reflection.getFileDescriptorSet.path]
        self.services = Set(paths.compactMap(Self.serviceName)).sorted()
        self.descriptorSet = descriptorSet
    }

    /// `/resume.v1.ResumeService/GetResume` -> `resume.v1.ResumeService`.
    static func serviceName(_ path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].isEmpty && !parts[1].isEmpty ? String(parts[1]) : nil
    }

    /// The service's handlers.
    public var handlers: [MethodHandler] {
        let s = self
        return [
            .inline(Resume_Rpc_V1_Reflection.listServices) { _, c in
                if s.requireServiceToken { try s.auth.requireService(c) }
                return Resume_Rpc_V1_ListServicesResponse(services: s.services)
            },
            .inline(Resume_Rpc_V1_Reflection.getFileDescriptorSet) { _, c in
                if s.requireServiceToken { try s.auth.requireService(c) }
                return Resume_Rpc_V1_GetFileDescriptorSetResponse(fileDescriptorSet: s.descriptorSet)
            },
        ]
    }
}
