/// A failed Redis operation. Messages carry hiredis' error text captured at
/// once, never keys' values or passwords.
public enum RedisError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The settings are unusable.
    case configuration(String)
    /// Connecting or talking to the server failed (hiredis `errstr`).
    case io(String)
    /// The server answered with an error reply.
    case server(String)
    /// A reply of an unexpected type.
    case protocolMismatch(String)
    /// The deadline passed first.
    case timedOut

    public var description: String {
        switch self {
        case .configuration(let m): "redis configuration: \(m)"
        case .io(let m): "redis: \(m)"
        case .server(let m): "redis error reply: \(m)"
        case .protocolMismatch(let m): "redis: unexpected reply (\(m))"
        case .timedOut: "redis: timed out"
        }
    }
}
