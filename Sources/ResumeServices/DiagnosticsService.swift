import ResumeProto
public import ResumeServer

/// `resume.rpc.v1.Diagnostics`: Echo, the load-test target. Inline: it never
/// blocks, so it is answered in the same wake-up that read it.
public struct DiagnosticsService: Sendable {
    public init() {}

    /// The service's handlers.
    public var handlers: [MethodHandler] {
        [
            // EchoRequest and EchoResponse are both `bytes payload = 1`: the
            // checked request is its own answer, passed through unparsed.
            .mirror(Resume_Rpc_V1_Diagnostics.echo),
        ]
    }
}
