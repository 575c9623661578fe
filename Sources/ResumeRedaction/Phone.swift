// Telephone numbers. A linear scanner collects "digit groups joined by at most one
// punctuation separator and one space" runs, then a small rule set decides whether
// the run is a phone number:
//   * starts with '+' (international), 8–16 digits;
//   * starts with a parenthesised area code "(555) …", 9–12 digits;
//   * North-American 3-3-4 (or 1-3-3-4) grouping with '-', '.' or ' ';
//   * national trunk prefix '0' with 9–12 digits in at least two groups (UK, DE, FR, NL…);
//   * anything with 7–15 digits right after a phone label ("Phone:", "Tel.", "Mobil", "Cell"…).
// Runs that look like dates, year lists, IP addresses, money or parts of identifiers
// are rejected first.

let phoneLabelWords = WordSet([
    "phone", "telephone", "tel", "tél", "téléphone", "telefon", "telefono", "teléfono", "telefone", "mobile",
    "mobil", "mob", "cell", "cellphone", "handy", "fax", "call", "text", "whatsapp", "ph", "m", "t", "p",
    "portable", "bel", "móvil", "movil", "celular", "cel", "cellulare", "tlf", "tfn", "puhelin", "telf",
    "contact", "landline", "office", "home", "work", "direct", "hotline", "helpline", "enquiry", "enquiries", "sms", "tele",
    // "Contato: 85 9 8704-3321", "Contacto: 658 12 43 79", "Erreichbar unter 06894 / 59 18 33"
    "contato", "contacto", "contatto", "erreichbar", "kontakt",
    // "Llámame al 658 12 43 79", "Ligue 11 3456-7890", "Chiamare il 02 1234 5678"
    "llámame", "llamame", "llámanos", "llamanos", "llame", "llamar", "ligue", "ligar", "liga", "chiamare", "chiama",
    "chiamaci", "anrufen",
])
private let numberWordList = ["number", "no", "nr", "nummer", "numéro", "numero", "número", "#"]
private let numberWords = WordSet(numberWordList)
/// Words between a phone label and its number that the label is looked for before: the number
/// words ("Phone number:"), and "Erreichbar unter 06894 / 59 18 33", "Whatsapp al 658 12 43 79".
private let phoneLabelConnectors = WordSet(numberWordList + ["unter", "al"])

private let extensionWords: [[UInt8]] = [
    bytes("extension"), bytes("ext."), bytes("ext"), bytes("poste"), bytes("durchwahl"), bytes("dw."), bytes("x"),
]

/// Blanks and punctuation a form's label may be padded with before its value, in bytes (a form's column:
/// "Mobile No.      : …", "5. Aadhaar No.                    : …"): phones, ids and birth dates read this far.
let maxLabelPadding = 48

/// Whether a page mark stands right before `s` ("p. ", "pp. ", "pages ", "S. ", "págs. "): a
/// citation's page range follows.
private func afterAPageMark(_ t: Text, _ s: Int) -> Bool {
    var p = t.skipBlanksBack(s)
    guard p < s, p > 0 else { return false }
    if t[p - 1] == 0x2E { p -= 1 }
    let ws = t.letterRunStart(before: p)
    return ws < p && pageMarks.contains(t, ws, p)
}
private let pageMarks = WordSet(["p", "pp", "page", "pages", "s", "págs", "pág", "pag", "pags", "blz", "seiten", "seite"])

/// Whether the phone candidate `c` starts with a date ("01.09.2025 (10:00 hrs)": day, month and a
/// year of 1900-2099 joined by dots, slashes or dashes) or is a range of two numbers of one length
/// after a page mark, the second a little larger ("p. 10244-10256").
func isADateOrARange(_ t: Text, _ c: Candidate) -> Bool {
    let s = c.start
    t.work.add(12)
    if isDigit(t[s]), isDigit(t[s + 1]), case let sep = t[s + 2], sep == 0x2E || sep == 0x2F || sep == 0x2D,
       isDigit(t[s + 3]), isDigit(t[s + 4]), t[s + 5] == sep, t.digitsEnd(s + 6) == s + 10,
       t[s + 6] == 0x31 && t[s + 7] == 0x39 || t[s + 6] == 0x32 && t[s + 7] == 0x30 {
        let day = Int(t[s] - 0x30) * 10 + Int(t[s + 1] - 0x30), month = Int(t[s + 3] - 0x30) * 10 + Int(t[s + 4] - 0x30)
        if (1...31).contains(day) && (1...12).contains(month) || (1...12).contains(day) && (1...31).contains(month) { return true }
    }
    let a = t.digitsEnd(s), n = a - s
    guard n >= 4, n <= 6, t[a] == 0x2D, t.digitsEnd(a + 1) == a + 1 + n, a + 1 + n == c.end, afterAPageMark(t, s) else { return false }
    var x = 0, y = 0
    for k in 0..<n { x = x * 10 + Int(t[s + k] - 0x30); y = y * 10 + Int(t[a + 1 + k] - 0x30) }
    return y > x && y - x < 1000 && t[s] != 0x30
}

