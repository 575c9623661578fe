@testable import ResumeRedaction

// What the redaction suites share: one redactor (its tables are built once per process) and the
// two ways a text is redacted.

/// The redactor the suites ask, with the default region.
let redactor = PIIRedactor()

/// `s` redacted as a job description: its text with the placeholders.
func job(_ s: String) -> String { redactor.redact(s, as: .jobDescription).text }

/// `s` redacted as a resume (the candidate's name detected too): its text with the placeholders.
func resume(_ s: String) -> String { redactor.redact(s, as: .resume).text }
