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
    /// The server's connection the call came on (0 outside a server).
    public let connectionID: UInt64
    private let serverLogger: Logger

    /// A context; the server makes these, tests may too.
    public init(method: String, callID: UInt64, deadline: Deadline, metadata: CallMetadata, cancellation: CallCancellation, logger: Logger,
                connectionID: UInt64 = 0) {
        self.method = method
        self.callID = callID
        self.deadline = deadline
        self.metadata = metadata
        self.cancellation = cancellation
        self.serverLogger = logger
        self.connectionID = connectionID
    }

    /// The request metadata key a caller names its request with.
    public static let requestIDKey = "x-request-id"

    /// The id every log line about this call carries: the caller's
    /// `x-request-id` when it is 1 to 128 bytes of letters, digits and
    /// `. _ : -`; otherwise one made here, unique in this process
    /// (`<process>-<connection>-<call>`).
    public var requestID: String {
        if let given = metadata[Self.requestIDKey], (1...128).contains(given.utf8.count),
           given.utf8.allSatisfy({ Self.requestIDBytes[Int($0)] }) {
            return given
        }
        return "\(Self.processTag)-\(connectionID)-\(callID)"
    }

    /// The server's logger with the call's method and `request_id` attached
    /// (made when asked for: most calls never log). Never log payloads or tokens.
    public var logger: Logger {
        var l = serverLogger
        l[metadataKey: "request_id"] = "\(requestID)"
        l[metadataKey: "method"] = "\(method)"
        return l
    }

    /// Bytes a caller's request id may have.
    private static let requestIDBytes: [Bool] = (0..<256).map { b in
        let c = UInt8(b)
        return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2E || c == 0x5F || c == 0x3A || c == 0x2D
    }

    /// Random per process, so ids made here do not repeat across restarts.
    private static let processTag = String(UInt32.random(in: 0x1000_0000 ... .max), radix: 16)

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
