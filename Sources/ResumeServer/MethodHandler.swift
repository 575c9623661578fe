public import ResumeProto
public import ResumeWire
import ResumeCore

/// Where a handler runs.
public enum ExecutionLane: Sendable, Hashable {
    /// On the event loop, answered in the same wake-up, synchronously. Only
    /// for handlers that never wait and take microseconds (Echo, a health snapshot).
    case inline
    /// As a Swift task on the event loop: the handler awaits the database,
    /// the cache or a work lane without holding a thread; its synchronous
    /// stretches run on the loop in the wake-up that made them ready.
    case task
    /// Inline first: the handler's synchronous fast path runs in the wake-up
    /// that read the frame; when it cannot answer at once (`.deferred`),
    /// the call runs as a task like any `.task` call.
    case inlineFirst
}

/// What an inline handler answers.
public enum InlineAnswer: Sendable {
    /// The serialised response.
    case response([UInt8])
    /// The request's own bytes are the response (sent without a copy in between).
    case requestBytes
    /// The call's error.
    case failure(RPCError)
    /// Not answerable at once: run the handler as a task (`.inlineFirst` only).
    case deferred
}

/// The server side of one method: decode the request, run, encode the response.
/// A class, so the registry hands out one reference per call rather than a
/// copy of its strings and closures. Immutable.
public final class MethodHandler: Sendable {
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
    /// Whether an inline handler reads its `CallContext` (one that does not is spared building it).
    public let needsContext: Bool
    private let inlineBody: (@Sendable (UnsafeRawBufferPointer, CallContext?) -> InlineAnswer)?
    private let taskBody: (@Sendable ([UInt8], CallContext) async -> Result<[UInt8], RPCError>)?

    /// Runs an inline handler on a serialised request, in place in the frame's buffer.
    public func runInline(payload: UnsafeRawBufferPointer, context: CallContext?) -> InlineAnswer {
        inlineBody!(payload, context)
    }

    /// Runs an inline handler on a serialised request.
    public func runInline(payload: [UInt8], context: CallContext) -> Result<[UInt8], RPCError> {
        switch payload.withUnsafeBytes({ inlineBody!($0, context) }) {
        case .response(let bytes): .success(bytes)
        case .requestBytes: .success(payload)
        case .failure(let error): .failure(error)
        case .deferred: .failure(RPCError(.internal, "internal error"))
        }
    }

    /// Runs a task handler on a serialised request.
    public func run(payload: [UInt8], context: CallContext) async -> Result<[UInt8], RPCError> {
        if let taskBody { return await taskBody(payload, context) }
        return runInline(payload: payload, context: context)
    }

    /// An inline handler for `method`: synchronous, never waiting. A payload
    /// that does not decode is `INVALID_ARGUMENT`; errors map as for `unary`.
    public static func inline<Request, Response>(
        _ method: RPCMethod<Request, Response>,
        servedWhileDraining: Bool = false,
        _ handler: @escaping @Sendable (Request, CallContext) throws -> Response
    ) -> MethodHandler {
        MethodHandler(path: method.path, requestType: Request.protoName, responseType: Response.protoName, lane: .inline,
                      servedWhileDraining: servedWhileDraining, needsContext: true, inlineBody: { payload, context in
            let request: Request
            do {
                request = try Request(serializedBytes: payload)
            } catch {
                return .failure(RPCError(.invalidArgument, "payload is not a valid \(Request.protoName): \(error)"))
            }
            do {
                return .response(try handler(request, context!).serializedBytes())
            } catch {
                return .failure(mapError(error, context: context!, onUnexpectedError: { _, _ in }))
            }
        }, taskBody: nil)
    }

