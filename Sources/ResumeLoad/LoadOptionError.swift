/// An option of a load run that does not parse or is out of range; the
/// message says which option and what it accepts.
public struct LoadOptionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, for a person.
    public let message: String

    /// An error with `message`.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
