/// What a `google.protobuf.FileDescriptorSet` says about messages, enums and
/// services, with their comments: the model that `resumectl` (offline or
/// through reflection), the JSON transcoder and the Python stub generator
/// walk. Names are full names without the leading dot (`resume.v1.Resume`).
public struct DescriptorSet: Sendable {
    /// The files, in the set's order.
    public internal(set) var files: [ProtoFile] = []
    /// Every message, nested ones included, by full name.
    public internal(set) var messages: [String: MessageSchema] = [:]
    /// Every enum, nested ones included, by full name.
    public internal(set) var enums: [String: EnumSchema] = [:]
    /// Every service, in file order.
    public internal(set) var services: [ServiceSchema] = []

    /// The service and method a call path (`/resume.v1.ResumeService/GetResume`) names.
    public func method(path: String) -> (service: ServiceSchema, method: MethodSchema)? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].isEmpty else { return nil }
        guard let service = services.first(where: { $0.fullName == parts[1] }),
              let method = service.methods.first(where: { $0.name == parts[2] }) else { return nil }
        return (service, method)
    }
}

/// One `.proto` file of the set.
public struct ProtoFile: Sendable {
    /// Its path (`resume/v1/resumes.proto`).
    public var name: String
    /// Its package (`resume.v1`).
    public var package: String
    /// The comment before its `syntax` line, if any.
    public var comment: String
}

/// A message type.
public struct MessageSchema: Sendable {
    /// Full name (`resume.v1.Resume`).
    public var fullName: String
    /// The file declaring it.
    public var file: String
    /// Fields in declaration order.
    public var fields: [FieldSchema]
    /// Names of its oneofs, by index.
    public var oneofs: [String]
    /// Whether protoc synthesised it for a `map<K, V>` field (key = 1, value = 2).
    public var isMapEntry: Bool
    /// Its leading (else trailing) comment, trimmed; empty when none.
    public var comment: String

    /// The field numbered `number`.
    public func field(number: Int) -> FieldSchema? { fields.first { $0.number == number } }
}

/// A field of a message.
public struct FieldSchema: Sendable {
    /// Name as declared (`raw_text`).
    public var name: String
    /// Name in the proto3 JSON mapping (`rawText`).
    public var jsonName: String
    /// Field number.
    public var number: Int
    /// Its type.
    public var type: FieldType
    /// Whether it is `repeated` (maps are repeated map-entry messages).
    public var isRepeated: Bool
    /// For message and enum fields, the full type name.
    public var typeName: String?
    /// The oneof it belongs to, by index into `MessageSchema.oneofs`.
    public var oneofIndex: Int?
    /// Declared `optional` in proto3 (explicit presence).
    public var isProto3Optional: Bool
    /// Its leading (else trailing) comment, trimmed; empty when none.
    public var comment: String

    /// Whether a zero value is still written (explicit presence: messages,
    /// oneof members and proto3 `optional`).
    public var hasPresence: Bool { type == .message || oneofIndex != nil || isProto3Optional }
}

/// `FieldDescriptorProto.Type`.
public enum FieldType: Int, Sendable {
    case double = 1, float, int64, uint64, int32, fixed64, fixed32, bool, string, group, message, bytes, uint32, `enum`, sfixed32, sfixed64, sint32, sint64

    /// The name used in `.proto` files.
    public var protoName: String {
        switch self {
        case .double: "double"
        case .float: "float"
        case .int64: "int64"
        case .uint64: "uint64"
        case .int32: "int32"
        case .fixed64: "fixed64"
        case .fixed32: "fixed32"
        case .bool: "bool"
        case .string: "string"
        case .group: "group"
        case .message: "message"
        case .bytes: "bytes"
        case .uint32: "uint32"
        case .enum: "enum"
        case .sfixed32: "sfixed32"
        case .sfixed64: "sfixed64"
        case .sint32: "sint32"
        case .sint64: "sint64"
        }
    }

    /// The wire type a single value of this type is written with.
    public var wireType: ProtoWire.WireType {
        switch self {
        case .double, .fixed64, .sfixed64: .fixed64
        case .float, .fixed32, .sfixed32: .fixed32
        case .string, .bytes, .message: .lengthDelimited
        case .group: .startGroup
        default: .varint
        }
    }

    /// Whether repeated values of this type may be packed.
    public var isPackable: Bool { wireType == .varint || wireType == .fixed32 || wireType == .fixed64 }
}

/// An enum type.
public struct EnumSchema: Sendable {
    /// Full name (`resume.rpc.v1.ServingStatus`).
    public var fullName: String
    /// The file declaring it.
    public var file: String
    /// Its values in declaration order.
    public var values: [(name: String, number: Int32)]
    /// Its leading (else trailing) comment, trimmed; empty when none.
    public var comment: String
}

/// A service.
public struct ServiceSchema: Sendable {
    /// Full name (`resume.v1.ResumeService`).
    public var fullName: String
    /// Short name (`ResumeService`).
    public var name: String
    /// The file declaring it.
    public var file: String
    /// Its methods in declaration order.
    public var methods: [MethodSchema]
    /// Its leading (else trailing) comment, trimmed; empty when none.
    public var comment: String
}

/// A method of a service.
public struct MethodSchema: Sendable {
    /// Short name (`GetResume`).
    public var name: String
    /// The call path (`/resume.v1.ResumeService/GetResume`).
    public var path: String
    /// Full name of the request message.
    public var inputType: String
    /// Full name of the response message.
    public var outputType: String
    /// Whether either side streams (the protocol serves only unary methods).
    public var isStreaming: Bool
    /// Its leading (else trailing) comment, trimmed; empty when none.
    public var comment: String
}
