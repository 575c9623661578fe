/// A request frame encoded once and sent many times: the `RequestFrame` body
/// without its `call_id` (method, timeout, metadata, and the payload when
/// it is the same for every call). Each send writes the 4-byte length, then
/// field 1 with a fresh call id, then these bytes, then, for a payload that
/// changes per call, field 3. Protobuf lets fields come in any order, so this
/// is an ordinary `RequestFrame` to any decoder (loadgen.c does the same).
public struct RequestTemplate: Sendable, Hashable {
    /// Every field of the body but `call_id` (and the per-call payload).
    public let rest: [UInt8]
    /// Whether `rest` holds the payload (else each send supplies one).
    public let hasFixedPayload: Bool

    /// A template for `method` with `timeout_ms` and `metadata` (lower-case
    /// keys), and `payload` when every call sends the same one.
    public init(method: String, payload: [UInt8]?, timeoutMilliseconds: UInt32, metadata: [(key: String, value: String)] = []) {
        var b: [UInt8] = []
        ProtoBytes.appendStringField(2, method, to: &b)
        if let payload { ProtoBytes.appendBytesField(3, payload, to: &b) }
        ProtoBytes.appendVarintField(4, UInt64(timeoutMilliseconds), to: &b)
        for (key, value) in metadata {
            var entry: [UInt8] = []
            ProtoBytes.appendStringField(1, key, to: &entry)
            ProtoBytes.appendStringField(2, value, to: &entry)
            // An entry is written even when empty: a map entry with the default key and value is still an entry.
            ProtoBytes.appendVarint(5 << 3 | 2, to: &b)
            ProtoBytes.appendVarint(UInt64(entry.count), to: &b)
            b.append(contentsOf: entry)
        }
        rest = b
        hasFixedPayload = payload != nil
    }

    /// Appends one whole frame (length prefix and body) with `callID` to `out`;
    /// `payload` is the call's own payload when the template has none fixed.
    @inline(__always)
    public func appendFrame(callID: UInt64, payload: [UInt8]? = nil, to out: inout [UInt8]) {
        precondition(callID != 0, "call id 0 is reserved for connection-level errors")
        precondition(hasFixedPayload == (payload == nil), "give a payload exactly when the template has none")
        var length = 1 + ProtoBytes.varintSize(callID) + rest.count
        if let payload, !payload.isEmpty { length += 1 + ProtoBytes.varintSize(UInt64(payload.count)) + payload.count }
        precondition(length <= Int(UInt32.max), "frame body over 4 GiB")
        out.append(UInt8(truncatingIfNeeded: length >> 24))
        out.append(UInt8(truncatingIfNeeded: length >> 16))
        out.append(UInt8(truncatingIfNeeded: length >> 8))
        out.append(UInt8(truncatingIfNeeded: length))
        out.append(0x08)
        ProtoBytes.appendVarint(callID, to: &out)
        out.append(contentsOf: rest)
        if let payload { ProtoBytes.appendBytesField(3, payload, to: &out) }
    }

    /// Writes the frame's first bytes for `callID` over `header` (the length
    /// prefix and field 1; `rest` follows them), for a template with a fixed
    /// payload: a long frame can then be sent from the two without copying `rest`.
    public func header(callID: UInt64, into header: inout [UInt8]) {
        precondition(callID != 0 && hasFixedPayload)
        header.removeAll(keepingCapacity: true)
        let length = 1 + ProtoBytes.varintSize(callID) + rest.count
        precondition(length <= Int(UInt32.max), "frame body over 4 GiB")
        header.append(UInt8(truncatingIfNeeded: length >> 24))
        header.append(UInt8(truncatingIfNeeded: length >> 16))
        header.append(UInt8(truncatingIfNeeded: length >> 8))
        header.append(UInt8(truncatingIfNeeded: length))
        header.append(0x08)
        ProtoBytes.appendVarint(callID, to: &header)
    }

    /// The whole frame with `callID`, for tests and the setup's checks.
    public func frame(callID: UInt64, payload: [UInt8]? = nil) -> [UInt8] {
        var out: [UInt8] = []
        appendFrame(callID: callID, payload: payload, to: &out)
        return out
    }
}
