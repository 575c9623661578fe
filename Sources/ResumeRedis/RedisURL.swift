import ResumeCore

/// A parsed `redis://[[user]:password@]host[:port][/db]` address, or
/// `unix://[[user]:password@]/path/to/redis.sock[?db=N]` for a Unix socket.
/// `description` never shows the password.
public struct RedisURL: Sendable, Hashable, CustomStringConvertible {
    /// The Unix socket's path, for a `unix://` URL (then `host` is empty).
    public var socketPath: String?
    public var host: String
    /// Default 6379.
    public var port: UInt16
    public var username: String?
    public var password: String?
    /// Database index selected after connecting; default 0.
    public var database: Int

    /// Parses `text`; throws with a message that never repeats a password.
    public init(parsing text: String) throws(RedisError) {
        if text.hasPrefix("unix://") {
            self = try Self(unix: Substring(text.dropFirst("unix://".count)))
            return
        }
        self = try Self(tcp: text)
    }

    private init(tcp text: String) throws(RedisError) {
        guard text.hasPrefix("redis://") else { throw RedisError.configuration("REDIS_URL must start with redis:// or unix://") }
        var rest = Substring(text.dropFirst("redis://".count))
        var database = 0
        if let slash = rest.firstIndex(of: "/") {
            let dbText = rest[rest.index(after: slash)...]
            if !dbText.isEmpty {
                guard let db = Int(dbText), (0...15).contains(db) else { throw RedisError.configuration("REDIS_URL database must be 0 to 15") }
                database = db
            }
            rest = rest[..<slash]
        }
        var username: String?, password: String?
        if let at = rest.lastIndex(of: "@") {
            (username, password) = Self.credentials(rest[..<at])
            rest = rest[rest.index(after: at)...]
        }
        var host = String(rest), port: UInt16 = 6379
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw RedisError.configuration("REDIS_URL has an unterminated [ipv6] host") }
            host = String(rest[rest.index(after: rest.startIndex)..<close])
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") {
                guard let p = UInt16(after.dropFirst()) else { throw RedisError.configuration("REDIS_URL port must be 1 to 65535") }
                port = p
            }
        } else if let colon = rest.lastIndex(of: ":") {
            host = String(rest[..<colon])
            guard let p = UInt16(rest[rest.index(after: colon)...]), p > 0 else { throw RedisError.configuration("REDIS_URL port must be 1 to 65535") }
            port = p
        }
        guard !host.isEmpty else { throw RedisError.configuration("REDIS_URL has no host") }
        self.socketPath = nil
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
    }

    /// `user:password`, `:password` or `password` (Redis before 6 has no users), password percent-decoded.
    private static func credentials(_ text: Substring) -> (username: String?, password: String?) {
        guard let colon = text.firstIndex(of: ":") else { return (nil, PercentEncoding.decode(text)) }
        let user = text[..<colon]
        return (user.isEmpty ? nil : String(user), PercentEncoding.decode(text[text.index(after: colon)...]))
    }

    private init(unix text: Substring) throws(RedisError) {
        var rest = text
        var database = 0
        if let q = rest.firstIndex(of: "?") {
            let query = rest[rest.index(after: q)...]
            rest = rest[..<q]
            for pair in query.split(separator: "&") {
                guard pair.hasPrefix("db=") else { throw RedisError.configuration("REDIS_URL (unix://) takes only ?db=N") }
                guard let db = Int(pair.dropFirst(3)), (0...15).contains(db) else { throw RedisError.configuration("REDIS_URL database must be 0 to 15") }
                database = db
            }
        }
        var username: String?, password: String?
        if let at = rest.firstIndex(of: "@"), !rest.hasPrefix("/") {
            (username, password) = Self.credentials(rest[..<at])
            rest = rest[rest.index(after: at)...]
        }
        guard rest.hasPrefix("/"), rest.utf8.count <= 107 else {
            throw RedisError.configuration("REDIS_URL (unix://) needs an absolute socket path of at most 107 bytes")
        }
        socketPath = String(rest)
        host = ""
        port = 0
        self.username = username
        self.password = password
        self.database = database
    }

    public var description: String {
        if let socketPath { return "unix://\(password == nil ? "" : "***@")\(socketPath)?db=\(database)" }
        return "redis://\(password == nil ? "" : "***@")\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
    }
}
