#if canImport(Glibc)
import Glibc
#endif
internal import CHiredis
public import ResumeCore

/// One blocking hiredis connection. Not thread-safe: one thread uses it at a
/// time (a pool hands it out). Every command waits at most until its
/// deadline (hiredis' socket timeout is set per command).
public final class RedisConnection {
    private let context: UnsafeMutablePointer<redisContext>
    /// Set once an I/O error left the connection unusable.
    public private(set) var isBroken = false

    /// Connects to `url` (authenticating and selecting its database) before `deadline`.
    public init(url: RedisURL, deadline: Deadline) throws(RedisError) {
        var tv = Self.timeval(until: deadline)
        let connected = url.socketPath.map { redisConnectUnixWithTimeout($0, tv) } ?? redisConnectWithTimeout(url.host, Int32(url.port), tv)
        guard let c = connected else { throw .io("out of memory") }
        if c.pointee.err != 0 {
            let message = Self.errorText(c)
            redisFree(c)
            throw .io(message)
        }
        context = c
        redisSetTimeout(c, tv)
        tv = Self.timeval(until: deadline)
        if let password = url.password {
            var args = ["AUTH"]
            if let user = url.username { args.append(user) }
            args.append(password)
            _ = try command(args, deadline: deadline)
        }
        if url.database != 0 { _ = try command(["SELECT", String(url.database)], deadline: deadline) }
    }

    deinit {
        if let released = fdReleased { _ = released } else { redisFree(context) }
    }

    /// Set once `releaseDescriptor` handed the socket over.
    private var fdReleased: Int32?

    /// Frees hiredis' context but keeps its socket open and returns it (to be
    /// driven without blocking elsewhere). The connection is unusable after.
    public func releaseDescriptor() -> Int32 {
        precondition(fdReleased == nil, "the descriptor was released already")
        let fd = redisFreeKeepFd(context)
        fdReleased = fd
        isBroken = true
        return fd
    }

    /// A reply, decoded.
    public enum Reply: Sendable, Hashable {
        case status(String)
        case integer(Int64)
        case bulk([UInt8])
        case null
        case array([Reply])
    }

    /// Runs one command (binary-safe arguments) and returns its reply.
    /// An error reply throws `.server`; an I/O failure throws `.io` and breaks the connection.
    public func command(_ arguments: [String], deadline: Deadline) throws(RedisError) -> Reply {
        try command(arguments.map { Array($0.utf8) }, deadline: deadline)
    }

    /// Runs one command with byte-string arguments.
    public func command(_ arguments: [[UInt8]], deadline: Deadline) throws(RedisError) -> Reply {
        guard !isBroken else { throw .io("connection is broken") }
        guard !deadline.hasPassed() else { throw .timedOut }
        redisSetTimeout(context, Self.timeval(until: deadline))
        let raw: UnsafeMutableRawPointer? = arguments.withCArguments { argc, argv, lengths in
            redisCommandArgv(context, argc, argv, lengths)
        }
        guard let raw else {
            isBroken = true
            throw context.pointee.err == REDIS_ERR_IO && (errno == EAGAIN || errno == EWOULDBLOCK) ? .timedOut : .io(Self.errorText(context))
        }
        let reply = raw.assumingMemoryBound(to: redisReply.self)
        defer { freeReplyObject(raw) }
        return try Self.decode(reply)
    }

    private static func decode(_ r: UnsafeMutablePointer<redisReply>) throws(RedisError) -> Reply {
        let p = r.pointee
        switch p.type {
        case REDIS_REPLY_STATUS: return .status(String(cString: p.str))
        case REDIS_REPLY_ERROR: throw .server(String(cString: p.str).prefix(200).description)
        case REDIS_REPLY_INTEGER: return .integer(p.integer)
        case REDIS_REPLY_NIL: return .null
        case REDIS_REPLY_STRING:
            return .bulk(p.len > 0 ? Array(UnsafeRawBufferPointer(start: p.str, count: p.len)) : [])
        case REDIS_REPLY_ARRAY:
            var items: [Reply] = []
            for i in 0..<p.elements { items.append(try decode(p.element[i]!)) }
            return .array(items)
        default:
            throw .protocolMismatch("reply type \(p.type)")
        }
    }

    private static func errorText(_ c: UnsafeMutablePointer<redisContext>) -> String {
        withUnsafeBytes(of: c.pointee.errstr) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    private static func timeval(until deadline: Deadline) -> timeval {
        let ns = max(deadline.remainingNanoseconds(), 1_000_000)
        return Glibc.timeval(tv_sec: Int(ns / 1_000_000_000), tv_usec: Int((ns % 1_000_000_000) / 1_000))
    }
}

extension Array where Element == [UInt8] {
    /// Calls `body` with argc, argv and argvlen for `redisCommandArgv`.
    func withCArguments<R>(_ body: (Int32, UnsafeMutablePointer<UnsafePointer<CChar>?>, UnsafePointer<Int>) -> R) -> R {
        let lengths = map(\.count)
        var pointers: [UnsafePointer<CChar>?] = []
        var storage: [UnsafeMutableRawPointer] = []
        for a in self {
            let p = UnsafeMutableRawPointer.allocate(byteCount: Swift.max(a.count, 1), alignment: 1)
            a.withUnsafeBytes { if let b = $0.baseAddress { p.copyMemory(from: b, byteCount: a.count) } }
            storage.append(p)
            pointers.append(UnsafePointer(p.assumingMemoryBound(to: CChar.self)))
        }
        defer { for p in storage { p.deallocate() } }
        return pointers.withUnsafeMutableBufferPointer { argv in
            lengths.withUnsafeBufferPointer { body(Int32(count), argv.baseAddress!, $0.baseAddress!) }
        }
    }
}
