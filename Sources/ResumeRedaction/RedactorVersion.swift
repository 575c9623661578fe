/// The version of the redaction rules; stored with every document's
/// redacted text (`redactor_version`), so rows redacted by older rules can
/// be found and redacted again (`resumectl redact --rewrite`).
///
/// Bump ``current`` whenever the redacted text for some input can change:
/// a detector, a word list, a label, a postcode pattern, a placeholder,
/// span resolution, or the libphonenumber leniency. Version 0 is reserved
/// for rows stored before versions were recorded; ``current`` lists what
/// each version changed.
public enum RedactorVersion {
    /// The version of the rules this build implements.
    /// 1: the rules when versions began to be recorded.
    /// 2: libphonenumber reads every number-like run with its own 64 tries
    ///    (a number after many dates or ids in one 2 KB block was not read);
    ///    people introduced by a reporting line or a contact phrase ("report to",
    ///    "Reportarás a", "Envie seu currículo para") and the later mentions of
    ///    every person named; more honorifics and academic titles; India's PAN,
    ///    Australia's TFN (grouped) and Brazil's PIS without a label; birth dates
    ///    written 23-Jan-1990 or after a padded form label; a number-first street
    ///    line above its postcode line; Indian address labels; the candidate's short
    ///    given name ("Jess" for Jessica) and Mc surnames; a person after a role behind
    ///    "work closely with".
    public static let current = 2
}
