#if canImport(Glibc)
import Glibc
#endif
import ResumeProto
import ResumeWire

extension RawWireClient {
    /// Sends an Echo call whose payload is `text`.
    public func echo(_ callID: UInt64, _ text: String, timeoutMs: UInt32 = 0) throws {
        try send(Self.request(callID, Resume_Rpc_V1_Diagnostics.echo.path, Resume_Rpc_V1_EchoRequest(payload: Array(text.utf8)), timeoutMs: timeoutMs))
    }

    /// `count` framed Echo calls (ids 1...count) of `payloadBytes` each, as one byte stream.
    public static func echoFrames(count: Int, payloadBytes: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        let payload = [UInt8](repeating: 0x61, count: payloadBytes)
        for id in 1...count {
            try FrameEncoder.append(try request(UInt64(id), Resume_Rpc_V1_Diagnostics.echo.path, Resume_Rpc_V1_EchoRequest(payload: payload)), to: &bytes)
        }
        return bytes
    }

    /// Sends as much of `bytes[from...]` as the socket takes now, without waiting; returns the new offset.
    public func push(_ bytes: [UInt8], from: Int) -> Int {
        var sent = from
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
            if n <= 0 { break }
            sent += n
        }
        return sent
    }
}
