@testable import ResumeRedaction
import Testing

// What the redaction suites share: one redactor (its tables are built once per process) and the
// two ways a text is redacted.

/// The redactor the suites ask, with the default region.
let redactor = PIIRedactor()

/// `s` redacted as a job description: its text with the placeholders.
func job(_ s: String) -> String { redactor.redact(s, as: .jobDescription).text }

/// `s` redacted as a resume (the candidate's name detected too): its text with the placeholders.
func resume(_ s: String) -> String { redactor.redact(s, as: .resume).text }

/// An input an outside review tried: the region its phones are read with, whether it is a job
/// description, and the output expected.
struct ReviewFinding: Sendable, CustomTestStringConvertible {
    let id: String, region: String, job: Bool, input: String, expected: String
    var testDescription: String { id }

    /// What the redactor makes of it.
    var redacted: String { PIIRedactor(defaultRegion: region).redact(input, as: job ? .jobDescription : .resume).text }
}