/// Whether a number starting at `start` goes on an identifier written without a blank before
/// it, whose part before holds a letter and a digit: a reference's "381-PH-2025-044", a DOI's
/// "10.1016/j.cell.2021.04.012" (not "1-800-555-0199", nor labels glued to it: "Tel.0171 …",
/// "Mob.No.9845012345", "Mobil/WhatsApp/0171 …").
func continuesAnIdentifier(_ t: Text, _ start: Int) -> Bool {
    guard start >= 2, case let c = t[start - 1], c == 0x2D || c == 0x2E || c == 0x2F || c == 0x5F,
          isAlnumASCII(t[start - 2]) else { return false }
    var k = start - 1, letter = false, digits = 0
    while k > 0, !isBlank(t.b[k - 1]), !isLineBreak(t.b[k - 1]), start - k < 64 {
        t.work.step()
        if isAlphaASCII(t.b[k - 1]) { letter = true } else if isDigit(t.b[k - 1]) { digits += 1 }
        k -= 1
    }
    // (a number of seven digits or more before it is another phone: "Mob:9845012345/9886012345")
    return letter && digits > 0 && digits < 7
}

/// Is there a phone label (e.g. "Tel.:", "Mobile -", "Phone number:") right before `start`?
func hasPhoneLabel(_ t: Text, before start: Int) -> Bool {
    var j = start
    var skipped = 0
    // skip punctuation / blanks / a few emoji-free symbols between label and number; a run
    // of blanks before the label's colon (a label padded to a column: "Mobile No.        : 98224
    // 13507") counts once
    var colon = false
    while j > 0 && skipped < 6 {
        t.work.step()
        let c = t.b[j - 1]
        if colon && isBlank(c) {
            var run = 0
            while j > 0 && isBlank(t.b[j - 1]) && run < maxLabelPadding { t.work.step(); j -= 1; run += 1 }
            skipped += 1
            continue
        }
        if c == 0x3A { colon = true }
        // (and "?": "Prefer a call? 07700 900445")
        if isBlank(c) || c == 0x3A || c == 0x2E || c == 0x2D || c == 0x23 || c == 0x2F || c == 0x3F { j -= 1; skipped += 1 }
        else { break }
    }
    for _ in 0..<2 {
        var ws = j
        while ws > 0 && (isAlphaASCII(t.b[ws - 1]) || t.b[ws - 1] >= 0x80) && j - ws < 16 {
            ws = t.scalarStart(before: ws)
        }
        t.work.add(j - ws + 1)
        guard ws < j, !t.isWordChar(before: ws) else { return false }
        if phoneLabelWords.contains(t, ws, j) {
            // single-letter labels need a colon: "M: 555 …", "T. 555 …"
            if j - ws == 1 && t[j] != 0x3A && t[j] != 0x2E { return false }
            return true
        }
        guard phoneLabelConnectors.contains(t, ws, j) else { return false }
        j = t.skipBlanksBack(ws) // "Phone number:" → look at "Phone"
    }
    return false
}

/// Labels of a company's registration or tax number ("SIREN 099 964 066", "P.IVA 02871540361",
/// "KvK 12345678") and of order, ticket and other reference numbers: the number after one is
/// neither a phone nor a national id, whatever its shape.
private let companyIDLabels = WordSet([
    "siren", "siret", "rcs", "tva", "p.iva", "piva", "iva", "kvk", "kvk-nummer", "cnpj", "cif", "abn", "acn", "gstin",
    "gst", "cin", "hrb", "hra", "ust-idnr", "ust-id", "ust-idnr.", "vat", "btw", "rea", "nif-iva", "ein", "uen",
    "handelsregister", "handelsregisternummer", "imprese",
    "matricule", "naf", "ape", "rsin", "lei", "duns", "d-u-n-s",
    // order, ticket, invoice and requisition numbers ("Order no. 0612 345 678", "Ticket #20240117");
    // not "Reference", "Case", "Claim" or "Policy", which also introduce people and their numbers
    "order", "ticket", "invoice", "requisition", "req", "confirmation", "tracking", "pedido", "factura", "fatura", "protocolo", "rechnung", "bestellung",
    "bestellnummer", "bestellnr", "vergabe-nr", "vergabenummer", "imei", "imei1", "imei2", "auftrag", "auftragsnummer", "aktenzeichen", "commande", "facture", "ordine", "fattura", "pratica",
    "bestelling", "factuur", "ordernummer", "referentie", "kenmerk", "referenz", "referenznummer", "kennziffer", "isbn", "issn", "doi", "pmid", "awb", "pnr",
    // German and Dutch compounds naming a thing's number ("DFG, Projektnummer 498712365"); not those
    // that name a phone as often ("Servicenummer", Dutch "werknummer", "schadenummer")
    "projektnummer", "projekt-nr", "kundennummer", "kunden-nr", "kd.-nr", "rechnungsnummer", "rechnungs-nr",
    "vertragsnummer", "vertrags-nr", "vorgangsnummer", "auftrags-nr", "bestell-nr", "ticketnummer", "fallnummer",
    "registernummer", "mitgliedsnummer", "versicherungsscheinnummer", "policennummer", "stellennummer",
    "ausschreibungsnummer", "patentnummer", "aktennummer", "geschäftszeichen", "förderkennzeichen", "klantnummer",
    "dossiernummer", "factuurnummer", "polisnummer", "contractnummer", "projectnummer", "vacaturenummer",
    "zaaknummer", "referentienummer", "offertenummer", "relatienummer", "lidnummer",
])

