#if canImport(Glibc)
import Glibc
#endif

/// Where to listen or connect: `host:port` (numeric IPv4, `[IPv6]`, or a
/// name such as `localhost`) or `unix:/path/to/socket`.
public enum SocketAddress: Sendable, Hashable, CustomStringConvertible {
    case tcp(host: String, port: UInt16)
    case unix(path: String)

    /// Parses `127.0.0.1:7700`, `[::1]:7700`, `localhost:7700` or `unix:/run/resumed.sock`.
    public init(parsing text: String) throws(AddressError) {
        if text.hasPrefix("unix:") {
            let path = String(text.dropFirst(5))
            guard !path.isEmpty, path.utf8.count < 108 else { throw AddressError(text, "unix socket path must be 1 to 107 bytes") }
            self = .unix(path: path)
            return
        }
        let host: Substring, portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else {
                throw AddressError(text, "expected [ipv6]:port")
            }
            host = text[text.index(after: text.startIndex)..<close]
            portText = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":") else { throw AddressError(text, "expected host:port") }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        }
        guard !host.isEmpty else { throw AddressError(text, "missing host") }
        guard let port = UInt16(portText) else { throw AddressError(text, "port must be 0 to 65535") }
        self = .tcp(host: String(host), port: port)
    }

    public var description: String {
        switch self {
        case .tcp(let host, let port): host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        case .unix(let path): "unix:\(path)"
        }
    }
}

/// An address that does not parse or resolve.
public struct AddressError: Error, Sendable, Hashable, CustomStringConvertible {
    public let text: String
    public let reason: String
    init(_ text: String, _ reason: String) {
        self.text = text
        self.reason = reason
    }
    public var description: String { "invalid address \"\(text)\": \(reason)" }
}
