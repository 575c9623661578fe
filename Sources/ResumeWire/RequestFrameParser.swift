import ResumeProto

/// Turns one frame body from a client into a call, or says how to refuse it.
/// Pure: no sockets, no state; the fuzz target for request frames calls it.
public enum RequestFrameParser {
    /// The verdict on one frame.
    public enum Outcome: Sendable {
        /// A call to dispatch.
        case call(InboundCall)
        /// Answer this call with an error; the connection stays usable.
        case rejectCall(callID: UInt64, RPCError)
        /// Answer with an error on call_id 0, then close the connection.
        case closeConnection(RPCError)
    }

    /// Parses and checks one `RequestFrame` body.
    public static func parse(_ body: UnsafeRawBufferPointer, limits: WireLimits) -> Outcome {
        let frame: Resume_Rpc_V1_RequestFrame
        do {
            frame = try Resume_Rpc_V1_RequestFrame(serializedBytes: body)
        } catch {
            return .closeConnection(RPCError(.invalidArgument, "frame body is not a valid resume.rpc.v1.RequestFrame: \(error)"))
        }
        guard frame.callID != 0 else {
            return .closeConnection(RPCError(.invalidArgument, "call_id 0 is reserved for connection-level errors"))
        }
        let method = frame.method
        guard method.utf8.count <= limits.maxMethodBytes, method.hasPrefix("/"), method.utf8.count > 1 else {
            return .rejectCall(callID: frame.callID, RPCError(.unimplemented, "unknown method \(printable(method))"))
        }
        if let error = check(frame.metadata, limits: limits) {
            return .rejectCall(callID: frame.callID, error)
        }
        return .call(InboundCall(
            callID: frame.callID,
            method: method,
            payload: frame.payload,
            timeoutMilliseconds: frame.timeoutMs,
            metadata: CallMetadata(frame.metadata)
        ))
    }

    private static func check(_ metadata: [String: String], limits: WireLimits) -> RPCError? {
        var violations: [FieldViolation] = []
        if metadata.count > limits.maxMetadataEntries {
            violations.append(.init("metadata", "at most \(limits.maxMetadataEntries) entries"))
        }
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) where violations.count < 8 {
            let keyBytes = key.utf8
            if keyBytes.isEmpty || keyBytes.count > limits.maxMetadataKeyBytes
                || !keyBytes.allSatisfy({ isKeyByte($0) }) {
                violations.append(.init("metadata", "key \(printable(key)) must be 1 to \(limits.maxMetadataKeyBytes) of a-z 0-9 - _ ."))
            } else if value.utf8.count > limits.maxMetadataValueBytes {
                violations.append(.init("metadata[\(key)]", "value longer than \(limits.maxMetadataValueBytes) bytes"))
            }
        }
        return violations.isEmpty ? nil : .invalidArgument(violations)
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E
    }

    /// A client-sent name made safe to show: printable ASCII, at most 64 bytes.
    public static func printable(_ s: String) -> String {
        let bytes = s.utf8
        guard bytes.count <= 64, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
            return "(\(bytes.count) bytes, not shown)"
        }
        return "\"\(s)\""
    }
}
