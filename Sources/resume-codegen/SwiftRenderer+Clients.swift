extension SwiftRenderer {
    /// The whole `<package>.client.swift` file: one typed client per service.
    func clientsFile() -> String? {
        guard !package.services.isEmpty else { return nil }
        var out = Self.header + "\npublic import ResumeProto\npublic import ResumeWire\n"
        for s in package.services.sorted(by: { $0.fullName < $1.fullName }) {
            let namespace = swiftType(s.fullName)
            out += "\n/// Typed calls of `\(s.fullName)`, multiplexed on one `ClientConnection`.\n"
            out += "public struct \(namespace)Client: Sendable {\n"
            out += "    /// The connection the calls travel on.\n    public let connection: ClientConnection\n\n"
            out += "    /// Calls the service over `connection`.\n"
            out += "    public init(_ connection: ClientConnection) {\n        self.connection = connection\n    }\n"
            for m in s.methods {
                let method = Naming.methodName(m.name)
                out += "\n    /// Calls `/\(s.fullName)/\(m.name)`.\n"
                out += "    /// - Throws: `RPCError` carrying the server's status, or one raised locally\n"
                out += "    ///   (`DEADLINE_EXCEEDED` past the deadline, `UNAVAILABLE` when the connection is gone).\n"
                out += "    public func \(method)(\n"
                out += "        _ request: \(swiftType(m.input)) = .init(),\n"
                out += "        options: CallOptions = .init()\n"
                out += "    ) async throws(RPCError) -> \(swiftType(m.output)) {\n"
                out += "        try await connection.call(\(namespace).\(method), request, options: options)\n"
                out += "    }\n"
            }
            out += "}\n"
        }
        return out
    }
}
