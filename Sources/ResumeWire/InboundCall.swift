public import ResumeCore

/// A call as the server received it, checked against the protocol's rules.
public struct InboundCall: Sendable {
    /// The client's id for the call; never 0.
    public let callID: UInt64
    /// `/package.Service/Method`.
    public let method: String
    /// The serialised request message.
    public let payload: [UInt8]
    /// The client's `timeout_ms`; 0 means the server default.
    public let timeoutMilliseconds: UInt32
    /// The call's metadata.
    public let metadata: CallMetadata

    /// A call with the given parts.
    public init(callID: UInt64, method: String, payload: [UInt8], timeoutMilliseconds: UInt32, metadata: CallMetadata) {
        self.callID = callID
        self.method = method
        self.payload = payload
        self.timeoutMilliseconds = timeoutMilliseconds
        self.metadata = metadata
    }

    /// The call in `view`, copied out of the frame's buffer.
    public init(_ view: RequestFrameParser.CallView) {
        self.init(callID: view.callID, method: view.method, payload: Array(view.payload),
                  timeoutMilliseconds: view.timeoutMilliseconds, metadata: view.metadata)
    }

    /// The call's deadline: `timeout_ms` after `receivedAt`, or the default
    /// when 0, never later than `maximum` after it.
    public func deadline(receivedAt: UInt64, defaultMilliseconds: UInt64, maximumMilliseconds: UInt64) -> Deadline {
        Self.deadline(timeoutMilliseconds: timeoutMilliseconds, receivedAt: receivedAt, defaultMilliseconds: defaultMilliseconds,
                      maximumMilliseconds: maximumMilliseconds)
    }

    /// The deadline of a call that asked for `timeoutMilliseconds`; see the instance method.
    public static func deadline(timeoutMilliseconds: UInt32, receivedAt: UInt64, defaultMilliseconds: UInt64,
                                maximumMilliseconds: UInt64) -> Deadline {
        let asked = timeoutMilliseconds == 0 ? defaultMilliseconds : UInt64(timeoutMilliseconds)
        return .after(milliseconds: min(asked, maximumMilliseconds), now: receivedAt)
    }
}
