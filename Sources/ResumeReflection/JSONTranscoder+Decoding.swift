import Foundation

extension JSONTranscoder {
    /// `bytes`, read as a `messageName`, in the proto3 JSON mapping. Unknown
    /// fields are skipped, as the mapping says.
    public func decode(_ bytes: [UInt8], as messageName: String) throws(TranscodingError) -> JSONValue {
        try decodeMessage(bytes[...], schema(messageName), depth: 0)
    }

    /// What a field collected from the wire: scalars in order, message bytes concatenated.
    private enum Collected {
        case values([JSONValue])
        case message([UInt8])
    }

    private func decodeMessage(_ bytes: ArraySlice<UInt8>, _ message: MessageSchema, depth: Int) throws(TranscodingError) -> JSONValue {
        guard depth < Self.maxDepth else { throw TranscodingError(message.fullName, "nested deeper than \(Self.maxDepth)") }
        var collected: [Int: Collected] = [:]
        var reader = ProtoWire.Reader(bytes)
        do {
            while let (number, wireType) = try reader.nextTag() {
                guard let field = message.field(number: number) else {
                    try reader.skip(wireType)
                    continue
                }
                let path = "\(message.fullName).\(field.name)"
                if field.type == .message {
                    guard wireType == .lengthDelimited else { throw TranscodingError(path, "wire type \(wireType.rawValue) for a message") }
                    let sub = try reader.lengthDelimited()
                    if field.isRepeated {
                        guard let name = field.typeName else { throw TranscodingError(path, "message field without a type") }
                        let value = try decodeMessage(sub, schema(name), depth: depth + 1)
                        if case .values(let v) = collected[number] { collected[number] = .values(v + [value]) } else { collected[number] = .values([value]) }
                    } else {
                        // A singular message given twice is merged: its bytes are concatenated.
                        if case .message(let m) = collected[number] { collected[number] = .message(m + sub) } else { collected[number] = .message(Array(sub)) }
                    }
                    continue
                }
                var values: [JSONValue] = []
                if field.isRepeated, field.type.isPackable, wireType == .lengthDelimited {
                    var packed = ProtoWire.Reader(try reader.lengthDelimited())
                    while !packed.isAtEnd { values.append(try scalar(field, field.type.wireType, &packed, path)) }
                } else {
                    guard wireType == field.type.wireType else {
                        throw TranscodingError(path, "wire type \(wireType.rawValue), expected \(field.type.wireType.rawValue)")
                    }
                    values.append(try scalar(field, wireType, &reader, path))
                }
                if field.isRepeated, case .values(let v) = collected[number] {
                    collected[number] = .values(v + values)
                } else {
                    collected[number] = .values(field.isRepeated ? values : [values.last!])
                }
            }
        } catch let error as ProtoWire.Malformed {
            throw TranscodingError(message.fullName, "malformed: \(error.description)")
        } catch let error as TranscodingError {
            throw error
        } catch {
            throw TranscodingError(message.fullName, "\(error)")
        }
        var members: [(key: String, value: JSONValue)] = []
        for field in message.fields {
            let path = "\(message.fullName).\(field.name)"
            switch collected[field.number] {
            case .message(let bytes)?:
                guard let name = field.typeName else { continue }
                members.append((field.jsonName, try decodeMessage(bytes[...], schema(name), depth: depth + 1)))
            case .values(let values)?:
                if field.isRepeated {
                    if let map = try mapObject(field, values, path) { members.append((field.jsonName, map)) }
                    else { members.append((field.jsonName, .array(values))) }
                } else if field.hasPresence || emitDefaults || values[0] != defaultValue(field) {
                    members.append((field.jsonName, values[0]))
                }
            case nil:
                guard emitDefaults, field.type != .message || field.isRepeated, !field.hasPresence || field.isRepeated else { continue }
                if field.isRepeated {
                    let isMap = field.typeName.flatMap { descriptors.messages[$0] }?.isMapEntry ?? false
                    members.append((field.jsonName, isMap ? .object([]) : .array([])))
                } else {
                    members.append((field.jsonName, defaultValue(field)))
                }
            }
        }
        return .object(members)
    }

