import CPhoneNumber

/// Detects and replaces personally identifiable information in resume and job-description text.
///
/// Pure and in-process: no I/O, no logging, no shared state; safe to use from any thread.
/// Detection is rule-based (hand-written scanners over the UTF-8 bytes), so the result is
/// deterministic, and the cost is linear in the input size whatever the input: no scanner
/// rescans from every position what it has already passed over (run and word ends are
/// computed once per text, address growth reads at most 120 bytes ahead, name occurrences
/// are found with KMP), and overlap resolution is linear in the text and the candidates.
/// Counted as steps (bytes advanced over, table look-ups, candidates handled), a redaction
/// takes at most 100 steps per input byte on the adversarial inputs of `LinearWorkTests`
/// (1 to 16 KiB there, 2 to 256 KiB in outside reviews' runs; the worst measured is about
/// 84, a heading name followed by its prefixes), the same per byte at every size.
/// ``redact(_:as:shouldStop:)`` stops a redaction the caller no longer needs.
/// Overlapping candidates are resolved by a fixed priority
/// (email > url > card > nationalID > dateOfBirth > phone > address > name),
/// and the longer candidate wins within a kind.
///
/// What is detected:
/// - **Email**: `local@host.tld` (ASCII).
/// - **URL**: `http(s)://…`, `ftp://…`, `www.…`, `host.tld/path` (e.g. `linkedin.com/in/…`,
///   `github.com/…`, paths in any script), social handles (`@joao.silva`, or an `@handle` after a
///   network's name), and an all-lowercase bare `host.tld` on a personal-site TLD (`janedoe.dev`),
///   with three labels or more, or on a line of contacts, and a bare host that spells a person
///   found in the document (`alvarosanz.es`). Capitalised `Booking.com`, a bare
///   `bol.com` in work history, `ASP.NET` and `Node.js`-style tech names are left alone.
/// - **Phone**: `+`-prefixed international numbers (also `(+44)`, `(0)` trunk), `(555) 123-4567`,
///   North-American 3-3-4 / 1-3-3-4, national numbers with a trunk `0` or `00` prefix, and
///   any 7–15 digit number after a phone label; extensions (`ext. 12`, `x204`, `poste 210`).
///   Dates, year ranges, IP addresses, money and identifier fragments are rejected.
/// - **National id** (`[SSN]`): unlabelled US SSNs `ddd-dd-dddd` (valid area/group/serial),
///   unlabelled UK NI numbers (`QQ 12 34 56 C`, `AB123456C`), and any id-shaped value after a
///   label: SSN / Social Security, National Insurance / NI / NINO, National ID, Personal number /
///   Personnummer, Passport number, Tax ID / TIN / Steuer-ID, SIN, BSN, PPS, AHV, Aadhaar, PAN,
///   CPF, CURP, RFC, NRIC / FIN, DNI / NIE / NIF, Codice fiscale, PESEL, CPR, and a few more; a
///   Dutch BSN without its label on a personal-data line of a document read as Dutch. A firm's
///   EIN or Spanish CIF after a tax label is not redacted.
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
/// - **Name**: in resumes, the heading name (or labelled name fields) and its later mentions
///   (see ``DocumentKind``); in both kinds, people named after an honorific, a greeting, a
///   referee, contact, family or signer label, a reporting phrase, under a letter's closing, or by
///   a known given name of the ten locales and a surname (`GivenNamePersons.swift`), by initials
///   and a call name in brackets (`A.M. (Annemiek) Dekker`), as co-authors of a found person in a
///   publication list (`AuthorLists.swift`), and their later mentions; not firms, places, prizes
///   or brands named after people.
///
/// Known gaps: obfuscated e-mails (`jane [at] example [dot] com`), non-ASCII e-mail addresses and
/// IDN hosts, vanity phone numbers (`1-800-FLOWERS`), addresses without a number, street suffix,
/// postcode or label (e.g. "Prestige Tech Park, Marathahalli"), Japanese/Brazilian-style block
/// addresses, people named only by a given name the lists lack and no label or heading, and
/// surnames that are ordinary words or brands used alone ("Cook", "Dyson").
public struct PIIRedactor: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What kind of document is being redacted.
    public enum DocumentKind: Sendable {
        /// A candidate's resume: the heading name and its later occurrences are redacted as `[NAME]`.
        case resume
        /// A job description: there is no candidate, so no heading name; the people it names
        /// (a recruiter, a hiring manager) are redacted as in a resume.
        case jobDescription
    }

    /// The region (ISO 3166 alpha-2) whose numbering plan national phone numbers
    /// are read with when the document does not say where it is from.
    public let defaultRegion: String

    /// Whether `region` (ISO 3166 alpha-2, upper case: "US", "GB", "DE") is one
    /// libphonenumber has a numbering plan for.
    public static func isSupportedRegion(_ region: String) -> Bool {
        region.count == 2 && region.allSatisfy { $0.isASCII && $0.isUppercase } && rph_is_supported_region(region) != 0
    }

    /// Creates a redactor reading national phone numbers as `defaultRegion`'s
    /// (default "US") unless the document points to another region.
    public init(defaultRegion: String = "US") {
        self.defaultRegion = defaultRegion
    }

    /// A fixed label; the redactor holds no text.
    public var description: String { "PIIRedactor" }
    /// A fixed label; the redactor holds no text.
    public var debugDescription: String { "PIIRedactor()" }

    /// Redacts `text`, replacing each detected entity with its kind's placeholder.
    ///
    /// The returned spans are in UTF-8 byte offsets of the original `text`, sorted and non-overlapping.
    public func redact(_ text: String, as kind: DocumentKind) -> Redaction {
        do {
            return try redact(text, as: kind, work: RedactionWork())
        } catch {
            preconditionFailure("a redaction without a stop condition never stops")
        }
    }

    /// Redacts `text` like ``redact(_:as:)``, asking `shouldStop` every 4,096 steps (a step is
    /// about one byte a detector advances over; so never per byte) whether to go on.
    ///
    /// Use it to give up on a redaction nobody waits for any more: pass a closure that checks
    /// the call's deadline and cancellation. `shouldStop` is called on the calling thread,
    /// only during this call.
    ///
    /// - Throws: ``RedactionStopped`` once `shouldStop` returns true; the work done so far is dropped.
    public func redact(_ text: String, as kind: DocumentKind, shouldStop: () -> Bool) throws(RedactionStopped) -> Redaction {
        try withoutActuallyEscaping(shouldStop) { stop throws(RedactionStopped) in
            try redact(text, as: kind, work: RedactionWork(shouldStop: stop))
        }
    }

    /// Redacts `text`, counting the steps in `work` and stopping when its stop condition says so.
    func redact(_ text: String, as kind: DocumentKind, work: RedactionWork) throws(RedactionStopped) -> Redaction {
        let t = try Text(text, work: work)
        guard t.count > 0 else { return Redaction(text: text, spans: []) }
        var candidates = [Candidate]()
        try detectEmails(t, into: &candidates)
        try detectURLs(t, into: &candidates)
        try detectHandles(t, into: &candidates)
        try detectLabelledAccounts(t, into: &candidates)
        try detectCards(t, into: &candidates)
        let regions = try likelyRegions(t, defaultRegion: defaultRegion)
        try detectNationalIDs(t, aadhaarUnlabelled: regions.contains("IN"), into: &candidates)
        try detectDatesOfBirth(t, into: &candidates)
        try detectBirthDateFields(t, into: &candidates)
        try detectPhones(t, into: &candidates)
        var matched = [Candidate]()
        try detectPhonesWithMatcher(t, regions: regions, found: candidates, into: &matched)
        try detectShortServiceNumbers(t, regions: regions, into: &matched)
        candidates += matched
        // "SIREN 099 964 066", "P.IVA 02871540361", "Order no. …": a company's or an order's number
        candidates.removeAll { ($0.kind == .phone || $0.kind == .nationalID) && followsCompanyIDLabel(t, $0.start) }
        // "IBAN: DE92 4805 0161 0073 4188 02": an account's digits, no card
        candidates.removeAll { $0.kind == .card && followsIBANCountryCode(t, $0.start) }
        // "Vacancy ref: 381-PH-2025-044", "doi:10.1016/j.cell.2021.04.012": the end of an identifier;
        // "01.09.2025 (10:00 hrs)", "p. 10244-10256": a date, a page range; "License No. 041.412876": a
        // professional licence's number; "(es. 2024070315)": an example of a format
        candidates.removeAll {
            $0.kind == .phone && (continuesAnIdentifier(t, $0.start) || isADateOrARange(t, $0) || followsLicenceLabel(t, $0.start)
                || followsAnExampleMark(t, $0.start, $0.end))
        }
        // "Amtsgericht Kassel HRB 4821 · Steuernummer 026 235 41870": a firm's tax numbers on its register
        // line (its phone on that line is still a phone)
        candidates.removeAll {
            ($0.kind == .nationalID || ($0.kind == .phone && followsTaxNumberLabel(t, $0.start))) && isOnACompanyRegisterLine(t, $0.start)
        }
        var addressBlockLines = [Candidate]()
        try detectAddresses(t, into: &candidates, blockLines: &addressBlockLines)
        if kind == .resume { try detectNames(t, into: &candidates) }
        // people named with an honorific or a contact/referee label, in both kinds
        try detectOtherPersons(t, into: &candidates)
        let foundLate = candidates.count
        // "Present: Cllr Nusrat Begum (Chair), Tahmina Chowdhury (Treasurer), J. O'Driscoll": a list of people
        var listed = [Candidate]()
        try detectPersonLists(t, into: &listed)
        candidates += listed
        // "A.M. (Annemiek) Dekker": initials, a call name in brackets and a surname
        try detectInitialsWithCallNames(t, into: &candidates)
        // "Kelsey Park (kelsey.park@…)": a name its e-mail address spells
        try detectNamesBeforeTheirEmails(t, emails: candidates, into: &candidates)
        // "her assistant Kiran on 70423 81956", "bel Anouk op 06-…": a person before their number
        try detectNamesBeforeTheirNumbers(t, found: candidates, into: &candidates)
        // "Priya (she/her)": a person before their pronouns
        try detectNamesBeforePronouns(t, into: &candidates)
        // "Please see Priya's CV" after "PRIYA RAGHUNATHAN <priya.raghunathan@…>": the later mentions of
        // the people these passes found
        try detectMentionsOfLateFoundPersons(t, Array(candidates[foundLate...]) + listed, into: &candidates)
        // "Pritchard-Evans S, Okoro T, Hughes DJ": a found person's co-authors
        var coauthors = [Candidate]()
        try detectAuthorLists(t, found: candidates, into: &coauthors)
        candidates += coauthors
        // "alvarosanz.es": a bare host that spells a person found
        var hosts = [Candidate]()
        try detectHostsSpellingAName(t, found: candidates, into: &hosts)
        candidates += hosts
        // "NB asked JO'D to draft …": the initials of a person a list of those present names, or of one
        // whose initials follow in brackets ("Zainab Hussain (ZH)")
        var initials = [Candidate]()
        try detectInitialsOfFoundPersons(t, found: listed, declaring: candidates, into: &initials)
        candidates += initials
        // an address block's lines without an anchor, where they name no one
        candidates += try withoutPersons(addressBlockLines, candidates, in: t)
        // "at Wendy's, Tampa": a business named after a person, whoever's name it holds
        candidates.removeAll { $0.kind == .name && isABusinessPossessive(t, $0) }
        // "Ms Okafor's headteacher": the possessive's "'s" is no part of the name
        for k in candidates.indices where candidates[k].kind == .name {
            let e = candidates[k].end
            if e - candidates[k].start > 3, t[e - 1] == 0x73 || t[e - 1] == 0x53, !t.isLetter(at: e) {
                if t[e - 2] == 0x27 { candidates[k].end = e - 2 }
                else if e - candidates[k].start > 5, t[e - 2] == 0x99, t[e - 3] == 0x80, t[e - 4] == 0xE2 { candidates[k].end = e - 4 }
            }
        }
        // "14-02-1972 · 183016610 ·": a Dutch citizen service number on a personal-data line
        var citizenNumbers = [Candidate]()
        try detectUnlabelledBSNs(t, regions: regions, found: candidates, into: &citizenNumbers)
        candidates += citizenNumbers
        var birthYears = [Candidate]()
        try detectBirthYearsAfterNames(t, candidates, into: &birthYears)
        candidates += birthYears
        let spans = try resolveOverlaps(candidates, in: t)
        guard !spans.isEmpty else { return Redaction(text: text, spans: []) }
        return Redaction(text: render(text, t, spans), spans: spans)
    }
}

