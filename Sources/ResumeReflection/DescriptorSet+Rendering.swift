/// How `resumectl list` and `describe` print what a descriptor set says.
extension DescriptorSet {
    /// Every service (or only those named in `only`) with its methods, one
    /// method per line: `  /path  Request -> Response`.
    public func listing(only: [String]? = nil) -> String {
        var out = ""
        for s in services.sorted(by: { $0.fullName < $1.fullName }) where only?.contains(s.fullName) ?? true {
            out += s.fullName + "\n"
            for m in s.methods { out += "  \(m.path)  \(m.inputType) -> \(m.outputType)\n" }
        }
        if let only {
            for name in only.sorted() where !services.contains(where: { $0.fullName == name }) {
                out += name + "  (served, but not described)\n"
            }
        }
        return out
    }

    /// `name` (a message, enum, service or method: `pkg.Service.Method`,
    /// `pkg.Service/Method` or `/pkg.Service/Method`) in `.proto` syntax
    /// with its comments; nil when the set has no such thing.
    public func describe(_ name: String) -> String? {
        let trimmed = name.hasPrefix(".") ? String(name.dropFirst()) : name
        if let m = messages[trimmed] { return describe(m) }
        if let e = enums[trimmed] { return describe(e) }
        if let s = services.first(where: { $0.fullName == trimmed }) { return describe(s) }
        if let (service, method) = method(path: Self.callPath(trimmed)) {
            return Self.comment(method.comment, indent: "") + "rpc \(method.name)(\(method.inputType)) returns (\(method.outputType));\n"
                + "// \(method.path) in \(service.fullName) (\(service.file))\n"
        }
        return nil
    }

    /// The call path a method name spells: `/pkg.Service/Method` from
    /// itself, `pkg.Service/Method` or `pkg.Service.Method`.
    public static func callPath(_ name: String) -> String {
        if name.hasPrefix("/") { return name }
        if name.contains("/") { return "/" + name }
        guard let dot = name.lastIndex(of: ".") else { return "/" + name }
        return "/" + name[..<dot] + "/" + name[name.index(after: dot)...]
    }

    private func describe(_ m: MessageSchema) -> String {
        var out = Self.comment(m.comment, indent: "") + "message \(m.fullName) {\n"
        for (i, oneof) in m.oneofs.enumerated() where !m.fields.contains(where: { $0.oneofIndex == i && $0.isProto3Optional }) {
            out += "  // oneof \(oneof): \(m.fields.filter { $0.oneofIndex == i }.map(\.name).joined(separator: ", "))\n"
        }
        for f in m.fields {
            out += Self.comment(f.comment, indent: "  ")
            out += "  \(fieldType(f)) \(f.name) = \(f.number);"
            if f.jsonName != f.name { out += "  // JSON: \(f.jsonName)" }
            out += "\n"
        }
        return out + "}\n"
    }

    private func fieldType(_ f: FieldSchema) -> String {
        if f.isRepeated, let entry = f.typeName.flatMap({ messages[$0] }), entry.isMapEntry,
           let k = entry.field(number: 1), let v = entry.field(number: 2) {
            return "map<\(k.typeName ?? k.type.protoName), \(v.typeName ?? v.type.protoName)>"
        }
        let base = f.typeName ?? f.type.protoName
        return (f.isRepeated ? "repeated " : f.isProto3Optional ? "optional " : "") + base
    }

    private func describe(_ e: EnumSchema) -> String {
        var out = Self.comment(e.comment, indent: "") + "enum \(e.fullName) {\n"
        for v in e.values { out += "  \(v.name) = \(v.number);\n" }
        return out + "}\n"
    }

    private func describe(_ s: ServiceSchema) -> String {
        var out = Self.comment(s.comment, indent: "") + "service \(s.fullName) {  // \(s.file)\n"
        for m in s.methods {
            out += Self.comment(m.comment, indent: "  ")
            out += "  rpc \(m.name)(\(m.inputType)) returns (\(m.outputType));\n"
        }
        return out + "}\n"
    }

    static func comment(_ text: String, indent: String) -> String {
        text.isEmpty ? "" : text.split(separator: "\n", omittingEmptySubsequences: false).map { "\(indent)// \($0)\n" }.joined()
    }
}
