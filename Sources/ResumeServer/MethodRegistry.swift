public import ResumeProto
public import ResumeWire

/// Every method the proto files declare, and the handler of each that has one.
/// Built from protoc-c's service descriptors, so a declared method without a
/// handler is known (and answered `UNIMPLEMENTED`) rather than unknown.
public struct MethodRegistry: Sendable {
    /// The result of looking a method path up.
    public enum Lookup: Sendable {
        case handler(MethodHandler)
        /// Declared in `proto/`, but this server has no handler for it.
        case declaredWithoutHandler
        /// Not declared at all.
        case unknown
    }

    /// A handler that does not fit the proto declarations.
    public struct RegistrationError: Error, CustomStringConvertible {
        public let description: String
    }

    private let handlers: [String: MethodHandler]
    private let declared: [String: ProtoMethodInfo]

    /// Every declared method, in proto order.
    public let declaredMethods: [ProtoMethodInfo]

    /// A registry of `handlers`, checked against the declarations: each path
    /// must be declared once, with the handler's request and response types.
    public init(_ handlers: [MethodHandler], declarations: [ProtoMethodInfo] = ProtoMethodInfo.all) throws(RegistrationError) {
        var declared: [String: ProtoMethodInfo] = [:]
        for m in declarations { declared[m.path] = m }
        var byPath: [String: MethodHandler] = [:]
        for h in handlers {
            guard let d = declared[h.path] else { throw RegistrationError(description: "\(h.path) is not declared in proto/") }
            guard d.requestType == h.requestType, d.responseType == h.responseType else {
                throw RegistrationError(description: "\(h.path) takes \(d.requestType) and returns \(d.responseType), not \(h.requestType) → \(h.responseType)")
            }
            guard byPath.updateValue(h, forKey: h.path) == nil else { throw RegistrationError(description: "\(h.path) has two handlers") }
        }
        self.handlers = byPath
        self.declared = declared
        self.declaredMethods = declarations
    }

    /// The handler for `path`, or why there is none.
    public func lookup(_ path: String) -> Lookup {
        if let h = handlers[path] { return .handler(h) }
        return declared[path] == nil ? .unknown : .declaredWithoutHandler
    }

    /// Declared methods without a handler, in proto order (listed at start-up).
    public var methodsWithoutHandler: [String] {
        declaredMethods.map(\.path).filter { handlers[$0] == nil }
    }

    /// The `UNIMPLEMENTED` error for a path without a handler.
    public static func unimplemented(_ path: String, declared: Bool) -> RPCError {
        declared
            ? RPCError(.unimplemented, "method \(path) is declared but not implemented by this server")
            : RPCError(.unimplemented, "unknown method \(RequestFrameParser.printable(path))")
    }
}
