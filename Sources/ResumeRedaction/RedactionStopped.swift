/// Thrown by ``PIIRedactor/redact(_:as:shouldStop:)`` when the caller's stop condition
/// said stop before the redaction finished. Carries no text.
public struct RedactionStopped: Error, Sendable, Hashable, CustomStringConvertible {
    /// Creates the error.
    public init() {}

    /// A fixed message; never any text.
    public var description: String { "redaction stopped by the caller" }
}
