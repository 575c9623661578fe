import ResumeCore

/// A parsed `redis://[[user]:password@]host[:port][/db]` address.
/// `description` never shows the password.
public struct RedisURL: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    /// Default 6379.
    public var port: UInt16
    public var username: String?
    public var password: String?
    /// Database index selected after connecting; default 0.
    public var database: Int

    /// Parses `text`; throws with a message that never repeats a password.
    public init(parsing text: String) throws(RedisError) {
        guard text.hasPrefix("redis://") else { throw RedisError.configuration("REDIS_URL must start with redis://") }
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
            let credentials = rest[..<at]
            rest = rest[rest.index(after: at)...]
            if let colon = credentials.firstIndex(of: ":") {
                let user = credentials[..<colon]
                username = user.isEmpty ? nil : String(user)
                password = PercentEncoding.decode(credentials[credentials.index(after: colon)...])
            } else {
                password = PercentEncoding.decode(credentials)
            }
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
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
    }

    public var description: String {
        "redis://\(password == nil ? "" : "***@")\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
    }
}