/// Labels of a professional licence's or a certification's number ("License No. 041.412876", "NPI
/// 1234567893"): no phone follows them (an id may: a driver licence's is one).
private let licenceLabels = WordSet(["license", "licence", "lic", "licensure", "npi", "dea", "certification", "cert"])

/// Whether a mark of an example ("e.g.", Italian "es.", German "z. B.", Dutch "bijv.", Spanish "ej.",
/// French "p. ex."), perhaps with a colon or a comma, stands right before the digits `start..<end`,
/// written without groups: "un codice di 10 cifre (es. 2024070315)" shows a format, no one's number.
func followsAnExampleMark(_ t: Text, _ start: Int, _ end: Int) -> Bool {
    // (a code's digits, written without a phone's groups: "e.g. 07700 900123 (mobile)" is a number)
    t.work.add(end - start)
    guard (start..<end).allSatisfy({ isDigit(t[$0]) }) else { return false }
    var j = t.skipBlanksBack(start)
    if j > 0, t[j - 1] == 0x3A || t[j - 1] == 0x2C { j = t.skipBlanksBack(j - 1) }
    guard j > 2, t[j - 1] == 0x2E else { return false }
    return exampleMarks.contains { mark in
        let s = j - mark.count
        return s >= 0 && t.matches(mark, at: s) && (s == 0 || !t.isLetter(at: t.scalarStart(before: s)))
    }
}
/// (Each after no letter: "ex." is also the end of French "p. ex." and "par ex.", and of Portuguese "ex.:".)
private let exampleMarks: [[UInt8]] = ["e.g.", "eg.", "es.", "z.b.", "z. b.", "bijv.", "bv.", "ej.", "ex.", "bspw."].map { Array($0.utf8) }

/// Whether a licence label (and perhaps "No.", "Nr.", "#", ":") stands right before `start`.
func followsLicenceLabel(_ t: Text, _ start: Int) -> Bool {
    var j = t.skipBlanksBack(start)
    for _ in 0..<2 {
        while j > 0, t[j - 1] == 0x3A || t[j - 1] == 0x23 || t[j - 1] == 0x2E { j = t.skipBlanksBack(j - 1) }
        let ws = t.letterRunStart(before: j)
        guard ws < j else { return false }
        t.work.add(j - ws)
        if licenceLabels.contains(t, ws, j) { return true }
        guard numberWords.contains(t, ws, j) else { return false }
        j = t.skipBlanksBack(ws)
    }
    return false
}
/// Labels that are a number's only with a number word or "#" after them: "PO No. 7800012345",
/// "PO# 4500012345" (a purchase order's), not "PO: …" (a post office's, a product owner's).
/// (and an Indian student's or applicant's numbers: "University Roll No.: 1702310045", "Register No. 9014181045")
private let labelsBeforeNumberWords = WordSet([
    "po", "roll", "register", "registration", "enrolment", "enrollment", "admission", "seat", "application", "hall",
    // a bank account's: "Account No. 50100123456789"
    "account", "acct",
])
/// The words before "fiscal" that make it a fiscal note's label: "nota fiscal", "cupom fiscal".
private let fiscalNoteWords = WordSet(["nota", "cupom", "nf", "documento"])

/// The word right before the blank before `s`, on its line.
private func wordBeforeOnLine(_ t: Text, _ s: Int) -> (Int, Int)? {
    let b = t.skipBlanksBack(s)
    guard b < s, b > 0 else { return nil }
    let a = t.letterRunStart(before: b)
    return a < b ? (a, b) : nil
}

