import Foundation

/// Converts between the proto3 JSON mapping and protobuf wire bytes, driven
/// by a `DescriptorSet`: lowerCamelCase names (declared names accepted too),
/// 64-bit integers as strings, bytes as base64, enums by name. Pure and
/// bounded: nesting deeper than `maxDepth` is refused.
public struct JSONTranscoder: Sendable {
    /// The types it knows.
    public let descriptors: DescriptorSet
    /// Whether `decode` writes fields holding their default value (zero,
    /// empty) too; by default they are left out, as the mapping says.
    public var emitDefaults: Bool
    /// Deepest message nesting accepted, either way.
    public static let maxDepth = 64

    /// A transcoder for the types in `descriptors`.
    public init(descriptors: DescriptorSet, emitDefaults: Bool = false) {
        self.descriptors = descriptors
        self.emitDefaults = emitDefaults
    }

    func schema(_ name: String) throws(TranscodingError) -> MessageSchema {
        guard let m = descriptors.messages[name] else { throw TranscodingError(name, "unknown message type") }
        return m
    }

    // MARK: JSON -> wire

    /// The wire bytes of `json` read as a `messageName`.
    public func encode(_ json: JSONValue, as messageName: String) throws(TranscodingError) -> [UInt8] {
        try encodeMessage(json, schema(messageName), depth: 0)
    }

    private func encodeMessage(_ json: JSONValue, _ message: MessageSchema, depth: Int) throws(TranscodingError) -> [UInt8] {
        guard depth < Self.maxDepth else { throw TranscodingError(message.fullName, "nested deeper than \(Self.maxDepth)") }
        let members: [(key: String, value: JSONValue)]
        switch json {
        case .null: return []
        case .object(let m): members = m
        default: throw TranscodingError(message.fullName, "expected an object, got \(json.kind)")
        }
        var byNumber: [(FieldSchema, JSONValue)] = []
        for (key, value) in members {
            guard let field = message.fields.first(where: { $0.jsonName == key || $0.name == key }) else {
                throw TranscodingError(message.fullName, "unknown field \"\(key.prefix(64))\"")
            }
            guard !byNumber.contains(where: { $0.0.number == field.number }) else {
                throw TranscodingError("\(message.fullName).\(field.name)", "given twice")
            }
            byNumber.append((field, value))
        }
        var writer = ProtoWire.Writer()
        for (field, value) in byNumber.sorted(by: { $0.0.number < $1.0.number }) {
            try encodeField(field, value, in: message, depth: depth, into: &writer)
        }
        return writer.bytes
    }

    private func encodeField(_ field: FieldSchema, _ value: JSONValue, in message: MessageSchema, depth: Int,
                             into writer: inout ProtoWire.Writer) throws(TranscodingError) {
        let path = "\(message.fullName).\(field.name)"
        if case .null = value { return }
        if field.isRepeated, field.type == .message, let entryName = field.typeName, let entry = descriptors.messages[entryName], entry.isMapEntry {
            guard case .object(let pairs) = value else { throw TranscodingError(path, "expected an object (a map), got \(value.kind)") }
            guard let keyField = entry.field(number: 1), let valueField = entry.field(number: 2) else {
                throw TranscodingError(path, "map entry without key or value")
            }
            for (k, v) in pairs {
                var e = ProtoWire.Writer()
                try encodeField(keyField, Self.mapKey(k, as: keyField.type), in: entry, depth: depth + 1, into: &e)
                try encodeField(valueField, v, in: entry, depth: depth + 1, into: &e)
                writer.tag(field.number, .lengthDelimited)
                writer.lengthDelimited(e.bytes)
            }
            return
        }
        if field.isRepeated {
            guard case .array(let items) = value else { throw TranscodingError(path, "expected an array, got \(value.kind)") }
            if field.type.isPackable {
                guard !items.isEmpty else { return }
                var packed = ProtoWire.Writer()
                for item in items { try encodeScalar(field, item, path: path, into: &packed) }
                writer.tag(field.number, .lengthDelimited)
                writer.lengthDelimited(packed.bytes)
            } else {
                for item in items { try encodeSingle(field, item, path: path, depth: depth, into: &writer) }
            }
            return
        }
        try encodeSingle(field, value, path: path, depth: depth, into: &writer)
    }

    private func encodeSingle(_ field: FieldSchema, _ value: JSONValue, path: String, depth: Int,
                              into writer: inout ProtoWire.Writer) throws(TranscodingError) {
        switch field.type {
        case .message:
            guard let name = field.typeName else { throw TranscodingError(path, "message field without a type") }
            let bytes = try encodeMessage(value, schema(name), depth: depth + 1)
            writer.tag(field.number, .lengthDelimited)
            writer.lengthDelimited(bytes)
        case .string:
            guard case .string(let s) = value else { throw TranscodingError(path, "expected a string, got \(value.kind)") }
            writer.tag(field.number, .lengthDelimited)
            writer.lengthDelimited(Array(s.utf8))
        case .bytes:
            guard case .string(let s) = value else { throw TranscodingError(path, "expected base64 text, got \(value.kind)") }
            guard let data = Self.base64Decoded(s) else { throw TranscodingError(path, "not valid base64") }
            writer.tag(field.number, .lengthDelimited)
            writer.lengthDelimited(data)
        case .group:
            throw TranscodingError(path, "groups are not supported")
        default:
            writer.tag(field.number, field.type.wireType)
            try encodeScalar(field, value, path: path, into: &writer)
        }
    }

