import ResumeCore
import ResumeProto
import ResumeServer
import ResumeTestSupport
import ResumeWire

/// Echo handlers whose behaviour the payload picks, so socket tests can hold
/// calls open, finish them in any order, and watch cancellation:
///   "gate:K"  waits until the test opens gate K, then echoes;
///   "watch:K" like gate, and fires `cancelled` when the call is cancelled;
///   anything else is echoed at once.
struct TestHandlers {
    let gate = Gate()
    let cancelled = Signal()

    /// Runs as a task on the loop; "gate:" and "watch:" calls suspend there.
    var taskEcho: MethodHandler {
        let gate = self.gate, cancelled = self.cancelled
        return .unary(Resume_Rpc_V1_Diagnostics.echo) { request, context in
            let text = String(decoding: request.payload, as: UTF8.self)
            if text.hasPrefix("gate:") {
                await gate.arrive(String(text.dropFirst(5)))
            } else if text.hasPrefix("watch:") {
                context.cancellation.onCancel { _ in cancelled.fire() }
                await gate.arrive(String(text.dropFirst(6)))
            }
            return Resume_Rpc_V1_EchoResponse(payload: request.payload)
        }
    }

    /// Inline first: "fast:" calls are answered by the fast path (with
    /// "fast path" as the payload); everything else defers to `taskEcho`'s body.
    var inlineFirstEcho: MethodHandler {
        let slow = taskEcho
        return .unary(Resume_Rpc_V1_Diagnostics.echo, fastPath: { payload, _ in
            guard let request = try? Resume_Rpc_V1_EchoRequest(serializedBytes: payload),
                  request.payload.starts(with: Array("fast:".utf8)) else { return nil }
            return try? Resume_Rpc_V1_EchoResponse(payload: Array("fast path".utf8)).serializedBytes()
        }) { request, context in
            try Resume_Rpc_V1_EchoResponse(serializedBytes: try await slow.run(payload: request.serializedBytes(), context: context).get())
        }
    }

    /// Answered on the loop in the wake-up that read it (no gates).
    var inlineEcho: MethodHandler {
        .inline(Resume_Rpc_V1_Diagnostics.echo) { request, _ in Resume_Rpc_V1_EchoResponse(payload: request.payload) }
    }
}

extension Resume_Rpc_V1_ResponseFrame {
    var code: StatusCode { status?.code ?? .ok }
    var text: String {
        (try? Resume_Rpc_V1_EchoResponse(serializedBytes: payload)).map { String(decoding: $0.payload, as: UTF8.self) } ?? ""
    }
}
