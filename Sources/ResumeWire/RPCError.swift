public import ResumeProto

/// The failure of one call: exactly what goes on the wire as its `Status`.
///
/// Handlers throw it (or an error conforming to `RPCErrorConvertible`);
/// clients receive it. The message and violations are shown to callers, so
/// they never carry personal data; the `cause` (a SQLSTATE, an errno text)
/// stays on the server and appears only in `debugDescription`.
public struct RPCError: Error, Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The status code; never `.ok`.
    public var code: StatusCode
    /// What went wrong, for a human. No personal data.
    public var message: String
    /// One entry per invalid request field.
    public var violations: [FieldViolation]
    /// Server-side detail for logs only; never sent.
    public var cause: String?
    /// When to try again, in ms: sent as response metadata `retry-after-ms`
    /// (PROTOCOL.md §5.5) with `RESOURCE_EXHAUSTED` from a saturated lane.
    public var retryAfterMilliseconds: UInt32?

    /// The response metadata key that carries `retryAfterMilliseconds`.
    public static let retryAfterKey = "retry-after-ms"

    /// An error with a code and message.
    public init(_ code: StatusCode, _ message: String, violations: [FieldViolation] = [], cause: String? = nil,
                retryAfterMilliseconds: UInt32? = nil) {
        precondition(code != .ok, "an RPCError cannot be OK")
        self.code = code
        self.message = message
        self.violations = violations
        self.cause = cause
        self.retryAfterMilliseconds = retryAfterMilliseconds
    }

    /// The error a non-OK wire status stands for, with the frame's response metadata.
    public init(status: Resume_Rpc_V1_Status, metadata: [String: String] = [:]) {
        self.code = status.code == .ok ? .unknown : status.code
        self.message = status.message
        self.violations = status.violations
        self.cause = nil
        self.retryAfterMilliseconds = metadata[Self.retryAfterKey].flatMap { UInt32($0) }
    }

    /// The response metadata this error is sent with.
    public var responseMetadata: [String: String] {
        retryAfterMilliseconds.map { [Self.retryAfterKey: String($0)] } ?? [:]
    }

    /// The wire form.
    public var status: Resume_Rpc_V1_Status {
        Resume_Rpc_V1_Status(code: code, message: message, violations: violations)
    }

    /// `INVALID_ARGUMENT` listing every bad field.
    public static func invalidArgument(_ violations: [FieldViolation], message: String? = nil) -> RPCError {
        let summary = message ?? (violations.count == 1
            ? "invalid \(violations[0].field): \(violations[0].description)"
            : "\(violations.count) invalid fields: " + violations.map(\.field).joined(separator: ", "))
        return RPCError(.invalidArgument, summary, violations: violations)
    }

    public var description: String {
        var s = "\(code.name): \(message)"
        if !violations.isEmpty {
            s += " [" + violations.map { "\($0.field): \($0.description)" }.joined(separator: "; ") + "]"
        }
        return s
    }

    public var debugDescription: String {
        cause.map { "\(description) (cause: \($0))" } ?? description
    }
}

/// An error that knows which `RPCError` it becomes on the wire. A handler's
/// error that is neither is answered with `INTERNAL` and logged by type.
public protocol RPCErrorConvertible: Error {
    /// The wire error.
    var rpcError: RPCError { get }
}

extension RPCError: RPCErrorConvertible {
    public var rpcError: RPCError { self }
}

extension FieldViolation {
    /// A violation of `field`.
    public init(_ field: String, _ description: String) {
        self.init(field: field, description: description)
    }
}