/// Part, item and lot numbers and fiscal notes ("Teilenummer 0 281 006 172", "SKU 204-118-3307",
/// "nota fiscal nº …"): a number after them is none of the candidate's, unless written as a
/// phone is ("+44 …", "(11) 98765-4321").
private let partNumberLabels = WordSet([
    "sku", "teilenummer", "artikelnummer", "art.-nr", "sachnummer", "part", "item", "lot", "batch", "lote",
    "seriennummer", "ncm", "fiscal", "nf", "nf-e", "nfe", "cte", "mdf-e", "homologação", "homologacao",
])

/// Whether a company-number or order label stands right before `start` (past ":", "#", "nº",
/// "no." and at most one capitalised word: "RCS Lyon 099 964 066"), or an IBAN's first groups.
func followsCompanyIDLabel(_ t: Text, _ start: Int) -> Bool {
    if followsIBANStart(t, start) { return true }
    var j = start
    var skippedWord = false, numberWordSeen = false
    for _ in 0..<3 {
        // blanks and punctuation between the label and the number
        var skipped = 0
        while j > 0 && skipped < 4 {
            t.work.step()
            let c = t.b[j - 1]
            if c == 0x23 { numberWordSeen = true }
            if isBlank(c) || c == 0x3A || c == 0x23 || c == 0xBA || c == 0xB0 || c == 0xC2 { j -= 1; skipped += 1 } else { break }
        }
        var ws = j
        while ws > 0 && (isAlphaASCII(t.b[ws - 1]) || t.b[ws - 1] == 0x2E || t.b[ws - 1] == 0x2D || t.b[ws - 1] >= 0x80) && j - ws < 24 {
            ws = t.scalarStart(before: ws)
        }
        t.work.add(j - ws + 1)
        guard ws < j else { return false }
        var we = j
        while we > ws && t.b[we - 1] == 0x2E { we -= 1 } // "No." / "Reg."
        if companyIDLabels.contains(t, ws, we) || companyIDLabels.contains(t, ws, j) { return true }
        // (the label right before its number word: "Admission Helpline No.: 1800 …" is a helpline's)
        if numberWordSeen && !skippedWord && labelsBeforeNumberWords.contains(t, ws, we) { return true }
        // "P/N 800-123-4567": a part's number
        if we - ws == 1, t[ws] | 0x20 == 0x6E, ws >= 2, t[ws - 1] == 0x2F, t[ws - 2] | 0x20 == 0x70, !t.isLetter(at: ws - 3) {
            return t[start] != 0x2B && t[start] != 0x28
        }
        // "A/c No. 50100123456789": a bank account's
        if numberWordSeen, we - ws == 1, t[ws] | 0x20 == 0x63, ws >= 2, t[ws - 1] == 0x2F, t[ws - 2] | 0x20 == 0x61 { return true }
        if partNumberLabels.contains(t, ws, we) || partNumberLabels.contains(t, ws, j) {
            // ("fiscal" a fiscal note's only: "nota fiscal nº …", not "Identificación fiscal: 48211379K")
            if we - ws == 6, t[ws] | 0x20 == 0x66, let (a, b) = wordBeforeOnLine(t, ws), !fiscalNoteWords.contains(t, a, b) { return false }
            return t[start] != 0x2B && t[start] != 0x28
        }
        // "n°", "No.", "nr" between label and number, or one city ("RCS Lyon 099 964 066")
        if numberWords.contains(t, ws, we) || (we - ws == 1 && t[ws] == 0x6E) {
            numberWordSeen = true
            j = ws
            continue
        }
        // (nor a phone's label: "Stellennummer: Mobil: 0172 3456789")
        guard !skippedWord, t.isUppercaseLetter(at: ws), we - ws >= 3, !phoneLabelWords.contains(t, ws, we) else { return false }
        skippedWord = true
        j = ws
    }
    return false
}

/// Whether the line of `i` (120 bytes each way at most) names a firm's register ("Amtsgericht
/// Kassel HRB 4821", "RCS Lyon", "KvK", "CNPJ", "USt-IdNr."): its tax numbers are the firm's.
func isOnACompanyRegisterLine(_ t: Text, _ i: Int) -> Bool {
    var s = i
    while s > 0, i - s < 120, !isLineBreak(t.b[s - 1]) { s -= 1 }
    var e = i
    while e < t.count, e - i < 120, !isLineBreak(t.b[e]) { e += 1 }
    t.work.add(e - s)
    var k = s
    while k < e {
        if isAlphaASCII(t.b[k]), k == 0 || !isAlphaASCII(t.b[k - 1]) {
            var we = k
            while we < e, isAlphaASCII(t.b[we]) || t.b[we] == 0x2D || t.b[we] == 0x2E { we += 1 }
            while we > k, t.b[we - 1] == 0x2E || t.b[we - 1] == 0x2D { we -= 1 }
            if companyRegisterWords.contains(t, k, we) { return true }
            k = max(we, k + 1)
            continue
        }
        k += 1
    }
    return false
}

