extension DescriptorSet {
    /// Limits on what a descriptor set may contain, so that one read from a
    /// server cannot make the reader work without end.
    static let maxNesting = 32

    /// Reads a serialized `google.protobuf.FileDescriptorSet`.
    /// - Throws: `ProtoWire.Malformed` when the bytes are not one.
    public init(serialized bytes: [UInt8]) throws(ProtoWire.Malformed) {
        var reader = ProtoWire.Reader(bytes[...])
        while let (number, type) = try reader.nextTag() {
            if number == 1, type == .lengthDelimited {
                try addFile(reader.lengthDelimited())
            } else {
                try reader.skip(type)
            }
        }
    }

    /// Adds every file of `other` not already here (by file name).
    public mutating func merge(_ other: DescriptorSet) {
        let known = Set(files.map(\.name))
        for file in other.files where !known.contains(file.name) { files.append(file) }
        for (name, m) in other.messages where messages[name] == nil { messages[name] = m }
        for (name, e) in other.enums where enums[name] == nil { enums[name] = e }
        for s in other.services where !services.contains(where: { $0.fullName == s.fullName }) { services.append(s) }
    }

    private mutating func addFile(_ bytes: ArraySlice<UInt8>) throws(ProtoWire.Malformed) {
        var name = "", package = ""
        var messageBytes: [ArraySlice<UInt8>] = [], enumBytes: [ArraySlice<UInt8>] = [], serviceBytes: [ArraySlice<UInt8>] = []
        var comments: [[Int32]: String] = [:]
        var reader = ProtoWire.Reader(bytes)
        while let (number, type) = try reader.nextTag() {
            switch (number, type) {
            case (1, .lengthDelimited): name = try Self.string(reader.lengthDelimited())
            case (2, .lengthDelimited): package = try Self.string(reader.lengthDelimited())
            case (4, .lengthDelimited): messageBytes.append(try reader.lengthDelimited())
            case (5, .lengthDelimited): enumBytes.append(try reader.lengthDelimited())
            case (6, .lengthDelimited): serviceBytes.append(try reader.lengthDelimited())
            case (9, .lengthDelimited): comments = try Self.comments(reader.lengthDelimited())
            default: try reader.skip(type)
            }
        }
        let scope = package.isEmpty ? "" : package + "."
        for (i, m) in messageBytes.enumerated() {
            try addMessage(m, scope: scope, file: name, path: [4, Int32(i)], comments: comments, depth: 0)
        }
        for (i, e) in enumBytes.enumerated() {
            try addEnum(e, scope: scope, file: name, path: [5, Int32(i)], comments: comments)
        }
        for (i, s) in serviceBytes.enumerated() {
            try addService(s, scope: scope, file: name, path: [6, Int32(i)], comments: comments)
        }
        files.append(ProtoFile(name: name, package: package, comment: comments[[12]] ?? ""))
    }

    private mutating func addMessage(_ bytes: ArraySlice<UInt8>, scope: String, file: String, path: [Int32],
                                     comments: [[Int32]: String], depth: Int) throws(ProtoWire.Malformed) {
        guard depth < Self.maxNesting else { throw ProtoWire.Malformed("messages nested deeper than \(Self.maxNesting)") }
        var name = "", isMapEntry = false
        var fieldBytes: [ArraySlice<UInt8>] = [], nested: [ArraySlice<UInt8>] = [], nestedEnums: [ArraySlice<UInt8>] = []
        var oneofs: [String] = []
        var reader = ProtoWire.Reader(bytes)
        while let (number, type) = try reader.nextTag() {
            switch (number, type) {
            case (1, .lengthDelimited): name = try Self.string(reader.lengthDelimited())
            case (2, .lengthDelimited): fieldBytes.append(try reader.lengthDelimited())
            case (3, .lengthDelimited): nested.append(try reader.lengthDelimited())
            case (4, .lengthDelimited): nestedEnums.append(try reader.lengthDelimited())
            case (7, .lengthDelimited): isMapEntry = try Self.bool(field: 7, in: reader.lengthDelimited())
            case (8, .lengthDelimited): oneofs.append(try Self.string(field: 1, in: reader.lengthDelimited()))
            default: try reader.skip(type)
            }
        }
        let fullName = scope + name
        var fields: [FieldSchema] = []
        for (i, f) in fieldBytes.enumerated() {
            fields.append(try Self.field(f, comment: comments[path + [2, Int32(i)]] ?? ""))
        }
        messages[fullName] = MessageSchema(fullName: fullName, file: file, fields: fields, oneofs: oneofs, isMapEntry: isMapEntry,
                                           comment: comments[path] ?? "")
        for (i, m) in nested.enumerated() {
            try addMessage(m, scope: fullName + ".", file: file, path: path + [3, Int32(i)], comments: comments, depth: depth + 1)
        }
        for (i, e) in nestedEnums.enumerated() {
            try addEnum(e, scope: fullName + ".", file: file, path: path + [4, Int32(i)], comments: comments)
        }
    }

