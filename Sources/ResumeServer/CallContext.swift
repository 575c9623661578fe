public import Logging
public import ResumeCore
public import ResumeWire

/// What a handler knows about the call it serves.
public struct CallContext: Sendable {
    /// `/package.Service/Method`.
    public let method: String
    /// The client's id for the call.
    public let callID: UInt64
    /// When the answer is due; pass it on to every blocking call (database, cache).
    public let deadline: Deadline
    /// The call's metadata (credentials are under `authorization`).
    public let metadata: CallMetadata
    /// Set when the answer is no longer wanted (deadline, disconnect, shutdown).
    public let cancellation: CallCancellation
    /// The server's logger, with the method attached. Never log payloads or tokens.
    public let logger: Logger

    /// A context; the server makes these, tests may too.
    public init(method: String, callID: UInt64, deadline: Deadline, metadata: CallMetadata, cancellation: CallCancellation, logger: Logger) {
        self.method = method
        self.callID = callID
        self.deadline = deadline
        self.metadata = metadata
        self.cancellation = cancellation
        self.logger = logger
    }

    /// Throws the status a cancelled call is answered with, if it is cancelled.
    public func checkCancellation() throws(RPCError) {
        if let reason = cancellation.reason { throw RPCError(cancelled: reason) }
        if deadline.hasPassed() { throw RPCError(cancelled: .deadlineExceeded) }
    }
}

extension RPCError {
    /// The status of a call cancelled for `reason`.
    public init(cancelled reason: CallCancellation.Reason) {
        switch reason {
        case .deadlineExceeded: self.init(.deadlineExceeded, "deadline exceeded")
        case .clientDisconnected: self.init(.cancelled, "client disconnected")
        case .serverShutdown: self.init(.unavailable, "server shut down before the call finished")
        }
    }
}
