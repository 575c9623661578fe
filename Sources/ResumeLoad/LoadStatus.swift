import ResumeWire

/// How a call ended: a wire status code (0 `OK` to 16 `UNAUTHENTICATED`, or
/// any other number a server sends), or one of the harness' own outcomes,
/// which are negative so they never collide with a wire code.
public enum LoadStatus {
    /// The connection closed or broke (or sent a connection-level error) with the call in flight.
    public static let connectionLost: Int32 = -1
    /// No answer a second past the call's timeout; the harness stopped waiting.
    public static let noAnswer: Int32 = -2

    /// `OK`, `UNAVAILABLE`, ... as in PROTOCOL.md §6; `CONNECTION_LOST`,
    /// `NO_ANSWER` for the harness' own; `CODE_<n>` for an unknown number.
    public static func name(_ code: Int32) -> String {
        switch code {
        case connectionLost: "CONNECTION_LOST"
        case noAnswer: "NO_ANSWER"
        default: StatusCode(rawValue: code).name
        }
    }
}
