/// A call's metadata: lower-case keys to values, as sent in the frame.
public struct CallMetadata: Sendable, Hashable {
    /// Every entry.
    public var entries: [String: String]

    /// Metadata with the given entries.
    public init(_ entries: [String: String] = [:]) {
        self.entries = entries
    }

    /// The value of `key` (lower-case).
    public subscript(key: String) -> String? {
        get { entries[key] }
        set { entries[key] = newValue }
    }

    /// The credentials key.
    public static let authorizationKey = "authorization"

    /// The token of an `authorization: Bearer <token>` entry, if there is one.
    public var bearerToken: Substring? {
        guard let value = entries[Self.authorizationKey] else { return nil }
        let scheme = "bearer "
        guard value.count > scheme.count, value.prefix(scheme.count).lowercased() == scheme else { return nil }
        return value.dropFirst(scheme.count).drop { $0 == " " }
    }
}
