public import ResumeProto

/// gRPC's status codes, as `resume.rpc.v1.StatusCode` declares them.
public typealias StatusCode = Resume_Rpc_V1_StatusCode

/// One invalid request field: its path and what is wrong with it.
public typealias FieldViolation = Resume_Rpc_V1_FieldViolation

extension Resume_Rpc_V1_StatusCode {
    /// The code's proto name (`INVALID_ARGUMENT`), or `CODE_<n>` for an unknown one.
    public var name: String { protoName ?? "CODE_\(rawValue)" }
}
