#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import ResumeCore
public import ResumeProto
public import ResumeTransport
public import ResumeWire
import Synchronization

/// One TCP (or Unix socket) connection to `resumed`, multiplexing any number
/// of concurrent calls: each gets a fresh call id, a deadline, and its own
/// answer, in whatever order the server sends them. Thread-safe.
///
/// Frames are encoded on the caller's thread and handed to the connection's
/// event loop in batches; answers are decoded on the loop. A connection that
/// breaks fails every pending call with `UNAVAILABLE` and stays closed:
/// make a new one to reconnect.
public final class ClientConnection: Sendable {
    /// Where it is connected.
    public let address: SocketAddress
    private let core: ClientConnectionCore
    private let nextCallID = Atomic<UInt64>(1)

    private init(address: SocketAddress, core: ClientConnectionCore) {
        self.address = address
        self.core = core
    }

    /// Connects to `address`. Calls made through the connection run on
    /// `loop` (by default one shared client loop).
    public static func connect(
        to address: SocketAddress,
        configuration: ClientConfiguration = .init(),
        loop: EventLoop? = nil
    ) throws -> ClientConnection {
        let fd = try Socket.connect(address, timeoutMilliseconds: configuration.connectTimeoutMilliseconds, nonBlocking: true)
        let loop = try loop ?? SharedClientLoop.get()
        let core = ClientConnectionCore(fd: fd, loop: loop, maxFrameSize: configuration.maxFrameSize)
        do {
            try loop.sync { try core.register() }
        } catch {
            Glibc.close(fd)
            throw error
        }
        return ClientConnection(address: address, core: core)
    }

    /// Whether the connection is still usable.
    public var isOpen: Bool { core.isOpen }

    /// Closes the connection; pending calls fail with `CANCELLED`.
    public func close() {
        core.close(RPCError(.cancelled, "connection closed by the client"))
    }

    /// Sends one call and reports its answer through `completion` (on the
    /// connection's loop: return quickly). Returns the call id used.
    @discardableResult
    public func start(
        path: String,
        payload: [UInt8],
        options: CallOptions = .init(),
        completion: @escaping @Sendable (Result<[UInt8], RPCError>) -> Void
    ) -> UInt64 {
        let callID = nextCallID.wrappingAdd(1, ordering: .relaxed).oldValue
        let frame = Resume_Rpc_V1_RequestFrame(
            callID: callID, method: path, payload: payload,
            timeoutMs: options.timeoutMilliseconds, metadata: options.metadata
        )
        var bytes: [UInt8] = []
        do {
            try FrameEncoder.append(frame, to: &bytes)
        } catch {
            completion(.failure(RPCError(.invalidArgument, "request could not be encoded: \(error)")))
            return callID
        }
        let timeout = UInt64(options.timeoutMilliseconds == 0 ? 30_000 : options.timeoutMilliseconds)
        core.submit(ClientConnectionCore.Outgoing(
            callID: callID, frame: bytes, deadline: .after(milliseconds: timeout), completion: completion
        ))
        return callID
    }

    /// Abandons a call: it fails with `CANCELLED` at once; a later answer is dropped.
    public func cancel(callID: UInt64) {
        core.cancel(callID: callID)
    }

    /// Calls `method` and waits for its answer. Task cancellation abandons the call.
    /// - Throws: `RPCError`: the server's status, or `DEADLINE_EXCEEDED`,
    ///   `UNAVAILABLE` (connection gone) or `CANCELLED` raised locally.
    public func call<Request, Response>(
        _ method: RPCMethod<Request, Response>,
        _ request: Request,
        options: CallOptions = .init()
    ) async throws(RPCError) -> Response {
        let payload: [UInt8]
        do {
            payload = try request.serializedBytes()
        } catch {
            throw RPCError(.invalidArgument, "request could not be encoded: \(error)")
        }
        // The task may be cancelled before the call has an id: remember that, and cancel it once it has one.
        let state = Mutex<(id: UInt64?, cancelled: Bool)>((nil, false))
        let result: Result<[UInt8], RPCError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let id = start(path: method.path, payload: payload, options: options) { continuation.resume(returning: $0) }
                if state.withLock({ s in s.id = id; return s.cancelled }) { cancel(callID: id) }
            }
        } onCancel: {
            if let id = state.withLock({ s in s.cancelled = true; return s.id }) { cancel(callID: id) }
        }
        let bytes = try result.get()
        do {
            return try Response(serializedBytes: bytes)
        } catch {
            throw RPCError(.internal, "response is not a valid \(Response.protoName): \(error)")
        }
    }
}

/// The client loop shared by connections that were not given one.
enum SharedClientLoop {
    private static let loop = Mutex<EventLoop?>(nil)

    static func get() throws -> EventLoop {
        try loop.withLock { l in
            if let l { return l }
            let made = try EventLoop(label: "resume.client")
            made.start()
            l = made
            return made
        }
    }
}
