public import ResumeProto
public import ResumeWire
import ResumeCore

/// Where a handler runs.
public enum ExecutionLane: Sendable, Hashable {
    /// On the I/O queue, answered in the same wake-up. Only for handlers that
    /// never block and take microseconds (Echo, a health snapshot).
    case inline
    /// On the bounded worker pool; may block (database, password hashing).
    case blocking
}

/// The server side of one method: decode the request, run, encode the response.
public struct MethodHandler: Sendable {
    /// `/package.Service/Method`.
    public let path: String
    /// Full proto name of the request message.
    public let requestType: String
    /// Full proto name of the response message.
    public let responseType: String
    /// Where it runs.
    public let lane: ExecutionLane
    /// Answered even while the server drains (Health); other calls then get `UNAVAILABLE`.
    /// Only inline handlers may be.
    public let servedWhileDraining: Bool
    private let body: @Sendable ([UInt8], CallContext) -> Result<[UInt8], RPCError>

    /// Runs the handler on a serialised request; returns the serialised response or the call's error.
    public func run(payload: [UInt8], context: CallContext) -> Result<[UInt8], RPCError> {
        body(payload, context)
    }

    /// A handler for `method`. A payload that does not decode is answered
    /// `INVALID_ARGUMENT`; a thrown `RPCErrorConvertible` becomes its status;
    /// any other error becomes `INTERNAL` (and `onUnexpectedError` sees it).
    public static func unary<Request, Response>(
        _ method: RPCMethod<Request, Response>,
        lane: ExecutionLane = .blocking,
        servedWhileDraining: Bool = false,
        onUnexpectedError: @escaping @Sendable (any Error, CallContext) -> Void = { _, _ in },
        _ handler: @escaping @Sendable (Request, CallContext) throws -> Response
    ) -> MethodHandler {
        precondition(!servedWhileDraining || lane == .inline, "only inline handlers can be served while draining")
        return MethodHandler(path: method.path, requestType: Request.protoName, responseType: Response.protoName, lane: lane,
                             servedWhileDraining: servedWhileDraining) { payload, context in
            let request: Request
            do {
                request = try Request(serializedBytes: payload)
            } catch {
                return .failure(RPCError(.invalidArgument, "payload is not a valid \(Request.protoName): \(error)"))
            }
            do {
                let response = try handler(request, context)
                return .success(try response.serializedBytes())
            } catch let error as any RPCErrorConvertible {
                return .failure(error.rpcError)
            } catch let reason as CallCancellation.Reason {
                return .failure(RPCError(cancelled: reason))
            } catch {
                onUnexpectedError(error, context)
                return .failure(RPCError(.internal, "internal error"))
            }
        }
    }

    init(path: String, requestType: String, responseType: String, lane: ExecutionLane, servedWhileDraining: Bool,
         body: @escaping @Sendable ([UInt8], CallContext) -> Result<[UInt8], RPCError>) {
        self.path = path
        self.requestType = requestType
        self.responseType = responseType
        self.lane = lane
        self.servedWhileDraining = servedWhileDraining
        self.body = body
    }
}
