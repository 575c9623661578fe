/// How proto names become Swift names (the conventions of swift-protobuf).
enum Naming {
    /// `resume.rpc.v1` → `Resume_Rpc_V1`.
    static func typePrefix(package: String) -> String {
        package.split(separator: ".").map { upperFirst(String($0)) }.joined(separator: "_")
    }

    /// `resume.rpc.v1.RequestFrame` → `Resume_Rpc_V1_RequestFrame`; nested types keep their dots.
    static func swiftType(fullName: String, package: String) -> String {
        let relative = fullName.dropFirst(package.count + 1)
        return typePrefix(package: package) + "_" + relative
    }

    /// `call_id` → `CallID`, `metadata` → `Metadata`.
    static func upperCamel(_ snake: String) -> String {
        snake.split(separator: "_").map { word -> String in
            let w = String(word)
            return acronyms[w.lowercased()] ?? upperFirst(w)
        }.joined()
    }

    /// `call_id` → `callID`, `timeout_ms` → `timeoutMs`, `INVALID_ARGUMENT` → `invalidArgument`.
    static func lowerCamel(_ snake: String) -> String {
        let words = snake.split(separator: "_").map { $0 == $0.uppercased() ? $0.lowercased() : String($0) }
        guard let first = words.first else { return snake }
        let rest = words.dropFirst().map { acronyms[$0.lowercased()] ?? upperFirst($0) }
        return escape(lowerFirst(first) + rest.joined())
    }

    /// Enum value `SERVING_STATUS_NOT_SERVING` of `ServingStatus` → `notServing`.
    static func enumCase(_ value: String, enumShortName: String, allValues: [String]) -> String {
        let prefix = screamingSnake(enumShortName) + "_"
        let strip = allValues.allSatisfy { $0.hasPrefix(prefix) && $0.count > prefix.count }
        let body = strip ? String(value.dropFirst(prefix.count)) : value
        return lowerCamel(body.lowercased())
    }

    /// `ServingStatus` → `SERVING_STATUS`.
    static func screamingSnake(_ camel: String) -> String {
        var out = ""
        for (i, c) in camel.enumerated() {
            if c.isUppercase && i > 0 { out += "_" }
            out += c.uppercased()
        }
        return out
    }

    /// `CreateUser` → `createUser`.
    static func methodName(_ rpc: String) -> String { escape(lowerFirst(rpc)) }

    static func upperFirst(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
    static func lowerFirst(_ s: String) -> String { s.prefix(1).lowercased() + s.dropFirst() }

    private static let acronyms = ["id": "ID", "url": "URL", "uuid": "UUID"]

    private static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "func", "import", "init", "inout", "internal",
        "let", "operator", "private", "protocol", "public", "static", "struct", "subscript", "typealias", "var",
        "break", "case", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in",
        "repeat", "return", "switch", "where", "while", "as", "catch", "false", "is", "nil", "rethrows", "super",
        "self", "Self", "throw", "throws", "true", "try", "Type", "Protocol", "any", "some",
    ]

    static func escape(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }
}
