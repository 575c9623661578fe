import ResumeProto

/// Turns one frame body from a client into a call, or says how to refuse it.
/// Pure: no sockets, no state; the fuzz target for request frames calls it.
///
/// It reads the `RequestFrame` wire format directly from the decoder's
/// buffer — no protobuf-c unpack, no intermediate message — with the rules
/// protobuf (and PROTOCOL.md §4) gives: fields in any order, the last of a
/// repeated scalar wins, unknown fields skipped, a known field with the
/// wrong wire type, a truncated or overlong varint, a group, or a string
/// that is not UTF-8 (or holds U+0000) makes the body invalid.
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

    /// A call read from a frame body, pointing into that body: valid only
    /// while the body is (inside the decoder's `next`). `InboundCall(view)`
    /// copies what outlives it.
    public struct CallView {
        public let callID: UInt64
        public let method: String
        public let payload: UnsafeRawBufferPointer
        public let timeoutMilliseconds: UInt32
        public let metadata: CallMetadata
    }

    /// The verdict on one frame, without copying the payload.
    public enum ViewOutcome {
        case call(CallView)
        case rejectCall(callID: UInt64, RPCError)
        case closeConnection(RPCError)
    }

    /// Field values read from a body in one pass; at most this many are
    /// accepted (as protobuf-c's decoder was bounded), so a frame cannot make
    /// the server build a million metadata entries.
    static let maxElements = 65_536

    /// Parses and checks one `RequestFrame` body. `intern` may return a
    /// shared `String` for a method path (so known paths cost no allocation).
    public static func parse(_ body: UnsafeRawBufferPointer, limits: WireLimits,
                             intern: (UnsafeRawBufferPointer) -> String? = { _ in nil }) -> Outcome {
        switch parseView(body, limits: limits, intern: intern) {
        case .call(let view): .call(InboundCall(view))
        case .rejectCall(let id, let error): .rejectCall(callID: id, error)
        case .closeConnection(let error): .closeConnection(error)
        }
    }

    /// Parses and checks one `RequestFrame` body, leaving the payload in place.
    public static func parseView(_ body: UnsafeRawBufferPointer, limits: WireLimits,
                                 intern: (UnsafeRawBufferPointer) -> String? = { _ in nil }) -> ViewOutcome {
        var callID: UInt64 = 0
        var method: UnsafeRawBufferPointer?
        var payload: UnsafeRawBufferPointer?
        var timeout: UInt32 = 0
        var entries: [(key: String, value: String)] = []
        var validMethod = true
        var elements = 0
        var i = 0
        let n = body.count
        func invalid(_ why: String) -> ViewOutcome {
            .closeConnection(RPCError(.invalidArgument, "frame body is not a valid resume.rpc.v1.RequestFrame: \(why)"))
        }
        while i < n {
            guard let tag = ProtoWire.varint(body, &i), tag >> 3 != 0, tag >> 3 <= 0x1FFF_FFFF else { return invalid("bad field tag") }
            elements += 1
            guard elements <= maxElements else { return invalid("more than \(maxElements) fields") }
            let field = tag >> 3, wire = tag & 7
            switch (field, wire) {
            case (1, 0):
                guard let v = ProtoWire.varint(body, &i) else { return invalid("bad varint") }
                callID = v
            case (4, 0):
                guard let v = ProtoWire.varint(body, &i) else { return invalid("bad varint") }
                timeout = UInt32(truncatingIfNeeded: v)
            case (2, 2), (3, 2), (5, 2):
                guard let value = ProtoWire.lengthDelimited(body, &i) else { return invalid("truncated field") }
                if field == 3 {
                    payload = value
                } else if field == 2 {
                    method = value
                    validMethod = false
                } else {
                    guard let entry = mapEntry(value, elements: &elements) else { return invalid("a metadata entry is malformed or not UTF-8") }
                    // A key sent twice keeps its last value (and counts once).
                    if let k = entries.firstIndex(where: { $0.key == entry.key }) { entries[k].value = entry.value } else { entries.append(entry) }
                }
            case (1...5, _):
                return invalid("field \(field) has the wrong wire type")
            default:
                guard ProtoWire.skip(body, &i, wireType: wire) else { return invalid("bad field \(field)") }
            }
        }
        let methodBytes = method ?? UnsafeRawBufferPointer(start: nil, count: 0)
        // A path the registry knows is valid UTF-8 already.
        let interned = intern(methodBytes)
        if !validMethod && interned == nil && !UTF8Validation.isValidWithoutNUL(methodBytes) {
            return invalid("method is not UTF-8 without U+0000")
        }
        guard callID != 0 else {
            return .closeConnection(RPCError(.invalidArgument, "call_id 0 is reserved for connection-level errors"))
        }
        guard methodBytes.count <= limits.maxMethodBytes, methodBytes.count > 1, methodBytes.first == UInt8(ascii: "/") else {
            return .rejectCall(callID: callID, RPCError(.unimplemented, "unknown method \(printable(methodBytes))"))
        }
        if let error = check(entries, limits: limits) {
            return .rejectCall(callID: callID, error)
        }
        return .call(CallView(
            callID: callID,
            method: interned ?? String(decoding: methodBytes, as: UTF8.self),
            payload: payload ?? UnsafeRawBufferPointer(start: nil, count: 0),
            timeoutMilliseconds: timeout,
            metadata: CallMetadata(pairs: entries)
        ))
    }

    /// One `map<string, string>` entry: key = 1, value = 2, unknown fields skipped.
    private static func mapEntry(_ bytes: UnsafeRawBufferPointer, elements: inout Int) -> (key: String, value: String)? {
        var key = UnsafeRawBufferPointer(start: nil, count: 0), value = key
        var i = 0
        while i < bytes.count {
            guard let tag = ProtoWire.varint(bytes, &i), tag >> 3 != 0, tag >> 3 <= 0x1FFF_FFFF else { return nil }
            elements += 1
            guard elements <= maxElements else { return nil }
            switch (tag >> 3, tag & 7) {
            case (1, 2), (2, 2):
                guard let v = ProtoWire.lengthDelimited(bytes, &i), UTF8Validation.isValidWithoutNUL(v) else { return nil }
                if tag >> 3 == 1 { key = v } else { value = v }
            case (1, _), (2, _):
                return nil
            default:
                guard ProtoWire.skip(bytes, &i, wireType: tag & 7) else { return nil }
            }
        }
        return (String(decoding: key, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    private static func check(_ metadata: [(key: String, value: String)], limits: WireLimits) -> RPCError? {
        // The usual case, checked without sorting: every entry is fine.
        if metadata.count <= limits.maxMetadataEntries,
           metadata.allSatisfy({ keyIsValid($0.key, limits) && $0.value.utf8.count <= limits.maxMetadataValueBytes }) { return nil }
        var violations: [FieldViolation] = []
        if metadata.count > limits.maxMetadataEntries {
            violations.append(.init("metadata", "at most \(limits.maxMetadataEntries) entries"))
        }
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) where violations.count < 8 {
            if !keyIsValid(key, limits) {
                violations.append(.init("metadata", "key \(printable(key)) must be 1 to \(limits.maxMetadataKeyBytes) of a-z 0-9 - _ ."))
            } else if value.utf8.count > limits.maxMetadataValueBytes {
                violations.append(.init("metadata[\(key)]", "value longer than \(limits.maxMetadataValueBytes) bytes"))
            }
        }
        return violations.isEmpty ? nil : .invalidArgument(violations)
    }

    private static func keyIsValid(_ key: String, _ limits: WireLimits) -> Bool {
        let bytes = key.utf8
        return !bytes.isEmpty && bytes.count <= limits.maxMetadataKeyBytes && bytes.allSatisfy({ isKeyByte($0) })
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

    static func printable(_ bytes: UnsafeRawBufferPointer) -> String {
        guard bytes.count <= 64, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
            return "(\(bytes.count) bytes, not shown)"
        }
        return "\"\(String(decoding: bytes, as: UTF8.self))\""
    }
}
