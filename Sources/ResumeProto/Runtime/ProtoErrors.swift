/// Why bytes did not decode as a message. The description names the message
/// and field, never the data.
public enum ProtoDecodingError: Error, Hashable, CustomStringConvertible {
    /// Not a valid protobuf encoding of the message (truncated, bad tag or wire type, ...).
    case malformed(message: String)
    /// A string field held bytes that are not UTF-8, or U+0000.
    case invalidString(message: String, field: String)
    /// Nested messages deeper than `ProtoDecodingLimits.maxDepth`.
    case tooDeep(message: String)
    /// More field values than `ProtoDecodingLimits.maxElements`.
    case tooManyElements(message: String)

    public var description: String {
        switch self {
        case .malformed(let m): "not a valid \(m)"
        case .invalidString(let m, let f): "\(m).\(f) is not valid UTF-8 (or holds U+0000)"
        case .tooDeep(let m): "\(m) nests messages too deeply"
        case .tooManyElements(let m): "\(m) holds too many field values"
        }
    }
}

/// Why a message could not be encoded.
public enum ProtoEncodingError: Error, Hashable, CustomStringConvertible {
    /// A string held U+0000: protobuf-c stores strings NUL-terminated and would cut it short.
    case embeddedNUL(message: String)

    public var description: String {
        switch self {
        case .embeddedNUL(let m): "a string in \(m) holds U+0000, which cannot be encoded"
        }
    }
}

/// Bounds on what one decode may cost, checked before protobuf-c allocates anything.
public struct ProtoDecodingLimits: Sendable, Hashable {
    /// Most field values (each occurrence of a field, each packed element) in the whole message tree.
    /// Default 65,536; this bounds the allocations an unpack can make.
    public var maxElements: Int
    /// Deepest nesting of messages. Default 32.
    public var maxDepth: Int

    /// Limits for any message of this service.
    public static let `default` = ProtoDecodingLimits(maxElements: 65_536, maxDepth: 32)

    public init(maxElements: Int, maxDepth: Int) {
        self.maxElements = maxElements
        self.maxDepth = maxDepth
    }
}
