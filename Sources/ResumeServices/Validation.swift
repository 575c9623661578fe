import ResumeCore
public import Foundation
public import ResumeStores
public import ResumeWire

/// Collects every problem with a request, then throws one
/// `INVALID_ARGUMENT` listing them all (one `FieldViolation` per field).
/// Descriptions state the rule, never the value.
public struct Validation {
    private(set) var violations: [FieldViolation] = []

    public init() {}

    /// The longest title-like field (title, position_title, company_name), in Unicode scalars.
    public static let maxTitleScalars = 200
    /// The longest raw_text, in UTF-8 bytes (200 KiB).
    public static let maxTextBytes = 200 * 1024

    mutating func fail(_ field: String, _ description: String) {
        violations.append(FieldViolation(field, description))
    }

    /// Throws when anything failed.
    public func check() throws(RPCError) {
        if !violations.isEmpty { throw RPCError.invalidArgument(violations) }
    }

    /// The one id a request carries, or `INVALID_ARGUMENT` naming `field`.
    public static func id(_ field: String, _ text: String) throws(RPCError) -> UUID {
        var v = Validation()
        let id = v.id(field, text)
        try v.check()
        return id!
    }

    /// A canonical lower-case UUID.
    public mutating func id(_ field: String, _ text: String) -> UUID? {
        guard let id = UUIDText.parse(text) else {
            fail(field, "must be a lower-case UUID (8-4-4-4-12 hex digits)")
            return nil
        }
        return id
    }

    /// A required short text: not blank, at most 200 characters.
    public mutating func title(_ field: String, _ text: String) {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            fail(field, "must not be empty")
        } else if text.unicodeScalars.count > Self.maxTitleScalars {
            fail(field, "must be at most \(Self.maxTitleScalars) characters")
        }
    }

    /// An optional short text: at most 200 characters (empty means absent).
    public mutating func optionalTitle(_ field: String, _ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return nil }
        if text.unicodeScalars.count > Self.maxTitleScalars { fail(field, "must be at most \(Self.maxTitleScalars) characters") }
        return text
    }

    /// A document body: not blank, at most 200 KiB.
    public mutating func document(_ field: String, _ text: String) {
        if text.utf8.count > Self.maxTextBytes {
            fail(field, "must be at most \(Self.maxTextBytes) bytes (200 KiB); it has \(text.utf8.count)")
        } else if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            fail(field, "must not be empty")
        }
    }

    /// A version number the caller read: 1 or more.
    public mutating func version(_ field: String, _ value: Int32) {
        if value < 1 { fail(field, "must be 1 or more (the version you read)") }
    }

    /// A page request: size 0 (default) to 100, and a token this service issued
    /// for this list (`decode` returns nil for any other).
    public mutating func page(size: Int32, token: String, decode: (String) -> PageToken?) -> PageRequest? {
        var ok = true
        if size < 0 || size > Int32(PageRequest.maxSize) {
            fail("page_size", "must be 0 to \(PageRequest.maxSize)")
            ok = false
        }
        var after: PageToken?
        if !token.isEmpty {
            after = decode(token)
            if after == nil {
                fail("page_token", "is not a next_page_token of this list")
                ok = false
            }
        }
        return ok ? PageRequest(size: Int(size), after: after) : nil
    }

    /// An email address in the common form (RFC 5321 limits, no quoted or IP-literal parts).
    public mutating func email(_ field: String, _ text: String) {
        if let problem = EmailAddress.problem(text) { fail(field, problem) }
    }

    /// A new password: at least 8 characters, at most 72 bytes.
    public mutating func newPassword(_ field: String, _ text: String) {
        if text.count < 8 {
            fail(field, "must be at least 8 characters")
        } else if text.utf8.count > 72 {
            fail(field, "must be at most 72 bytes: bcrypt ignores anything longer, so it is refused rather than cut")
        }
    }

    /// A password offered at sign-in: present, and not longer than any password can be.
    public mutating func offeredPassword(_ field: String, _ text: String) {
        if text.isEmpty {
            fail(field, "must not be empty")
        } else if text.utf8.count > 72 {
            fail(field, "must be at most 72 bytes")
        }
    }
}

/// The email rule: `local@domain`, at most 254 bytes, local part at most 64
/// bytes of atext and single dots, domain of at least two LDH labels with an
/// alphabetic top-level label, ASCII only. Compared case-insensitively elsewhere.
public enum EmailAddress {
    /// Why `text` is not acceptable, or nil when it is.
    public static func problem(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return "must not be empty" }
        guard bytes.count <= 254 else { return "must be at most 254 bytes" }
        // Bytes, not Characters: Swift compares Characters by canonical
        // equivalence, so the Kelvin sign (U+212A) would pass as "K".
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return "must be ASCII (internationalised addresses are not accepted)" }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return "must be one local part, @, and a domain" }
        let local = parts[0], domain = parts[1]
        guard !local.isEmpty, local.utf8.count <= 64 else { return "the part before @ must be 1 to 64 bytes" }
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-.")
        guard local.allSatisfy({ atext.contains($0) }), !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else {
            return "the part before @ has characters an address cannot have"
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return "the domain must have a dot" }
        let ldh = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        for label in labels {
            guard (1...63).contains(label.utf8.count), label.allSatisfy({ ldh.contains($0) }),
                  !label.hasPrefix("-"), !label.hasSuffix("-") else { return "the domain is not a valid host name" }
        }
        guard let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { return "the domain must end in a top-level name" }
        return nil
    }
}
