// libFuzzer target: the PII redactor on arbitrary text, invalid UTF-8
// included. `PIIRedactor` takes a `String`, so bytes that are not UTF-8 reach
// it the way the server would ever see them: repaired to U+FFFD by
// `String(decoding:as:)` (the server itself refuses them before redaction).
// Byte 0 picks the document kind (bit 0) and whether the bytes are used as
// they are or as UTF-16 code units (bit 1, for lone surrogates and scalars
// far from ASCII); the rest is the text.
//
// Checked: spans sorted, apart, inside the text and on scalar boundaries;
// no [NAME] in a job description; the redacted text is exactly the original
// with each span replaced by its placeholder.
import FuzzSupport
import ResumeRedaction

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let selector = input.byte()
    let kind: PIIRedactor.DocumentKind = selector & 1 == 0 ? .resume : .jobDescription
    let rest = input.rest()
    let text: String
    if selector & 2 == 0 {
        text = String(decoding: rest, as: UTF8.self)
    } else {
        let units = stride(from: 0, to: rest.count - 1, by: 2).map { UInt16(rest[$0]) << 8 | UInt16(rest[$0 + 1]) }
        text = String(decoding: units, as: UTF16.self)
    }

    let redaction = PIIRedactor().redact(text, as: kind)

    let original = Array(text.utf8)
    var rebuilt: [UInt8] = []
    var at = 0
    for span in redaction.spans {
        require(span.range.lowerBound >= at, "span \(span) overlaps or precedes the one before")
        require(span.range.lowerBound < span.range.upperBound && span.range.upperBound <= original.count, "span \(span) outside \(original.count) bytes")
        // a job description has no candidate: its names are people named after an honorific
        // or a contact label, each a capitalised word first
        if kind == .jobDescription && span.kind == .name {
            let first = String(decoding: original[span.range], as: UTF8.self).unicodeScalars.first
            require(first.map { $0.properties.isUppercase } ?? false, "a [NAME] in a job description that is not capitalised")
        }
        for edge in [span.range.lowerBound, span.range.upperBound] where edge < original.count {
            require(original[edge] & 0xC0 != 0x80, "span \(span) cuts a UTF-8 sequence")
        }
        rebuilt += original[at..<span.range.lowerBound]
        rebuilt += Array(span.kind.placeholder.utf8)
        at = span.range.upperBound
    }
    rebuilt += original[at...]
    require(Array(redaction.text.utf8) == rebuilt, "the text is not the original with its spans replaced (\(redaction.spans))")
    return 0
}