    /// An inline handler that answers every valid request with the
    /// request's own bytes — for a method whose response message has the
    /// request's layout (Echo). The payload is checked to decode as `Request`
    /// (else `INVALID_ARGUMENT`) and is never unpacked, packed or copied
    /// before it is written back.
    public static func mirror<Request, Response>(_ method: RPCMethod<Request, Response>) -> MethodHandler {
        MethodHandler(path: method.path, requestType: Request.protoName, responseType: Response.protoName, lane: .inline,
                      servedWhileDraining: false, needsContext: false, inlineBody: { payload, _ in
            do {
                try Request.validate(serializedBytes: payload)
                return .requestBytes
            } catch {
                return .failure(RPCError(.invalidArgument, "payload is not a valid \(Request.protoName): \(error)"))
            }
        }, taskBody: nil)
    }

    /// A handler for `method` that runs as a task on the event loop. A
    /// payload that does not decode is answered `INVALID_ARGUMENT`; a thrown
    /// `RPCErrorConvertible` becomes its status; any other error becomes
    /// `INTERNAL` (and `onUnexpectedError` sees it).
    public static func unary<Request, Response>(
        _ method: RPCMethod<Request, Response>,
        onUnexpectedError: @escaping @Sendable (any Error, CallContext) -> Void = { _, _ in },
        _ handler: @escaping @Sendable (Request, CallContext) async throws -> Response
    ) -> MethodHandler {
        MethodHandler(path: method.path, requestType: Request.protoName, responseType: Response.protoName, lane: .task,
                      servedWhileDraining: false, needsContext: true, inlineBody: nil, taskBody: { payload, context in
            let request: Request
            do {
                request = try Request(serializedBytes: payload)
            } catch {
                return .failure(RPCError(.invalidArgument, "payload is not a valid \(Request.protoName): \(error)"))
            }
            do {
                let response = try await handler(request, context)
                return .success(try response.serializedBytes())
            } catch {
                return .failure(mapError(error, context: context, onUnexpectedError: onUnexpectedError))
            }
        })
    }

    /// A `.unary` handler with a synchronous fast path tried first, on the
    /// event loop: `fastPath` reads the serialised request in place and
    /// answers what it can without waiting (a warm cache hit), as the
    /// serialised response; it returns nil for everything else — including
    /// every error and any request it does not read, which `handler` then
    /// decodes and reports — so the call runs as a task.
    public static func unary<Request, Response>(
        _ method: RPCMethod<Request, Response>,
        fastPath: @escaping @Sendable (UnsafeRawBufferPointer, CallContext) -> [UInt8]?,
        onUnexpectedError: @escaping @Sendable (any Error, CallContext) -> Void = { _, _ in },
        _ handler: @escaping @Sendable (Request, CallContext) async throws -> Response
    ) -> MethodHandler {
        let slow = unary(method, onUnexpectedError: onUnexpectedError, handler)
        return MethodHandler(path: method.path, requestType: Request.protoName, responseType: Response.protoName, lane: .inlineFirst,
                             servedWhileDraining: false, needsContext: true, inlineBody: { payload, context in
            guard let bytes = fastPath(payload, context!) else { return .deferred }
            return .response(bytes)
        }, taskBody: slow.taskBody)
    }

    private static func mapError(_ error: any Error, context: CallContext,
                                 onUnexpectedError: (any Error, CallContext) -> Void) -> RPCError {
        if let e = error as? any RPCErrorConvertible { return e.rpcError }
        if let reason = error as? CallCancellation.Reason { return RPCError(cancelled: reason) }
        onUnexpectedError(error, context)
        return RPCError(.internal, "internal error")
    }

    init(path: String, requestType: String, responseType: String, lane: ExecutionLane, servedWhileDraining: Bool, needsContext: Bool,
         inlineBody: (@Sendable (UnsafeRawBufferPointer, CallContext?) -> InlineAnswer)?,
         taskBody: (@Sendable ([UInt8], CallContext) async -> Result<[UInt8], RPCError>)?) {
        precondition(!servedWhileDraining || lane == .inline, "only inline handlers can be served while draining")
        self.path = path
        self.requestType = requestType
        self.responseType = responseType
        self.lane = lane
        self.servedWhileDraining = servedWhileDraining
        self.needsContext = needsContext
        self.inlineBody = inlineBody
        self.taskBody = taskBody
    }
}
