import ResumeWire

/// The answer of one dispatched call, on its way back to the I/O queue
/// (through a `LoopMailbox`, in batches).
struct Completion: Sendable {
    let connectionID: UInt64
    /// The call's slot on its connection (see `ConnectionStateMachine`).
    let slot: UInt64
    let result: Result<[UInt8], RPCError>
}
