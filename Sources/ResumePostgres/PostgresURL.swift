import ResumeCore

/// A parsed `postgresql://[user[:password]@][host][:port][/database][?k=v&…]`,
/// used to check `DATABASE_URL` at start-up and to show it without its
/// password. libpq reads the URL itself when connecting.
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    public var user: String?
    public var password: String?
    public var host: String?
    public var port: UInt16?
    public var database: String?
    /// Query parameters, in order.
    public var parameters: [(String, String)] { parameterList.map(\.tuple) }
    private var parameterList: [Pair]

    private struct Pair: Hashable, Sendable {
        let key: String
        let value: String
        var tuple: (String, String) { (key, value) }
    }

    /// Parses `text`. Errors name what is wrong, never the password.
    public init(parsing text: String) throws(PostgresError) {
        let scheme: String
        if text.hasPrefix("postgresql://") { scheme = "postgresql://" } else if text.hasPrefix("postgres://") { scheme = "postgres://" } else {
            throw PostgresError(.connectionFailed, "DATABASE_URL must start with postgresql:// or postgres://")
        }
        var rest = Substring(text.dropFirst(scheme.count))
        var params: [Pair] = []
        if let q = rest.firstIndex(of: "?") {
            for item in rest[rest.index(after: q)...].split(separator: "&") where !item.isEmpty {
                let kv = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard kv.count == 2, !kv[0].isEmpty else { throw PostgresError(.connectionFailed, "DATABASE_URL has a malformed parameter") }
                params.append(Pair(key: String(kv[0]), value: PercentEncoding.decode(kv[1])))
            }
            rest = rest[..<q]
        }
        var database: String?
        if let slash = rest.firstIndex(of: "/") {
            let db = rest[rest.index(after: slash)...]
            database = db.isEmpty ? nil : PercentEncoding.decode(db)
            rest = rest[..<slash]
        }
        var user: String?, password: String?
        if let at = rest.lastIndex(of: "@") {
            let credentials = rest[..<at]
            rest = rest[rest.index(after: at)...]
            if let colon = credentials.firstIndex(of: ":") {
                user = PercentEncoding.decode(credentials[..<colon])
                password = PercentEncoding.decode(credentials[credentials.index(after: colon)...])
            } else {
                user = PercentEncoding.decode(credentials)
            }
            if user?.isEmpty == true { user = nil }
        }
        var host: String?, port: UInt16?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw PostgresError(.connectionFailed, "DATABASE_URL has an unterminated [ipv6] host") }
            host = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...]
            if rest.hasPrefix(":") {
                guard let p = UInt16(rest.dropFirst()), p > 0 else { throw PostgresError(.connectionFailed, "DATABASE_URL port must be 1 to 65535") }
                port = p
            } else if !rest.isEmpty {
                throw PostgresError(.connectionFailed, "DATABASE_URL has junk after the host")
            }
        } else if !rest.isEmpty {
            if let colon = rest.lastIndex(of: ":") {
                guard let p = UInt16(rest[rest.index(after: colon)...]), p > 0 else { throw PostgresError(.connectionFailed, "DATABASE_URL port must be 1 to 65535") }
                port = p
                rest = rest[..<colon]
            }
            host = rest.isEmpty ? nil : PercentEncoding.decode(rest)
        }
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.parameterList = params
    }

    /// The URL with the password replaced by `***`.
    public var description: String {
        var s = "postgresql://"
        if let user { s += user + (password == nil ? "" : ":***") + "@" }
        if let host { s += host.contains(":") ? "[\(host)]" : host }
        if let port { s += ":\(port)" }
        if let database { s += "/\(database)" }
        if !parameterList.isEmpty { s += "?" + parameterList.map { "\($0.key)=\($0.key == "password" ? "***" : $0.value)" }.joined(separator: "&") }
        return s
    }
}
