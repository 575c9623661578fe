internal import CHiredis

/// A Redis reply, decoded from hiredis' reply object.
public enum RedisReply: Sendable, Hashable {
    case status(String)
    case integer(Int64)
    case bulk([UInt8])
    case null
    case array([RedisReply])
    /// An error reply (`-ERR …`), kept as text (at most 200 bytes) for logs.
    case error(String)

    /// Decodes `reply` (a `redisReply *` from hiredis' reader).
    static func decode(_ raw: UnsafeMutableRawPointer) throws(RedisError) -> RedisReply {
        try decode(raw.assumingMemoryBound(to: redisReply.self), depth: 0)
    }

    private static func decode(_ r: UnsafeMutablePointer<redisReply>, depth: Int) throws(RedisError) -> RedisReply {
        guard depth < 8 else { throw .protocolMismatch("replies nested too deep") }
        let p = r.pointee
        switch p.type {
        case REDIS_REPLY_STATUS: return .status(String(cString: p.str))
        case REDIS_REPLY_ERROR: return .error(String(String(cString: p.str).prefix(200)))
        case REDIS_REPLY_INTEGER: return .integer(p.integer)
        case REDIS_REPLY_NIL: return .null
        case REDIS_REPLY_STRING:
            return .bulk(p.len > 0 ? Array(UnsafeRawBufferPointer(start: p.str, count: p.len)) : [])
        case REDIS_REPLY_ARRAY:
            var items: [RedisReply] = []
            items.reserveCapacity(p.elements)
            for i in 0..<p.elements { items.append(try decode(p.element[i]!, depth: depth + 1)) }
            return .array(items)
        default:
            throw .protocolMismatch("reply type \(p.type)")
        }
    }
}
