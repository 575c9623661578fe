#if canImport(Glibc)
import Glibc
#endif
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
    /// Every declared path by a hash of its bytes, so a path read off the
    /// wire finds its shared `String` without allocating one.
    private let interned: [UInt64: [(bytes: [UInt8], path: String)]]

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
        var interned: [UInt64: [(bytes: [UInt8], path: String)]] = [:]
        for path in declared.keys {
            let bytes = Array(path.utf8)
            interned[bytes.withUnsafeBytes { Self.key($0) }, default: []].append((bytes, path))
        }
        self.interned = interned
    }

    /// The declared path spelled by `bytes`, as a shared `String`, or nil.
    public func intern(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard let candidates = interned[Self.key(bytes)] else { return nil }
        for c in candidates where c.bytes.count == bytes.count && c.bytes.withUnsafeBytes({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
            return c.path
        }
        return nil
    }

    /// The length and the last eight bytes: cheap, and paths that share it
    /// are told apart by comparing bytes.
    private static func key(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var k: UInt64 = 0
        for b in bytes.suffix(7) { k = k << 8 | UInt64(b) }
        return UInt64(truncatingIfNeeded: bytes.count) << 56 | k
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
