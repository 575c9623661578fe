internal import CResumeProto

/// protoc-c's descriptor of one message type, looked up by full name in the
/// registry `scripts/generate` compiles into `CResumeProto`.
///
/// `@unchecked Sendable`: it points into protoc-c's static, immutable
/// descriptor tables, which live as long as the process and are never written.
public struct ProtoMessageDescriptor: @unchecked Sendable, Hashable {
    let raw: UnsafePointer<ProtobufCMessageDescriptor>

    init(_ raw: UnsafePointer<ProtobufCMessageDescriptor>) { self.raw = raw }

    /// The message's full proto name, e.g. `resume.rpc.v1.EchoRequest`.
    public var fullName: String { String(cString: raw.pointee.name) }

    /// The descriptor of the message named `fullName`.
    /// - Precondition: the message is declared under `proto/` (generated code only asks for those).
    public static func named(_ fullName: String) -> ProtoMessageDescriptor {
        guard let d = ProtoRegistry.messages[fullName] else {
            preconditionFailure("no protoc-c descriptor for \(fullName): run scripts/generate")
        }
        return d
    }

    /// The field numbered `number`.
    func field(_ number: UInt32) -> UnsafePointer<ProtobufCFieldDescriptor> {
        guard let f = protobuf_c_message_descriptor_get_field(raw, number) else {
            preconditionFailure("\(fullName) has no field \(number): run scripts/generate")
        }
        return f
    }
}

/// Every descriptor protoc-c generated from `proto/`, indexed once.
enum ProtoRegistry {
    static let messages: [String: ProtoMessageDescriptor] = {
        var count = 0
        let list = resume_proto_message_descriptors(&count)!
        var out: [String: ProtoMessageDescriptor] = [:]
        for i in 0..<count {
            let d = ProtoMessageDescriptor(list[i]!)
            out[d.fullName] = d
        }
        return out
    }()

    static let methods: [ProtoMethodInfo] = {
        var count = 0
        let list = resume_proto_service_descriptors(&count)!
        var out: [ProtoMethodInfo] = []
        for i in 0..<count {
            let s = list[i]!.pointee
            let service = String(cString: s.name)
            for m in 0..<Int(s.n_methods) {
                let md = s.methods[m]
                out.append(ProtoMethodInfo(
                    path: "/\(service)/\(String(cString: md.name))",
                    service: service,
                    requestType: String(cString: md.input.pointee.name),
                    responseType: String(cString: md.output.pointee.name)
                ))
            }
        }
        return out
    }()
}

/// A method as protoc-c's service descriptors declare it.
public struct ProtoMethodInfo: Sendable, Hashable {
    /// `/package.Service/Method`.
    public let path: String
    /// `package.Service`.
    public let service: String
    /// Full proto name of the request message.
    public let requestType: String
    /// Full proto name of the response message.
    public let responseType: String

    /// Every method of every service declared under `proto/`, in declaration order.
    public static var all: [ProtoMethodInfo] { ProtoRegistry.methods }

    /// A declaration made by hand (tests declare methods the protos do not have).
    public init(path: String, service: String, requestType: String, responseType: String) {
        self.path = path
        self.service = service
        self.requestType = requestType
        self.responseType = responseType
    }
}
