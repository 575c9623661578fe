import CResumeProto

/// A proto package as protoc-c's descriptor tables describe it.
struct PackageModel {
    var name: String
    var messages: [MessageModel] = []
    var enums: [EnumModel] = []
    var services: [ServiceModel] = []

    /// The Swift prefix of every type of the package: `resume.rpc.v1` → `Resume_Rpc_V1`.
    var swiftPrefix: String { Naming.typePrefix(package: name) }
}

/// One message type.
struct MessageModel {
    var fullName: String
    var packageName: String
    var fields: [FieldModel]
    /// protoc's synthetic `XxxEntry` type of a `map<,>` field; rendered as a dictionary.
    var isMapEntry = false
}

/// One field of a message.
struct FieldModel {
    enum Kind: Equatable {
        case scalar(String)            // Swift type name
        case string, bytes
        case enumeration(String)       // proto full name
        case message(String)           // proto full name
    }
    enum Cardinality: Equatable { case singular, repeated, map(key: Kind, value: Kind) }

    var name: String
    var number: UInt32
    var protoType: String
    var kind: Kind
    var cardinality: Cardinality
}

/// One enum type.
struct EnumModel {
    var fullName: String
    var packageName: String
    var values: [(name: String, number: Int32)]
}

/// One service and its methods.
struct ServiceModel {
    var fullName: String
    var packageName: String
    var methods: [(name: String, input: String, output: String)]
}

/// Errors that stop generation: a proto feature the runtime does not support.
struct UnsupportedProto: Error, CustomStringConvertible {
    var description: String
}

/// Reads every descriptor registered in `CResumeProto` into packages.
enum DescriptorReader {
    static func read() throws -> [PackageModel] {
        var packages: [String: PackageModel] = [:]
        func package(_ name: String) -> PackageModel { packages[name] ?? PackageModel(name: name) }

        var count = 0
        let messages = resume_proto_message_descriptors(&count)!
        var all: [MessageModel] = []
        for i in 0..<count {
            all.append(try message(messages[i]!.pointee))
        }
        // A message is a map entry when a field of its parent says so.
        var entries = Set<String>()
        for m in all {
            for f in m.fields {
                if case .map = f.cardinality { entries.insert(m.fullName + "." + Naming.upperCamel(f.name) + "Entry") }
            }
        }
        for var m in all {
            m.isMapEntry = entries.contains(m.fullName)
            var p = package(m.packageName)
            p.messages.append(m)
            packages[m.packageName] = p
        }

        let enums = resume_proto_enum_descriptors(&count)!
        for i in 0..<count {
            let e = enums[i]!.pointee
            var values: [(String, Int32)] = []
            for v in 0..<Int(e.n_values) {
                values.append((String(cString: e.values[v].name), e.values[v].value))
            }
            let model = EnumModel(fullName: String(cString: e.name), packageName: String(cString: e.package_name), values: values)
            var p = package(model.packageName)
            p.enums.append(model)
            packages[model.packageName] = p
        }

        let services = resume_proto_service_descriptors(&count)!
        for i in 0..<count {
            let s = services[i]!.pointee
            var methods: [(String, String, String)] = []
            for m in 0..<Int(s.n_methods) {
                let md = s.methods[m]
                methods.append((String(cString: md.name), String(cString: md.input.pointee.name), String(cString: md.output.pointee.name)))
            }
            let model = ServiceModel(fullName: String(cString: s.name), packageName: String(cString: s.package), methods: methods)
            var p = package(model.packageName)
            p.services.append(model)
            packages[model.packageName] = p
        }
        return packages.values.sorted { $0.name < $1.name }
    }

    private static func message(_ d: ProtobufCMessageDescriptor) throws -> MessageModel {
        let fullName = String(cString: d.name)
        var fields: [FieldModel] = []
        for i in 0..<Int(d.n_fields) {
            let f = d.fields[i]
            let name = String(cString: f.name)
            if f.flags & UInt32(PROTOBUF_C_FIELD_FLAG_ONEOF.rawValue) != 0 {
                throw UnsupportedProto(description: "\(fullName).\(name): oneof fields are not supported by the runtime")
            }
            if f.label == PROTOBUF_C_LABEL_OPTIONAL || f.label == PROTOBUF_C_LABEL_REQUIRED {
                throw UnsupportedProto(description: "\(fullName).\(name): only proto3 fields without 'optional' are supported")
            }
            let (protoType, kind) = try Self.kind(f, in: fullName)
            var cardinality: FieldModel.Cardinality = f.label == PROTOBUF_C_LABEL_REPEATED ? .repeated : .singular
            if case .message(let entryName) = kind, cardinality == .repeated,
               entryName == fullName + "." + Naming.upperCamel(name) + "Entry" {
                let entry = f.descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self).pointee
                guard entry.n_fields == 2, entry.fields[0].id == 1, entry.fields[1].id == 2 else {
                    throw UnsupportedProto(description: "\(entryName) looks like a map entry but is not")
                }
                let key = try Self.kind(entry.fields[0], in: entryName).1
                let value = try Self.kind(entry.fields[1], in: entryName).1
                cardinality = .map(key: key, value: value)
            }
            fields.append(FieldModel(name: name, number: f.id, protoType: protoType, kind: kind, cardinality: cardinality))
        }
        return MessageModel(fullName: fullName, packageName: String(cString: d.package_name), fields: fields)
    }

    private static func kind(_ f: ProtobufCFieldDescriptor, in owner: String) throws -> (String, FieldModel.Kind) {
        switch f.type {
        case PROTOBUF_C_TYPE_INT32: return ("int32", .scalar("Int32"))
        case PROTOBUF_C_TYPE_SINT32: return ("sint32", .scalar("Int32"))
        case PROTOBUF_C_TYPE_SFIXED32: return ("sfixed32", .scalar("Int32"))
        case PROTOBUF_C_TYPE_INT64: return ("int64", .scalar("Int64"))
        case PROTOBUF_C_TYPE_SINT64: return ("sint64", .scalar("Int64"))
        case PROTOBUF_C_TYPE_SFIXED64: return ("sfixed64", .scalar("Int64"))
        case PROTOBUF_C_TYPE_UINT32: return ("uint32", .scalar("UInt32"))
        case PROTOBUF_C_TYPE_FIXED32: return ("fixed32", .scalar("UInt32"))
        case PROTOBUF_C_TYPE_UINT64: return ("uint64", .scalar("UInt64"))
        case PROTOBUF_C_TYPE_FIXED64: return ("fixed64", .scalar("UInt64"))
        case PROTOBUF_C_TYPE_FLOAT: return ("float", .scalar("Float"))
        case PROTOBUF_C_TYPE_DOUBLE: return ("double", .scalar("Double"))
        case PROTOBUF_C_TYPE_BOOL: return ("bool", .scalar("Bool"))
        case PROTOBUF_C_TYPE_STRING: return ("string", .string)
        case PROTOBUF_C_TYPE_BYTES: return ("bytes", .bytes)
        case PROTOBUF_C_TYPE_ENUM:
            let e = f.descriptor.assumingMemoryBound(to: ProtobufCEnumDescriptor.self).pointee
            let name = String(cString: e.name)
            return (name, .enumeration(name))
        case PROTOBUF_C_TYPE_MESSAGE:
            let m = f.descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self).pointee
            let name = String(cString: m.name)
            return (name, .message(name))
        default:
            throw UnsupportedProto(description: "\(owner).\(String(cString: f.name)): unsupported field type")
        }
    }
}
