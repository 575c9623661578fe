/// Detects and replaces personally identifiable information in resume and job-description text.
///
/// Pure and in-process: no I/O, no logging, no shared state; safe to use from any thread.
/// Detection is rule-based (hand-written linear scanners over the UTF-8 bytes), so the
/// result is deterministic and the cost is linear in the input size.
/// Overlapping candidates are resolved by a fixed priority
/// (email > url > card > nationalID > dateOfBirth > phone > address > name),
/// and the longer candidate wins within a kind.
///
/// What is detected:
/// - **Email**: `local@host.tld` (ASCII).
/// - **URL**: `http(s)://…`, `ftp://…`, `www.…`, `host.tld/path` (e.g. `linkedin.com/in/…`,
///   `github.com/…`), and all-lowercase `host.tld` with a known TLD (`janedoe.dev`).
///   Capitalised `Booking.com`, `ASP.NET` and `Node.js`-style tech names are left alone.
/// - **Phone**: `+`-prefixed international numbers (also `(+44)`, `(0)` trunk), `(555) 123-4567`,
///   North-American 3-3-4 / 1-3-3-4, national numbers with a trunk `0` or `00` prefix, and
///   any 7–15 digit number after a phone label; extensions (`ext. 12`, `x204`, `poste 210`).
///   Dates, year ranges, IP addresses, money and identifier fragments are rejected.
/// - **National id** (`[SSN]`): unlabelled US SSNs `ddd-dd-dddd` (valid area/group/serial),
///   unlabelled UK NI numbers (`QQ 12 34 56 C`, `AB123456C`), and any id-shaped value after a
///   label: SSN / Social Security, National Insurance / NI / NINO, National ID, Personal number /
///   Personnummer, Passport number, Tax ID / TIN / Steuer-ID, SIN, BSN, PPS, AHV, Aadhaar, PAN,
///   CPF, CURP, RFC, NRIC / FIN, DNI / NIE / NIF, Codice fiscale, PESEL, CPR, and a few more.
/// - **Date of birth**: a date right after a birth label in English, German, French, Spanish,
///   Italian, Portuguese, Dutch, Polish or Scandinavian ("Date of birth", "DOB", "Born",
///   "Geburtsdatum", "geb.", "Née le", …); numeric and spelled-out dates, and a bare year after
///   "Born"/"Year of birth". Other dates are never redacted.
/// - **Card**: 13–19 digits starting 2–6, one block or groups (4-4-4-4, 4-6-5, …) separated by
///   single spaces or dashes, Luhn-valid.
/// - **Address**: street addresses (number + name + suffix, French/Spanish/Italian/Portuguese/
///   Polish street-type-first forms, German/Dutch/Nordic compound street names), P.O. boxes,
///   US/AU/CA state + postcode with the city before it, UK and Canadian postcodes, a postcode
///   before a known city or alone on the line under a street line, and "Address:" values;
///   grown to the whole comma-separated address on the line. A bare number is never an address.
/// - **Name** (resumes only): the heading name and its later occurrences (see ``DocumentKind``).
///
/// Known gaps: obfuscated e-mails (`jane [at] example [dot] com`), non-ASCII e-mail addresses and
/// IDN hosts, vanity phone numbers (`1-800-FLOWERS`), addresses without a number, street suffix,
/// postcode or label (e.g. "Prestige Tech Park, Marathahalli"), Japanese/Brazilian-style block
/// addresses, names not given in the heading, and names that are also ordinary capitalised words
/// elsewhere in the text ("Jane Street" for a candidate called Jane).
public struct PIIRedactor: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What kind of document is being redacted.
    public enum DocumentKind: Sendable {
        /// A candidate's resume: the heading name and its later occurrences are redacted as `[NAME]`.
        case resume
        /// A job description: there is no candidate name, so no `[NAME]` detection.
        case jobDescription
    }

    /// Creates a redactor.
    public init() {}

    /// A fixed label; the redactor holds no text.
    public var description: String { "PIIRedactor" }
    /// A fixed label; the redactor holds no text.
    public var debugDescription: String { "PIIRedactor()" }

    /// Redacts `text`, replacing each detected entity with its kind's placeholder.
    ///
    /// The returned spans are in UTF-8 byte offsets of the original `text`, sorted and non-overlapping.
    public func redact(_ text: String, as kind: DocumentKind) -> Redaction {
        let t = Text(text)
        guard t.count > 0 else { return Redaction(text: text, spans: []) }
        var candidates = [Candidate]()
        detectEmails(t, into: &candidates)
        detectURLs(t, into: &candidates)
        detectCards(t, into: &candidates)
        detectNationalIDs(t, into: &candidates)
        detectDatesOfBirth(t, into: &candidates)
        detectPhones(t, into: &candidates)
        detectAddresses(t, into: &candidates)
        if kind == .resume { detectNames(t, into: &candidates) }
        let spans = resolve(candidates, in: t)
        guard !spans.isEmpty else { return Redaction(text: text, spans: []) }
        return Redaction(text: render(t, spans), spans: spans)
    }
}

/// Lower value = higher priority when candidates overlap.
private func priority(_ k: PIIKind) -> Int {
    switch k {
    case .email: 0
    case .url: 1
    case .card: 2
    case .nationalID: 3
    case .dateOfBirth: 4
    case .phone: 5
    case .address: 6
    case .name: 7
    }
}

/// Chooses non-overlapping spans: by priority, then length (longer first), then position.
func resolve(_ candidates: [Candidate], in t: Text) -> [RedactedSpan] {
    var cands = candidates.compactMap { c -> Candidate? in
        var s = max(0, min(c.start, t.count)), e = max(0, min(c.end, t.count))
        // never cut a UTF-8 sequence
        while s > 0 && s < t.count && t.b[s] & 0xC0 == 0x80 { s -= 1 }
        while e < t.count && t.b[e] & 0xC0 == 0x80 { e += 1 }
        return s < e ? Candidate(kind: c.kind, start: s, end: e) : nil
    }
    cands.sort {
        let p0 = priority($0.kind), p1 = priority($1.kind)
        if p0 != p1 { return p0 < p1 }
        let l0 = $0.end - $0.start, l1 = $1.end - $1.start
        if l0 != l1 { return l0 > l1 }
        return $0.start < $1.start
    }
    var taken = [Bool](repeating: false, count: t.count)
    var accepted = [RedactedSpan]()
    for c in cands {
        var free = true
        for k in c.start..<c.end where taken[k] { free = false; break }
        guard free else { continue }
        for k in c.start..<c.end { taken[k] = true }
        accepted.append(RedactedSpan(kind: c.kind, range: c.start..<c.end))
    }
    accepted.sort { $0.range.lowerBound < $1.range.lowerBound }
    return accepted
}

/// Builds the redacted text from the original bytes and the accepted spans.
private func render(_ t: Text, _ spans: [RedactedSpan]) -> String {
    var out = [UInt8]()
    out.reserveCapacity(t.count)
    var pos = 0
    for s in spans {
        out.append(contentsOf: t.b[pos..<s.range.lowerBound])
        out.append(contentsOf: s.kind.placeholder.utf8)
        pos = s.range.upperBound
    }
    out.append(contentsOf: t.b[pos..<t.count])
    return String(decoding: out, as: UTF8.self)
}
