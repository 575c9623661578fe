

/// What every database operation needs from the call it serves.
public struct QueryContext: Sendable {
    /// The statement is cancelled (`PQcancel`) when this passes.
    public let deadline: Deadline
    /// Cancelling the call cancels the running statement.
    public let cancellation: CallCancellation?
    /// Names the work in leak reports (the RPC method).
    public let label: String

    public init(deadline: Deadline, cancellation: CallCancellation? = nil, label: String) {
        self.deadline = deadline
        self.cancellation = cancellation
        self.label = label
    }

    /// A context for administrative work (migrations, tests).
    public static func administrative(_ label: String, seconds: UInt64 = 60) -> QueryContext {
        QueryContext(deadline: .after(milliseconds: seconds * 1_000), label: label)
    }
}
