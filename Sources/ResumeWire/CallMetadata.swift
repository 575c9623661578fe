/// A call's metadata: lower-case keys and their values, as sent in the
/// frame, in arrival order; a key sent twice keeps its last value. Kept as
/// a small array (a call carries a handful of entries, at most 64), which
/// costs less to build per call than a dictionary.
public struct CallMetadata: Sendable, Hashable {
    private var pairs: [(key: String, value: String)]

    /// Metadata with the given entries.
    public init(_ entries: [String: String] = [:]) {
        pairs = entries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    init(pairs: [(key: String, value: String)]) {
        self.pairs = pairs
    }

    /// Every entry.
    public var entries: [String: String] {
        Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// How many distinct keys.
    public var count: Int { pairs.count }

    /// The value of `key` (lower-case).
    public subscript(key: String) -> String? {
        get { pairs.first { $0.key == key }?.value }
        set {
            if let i = pairs.firstIndex(where: { $0.key == key }) {
                if let newValue { pairs[i].value = newValue } else { pairs.remove(at: i) }
            } else if let newValue {
                pairs.append((key, newValue))
            }
        }
    }

    /// The keys and values, in arrival order.
    public var keysAndValues: [(key: String, value: String)] { pairs }

    public static func == (a: CallMetadata, b: CallMetadata) -> Bool { a.entries == b.entries }
    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    /// The credentials key.
    public static let authorizationKey = "authorization"

    /// The token of an `authorization: Bearer <token>` entry, if there is one
    /// (the scheme name matched case-insensitively, byte by byte).
    public var bearerToken: Substring? {
        guard let value = self[Self.authorizationKey] else { return nil }
        let bytes = value.utf8
        guard bytes.count > 7 else { return nil }
        // "bearer " in any letter case (space | 0x20 is space), without building anything per call.
        var i = bytes.startIndex
        for position in 0..<7 {
            let expected: UInt8 = switch position {
            case 0: UInt8(ascii: "b")
            case 1, 4: UInt8(ascii: "e")
            case 2: UInt8(ascii: "a")
            case 3, 5: UInt8(ascii: "r")
            default: UInt8(ascii: " ")
            }
            guard bytes[i] | 0x20 == expected else { return nil }
            bytes.formIndex(after: &i)
        }
        let token = bytes[i...].drop { $0 == 0x20 }
        return token.isEmpty ? nil : Substring(token)
    }
}