/// Whether `a`'s candidates are taken before `b`'s when they overlap.
func outranks(_ a: PIIKind, _ b: PIIKind) -> Bool { priority(a) < priority(b) }

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
/// For a text whose counter never stops (see ``resolveOverlaps(_:in:)``).
func resolve(_ candidates: [Candidate], in t: Text) -> [RedactedSpan] {
    do {
        return try resolveOverlaps(candidates, in: t)
    } catch {
        preconditionFailure("resolve(_:in:) is for texts whose counter never stops")
    }
}

/// Chooses non-overlapping spans: by priority, then length (longer first), then position.
///
/// Linear in the text and the number of candidates, however long or overlapping they are:
/// the order comes from counting sorts, and a candidate is checked against the spans already
/// taken in constant time. A taken span overlapping the candidate either covers its first or
/// last byte, or lies strictly inside it; one strictly inside is shorter, so it was taken
/// for an earlier kind (within a kind, longer candidates come first), and the spans of
/// earlier kinds are indexed once per kind.
func resolveOverlaps(_ candidates: [Candidate], in t: Text) throws(RedactionStopped) -> [RedactedSpan] {
    let n = t.count
    var cands = [Candidate]()
    cands.reserveCapacity(candidates.count)
    for c in candidates {
        try t.work.tick()
        var s = max(0, min(c.start, n)), e = max(0, min(c.end, n))
        // never cut a UTF-8 sequence
        while s > 0 && s < n && t.b[s] & 0xC0 == 0x80 { s -= 1 }
        while e < n && t.b[e] & 0xC0 == 0x80 { e += 1 }
        if s < e { cands.append(Candidate(kind: c.kind, start: s, end: e)) }
    }
    guard !cands.isEmpty else { return [] }
    if cands.count * 16 <= n { return try resolveFew(cands, in: t) }
    // stable counting sorts, least significant key first: position, length (longer first), priority
    cands = try countingSorted(cands, keys: n, t) { $0.start }
    cands = try countingSorted(cands, keys: n, t) { n - ($0.end - $0.start) }
    cands = try countingSorted(cands, keys: PIIKind.allCases.count, t) { priority($0.kind) }

    var taken = [Bool](repeating: false, count: n)
    // taken span starting at p: its index in `accepted` + 1, or 0
    var acceptedAt = [Int32](repeating: 0, count: n)
    // end of the first span taken for an earlier kind that starts at p or later (n + 1 if none)
    var earlierSpanEnd = [Int32](repeating: Int32(n + 1), count: n + 1)
    var accepted = [RedactedSpan]()
    var kind = cands[0].kind
    var takenSinceIndexed = false
    for c in cands {
        try t.work.tick()
        if c.kind != kind {
            kind = c.kind
            if takenSinceIndexed {
                var p = n - 1
                while p >= 0 {
                    try t.work.tick()
                    let a = Int(acceptedAt[p])
                    earlierSpanEnd[p] = a > 0 ? Int32(accepted[a - 1].range.upperBound) : earlierSpanEnd[p + 1]
                    p -= 1
                }
                takenSinceIndexed = false
            }
        }
        if taken[c.start] || taken[c.end - 1] || Int(earlierSpanEnd[c.start]) <= c.end { continue }
        for k in c.start..<c.end {
            try t.work.tick()
            taken[k] = true
        }
        accepted.append(RedactedSpan(kind: c.kind, range: c.start..<c.end))
        acceptedAt[c.start] = Int32(accepted.count)
        takenSinceIndexed = true
    }
    // in order of position
    var ordered = [RedactedSpan]()
    ordered.reserveCapacity(accepted.count)
    for p in 0..<n {
        try t.work.tick()
        if acceptedAt[p] > 0 { ordered.append(accepted[Int(acceptedAt[p]) - 1]) }
    }
    return ordered
}

