/// The kinds of personally identifiable information that ``PIIRedactor`` detects.
public enum PIIKind: String, Sendable, CaseIterable {
    /// An e-mail address; replaced by `[EMAIL]`.
    case email
    /// A telephone number, including an extension if written; replaced by `[PHONE]`.
    case phone
    /// A web address (with or without scheme, `www.` hosts, profile links); replaced by `[URL]`.
    case url
    /// A street address or a postal code in an address context; replaced by `[ADDRESS]`.
    case address
    /// A US Social Security number or another (usually labelled) national id number; replaced by `[SSN]`.
    case nationalID
    /// A date explicitly marked as a date of birth; replaced by `[DOB]`.
    case dateOfBirth
    /// A Luhn-valid payment card number; replaced by `[CARD]`.
    case card
    /// The candidate's own name (resumes only); replaced by `[NAME]`.
    case name

    /// The bracketed placeholder that replaces an entity of this kind in redacted text.
    public var placeholder: String {
        switch self {
        case .email: "[EMAIL]"
        case .phone: "[PHONE]"
        case .url: "[URL]"
        case .address: "[ADDRESS]"
        case .nationalID: "[SSN]"
        case .dateOfBirth: "[DOB]"
        case .card: "[CARD]"
        case .name: "[NAME]"
        }
    }
}

/// One redacted entity: its kind and where it was in the original text.
///
/// `range` is in UTF-8 byte offsets of the *original* (unredacted) text.
public struct RedactedSpan: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What kind of entity was redacted.
    public let kind: PIIKind
    /// UTF-8 byte offsets of the entity in the original text.
    public let range: Range<Int>

    /// Creates a span; offsets are UTF-8 byte offsets into the original text.
    public init(kind: PIIKind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }

    /// Kind and byte offsets only; never any text.
    public var description: String { "\(kind.rawValue)@\(range.lowerBound)..<\(range.upperBound)" }
    /// Same as ``description``; never any text.
    public var debugDescription: String { "RedactedSpan(\(description))" }
}

/// The result of redacting one document.
///
/// `description`, `debugDescription` and the reflection mirror show counts only, never text.
public struct Redaction: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The text with every detected entity replaced by its kind's placeholder.
    public let text: String
    /// The redacted entities in ascending order of position; they never overlap.
    public let spans: [RedactedSpan]

    /// Creates a redaction result.
    public init(text: String, spans: [RedactedSpan]) {
        self.text = text
        self.spans = spans
    }

    /// Counts only; never any text.
    public var description: String { "Redaction(\(spans.count) spans, \(text.utf8.count) bytes)" }
    /// Counts only; never any text.
    public var debugDescription: String { description }
    /// A mirror without the text, so `dump` does not print content either.
    public var customMirror: Mirror {
        Mirror(self, children: ["spanCount": spans.count, "byteCount": text.utf8.count], displayStyle: .struct)
    }
}
