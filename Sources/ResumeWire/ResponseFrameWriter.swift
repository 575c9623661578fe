public import ResumeProto

/// Appends `ResponseFrame`s to a connection's output.
public enum ResponseFrameWriter {
    /// Appends the answer to `callID`: `payload` (a serialised response) when
    /// `result` succeeded, the error's status otherwise. A frame that would
    /// exceed `maxFrameSize` is replaced by `RESOURCE_EXHAUSTED`.
    public static func append(callID: UInt64, result: Result<[UInt8], RPCError>, maxFrameSize: Int, to buffer: inout [UInt8]) {
        var frame = Resume_Rpc_V1_ResponseFrame(callID: callID)
        switch result {
        case .success(let payload):
            frame.status = Resume_Rpc_V1_Status(code: .ok)
            frame.payload = payload
        case .failure(let error):
            frame.status = error.status
        }
        let before = buffer.count
        do {
            let length = try FrameEncoder.append(frame, to: &buffer)
            if length <= maxFrameSize { return }
            buffer.removeSubrange(before...)
            append(callID: callID, result: .failure(RPCError(.resourceExhausted, "response of \(length) bytes exceeds the \(maxFrameSize)-byte frame limit")), maxFrameSize: maxFrameSize, to: &buffer)
        } catch {
            buffer.removeSubrange(before...)
            append(callID: callID, result: .failure(RPCError(.internal, "response could not be encoded")), maxFrameSize: maxFrameSize, to: &buffer)
        }
    }

    /// Appends a successful answer, serialising `response`.
    public static func append<Response: ProtoMessage>(callID: UInt64, response: Response, maxFrameSize: Int, to buffer: inout [UInt8]) {
        do {
            append(callID: callID, result: .success(try response.serializedBytes()), maxFrameSize: maxFrameSize, to: &buffer)
        } catch {
            append(callID: callID, result: .failure(RPCError(.internal, "response could not be encoded")), maxFrameSize: maxFrameSize, to: &buffer)
        }
    }
}