/// `resolveOverlaps` for candidates (already inside the text, on whole UTF-8 sequences) that
/// are few for the text's size: the same choice, made on the cells between the candidates'
/// ends instead of on bytes (a span overlaps another exactly when they share a cell), so the
/// cost is in the candidates alone, `c log c` for `c` of them.
private func resolveFew(_ cands: [Candidate], in t: Text) throws(RedactionStopped) -> [RedactedSpan] {
    let c = cands.count
    // the order of the counting sorts: priority, longer first, position, input order
    let order = (0..<c).sorted { a, b in
        let x = cands[a], y = cands[b]
        let px = priority(x.kind), py = priority(y.kind)
        if px != py { return px < py }
        let lx = x.end - x.start, ly = y.end - y.start
        if lx != ly { return lx > ly }
        if x.start != y.start { return x.start < y.start }
        return a < b
    }
    // cell k is [coords[k], coords[k + 1])
    var coords = [Int]()
    coords.reserveCapacity(2 * c)
    for x in cands { coords.append(x.start); coords.append(x.end) }
    coords.sort()
    var unique = 0
    for v in coords where unique == 0 || coords[unique - 1] != v {
        coords[unique] = v
        unique += 1
    }
    coords.removeLast(coords.count - unique)
    t.work.add(4 * c * max(1, c.bitWidth - c.leadingZeroBitCount))
    try t.work.checkpoint()
    func cell(_ v: Int) -> Int {
        var lo = 0, hi = coords.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if coords[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
    let cells = coords.count
    var taken = [Bool](repeating: false, count: cells)
    var acceptedAt = [Int32](repeating: 0, count: cells)
    var earlierSpanEnd = [Int32](repeating: Int32(cells + 1), count: cells + 1)
    var accepted = [(span: RedactedSpan, end: Int)]()
    var kind = cands[order[0]].kind
    var takenSinceIndexed = false
    for k in order {
        try t.work.tick()
        let x = cands[k]
        if x.kind != kind {
            kind = x.kind
            if takenSinceIndexed {
                var p = cells - 1
                while p >= 0 {
                    try t.work.tick()
                    let a = Int(acceptedAt[p])
                    earlierSpanEnd[p] = a > 0 ? Int32(accepted[a - 1].end) : earlierSpanEnd[p + 1]
                    p -= 1
                }
                takenSinceIndexed = false
            }
        }
        let s = cell(x.start), e = cell(x.end)
        if taken[s] || taken[e - 1] || Int(earlierSpanEnd[s]) <= e { continue }
        for q in s..<e {
            try t.work.tick()
            taken[q] = true
        }
        accepted.append((RedactedSpan(kind: x.kind, range: x.start..<x.end), e))
        acceptedAt[s] = Int32(accepted.count)
        takenSinceIndexed = true
    }
    var ordered = [RedactedSpan]()
    ordered.reserveCapacity(accepted.count)
    for p in 0..<cells where acceptedAt[p] > 0 {
        try t.work.tick()
        ordered.append(accepted[Int(acceptedAt[p]) - 1].span)
    }
    return ordered
}

/// `items` ordered by `key` (in `0...keys`), keeping the order of equal keys.
private func countingSorted(
    _ items: [Candidate], keys: Int, _ t: Text, key: (Candidate) -> Int
) throws(RedactionStopped) -> [Candidate] {
    var first = [Int](repeating: 0, count: keys + 2)
    for c in items {
        try t.work.tick()
        first[key(c) + 1] += 1
    }
    for k in 0..<(keys + 1) {
        try t.work.tick()
        first[k + 1] += first[k]
    }
    var out = items
    for c in items {
        try t.work.tick()
        let k = key(c)
        out[first[k]] = c
        first[k] += 1
    }
    return out
}

/// Builds the redacted text from the original text and the accepted spans.
///
/// The text between spans is appended as slices of `text` (whose indices, byte offsets of its
/// UTF-8 form, are found in constant time), which copies its bytes without checking them again:
/// a span never cuts a UTF-8 sequence and the placeholders are ASCII, so the result is valid
/// UTF-8, byte for byte what decoding the spliced bytes gave.
private func render(_ text: String, _ t: Text, _ spans: [RedactedSpan]) -> String {
    t.work.add(t.count + spans.count)
    let utf8 = text.utf8
    var out = ""
    out.reserveCapacity(t.count)
    var pos = utf8.startIndex
    for s in spans {
        let start = utf8.index(utf8.startIndex, offsetBy: s.range.lowerBound)
        out.append(contentsOf: text[pos..<start])
        out.append(s.kind.placeholder)
        pos = utf8.index(utf8.startIndex, offsetBy: s.range.upperBound)
    }
    out.append(contentsOf: text[pos...])
    return out
}