/// Whether a tax-number label stands right before `start` ("Steuernummer 026 …", "St.-Nr. …").
func followsTaxNumberLabel(_ t: Text, _ start: Int) -> Bool {
    let p = t.skipBlanksBack(start)
    var s = p
    while s > 0, p - s < 16, isAlphaASCII(t.b[s - 1]) || t.b[s - 1] == 0x2E || t.b[s - 1] == 0x2D { s -= 1 }
    t.work.add(p - s)
    return s < p && taxNumberLabels.contains(t, s, p)
}

private let taxNumberLabels = WordSet(["steuernummer", "st.-nr.", "st.-nr", "steuer-nr.", "steuer-nr", "stnr"])

private let companyRegisterWords = WordSet([
    "hrb", "hra", "amtsgericht", "registergericht", "handelsregister", "ust-idnr", "ust-id", "rcs", "siren", "siret",
    "cnpj", "kvk", "p.iva", "rea", "cin", "gstin", "abn", "acn", "cif",
])

/// Whether an IBAN's country code, check digits and bank code stand right before `start`
/// ("NL91 ABNA 0417 1643 00"): the digits are the account's.
/// Whether an IBAN's country code and check digits ("DE92 ") stand right before `start`: the digits
/// after them are the account's ("IBAN: DE92 4805 0161 0073 4188 02" holds no card).
func followsIBANCountryCode(_ t: Text, _ start: Int) -> Bool {
    let c = start - 5
    guard c >= 0, t[start - 1] == 0x20 else { return false }
    t.work.add(5)
    return isUpperASCII(t[c]) && isUpperASCII(t[c + 1]) && isDigit(t[c + 2]) && isDigit(t[c + 3]) && (c == 0 || !isAlnumASCII(t[c - 1]))
}

private func followsIBANStart(_ t: Text, _ start: Int) -> Bool {
    // "ABNA " before the number, "NL91 " before that
    let b = start - 5
    guard b >= 5, t[start - 1] == 0x20 else { return false }
    t.work.add(5)
    for k in b..<(b + 4) where !(isUpperASCII(t[k]) || isDigit(t[k])) { return false }
    return followsIBANCountryCode(t, b)
}

private let currencyCodes = ["eur", "usd", "gbp", "chf", "cad", "aud", "inr", "sek", "nok", "dkk", "pln", "jpy"].map(bytes)

/// Currency symbol or code immediately before `start` or after `end`.
private func touchesCurrency(_ t: Text, _ start: Int, _ end: Int) -> Bool {
    let p = t.skipBlanksBack(start)
    if p >= start - 1 { // at most one blank between
        let c = t[p - 1]
        if c == 0x24 { return true } // $
        if p >= 2 && t[p - 2] == 0xC2 && (c == 0xA3 || c == 0xA5) { return true } // £ ¥
        if p >= 3 && t[p - 3] == 0xE2 && t[p - 2] == 0x82 { return true } // € ₹ ₦ … (U+20A0 block)
    }
    let n = t.skipBlanks(end)
    if n <= end + 1 {
        let c = t[n]
        if c == 0x24 || c == 0x25 { return true } // $ %
        if c == 0xE2 && t[n + 1] == 0x82 { return true }
        if c == 0xC2 && (t[n + 1] == 0xA3 || t[n + 1] == 0xA5) { return true }
        t.work.add(12)
        for code in currencyCodes where t.matches(code, at: n) && !isAlphaASCII(t[n + 3]) { return true }
    }
    return false
}

/// Offset past an extension ("ext. 12", "x204", "poste 210") starting at `end`, or `end`.
func extensionEnd(_ t: Text, _ end: Int) -> Int {
    var k = end
    if t[k] == 0x2C { k += 1 } // "555-0100, ext 12"
    k = t.skipBlanks(k)
    t.work.add(extensionWords.count)
    for w in extensionWords where t.matches(w, at: k) {
        var j = k + w.count
        if isAlphaASCII(t[j]) { continue }
        if t[j] == 0x2E || t[j] == 0x3A { j += 1 }
        j = t.skipBlanks(j)
        let d = t.digitsEnd(j)
        if d > j && d - j <= 6 && !isAlnumASCII(t[d]) { return d }
        return end
    }
    return end
}

