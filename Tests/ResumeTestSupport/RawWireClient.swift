#if canImport(Glibc)
import Glibc
#endif
public import ResumeProto
public import ResumeTransport
import ResumeWire

/// A deliberately plain client: a blocking socket, bytes out, frames in. It
/// speaks the protocol as docs/PROTOCOL.md writes it, and misbehaves on request.
///
/// `@unchecked Sendable`: `send` touches only the descriptor, so one thread
/// may send while another reads; `read` (and its decoder) belong to one thread.
public final class RawWireClient: @unchecked Sendable {
    public let fd: Int32
    private var decoder = FrameDecoder(maxFrameSize: 64 * 1024 * 1024)

    /// Connects (blocking).
    public init(_ address: SocketAddress) throws {
        fd = try Socket.connect(address, timeoutMilliseconds: 5_000, nonBlocking: false)
    }

    deinit { Glibc.close(fd) }

    /// Sends raw bytes, whole.
    public func send(bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw SocketError("send") }
            sent += n
        }
    }

    /// Sends one request frame.
    public func send(_ frame: Resume_Rpc_V1_RequestFrame) throws {
        try send(bytes: FrameEncoder.frame(frame))
    }

    /// A request frame for `method` with a serialised message.
    public static func request(_ callID: UInt64, _ method: String, _ message: some ProtoMessage, timeoutMs: UInt32 = 0, metadata: [String: String] = [:]) throws -> Resume_Rpc_V1_RequestFrame {
        Resume_Rpc_V1_RequestFrame(callID: callID, method: method, payload: try message.serializedBytes(), timeoutMs: timeoutMs, metadata: metadata)
    }

    /// What reading found.
    public enum Read {
        case frame(Resume_Rpc_V1_ResponseFrame)
        /// The server closed the connection cleanly (FIN).
        case closed
        /// The connection was reset (RST): anything the server sent last may be lost.
        case reset
        /// Nothing within the wait.
        case timedOut
    }

    /// Reads the next response frame, waiting up to `timeoutMilliseconds`.
    public func read(timeoutMilliseconds: Int32 = 10_000) throws -> Read {
        while true {
            switch decoder.nextFrame() {
            case .frame(let body): return .frame(try Resume_Rpc_V1_ResponseFrame(serializedBytes: body))
            case .frameTooLarge: throw SocketError("frame too large", code: EMSGSIZE)
            case .needMoreBytes: break
            }
            guard let ready = waitFor(POLLIN, on: fd, timeoutMilliseconds: timeoutMilliseconds) else { throw SocketError("poll") }
            if ready == 0 { return .timedOut }
            let n = decoder.receive(upTo: 65_536) { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n == 0 { return .closed }
            if n < 0 {
                if errno == ECONNRESET { return .reset }
                throw SocketError("read")
            }
        }
    }

    /// Reads the next frame and fails unless it is one.
    public func readFrame(timeoutMilliseconds: Int32 = 10_000) throws -> Resume_Rpc_V1_ResponseFrame {
        switch try read(timeoutMilliseconds: timeoutMilliseconds) {
        case .frame(let f): return f
        case .closed: throw TestFailure("connection closed instead of a frame")
        case .reset: throw TestFailure("connection reset instead of a frame")
        case .timedOut: throw TestFailure("no frame within \(timeoutMilliseconds) ms")
        }
    }

    /// True when the server closes the connection within the wait (frames before it are skipped).
    public func waitForClose(timeoutMilliseconds: Int32 = 10_000) throws -> Bool {
        while true {
            switch try read(timeoutMilliseconds: timeoutMilliseconds) {
            case .frame: continue
            case .closed, .reset: return true
            case .timedOut: return false
            }
        }
    }
}

/// A failure a test helper reports.
public struct TestFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