    /// A number, bool or enum value without its tag.
    private func encodeScalar(_ field: FieldSchema, _ value: JSONValue, path: String,
                              into writer: inout ProtoWire.Writer) throws(TranscodingError) {
        switch field.type {
        case .int32:
            writer.varint(UInt64(bitPattern: Int64(try Self.integer(value, path, Int32.self))))
        case .sint32:
            let v = try Self.integer(value, path, Int32.self)
            writer.varint(UInt64(UInt32(bitPattern: (v << 1) ^ (v >> 31))))
        case .sfixed32:
            writer.fixed32(UInt32(bitPattern: try Self.integer(value, path, Int32.self)))
        case .uint32:
            writer.varint(UInt64(try Self.integer(value, path, UInt32.self)))
        case .fixed32:
            writer.fixed32(try Self.integer(value, path, UInt32.self))
        case .int64:
            writer.varint(UInt64(bitPattern: try Self.integer(value, path, Int64.self)))
        case .sint64:
            let v = try Self.integer(value, path, Int64.self)
            writer.varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
        case .sfixed64:
            writer.fixed64(UInt64(bitPattern: try Self.integer(value, path, Int64.self)))
        case .uint64:
            writer.varint(try Self.integer(value, path, UInt64.self))
        case .fixed64:
            writer.fixed64(try Self.integer(value, path, UInt64.self))
        case .bool:
            guard case .bool(let b) = value else { throw TranscodingError(path, "expected true or false, got \(value.kind)") }
            writer.varint(b ? 1 : 0)
        case .double:
            writer.fixed64(try Self.floating(value, path).bitPattern)
        case .float:
            let d = try Self.floating(value, path)
            guard !d.isFinite || abs(d) <= Double(Float.greatestFiniteMagnitude) else { throw TranscodingError(path, "out of range for float") }
            writer.fixed32(Float(d).bitPattern)
        case .enum:
            writer.varint(UInt64(bitPattern: Int64(try enumNumber(field, value, path))))
        default:
            throw TranscodingError(path, "\(field.type.protoName) cannot be packed")
        }
    }

    private func enumNumber(_ field: FieldSchema, _ value: JSONValue, _ path: String) throws(TranscodingError) -> Int32 {
        guard let name = field.typeName, let e = descriptors.enums[name] else { throw TranscodingError(path, "unknown enum type") }
        if case .string(let s) = value {
            guard let v = e.values.first(where: { $0.name == s }) else {
                throw TranscodingError(path, "not a value of \(e.fullName) (one of \(e.values.map(\.name).joined(separator: ", ")))")
            }
            return v.number
        }
        return try Self.integer(value, path, Int32.self)
    }

    static func integer<T: FixedWidthInteger>(_ value: JSONValue, _ path: String, _: T.Type) throws(TranscodingError) -> T {
        let result: T?
        switch value {
        case .integer(let i): result = T(exactly: i)
        case .unsigned(let u): result = T(exactly: u)
        case .double(let d): result = d.isFinite && d == d.rounded() ? T(exactly: d) : nil
        case .string(let s): result = T(s.trimmingCharacters(in: .whitespaces))
        default: throw TranscodingError(path, "expected an integer, got \(value.kind)")
        }
        guard let result else { throw TranscodingError(path, "not an integer in range for \(T.self)") }
        return result
    }

    static func floating(_ value: JSONValue, _ path: String) throws(TranscodingError) -> Double {
        switch value {
        case .integer(let i): return Double(i)
        case .unsigned(let u): return Double(u)
        case .double(let d): return d
        case .string("NaN"): return .nan
        case .string("Infinity"): return .infinity
        case .string("-Infinity"): return -.infinity
        case .string(let s):
            guard let d = Double(s) else { throw TranscodingError(path, "not a number") }
            return d
        default: throw TranscodingError(path, "expected a number, got \(value.kind)")
        }
    }

    static func mapKey(_ key: String, as type: FieldType) -> JSONValue {
        switch type {
        case .bool: .bool(key == "true")
        case .string: .string(key)
        default: .string(key)
        }
    }

    /// Standard or URL-safe base64, padded or not.
    static func base64Decoded(_ text: String) -> [UInt8]? {
        var s = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while s.count % 4 != 0 { s += "=" }
        return Data(base64Encoded: s).map { [UInt8]($0) }
    }
}
