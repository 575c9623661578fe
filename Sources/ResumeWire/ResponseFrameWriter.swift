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
            if appendOK(callID: callID, payload: payload, maxFrameSize: maxFrameSize, to: &buffer) { return }
            frame.status = Resume_Rpc_V1_Status(code: .ok)
            frame.payload = payload
        case .failure(let error):
            frame.status = error.status
            frame.metadata = error.responseMetadata
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

    /// Writes a successful answer straight into `buffer`, byte for byte what
    /// protobuf-c packs for `ResponseFrame{call_id, status: {code: OK}, payload}`
    /// (field order 1, 2, 3; the empty status as `12 00`; an empty payload
    /// omitted), with no intermediate message. False (nothing written) when
    /// the frame would exceed `maxFrameSize`.
    static func appendOK(callID: UInt64, payload: [UInt8], maxFrameSize: Int, to buffer: inout [UInt8]) -> Bool {
        payload.withUnsafeBytes { appendOK(callID: callID, payload: $0, maxFrameSize: maxFrameSize, to: &buffer) }
    }

    /// `appendOK` with the payload read in place (e.g. a request echoed from the decoder's buffer).
    public static func appendOK(callID: UInt64, payload: UnsafeRawBufferPointer, maxFrameSize: Int, to buffer: inout [UInt8]) -> Bool {
        let length = 1 + ProtoWire.varintSize(callID) + 2 + (payload.isEmpty ? 0 : 1 + ProtoWire.varintSize(UInt64(payload.count)) + payload.count)
        guard length <= maxFrameSize else { return false }
        buffer.append(UInt8(truncatingIfNeeded: length >> 24))
        buffer.append(UInt8(truncatingIfNeeded: length >> 16))
        buffer.append(UInt8(truncatingIfNeeded: length >> 8))
        buffer.append(UInt8(truncatingIfNeeded: length))
        buffer.append(0x08)
        ProtoWire.appendVarint(callID, to: &buffer)
        buffer.append(0x12)
        buffer.append(0x00)
        if !payload.isEmpty {
            buffer.append(0x1A)
            ProtoWire.appendVarint(UInt64(payload.count), to: &buffer)
            buffer.append(contentsOf: payload)
        }
        return true
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
