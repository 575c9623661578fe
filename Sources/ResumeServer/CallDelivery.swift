import ResumeTransport
import ResumeWire

/// Moves calls between connections and handlers, and answers out of the
/// loop: starts `.task` handlers as Swift tasks on the loop, hands each
/// result back to its connection, writes once per touched connection at the
/// end of each loop pass, and is the one point every answered call is
/// reported through (`callFinished`).
///
/// `@unchecked Sendable`: confined to the loop's queue (handler tasks run
/// there too; they capture it only to come back to it).
final class CallDelivery: @unchecked Sendable {
    private let loop: EventLoop
    private let connections: ConnectionTable
    private let onCallFinished: @Sendable (_ method: String, _ code: StatusCode, _ nanoseconds: UInt64) -> Void
    /// Connections with output or work to resume at the end of this pass.
    private var touched: [ServerConnection] = []

    init(loop: EventLoop, connections: ConnectionTable,
         callFinished: @escaping @Sendable (_ method: String, _ code: StatusCode, _ nanoseconds: UInt64) -> Void) {
        self.loop = loop
        self.connections = connections
        self.onCallFinished = callFinished
    }

    /// Starts a `.task` handler as a Swift task on the loop; its answer comes
    /// back to the connection (if it is still open) through `handlerFinished`, on the loop.
    func spawn(connectionID: UInt64, slot: UInt64, handler: MethodHandler, payload: [UInt8], context: CallContext) {
        Task(executorPreference: loop) { [self] in
            let result: Result<[UInt8], RPCError>
            if let reason = context.cancellation.reason {
                result = .failure(RPCError(cancelled: reason)) // expired or abandoned before it started
            } else {
                result = await handler.run(payload: payload, context: context)
            }
            handlerFinished(connectionID: connectionID, slot: slot, result)
        }
    }

    private func handlerFinished(connectionID: UInt64, slot: UInt64, _ result: Result<[UInt8], RPCError>) {
        loop.assertOnLoop()
        if let connection = connections[connectionID] {
            connection.handlerReturned(slot: slot, result)
            markTouched(connection)
        }
        connections.handlerReturned()
    }

    /// The connection has output or work to resume at the end of this pass.
    func markTouched(_ connection: ServerConnection) {
        if !connection.isTouched {
            connection.isTouched = true
            touched.append(connection)
        }
    }

    /// At the end of each loop pass: starts waiting calls, decodes what
    /// output allows, and writes, once per connection touched.
    func flushTouched() {
        guard !touched.isEmpty else { return }
        let batch = touched
        touched.removeAll(keepingCapacity: true)
        for connection in batch {
            connection.isTouched = false
            connection.resume()
        }
    }

    /// Reports one answered call: every answer a connection queues for a
    /// call (not the call_id-0 frames) passes here exactly once.
    func callFinished(_ method: String, _ code: StatusCode, startedAt: UInt64) {
        onCallFinished(method, code, loop.now &- startedAt)
    }
}
