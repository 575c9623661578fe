/// A method of a service declared under `proto/`, with its request and response types.
public struct RPCMethod<Request: ProtoMessage, Response: ProtoMessage>: Sendable, Hashable {
    /// The full path sent on the wire, `/package.Service/Method`.
    public let path: String

    /// Made by generated code only.
    public init(path: String) {
        self.path = path
    }
}