    private static func field(_ bytes: ArraySlice<UInt8>, comment: String) throws(ProtoWire.Malformed) -> FieldSchema {
        var name = "", jsonName: String?, number = 0, label = 1, typeNumber = 0, typeName: String?
        var oneofIndex: Int?, proto3Optional = false
        var reader = ProtoWire.Reader(bytes)
        while let (n, type) = try reader.nextTag() {
            switch (n, type) {
            case (1, .lengthDelimited): name = try string(reader.lengthDelimited())
            case (3, .varint): number = Int(truncatingIfNeeded: try reader.varint())
            case (4, .varint): label = Int(truncatingIfNeeded: try reader.varint())
            case (5, .varint): typeNumber = Int(truncatingIfNeeded: try reader.varint())
            case (6, .lengthDelimited): typeName = try string(reader.lengthDelimited())
            case (9, .varint): oneofIndex = Int(truncatingIfNeeded: try reader.varint())
            case (10, .lengthDelimited): jsonName = try string(reader.lengthDelimited())
            case (17, .varint): proto3Optional = try reader.varint() != 0
            default: try reader.skip(type)
            }
        }
        guard let fieldType = FieldType(rawValue: typeNumber) else { throw ProtoWire.Malformed("field type \(typeNumber) unknown") }
        guard (1...536_870_911).contains(number) else { throw ProtoWire.Malformed("field number \(number) out of range") }
        return FieldSchema(name: name, jsonName: jsonName ?? lowerCamelCase(name), number: number, type: fieldType,
                           isRepeated: label == 3, typeName: typeName.map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 },
                           oneofIndex: oneofIndex, isProto3Optional: proto3Optional, comment: comment)
    }

    private mutating func addEnum(_ bytes: ArraySlice<UInt8>, scope: String, file: String, path: [Int32],
                                  comments: [[Int32]: String]) throws(ProtoWire.Malformed) {
        var name = ""
        var values: [(name: String, number: Int32)] = []
        var reader = ProtoWire.Reader(bytes)
        while let (n, type) = try reader.nextTag() {
            switch (n, type) {
            case (1, .lengthDelimited): name = try Self.string(reader.lengthDelimited())
            case (2, .lengthDelimited):
                var valueName = "", valueNumber: Int32 = 0
                var r = ProtoWire.Reader(try reader.lengthDelimited())
                while let (vn, vt) = try r.nextTag() {
                    switch (vn, vt) {
                    case (1, .lengthDelimited): valueName = try Self.string(r.lengthDelimited())
                    case (2, .varint): valueNumber = Int32(truncatingIfNeeded: try r.varint())
                    default: try r.skip(vt)
                    }
                }
                values.append((valueName, valueNumber))
            default: try reader.skip(type)
            }
        }
        enums[scope + name] = EnumSchema(fullName: scope + name, file: file, values: values, comment: comments[path] ?? "")
    }

    private mutating func addService(_ bytes: ArraySlice<UInt8>, scope: String, file: String, path: [Int32],
                                     comments: [[Int32]: String]) throws(ProtoWire.Malformed) {
        var name = ""
        var methodBytes: [ArraySlice<UInt8>] = []
        var reader = ProtoWire.Reader(bytes)
        while let (n, type) = try reader.nextTag() {
            switch (n, type) {
            case (1, .lengthDelimited): name = try Self.string(reader.lengthDelimited())
            case (2, .lengthDelimited): methodBytes.append(try reader.lengthDelimited())
            default: try reader.skip(type)
            }
        }
        let fullName = scope + name
        var methods: [MethodSchema] = []
        for (i, m) in methodBytes.enumerated() {
            var methodName = "", input = "", output = "", streaming = false
            var r = ProtoWire.Reader(m)
            while let (n, type) = try r.nextTag() {
                switch (n, type) {
                case (1, .lengthDelimited): methodName = try Self.string(r.lengthDelimited())
                case (2, .lengthDelimited): input = String(try Self.string(r.lengthDelimited()).drop { $0 == "." })
                case (3, .lengthDelimited): output = String(try Self.string(r.lengthDelimited()).drop { $0 == "." })
                case (5, .varint), (6, .varint): streaming = try r.varint() != 0 || streaming
                default: try r.skip(type)
                }
            }
            methods.append(MethodSchema(name: methodName, path: "/\(fullName)/\(methodName)", inputType: input, outputType: output,
                                        isStreaming: streaming, comment: comments[path + [2, Int32(i)]] ?? ""))
        }
        services.append(ServiceSchema(fullName: fullName, name: name, file: file, methods: methods, comment: comments[path] ?? ""))
    }

    /// `SourceCodeInfo`: each location's path and its leading (else trailing) comment.
    private static func comments(_ bytes: ArraySlice<UInt8>) throws(ProtoWire.Malformed) -> [[Int32]: String] {
        var out: [[Int32]: String] = [:]
        var reader = ProtoWire.Reader(bytes)
        while let (n, type) = try reader.nextTag() {
            guard n == 1, type == .lengthDelimited else { try reader.skip(type); continue }
            var path: [Int32] = [], leading = "", trailing = ""
            var r = ProtoWire.Reader(try reader.lengthDelimited())
            while let (ln, lt) = try r.nextTag() {
                switch (ln, lt) {
                case (1, .lengthDelimited):
                    var packed = ProtoWire.Reader(try r.lengthDelimited())
                    while !packed.isAtEnd { path.append(Int32(truncatingIfNeeded: try packed.varint())) }
                case (1, .varint): path.append(Int32(truncatingIfNeeded: try r.varint()))
                case (3, .lengthDelimited): leading = try string(r.lengthDelimited())
                case (4, .lengthDelimited): trailing = try string(r.lengthDelimited())
                default: try r.skip(lt)
                }
            }
            let text = trimComment(leading.isEmpty ? trailing : leading)
            if !text.isEmpty { out[path] = text }
        }
        return out
    }

    /// A comment without the one space protoc keeps after `//`, trailing blanks and blank edge lines.
    static func trimComment(_ raw: String) -> String {
        let lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var l = line.hasPrefix(" ") ? line.dropFirst() : line[...]
            while l.last == " " || l.last == "\t" || l.last == "\r" { l = l.dropLast() }
            return l
        }
        return lines.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed().joined(separator: "\n")
    }

    private static func string(_ bytes: ArraySlice<UInt8>) throws(ProtoWire.Malformed) -> String {
        guard let s = String(validating: bytes, as: UTF8.self) else { throw ProtoWire.Malformed("a name is not UTF-8") }
        return s
    }

    private static func string(field: Int, in bytes: ArraySlice<UInt8>) throws(ProtoWire.Malformed) -> String {
        var r = ProtoWire.Reader(bytes), value = ""
        while let (n, type) = try r.nextTag() {
            if n == field, type == .lengthDelimited { value = try string(r.lengthDelimited()) } else { try r.skip(type) }
        }
        return value
    }

    private static func bool(field: Int, in bytes: ArraySlice<UInt8>) throws(ProtoWire.Malformed) -> Bool {
        var r = ProtoWire.Reader(bytes), value = false
        while let (n, type) = try r.nextTag() {
            if n == field, type == .varint { value = try r.varint() != 0 } else { try r.skip(type) }
        }
        return value
    }

    /// The proto3 JSON name protoc derives from a field name (`raw_text` -> `rawText`).
    static func lowerCamelCase(_ name: String) -> String {
        var out = "", upper = false
        for c in name {
            if c == "_" { upper = true; continue }
            out.append(upper ? Character(c.uppercased()) : c)
            upper = false
        }
        return out
    }
}
