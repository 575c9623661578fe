import Crypto

/// The shared secrets that let internal services call service-level
/// methods. Only their SHA-256 digests are kept; a presented token is hashed
/// and compared to each digest in constant time.
public struct ServiceTokens: Sendable {
    private let digests: [[UInt8]]

    /// The shortest accepted token, in bytes.
    public static let minimumLength = 16

    /// Tokens from a comma-separated list and/or a file (one per line; `#`
    /// starts a comment). Each must be at least 16 bytes.
    public init(list: String, file contents: String? = nil) throws(ServiceTokenError) {
        var tokens = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let contents {
            for line in contents.split(whereSeparator: \.isNewline) {
                let t = line.trimmingCharacters(in: .whitespaces)
                if !t.isEmpty && !t.hasPrefix("#") { tokens.append(t) }
            }
        }
        for (i, t) in tokens.enumerated() {
            if t.utf8.count < Self.minimumLength { throw .tooShort(index: i + 1) }
            // User tokens start with "v1." and are never hashed against these.
            if UserTokenSigner.looksLikeUserToken(t) { throw .reservedPrefix(index: i + 1) }
        }
        digests = tokens.map { Array(SHA256.hash(data: Array($0.utf8))) }
    }

    /// How many tokens are configured.
    public var count: Int { digests.count }

    /// Whether `token` is one of them.
    public func accepts(_ token: some StringProtocol) -> Bool {
        let d = Array(SHA256.hash(data: Array(token.utf8)))
        var matched = false
        for candidate in digests where constantTimeEqual(candidate, d) { matched = true }
        return matched
    }
}

/// A service token that cannot be used. The text never repeats a token.
public enum ServiceTokenError: Error, Sendable, Hashable, CustomStringConvertible {
    case tooShort(index: Int)
    /// Starts with `v1.`, which marks user tokens.
    case reservedPrefix(index: Int)

    public var description: String {
        switch self {
        case .tooShort(let i): "service token #\(i) is shorter than \(ServiceTokens.minimumLength) bytes"
        case .reservedPrefix(let i): "service token #\(i) starts with \"\(UserTokenSigner.prefix)\", which marks user tokens"
        }
    }
}