/// Finds telephone numbers.
func detectPhones(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    var groups = [Int](), groupStarts = [Int]()
    var seps = [UInt8]()
    groups.reserveCapacity(8)
    seps.reserveCapacity(8)
    var i = 0
    // where the last phone taken ends, and the last number that a phone joined to it would make
    // one ("3251-4400 ou (51) 3251-4418", "(61) 3345-6789 / 99887-7665": a local number beside one
    // written in full)
    var lastPhoneEnd = -1
    var lastCompanion: (start: Int, end: Int)? = nil
    while i < t.count {
        i = try t.skip(from: i, to: StopBytes(0x2B, 0x28, digits: true))
        guard i < t.count else { break }
        try t.work.tick()
        let c = t.b[i]
        guard isDigit(c) || c == 0x2B || c == 0x28 else { i += 1; continue } // digit + (
        if c == 0x2B && !(isDigit(t[i + 1]) || (t[i + 1] == 0x20 && isDigit(t[i + 2])) || t[i + 1] == 0x28) {
            i += 1
            continue
        }
        // "(+44) 7700 900 456": a country code in parentheses
        let parenPlus = c == 0x28 && t[i + 1] == 0x2B && isDigit(t[i + 2])
        if c == 0x28 && !isDigit(t[i + 1]) && !parenPlus { i += 1; continue }
        // start boundary
        if i > 0 {
            let p = t.b[i - 1]
            if isAlnumASCII(p) || p == 0x2E || p == 0x2C || p == 0x2D || p == 0x2F || p == 0x23 || p == 0x24
                || p == 0x40 || p == 0x5F || p == 0x2B || p == 0x26 || p == 0x3D || p == 0x5C {
                i += 1
                continue
            }
            if p >= 0x80 && t.isWordChar(before: i) { i += 1; continue }
        }

        // --- collect the run
        let start = i
        var j = i
        let plus = c == 0x2B || parenPlus
        var parenOpen = false
        if parenPlus { parenOpen = true; j += 2 }
        else if plus { j += 1; if t[j] == 0x20 { j += 1 } }
        let startsWithParen = !parenPlus && t[j] == 0x28
        if startsWithParen { parenOpen = true; j += 1 }
        groups.removeAll(keepingCapacity: true)
        groupStarts.removeAll(keepingCapacity: true)
        seps.removeAll(keepingCapacity: true)
        var digits = 0
        var parenArea = false
        var lastGroupEnd = j
        while isDigit(t[j]) {
            t.work.step()
            let e = t.digitsEnd(j)
            groups.append(e - j)
            groupStarts.append(j)
            digits += e - j
            lastGroupEnd = e
            if digits > 20 || groups.count > 10 { break }
            // separator: at most one space and one of . - / plus parentheses
            var k = e
            var spaces = 0, punct = 0, n = 0
            var sawClose = false
            var sepChar: UInt8 = 0
            while n < 5 {
                t.work.step()
                let s = t[k]
                if s == 0x20 { spaces += 1; k += 1 }
                else if s == 0xC2 && t[k + 1] == 0xA0 { spaces += 1; k += 2 }
                else if s == 0x2E || s == 0x2D || s == 0x2F { punct += 1; sepChar = s; k += 1 }
                // "0160 – 97 54 32 10": an en dash between blanks after a trunk-prefixed area code
                // (not a range of postcodes or numbers: "PLZ 06108 – 06132", one group of four or five after it)
                // (and the Dutch mobiles' "06 – 12 34 56 78")
                else if s == 0xE2 && t[k + 1] == 0x80 && t[k + 2] == 0x93 && groups.count == 1 && t[k - 1] == 0x20
                            && ((3...5).contains(groups[0]) || (groups[0] == 2 && t[e - 1] == 0x36)) && t[e - groups[0]] == 0x30
                            && !(4...5).contains(t.digitsEnd(t.skipBlanks(k + 3)) - t.skipBlanks(k + 3)) { punct += 1; sepChar = 0x2D; k += 3 }
                else if s == 0x28 && !parenOpen { parenOpen = true; sepChar = 0x28; k += 1 }
                else if s == 0x29 && parenOpen { parenOpen = false; sawClose = true; sepChar = 0x28; k += 1 }
                else { break }
                n += 1
            }
            // "030 - 231 84 77": a dash between blanks joins an area code too, and so does a slash
            // after a trunk-prefixed one ("06894 / 59 18 33", as German numbers are written)
            let spacedAreaCode = punct == 1 && (sepChar == 0x2D
                || (sepChar == 0x2F && groups.count == 1 && (3...5).contains(groups[0]) && t[e - groups[0]] == 0x30))
            if n == 0 || spaces > (spacedAreaCode ? 2 : 1) || punct > 1 || !isDigit(t[k]) { break }
            if sawClose && startsWithParen && groups.count == 1 && (2...5).contains(groups[0]) { parenArea = true }
            seps.append(sepChar == 0 ? 0x20 : sepChar)
            j = k
        }
        let runEnd = lastGroupEnd
        var companion: Int? = nil
        let decided: Int? = try { () throws(RedactionStopped) -> Int? in
            if groups.isEmpty || digits < 7 || digits > 16 { return nil }

            // --- rejections
            t.work.add(seps.count + groups.count)
            let allSame = seps.allSatisfy { $0 == seps.first }
            if groups.count == 3, let s = seps.first, allSame, s == 0x2E || s == 0x2F || s == 0x2D {
                let g = groups
                if (g[0] <= 2 && g[1] <= 2 && (g[2] == 4 || g[2] == 2)) || (g[0] == 4 && g[1] <= 2 && g[2] <= 2) {
                    return nil // date
                }
            }
            if !plus && groups.allSatisfy({ $0 == 4 }) && groups.count >= 2 {
                var years = true
                var k = start
                for _ in groups {
                    while k < t.count && !isDigit(t[k]) { k += 1; t.work.step() }
                    let y0 = t[k], y1 = t[k + 1]
                    if !((y0 == 0x31 && y1 == 0x39) || (y0 == 0x32 && y1 == 0x30)) { years = false }
                    k = t.digitsEnd(k)
                }
                if years { return nil } // year list / range
            }
            if groups.count == 4 && allSame && seps.first == 0x2E && groups.allSatisfy({ $0 <= 3 }) { return nil } // IPv4
            // a month and its year ("01/2015 - 03/2018", "02 / 2016 - 2019"): dates, not a phone
            for k in 0..<seps.count where seps[k] == 0x2F && groups[k] <= 2 && groups[k + 1] == 4 && t.isYear(at: groupStarts[k + 1]) {
                return nil
            }
            if !plus && groups == [3, 2, 4] && allSame && seps.first == 0x2D { return nil } // SSN shape
            let nx = t[runEnd]
            if nx == 0x25 || ((nx == 0x2E || nx == 0x2C) && isDigit(t[runEnd + 1])) { return nil } // 35%, 1.234,5
            if touchesCurrency(t, start, runEnd) { return nil }

            // --- acceptance
            let label = hasPhoneLabel(t, before: start)
            var accept = false
            if plus {
                accept = digits >= 8
            } else if parenArea {
                accept = (9...12).contains(digits)
            } else {
                // a whole number in brackets ("(07700 900 186)") is read from its first digit
                let first = startsWithParen ? start + 1 : start
                let noSlash = !seps.contains(0x2F) && !seps.contains(0x28)
                if noSlash && (groups == [3, 3, 4] || (groups == [1, 3, 3, 4] && t[start] == 0x31)) {
                    accept = true
                } else if t[first] == 0x30 && t[first + 1] != 0x30 && (9...12).contains(digits) && groups.count >= 2
                            && (2...5).contains(groups[0]) {
                    // (a trunk 0, not the international "00" nor "000.482.117", an invoice's number)
                    accept = true
                } else if t[first] == 0x30 && t[first + 1] == 0x30 && (10...15).contains(digits) && groups.count >= 2 {
                    // "0044 20 7946 0958": international prefix 00, then a number of the right length
                    // for the country its code names (not a policy's "WV 0061 2243 17")
                    accept = isPossibleInternationalNumber(t, first + 2, runEnd)
                } else if label && digits <= 15 {
                    accept = true
                } else if groups.count == 1 && isInAFictionRange(t, first, digits) {
                    // "07700900123": written without separators, a number of a range reserved for
                    // fiction, which libphonenumber holds invalid (a number in a resume is a real one)
                    accept = true
                }
                // a number that continues an identifier ("AA1 01 2345 6784") is not a phone
                if accept && !label {
                    let p = t.skipBlanksBack(start)
                    if p < start && p > 0 && isAlnumASCII(t.b[p - 1]) {
                        var ws = p
                        var hasDigit = false
                        while ws > 0 && isAlnumASCII(t.b[ws - 1]) {
                            try t.work.tick()
                            ws -= 1
                            if isDigit(t.b[ws]) { hasDigit = true }
                        }
                        if hasDigit { accept = false }
                    }
                }
            }
            // a local number (3 to 5 digits, then 4) that a phone beside it makes one; not a range of
            // round numbers ("500-1000 Mitarbeiter"), of hours ("0900-1730") nor a ZIP+4 ("WA 98101-2345")
            if !accept && !plus && groups.count == 2 && groups[1] == 4 && (3...5).contains(groups[0]) && !seps.contains(0x2F)
                && !(isAlphaASCII(t[runEnd]) || (t[runEnd] >= 0x80 && t.isLetter(at: runEnd)))
                && !(t[runEnd - 1] == 0x30 && t[runEnd - 2] == 0x30 && t[start + groups[0] - 1] == 0x30 && t[start + groups[0] - 2] == 0x30)
                && !(seps[0] == 0x2D && groups[0] == 4 && isClockTime(t, start) && isClockTime(t, runEnd - 4))
                && !(start >= 3 && t[start - 1] == 0x20 && isUpperASCII(t[start - 2]) && isUpperASCII(t[start - 3])) {
                companion = runEnd
            }
            guard accept else { return nil }
            let end = extensionEnd(t, runEnd)
            if end == runEnd && (isAlphaASCII(t[end]) || (t[end] >= 0x80 && t.isLetter(at: end))) { return nil }
            return end
        }()
        if let end = decided {
            if let before = lastCompanion, joinsTwoPhones(t, before.end, start) {
                out.append(Candidate(kind: .phone, start: before.start, end: before.end))
            }
            lastCompanion = nil
            // the bracket of a whole number in brackets stays; an area code's goes with it
            out.append(Candidate(kind: .phone, start: startsWithParen && !parenArea && !plus ? start + 1 : start, end: end))
            lastPhoneEnd = end
            i = max(end, start + 1)
        } else if let end = companion {
            if lastPhoneEnd >= 0, joinsTwoPhones(t, lastPhoneEnd, start) {
                out.append(Candidate(kind: .phone, start: start, end: end))
                lastPhoneEnd = end
                lastCompanion = nil
            } else {
                lastCompanion = (start, end)
            }
            i = max(runEnd, start + 1)
        } else {
            i = max(runEnd, start + 1)
        }
    }
}

