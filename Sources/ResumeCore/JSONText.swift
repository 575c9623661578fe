public import Foundation

/// Raw JSON text, e.g. a `jsonb` column's value.
public struct JSONText: Sendable, Hashable {
    /// The JSON, as text.
    public let text: String

    public init(_ text: String) { self.text = text }

    /// The JSON encoding of `value`.
    public init(encoding value: some Encodable) throws {
        let data = try JSONEncoder().encode(value)
        text = String(decoding: data, as: UTF8.self)
    }

    /// Decodes the JSON text as `T`.
    public func decode<T: Decodable>(_: T.Type) throws -> T { try JSONDecoder().decode(T.self, from: Data(text.utf8)) }
}
