/// Reads what the harness needs from a `ResponseFrame` body without decoding
/// it: the call id, the status code, and, for an analysis, whether it was
/// cached — by walking the protobuf fields in place, allocating nothing.
public enum ResponseScanner {
    /// What a response said.
    public struct Scanned: Sendable, Hashable {
        /// `call_id` (0: a connection-level error).
        public var callID: UInt64 = 0
        /// `status.code` (0 when the status or its code is absent, as proto3 implies).
        public var code: Int32 = 0
        /// `Analysis.cached` of the payload, when asked for and the payload is one.
        public var cached: Bool?

        /// A scan result (for tests and callers that build one).
        public init(callID: UInt64 = 0, code: Int32 = 0, cached: Bool? = nil) {
            self.callID = callID
            self.code = code
            self.cached = cached
        }
    }

    /// Scans a `ResponseFrame` body; with `readCached`, also field 13 (`cached`)
    /// of its payload, read as an `Analysis`. Nil when the body is not valid protobuf.
    public static func scan(_ body: UnsafeRawBufferPointer, readCached: Bool = false) -> Scanned? {
        var out = Scanned()
        var i = 0
        while i < body.count {
            guard let key = ProtoBytes.readVarint(body, &i) else { return nil }
            switch key {
            case 1 << 3:
                guard let id = ProtoBytes.readVarint(body, &i) else { return nil }
                out.callID = id
            case 2 << 3 | 2:
                guard let n = ProtoBytes.readVarint(body, &i), n <= UInt64(body.count - i) else { return nil }
                guard let code = statusCode(UnsafeRawBufferPointer(rebasing: body[i..<i + Int(n)])) else { return nil }
                out.code = code
                i += Int(n)
            case 3 << 3 | 2 where readCached:
                guard let n = ProtoBytes.readVarint(body, &i), n <= UInt64(body.count - i) else { return nil }
                guard let cached = analysisCached(UnsafeRawBufferPointer(rebasing: body[i..<i + Int(n)])) else { return nil }
                out.cached = cached
                i += Int(n)
            default:
                guard ProtoBytes.skip(wireType: key & 7, body, &i) else { return nil }
            }
        }
        return out
    }

    /// `Status.code` (field 1, an enum: int32 as a varint, negatives sign-extended).
    static func statusCode(_ status: UnsafeRawBufferPointer) -> Int32? {
        var i = 0, code: Int32 = 0
        while i < status.count {
            guard let key = ProtoBytes.readVarint(status, &i) else { return nil }
            if key == 1 << 3 {
                guard let v = ProtoBytes.readVarint(status, &i) else { return nil }
                code = Int32(truncatingIfNeeded: v)
            } else if !ProtoBytes.skip(wireType: key & 7, status, &i) {
                return nil
            }
        }
        return code
    }

    /// `Analysis.cached` (field 13, bool); false when absent.
    static func analysisCached(_ analysis: UnsafeRawBufferPointer) -> Bool? {
        var i = 0, cached = false
        while i < analysis.count {
            guard let key = ProtoBytes.readVarint(analysis, &i) else { return nil }
            if key == 13 << 3 {
                guard let v = ProtoBytes.readVarint(analysis, &i) else { return nil }
                cached = v != 0
            } else if !ProtoBytes.skip(wireType: key & 7, analysis, &i) {
                return nil
            }
        }
        return cached
    }
}
