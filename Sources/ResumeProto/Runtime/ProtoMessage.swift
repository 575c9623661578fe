/// A protobuf message type generated from `proto/` by `resume-codegen`.
///
/// Messages are plain Swift values. Encoding and decoding go through
/// protobuf-c (see `ProtoCodec`), driven by the message's protoc-c descriptor.
/// `description` never prints field values: messages carry personal data.
public protocol ProtoMessage: ProtoFieldValue, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The message's full proto name, e.g. `resume.rpc.v1.EchoRequest`.
    static var protoName: String { get }
    /// protoc-c's descriptor of the message.
    static var protoDescriptor: ProtoMessageDescriptor { get }
    /// A message with every field at its default.
    init()
    /// Reads every field from a message protoc-c has unpacked.
    init(reading reader: ProtoReader)
    /// Writes every field into a message protoc-c will pack.
    func write(to writer: inout ProtoWriter)
}

extension ProtoMessage {
    /// Decodes a message from its serialised bytes.
    ///
    /// - Throws: `ProtoDecodingError` when the bytes are not a valid encoding
    ///   of this message, a string is not UTF-8 (or holds U+0000), or the
    ///   message exceeds `limits`.
    public init(serializedBytes bytes: UnsafeRawBufferPointer, limits: ProtoDecodingLimits = .default) throws(ProtoDecodingError) {
        self = try ProtoCodec.decode(Self.self, from: bytes, limits: limits)
    }

    /// Checks that `bytes` would decode as this message — structure, field
    /// wire types, UTF-8 strings without U+0000, nesting and element limits —
    /// without building it: for handlers that pass an opaque message through.
    public static func validate(serializedBytes bytes: UnsafeRawBufferPointer, limits: ProtoDecodingLimits = .default) throws(ProtoDecodingError) {
        var validator = ProtoWireValidator(limits: limits, root: protoName)
        try validator.validate(bytes, descriptor: protoDescriptor, depth: 0)
    }

    /// Decodes a message from its serialised bytes; see `init(serializedBytes:limits:)`.
    public init(serializedBytes bytes: some Collection<UInt8>, limits: ProtoDecodingLimits = .default) throws(ProtoDecodingError) {
        func decode(_ buffer: UnsafeRawBufferPointer) -> Result<Self, ProtoDecodingError> {
            Result { () throws(ProtoDecodingError) -> Self in try Self(serializedBytes: buffer, limits: limits) }
        }
        let result = bytes.withContiguousStorageIfAvailable { decode(UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { decode($0) }
        self = try result.get()
    }

    /// The message's serialised bytes.
    /// - Throws: `ProtoEncodingError` when a string holds U+0000, which protobuf-c cannot carry.
    public func serializedBytes() throws(ProtoEncodingError) -> [UInt8] {
        var out: [UInt8] = []
        try serialize(appendingTo: &out)
        return out
    }

    /// Appends the message's serialised bytes to `buffer`; returns how many were appended.
    @discardableResult
    public func serialize(appendingTo buffer: inout [UInt8]) throws(ProtoEncodingError) -> Int {
        try ProtoCodec.encode(self, appendingTo: &buffer)
    }

    /// The proto name only: field values may be personal data.
    public var description: String { "\(Self.protoName){…}" }
    /// The proto name only: field values may be personal data.
    public var debugDescription: String { description }
}