/// Whether the `digits` digits at `s` (one group) are a number of a range reserved for drama and
/// fiction, as the regulators publish them: Ofcom's (UK: 07700 900xxx, 01632 960xxx, 020 7946 0xxx,
/// 0113–0161 496 0xxx, 0191 498 0xxx, 028 9018 0xxx, 029 2018 0xxx, 0306 999 0xxx, 0808 157 0xxx,
/// 0909 879 0xxx), ARCEP's (France: 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, 06 39 98,
/// 09 99 00), ACMA's (Australia: 0491 570–579, (0x) 5550) and the US 555-01xx.
private func isInAFictionRange(_ t: Text, _ s: Int, _ digits: Int) -> Bool {
    guard digits == 10 || digits == 11 else { return false }
    t.work.add(digits)
    for p in fictionPrefixes where p.count < digits && t.matches(p, at: s) { return true }
    // US: NXX-555-01XX
    return digits == 10 && t[s + 3] == 0x35 && t[s + 4] == 0x35 && t[s + 5] == 0x35 && t[s + 6] == 0x30 && t[s + 7] == 0x31
}

private let fictionPrefixes: [[UInt8]] = [
    "07700900", "01632960", "02079460", "01134960", "01144960", "01154960", "01164960", "01174960", "01184960",
    "01214960", "01314960", "01414960", "01514960", "01614960", "01914980", "02890180", "02920180", "03069990",
    "08081570", "09098790",
    "019900", "026191", "035301", "046571", "053649", "063998", "099900",
    "049157", "025550", "035550", "075550", "085550",
].map { Array($0.utf8) }

/// Whether only blanks and one joiner stand between two numbers (`a..<b`): "/", "|", ",", ";",
/// or "ou", "or", "o", "oder", "of", "e", "y", "et", "en", "und" ("3251-4400 ou (51) 3251-4418").
private func joinsTwoPhones(_ t: Text, _ a: Int, _ b: Int) -> Bool {
    guard a < b, b - a <= 8 else { return false }
    let s = t.skipBlanks(a), e = t.skipBlanksBack(b)
    guard s < e else { return false }
    t.work.add(b - a)
    if e == s + 1, t.b[s] == 0x2F || t.b[s] == 0x7C || t.b[s] == 0x2C || t.b[s] == 0x3B { return true }
    return s > a && e < b && phoneJoinerWords.contains(t, s, e)
}

private let phoneJoinerWords = WordSet(["ou", "or", "o", "oder", "of", "e", "y", "et", "en", "und"])

/// Whether the four digits at `k` are a time of day written "HHMM" ("0900", "1730").
private func isClockTime(_ t: Text, _ k: Int) -> Bool {
    let h = Int(t[k] &- 0x30) * 10 + Int(t[k + 1] &- 0x30), m = Int(t[k + 2] &- 0x30)
    return h <= 23 && m <= 5
}