    /// A map field's entries (decoded entry objects) as one JSON object, or nil when not a map.
    private func mapObject(_ field: FieldSchema, _ entries: [JSONValue], _ path: String) throws(TranscodingError) -> JSONValue? {
        guard field.type == .message, let name = field.typeName, let entry = descriptors.messages[name], entry.isMapEntry,
              let keyField = entry.field(number: 1), let valueField = entry.field(number: 2) else { return nil }
        var members: [(key: String, value: JSONValue)] = []
        for case .object(let e) in entries {
            let key = e.first { $0.key == keyField.jsonName }?.value ?? defaultValue(keyField)
            let value = e.first { $0.key == valueField.jsonName }?.value ?? defaultValue(valueField)
            let keyText: String
            switch key {
            case .string(let s): keyText = s
            case .bool(let b): keyText = b ? "true" : "false"
            case .integer(let i): keyText = String(i)
            case .unsigned(let u): keyText = String(u)
            default: throw TranscodingError(path, "map key of an unsupported type")
            }
            members.removeAll { $0.key == keyText }
            members.append((keyText, value))
        }
        return .object(members)
    }

    private func scalar(_ field: FieldSchema, _ wireType: ProtoWire.WireType, _ reader: inout ProtoWire.Reader,
                        _ path: String) throws -> JSONValue {
        switch field.type {
        case .string:
            guard let s = String(validating: try reader.lengthDelimited(), as: UTF8.self) else { throw TranscodingError(path, "string is not UTF-8") }
            return .string(s)
        case .bytes: return .string(Data(try reader.lengthDelimited()).base64EncodedString())
        case .bool: return .bool(try reader.varint() != 0)
        case .int32: return .integer(Int64(Int32(truncatingIfNeeded: try reader.varint())))
        case .sint32:
            let v = UInt32(truncatingIfNeeded: try reader.varint())
            return .integer(Int64(Int32(bitPattern: (v >> 1) ^ (0 &- (v & 1)))))
        case .sfixed32: return .integer(Int64(Int32(bitPattern: try reader.fixed32())))
        case .uint32: return .integer(Int64(UInt32(truncatingIfNeeded: try reader.varint())))
        case .fixed32: return .integer(Int64(try reader.fixed32()))
        case .int64: return .string(String(Int64(bitPattern: try reader.varint())))
        case .sint64:
            let v = try reader.varint()
            return .string(String(Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1)))))
        case .sfixed64: return .string(String(Int64(bitPattern: try reader.fixed64())))
        case .uint64: return .string(String(try reader.varint()))
        case .fixed64: return .string(String(try reader.fixed64()))
        case .double: return Self.floatingJSON(Double(bitPattern: try reader.fixed64()))
        case .float: return Self.floatingJSON(Double(Float(bitPattern: try reader.fixed32())))
        case .enum:
            let number = Int32(truncatingIfNeeded: try reader.varint())
            if let name = field.typeName, let e = descriptors.enums[name], let v = e.values.first(where: { $0.number == number }) {
                return .string(v.name)
            }
            return .integer(Int64(number))
        case .message, .group:
            throw TranscodingError(path, "not a scalar")
        }
    }

    static func floatingJSON(_ d: Double) -> JSONValue {
        if d.isNaN { return .string("NaN") }
        if d.isInfinite { return .string(d > 0 ? "Infinity" : "-Infinity") }
        return .double(d)
    }

    private func defaultValue(_ field: FieldSchema) -> JSONValue {
        switch field.type {
        case .string, .bytes: .string("")
        case .bool: .bool(false)
        case .int64, .sint64, .sfixed64, .uint64, .fixed64: .string("0")
        case .double, .float: .double(0)
        case .enum:
            field.typeName.flatMap { descriptors.enums[$0] }.flatMap { e in e.values.first { $0.number == 0 } }.map { .string($0.name) } ?? .integer(0)
        case .message, .group: .object([])
        default: .integer(0)
        }
    }
}
