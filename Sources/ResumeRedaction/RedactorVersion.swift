/// The version of the redaction rules; stored with every document's
/// redacted text (`redactor_version`), so rows redacted by older rules can
/// be found and redacted again (`resumectl redact --rewrite`).
///
/// Bump ``current`` whenever the redacted text for some input can change:
/// a detector, a word list, a label, a postcode pattern, a placeholder,
/// span resolution, or the libphonenumber leniency. Version 0 is reserved
/// for rows stored before versions were recorded. docs/API.md's redaction
/// section lists what each version changed.
public enum RedactorVersion {
    /// The version of the rules this build implements.
    public static let current = 1
}
