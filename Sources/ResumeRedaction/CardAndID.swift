// Payment cards (Luhn) and national id numbers.

/// Luhn checksum over the decimal digits in `digits`.
func luhnValid<S: Sequence>(_ digits: S) -> Bool where S.Element == UInt8 {
    var sum = 0
    var double = false
    var any = false
    for d in digits.reversed() {
        var v = Int(d)
        if double { v *= 2; if v > 9 { v -= 9 } }
        sum += v
        double.toggle()
        any = true
    }
    return any && sum % 10 == 0
}

/// Words that name a payment card, in the corpus' languages.
private let cardWords = WordSet([
    "card", "carte", "karte", "kreditkarte", "debitkarte", "tarjeta", "cartão", "cartao", "carta", "kaart",
    "maestro", "debit", "credit", "crédito", "credito", "bankkaart", "betaalpas",
])

/// Is there a card word on the line before `start`, at most 48 bytes back?
func hasCardWord(_ t: Text, before start: Int) -> Bool {
    let limit = max(0, start - 48)
    var from = start
    while from > limit && t.b[from - 1] != 0x0A {
        t.work.step()
        from -= 1
    }
    // a word cut by the limit is not a word
    while from < start && from == limit && from > 0 && t.isWordChar(before: from) {
        t.work.step()
        from = t.letterWordEnd(from) > from ? t.letterWordEnd(from) : from + 1
    }
    var i = from
    while i < start {
        t.work.step()
        if isAlphaASCII(t.b[i]) || t.b[i] >= 0x80, !t.isWordChar(before: i) {
            let end = t.letterWordEnd(i)
            if end > i {
                if cardWords.contains(t, i, end) { return true }
                i = end
                continue
            }
        }
        i += 1
    }
    return false
}

/// Finds card numbers: 12–19 digits (12 only for Maestro after a card word), either one block or groups separated by single
/// spaces or dashes (4-4-4-4[-1..3], 4-4-4-1..3, Amex/Diners 4-6-5 / 4-6-4; after a card word, groups of four
/// and a last group of five to seven: 4-4-4-6),
/// starting with 2–6 (Mastercard, Visa, Amex/Diners/JCB, Discover), Luhn-valid.
func detectCards(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    var starts = [Int](), ends = [Int]()
    var i = 0
    while i < t.count {
        i = try t.skip(from: i, to: .digits)
        guard i < t.count else { break }
        try t.work.tick()
        guard isDigit(t.b[i]) else { i += 1; continue }
        if i > 0 {
            let p = t.b[i - 1]
            if isAlnumASCII(p) || p == 0x2E || p == 0x2C || p == 0x2D || p == 0x2B || p == 0x2F || p == 0x5F {
                i = t.digitsEnd(i)
                continue
            }
            if p >= 0x80 && t.isWordChar(before: i) { i = t.digitsEnd(i); continue }
        }
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        var j = i
        var sep: UInt8 = 0
        while true {
            let e = t.digitsEnd(j)
            starts.append(j)
            ends.append(e)
            if starts.count >= 8 || e - j > 19 { break }
            let s = t[e]
            if (s == 0x20 || s == 0x2D) && (sep == 0 || sep == s) && isDigit(t[e + 1]) {
                sep = s
                j = e + 1
                continue
            }
            break
        }
        var runEnd = ends[ends.count - 1]
        // a run of more four-digit groups than any card has ("3524 0376 4283 … 5097", a 44-digit
        // NF-e access key): no part of it is a card
        if starts.count >= 8, zip(starts, ends).allSatisfy({ $1 - $0 == 4 }) {
            var k = runEnd
            while (t[k] == sep) && isDigit(t[k + 1]) { k = t.digitsEnd(k + 1); try t.work.tick() }
            runEnd = k
            i = max(runEnd, i + 1)
            continue
        }
        var g = 0
        while g < starts.count {
            var best = -1
            var digits = 0
            var lens = [Int]()
            for h in g..<starts.count {
                t.work.step()
                let len = ends[h] - starts[h]
                digits += len
                lens.append(len)
                if digits > 19 { break }
                // 12 digits: only Maestro (5x, 6x) issues them, and a 12-digit
                // number is as often an id (Aadhaar): only after a card word.
                guard digits >= 13 || (digits == 12 && (t.b[starts[g]] == 0x35 || t.b[starts[g]] == 0x36)
                                       && hasCardWord(t, before: starts[g])) else { continue }
                let shapeOK: Bool
                if lens.count == 1 {
                    shapeOK = true
                } else if lens == [4, 6, 5] || lens == [4, 6, 4] {
                    shapeOK = true
                } else if lens.dropLast().allSatisfy({ $0 == 4 }) {
                    // a long last group ("6759 6055 4836 708878", Maestro's 18 digits) only after a card word
                    let last = lens[lens.count - 1]
                    shapeOK = (1...4).contains(last) || ((5...7).contains(last) && hasCardWord(t, before: starts[g]))
                } else {
                    shapeOK = false
                }
                // after a number's label: "A/c No. 50100123456789", "Número de pedido 2024 3322 1588 5703" (not
                // after a card's word: "Credit card account number 4539 …")
                guard shapeOK, hasCardWord(t, before: starts[g]) || !followsCompanyIDLabel(t, starts[g]) else { continue }
                // 2–6 begin every scheme's numbers; RuPay also issues 81 and 82, taken after a card word
                let first = t.b[starts[g]]
                guard (first >= 0x32 && first <= 0x36)
                        || (first == 0x38 && (t.b[starts[g] + 1] == 0x31 || t.b[starts[g] + 1] == 0x32) && digits == 16
                            && hasCardWord(t, before: starts[g])) else { continue }
                let e = ends[h]
                if isAlnumASCII(t[e]) || ((t[e] == 0x2E || t[e] == 0x2C) && isDigit(t[e + 1])) { continue }
                var ds = [UInt8]()
                t.work.add(2 * digits)
                for k in g...h { for q in starts[k]..<ends[k] { ds.append(t.b[q] - 0x30) } }
                if luhnValid(ds) { best = h }
            }
            if best >= 0 {
                out.append(Candidate(kind: .card, start: starts[g], end: ends[best]))
                g = best + 1
            } else {
                g += 1
            }
        }
        i = max(runEnd, i + 1)
    }
}

// MARK: - National ids

/// Labels after which an id-like value is a national id. Short all-caps acronyms
/// (SSN, SIN, BSN, …) must be written in capitals; see `caseSensitiveLabels`.
private let idLabels = KeywordTable([
    "social security number", "social security no", "social security #", "social security",
    "social insurance number", "ssn", "ssn#",
    "national insurance number", "national insurance no", "national insurance", "ni number", "ni no", "nino",
    "national id number", "national id no", "national id", "national identity number",
    "national identification number", "national identity card", "identity card number", "id card number",
    "identity number", "id number", "personal number", "personal id number", "personal id",
    "personal identity number", "personnummer", "personal identification number",
    "passport number", "passport no", "passport #",
    "tax id", "tax identification number", "tax number", "tin",
    "steuer-id", "steuer id", "steueridentifikationsnummer", "steuerliche identifikationsnummer",
    "sozialversicherungsnummer", "sv-nummer", "rentenversicherungsnummer",
    "ahv-nr", "ahv nr", "ahv", "avs", "bsn", "burgerservicenummer", "sofinummer",
    "pps number", "pps no", "ppsn", "pps",
    "sin", "aadhaar number", "aadhaar", "aadhar", "pan number", "pan no", "uid", "uid no", "uid number",
    "identificación fiscal",
    "cpf", "curp", "rfc", "nric", "fin", "dni", "nie", "nif", "nir", "nss",
    "numéro de sécurité sociale", "n° de sécurité sociale", "codice fiscale",
    "pesel", "cpr", "cpr-nr", "fødselsnummer", "henkilötunnus", "hetu", "tfn", "ird number",
    "my number", "resident registration number", "rrn", "emirates id", "hkid", "nin",
    // abbreviations and spellings of the corpus' locales
    "c.f.", "cod. fiscale", "cod fiscale", "cod.fisc.", "tax file number", "tax file no", "pan", "pan card",
    "permanent account number", "ss#", "ss #", "ss no", "nhs number", "nhs no", "medicare number", "medicare no",
    "documento de identidad", "d.n.i.", "n.i.e.", "número de la seguridad social", "seguridad social",
    "sécurité sociale", "numéro de sécu", "rg", "cédula de identidad", "medicare", "nhs",
    // identity documents and other personal numbers, by their names in the ten locales
    "título de eleitor", "titulo de eleitor", "voter id", "voter id card", "voter card", "epic", "epic no",
    "carta d'identità", "carta d’identità", "carta di identità", "carta d'identità elettronica",
    "carta d’identità elettronica", "carta di identità elettronica", "cie", "pis", "pis/pasep", "pasep", "nis", "nit",
    "cnh", "ctps", "carteira de identidade", "identidade", "registro geral", "personalausweis",
    "personalausweisnummer", "ausweisnummer", "ausweis-nr", "reisepass", "reisepassnummer", "paspoort",
    "paspoortnummer", "id-kaart", "identiteitskaart", "identiteitsbewijs", "documentnummer", "passeport",
    "numéro de passeport", "carte d'identité", "carte d’identité", "carte nationale d'identité", "cni",
    "pasaporte", "passaporto", "passaporte", "driving licence", "driving license", "driver licence",
    "driver's licence", "driver's license", "drivers licence", "drivers license", "licence number",
    "license number", "dl no", "uan", "universal account number", "medicare card", "tax file", "irn",
    "steuernummer", "identifiant fiscal", "numéro fiscal", "numéro fiscal de référence",
    "número de identificación fiscal", "número de identidad", "codice identificativo", "tessera sanitaria",
    "social security card", "n° sécu", "nº seguridad social", "numero di previdenza", "passport",
    "sozialversicherungsnr", "sozialvers.-nr", "sv-nr", "rv-nummer", "rv-nr", "versicherungsnummer",
    "citizen service number", "afiliación", "n.º afiliación", "nº afiliación", "número de afiliación",
    "afiliación a la seguridad social", "afiliación a la s. s", "nuss", "nº de la seguridad social",
    "n.º afiliación s. s.", "nº afiliación s. s.", "n.º afiliación s.s.", "afiliación s. s.", "afiliación s.s.",
    "id card", "identity card", "id-card", "personal id code",
    "driver license", "driver license number", "driver licence number", "driving licence number", "título eleitoral",
    "título", "titulo",
    "steuer-identifikationsnummer", "steuer-idnr", "idnr",
])
/// Labels of a Canadian Social Insurance Number, nine digits: "GSA MAS SIN 54151S" is a
/// schedule's Special Item Number.
private let sinLabels = WordSet(["sin", "social insurance number"])

/// Whether `t[v..<e]` is nine digits, perhaps grouped by blanks or dashes ("046 454 286").
private func isNineDigits(_ t: Text, _ v: Int, _ e: Int) -> Bool {
    var digits = 0
    for k in v..<e {
        t.work.step()
        if isDigit(t.b[k]) { digits += 1 } else if t.b[k] != 0x20 && t.b[k] != 0x2D { return false }
    }
    return digits == 9
}

/// Whether `t[v..<e]` is a US Employer Identification Number, `dd-ddddddd`: a firm's tax id
/// ("Tax ID 95-3924518"), never a person's (an SSN or ITIN is `ddd-dd-dddd`).
private func isEmployerIdentificationNumber(_ t: Text, _ v: Int, _ e: Int) -> Bool {
    e - v == 10 && t.digitsEnd(v) == v + 2 && t[v + 2] == 0x2D && t.digitsEnd(v + 3) == e
}

/// Whether `t[v..<e]` is a Spanish firm's tax id (CIF, a company's NIF): a letter of a legal
/// form (not X, Y, Z: a foreigner's NIE; not K, L, M), seven digits and a check digit or letter
/// ("NIF B41527383", "CIF A-08152860"): a firm's, never a person's.
private func isSpanishCompanyTaxID(_ t: Text, _ v: Int, _ e: Int) -> Bool {
    var k = v
    guard cifLetters.contains(t[k]) else { return false }
    k += 1
    if t[k] == 0x2D || t[k] == 0x20 { k += 1 }
    guard t.digitsEnd(k) == k + 7 || t.digitsEnd(k) == k + 8 else { return false }
    let d = t.digitsEnd(k)
    let last = d == k + 8 ? d : d + 1
    guard d == k + 8 || isUpperASCII(t[d]) else { return false }
    return last == e
}
private let cifLetters = Set("ABCDEFGHJNPQRSUVW".utf8)
/// Spanish tax labels, a person's (NIF: a DNI's number) or a firm's (CIF): after them the shape
/// tells whose (a passport's, "P4705832E", has the CIF's shape and none of these labels).
/// Labels whose id is digits only: a Danish CPR number, an Aadhaar UID.
private let digitOnlyLabels = WordSet(["cpr", "cpr-nr", "uid", "uid no", "uid number"])
private let spanishTaxLabels = WordSet(["nif", "cif", "n.i.f", "n.i.f.", "c.i.f", "c.i.f."])

/// Acronym labels that only count when written in capitals and followed by ':', '#', '-' or digits.
private let caseSensitiveLabels = WordSet([
    "ssn", "sin", "tin", "bsn", "cpf", "curp", "rfc", "nric", "fin", "dni", "nie", "nif", "nir", "nss", "pan", "rg",
    "pps", "ppsn", "pesel", "cpr", "tfn", "rrn", "hkid", "nin", "ahv", "avs", "nino", "hetu",
    "epic", "cie", "cni", "uan", "pis", "nis", "nit", "cnh", "ctps", "irn", "pasep", "uid",
])
private let idFillerWords = WordSet(["no", "nr", "n", "number", "num", "nummer", "numero", "número", "is", "id"])

/// Parses an id value (alphanumeric groups joined by single ' ', '-', '.', '/') at `k`.
private func idValueEnd(_ t: Text, at k: Int) throws(RedactionStopped) -> Int? {
    guard isAlnumASCII(t[k]) else { return nil }
    var j = k
    var lastEnd = -1
    var groupCount = 0
    var digits = 0, alnums = 0
    while groupCount < 7 {
        let gs = j
        var hasLower = false, hasDigit = false, nd = 0
        while isAlnumASCII(t[j]) {
            try t.work.tick()
            if isLowerASCII(t[j]) { hasLower = true }
            if isDigit(t[j]) { hasDigit = true; nd += 1 }
            j += 1
        }
        let len = j - gs
        // (a value written in lower case after its label has four digits or more: "NI number: jk438217c",
        // "PAN: bqrpd5512k")
        if len == 0 || (hasLower && nd < 4) { break }
        if t.isWordChar(at: j) { break } // glued to non-ASCII letters
        if !hasDigit {
            if groupCount == 0 && len <= 3 {
                // prefix letters, e.g. "QQ 12 34 56 C"
            } else if groupCount > 0 && len == 1 {
                lastEnd = j; alnums += 1; groupCount += 1
                // a letter between digit groups ("53 070990 A 147", a German SV number) goes on;
                // a suffix letter ends the value ("QQ 12 34 56 C")
                if t[j] == 0x20 && isDigit(t[j + 1]) { j += 1; continue }
                break
            } else {
                break
            }
        }
        lastEnd = j
        digits += nd
        alnums += len
        groupCount += 1
        let s = t[j]
        if (s == 0x20 || s == 0x2D || s == 0x2E || s == 0x2F) && isAlnumASCII(t[j + 1]) { j += 1; continue }
        break
    }
    // five digits or more, four in a long mixed value (an Indian PAN: ABCPE1234F), or a digit
    // among eight to twelve capitals and digits (Dutch passports and id cards: NXC4R1P83, WLB8YKBF8)
    guard lastEnd > k, digits >= 5 || (digits >= 4 && alnums >= 10) || (digits >= 1 && alnums - digits >= 2 && alnums >= 8 && alnums <= 12),
          alnums >= 6, lastEnd - k <= 32 else { return nil }
    return lastEnd
}

/// "Título" alone is also a degree's title ("Título: 2015-2019 Grado en Derecho"): after it only
/// a voter title's twelve digits ("6680 9321 0388") are an id.
private let shortTitleLabels = WordSet(["título", "titulo"])

private func isVoterTitle(_ t: Text, _ v: Int, _ e: Int) -> Bool {
    var digits = 0
    for k in v..<e {
        if isDigit(t.b[k]) { digits += 1 } else if t.b[k] != 0x20 { return false }
    }
    t.work.add(e - v)
    return digits == 12
}

/// Whether a value found on the line under its label is the whole of its line and no year
/// range ("Passport number\nX1234567", not "National ID\nISO 27001 certified" or "ID card\n2019-2024").
private func valueEndsItsLine(_ t: Text, _ v: Int, _ e: Int) -> Bool {
    let r = t.skipBlanks(e)
    guard r >= t.count || isLineBreak(t[r]) else { return false }
    let yearRange = e - v == 9 && t.digitsEnd(v) == v + 4 && t[v + 4] == 0x2D && t.digitsEnd(v + 5) == e
    return !yearRange
}

/// Where a labelled id's value starts, from `k` past the label and its padding: at `k`, after a
/// region code ("TX / 13534405") or after a few words ending in a number word ("ACT C class,
/// no. 2738419"), all on the label's line; nil if no value is there.
private func idValueStart(_ t: Text, after k: Int) throws(RedactionStopped) -> Int? {
    if try idValueEnd(t, at: k) != nil { return k }
    // "TX / 13534405", "NSW - 12345678"
    var q = k
    while isUpperASCII(t[q]) && q - k < 3 { q += 1 }
    if q - k >= 2, t[q] == 0x20, t[q + 1] == 0x2F || t[q + 1] == 0x2D, t[q + 2] == 0x20, isAlnumASCII(t[q + 3]) { return q + 3 }
    // "ACT C class, no. 2738419": a number word within 28 bytes on the line
    q = k
    while q < t.count, q - k <= 28, !isLineBreak(t[q]) {
        try t.work.tick()
        if isAlphaASCII(t[q]), !isAlnumASCII(t[q - 1]) {
            let we = t.asciiWordEnd(q)
            if we > q, t[we] == 0x2E || t[we] == 0x3A, idFillerWords.contains(t, q, we) {
                return t.skipBlanks(we + 1)
            }
            q = max(we, q + 1)
            continue
        }
        q += 1
    }
    return nil
}

/// Finds national ids: unlabelled US SSNs (ddd-dd-dddd with valid area/group/serial),
/// unlabelled UK NI numbers, and any id-shaped value after an id label; an Aadhaar number with no
/// Aadhaar or UID word on its line only when `aadhaarUnlabelled` (the document shows signs of India:
/// a grouped "7749 1234 5678" elsewhere is a parcel's number as often, its check digit holding by chance).
func detectNationalIDs(_ t: Text, aadhaarUnlabelled: Bool = true, into out: inout [Candidate]) throws(RedactionStopped) {
    var i = 0
    while i < t.count {
        i = try t.skip(from: i) { p, c in !isAlnumASCII(c) || isAlnumASCII(p) }
        guard i < t.count else { break }
        try t.work.tick()
        let c = t.b[i]
        guard isAlnumASCII(c), !t.isWordChar(before: i) else { i += 1; continue }
        // labelled
        // (not a part of a dotted code: "DoR.FIN.REC.41/03.10.136/2016-17")
        if idLabels.mayMatch(in: t, at: i), let n = idLabels.longestMatch(in: t, at: i), !t.isWordChar(at: i + n),
           !(i >= 2 && t[i - 1] == 0x2E && isAlphaASCII(t[i - 2]) && t[i + n] == 0x2E) {
            let labelOK: Bool = {
                guard caseSensitiveLabels.contains(t, i, i + n) else { return true }
                t.work.add(n)
                for k in i..<(i + n) where isLowerASCII(t.b[k]) { return false }
                let v = t.skipBlanks(i + n)
                let nx = t[v]
                // "CPF-2025-0093341" is a code (a year after the dash), not a label and its value
                if nx == 0x2D && v == i + n && t.digitsEnd(v + 1) == v + 5 && t[v + 5] == 0x2D
                    && (t[v + 1] == 0x31 || t[v + 1] == 0x32) { return false }
                // "FIN-OPS-2023-07", "FIN-MUM-25-0193": a code whose next part is a word of three
                // capitals or more, a dash and digits (not "NIE-X-1234567-L", "RG-SP-12.345.678-9":
                // an id's own letters)
                // ("FIN-AP-2024-07", "RG-HR-2024-03": two capitals, then a year and its number)
                if nx == 0x2D && v == i + n && isUpperASCII(t[v + 1]) {
                    var q = v + 1
                    while q < t.count && isUpperASCII(t.b[q]) && q - v <= 8 { q += 1 }
                    if q - v - 1 >= 3, t[q] == 0x2D, isDigit(t[q + 1]) { return false }
                    if t[q] == 0x2D, t.isYear(at: q + 1), t[q + 5] == 0x2D { return false }
                }
                if nx == 0x3A || nx == 0x23 || nx == 0x2D || nx == 0x2E || nx == 0x28 || nx == 0x7C || isDigit(nx) || isUpperASCII(nx) { return true }
                // "Citizen service number (BSN): …"
                if nx == 0x29, t[t.skipBlanks(v + 1)] == 0x3A { return true }
                // "CPF nº", "BSN nr.", "PAN no:": a number word
                if nx == 0x6E, t[v + 1] == 0xC2, t[v + 2] == 0xBA || t[v + 2] == 0xB0 { return true }
                let we = t.asciiWordEnd(v)
                return we > v && idFillerWords.contains(t, v, we) && !isAlphaASCII(t[we])
            }()
            if labelOK {
                var k = i + n
                var lineBreaks = 0
                for _ in 0..<3 {
                    // a qualifier in brackets between label and value: "SSN (for payroll only):",
                    // "Voter ID (EPIC):", "Personalausweis-Nr. (für die Sicherheitsüberprüfung):"
                    let open = t.skipBlanks(k)
                    if t[open] == 0x28 {
                        var close = open + 1
                        while close < min(t.count, open + 48), t[close] != 0x29, !isLineBreak(t[close]) { close += 1 }
                        t.work.add(close - open)
                        if t[close] == 0x29 { k = close + 1 }
                    }
                    // a form's padding ("BSN            : …"), bounded
                    var m = 0
                    while m < maxLabelPadding {
                        t.work.step()
                        let ch = t[k]
                        if isBlank(ch) || ch == 0x3A || ch == 0x23 || ch == 0x2E || ch == 0x2D || ch == 0x3D || ch == 0x7C || ch == 0x29 {
                            k += 1
                        } else if ch == 0xC2 && (t[k + 1] == 0xB0 || t[k + 1] == 0xBA) { // ° º
                            k += 2
                        } else if ch == 0x0A && lineBreaks == 0 {
                            // "VIC driver licence\n792 899 923": the value on the next line
                            lineBreaks += 1
                            k += 1
                        } else if ch == 0x28 {
                            // "Personalausweis-Nr. (für die Sicherheitsüberprüfung): …"
                            var close = k + 1
                            while close < min(t.count, k + 48), t[close] != 0x29, !isLineBreak(t[close]) { close += 1 }
                            t.work.add(close - k)
                            guard t[close] == 0x29 else { break }
                            k = close + 1
                        } else {
                            break
                        }
                        m += 1
                    }
                    let we = t.asciiWordEnd(k)
                    if we > k && !isDigit(t[we]) && idFillerWords.contains(t, k, we) { k = we; continue }
                    // what the number is for, before the label's colon: "NHS number for occupational
                    // health: …", "SSN for payroll: …"
                    if we > k, purposeWords.contains(t, k, we), let c = purposeColon(t, we) { k = c; continue }
                    break
                }
                if let v = try idValueStart(t, after: k), let e = try idValueEnd(t, at: v),
                   lineBreaks == 0 || valueEndsItsLine(t, v, e),
                   !shortTitleLabels.contains(t, i, i + n) || isVoterTitle(t, v, e),
                   !isEmployerIdentificationNumber(t, v, e),
                   !(spanishTaxLabels.contains(t, i, i + n) && isSpanishCompanyTaxID(t, v, e)),
                   !sinLabels.contains(t, i, i + n) || isNineDigits(t, v, e),
                   // a Danish CPR number, an Aadhaar UID are digits ("CPR HLTAID009" is a first-aid course's unit,
                   // "device UID 0x3F2A9C1B" a chip's)
                   !digitOnlyLabels.contains(t, i, i + n) || (isDigit(t[v]) && !isAlphaASCII(t[v + 1])),
                   !(caseNumberLabels.contains(t, i, i + n) && isACaseNumber(t, labelEnd: i + n, v, e)) {
                    out.append(Candidate(kind: .nationalID, start: v, end: e))
                    i = e
                    continue
                }
            }
        }
        // an id whose own check digits vouch for it (CPF, codice fiscale, DNI/NIE, NIR, Aadhaar);
        // not a number after a phone's label, whose check digits hold by chance ("Móvil 600 123 456")
        if let e = checksummedIDEnd(t, at: i), !(isDigit(c) && hasPhoneLabel(t, before: i)),
           aadhaarUnlabelled || !isAnUnlabelledAadhaarNumber(t, i, e) {
            out.append(Candidate(kind: .nationalID, start: i, end: e))
            i = e
            continue
        }
        // unlabelled US SSN ddd-dd-dddd
        if isDigit(c) {
            let p = t[i - 1]
            let okBefore = !(p == 0x2D || p == 0x2E || p == 0x2F || p == 0x2C || p == 0x2B || p == 0x23)
            if okBefore && t.digitsEnd(i) == i + 3 && t[i + 3] == 0x2D && t.digitsEnd(i + 4) == i + 6
                && t[i + 6] == 0x2D && t.digitsEnd(i + 7) == i + 11 {
                let e = i + 11
                let nx = t[e]
                if !isAlnumASCII(nx) && nx != 0x2D && !((nx == 0x2E || nx == 0x2C) && isDigit(t[e + 1])) {
                    let area = Int(t.b[i] - 48) * 100 + Int(t.b[i + 1] - 48) * 10 + Int(t.b[i + 2] - 48)
                    let group = Int(t.b[i + 4] - 48) * 10 + Int(t.b[i + 5] - 48)
                    let serial = t.b[(i + 7)..<(i + 11)].allSatisfy { $0 == 0x30 }
                    if area != 0 && area != 666 && area < 900 && group != 0 && !serial {
                        out.append(Candidate(kind: .nationalID, start: i, end: e))
                        i = e
                        continue
                    }
                }
            }
            i = t.digitsEnd(i)
            continue
        }
        // unlabelled UK National Insurance number: AB 12 34 56 C / AB123456C
        if isUpperASCII(c), isUpperASCII(t[i + 1]), let e = niNumberEnd(t, at: i) {
            out.append(Candidate(kind: .nationalID, start: i, end: e))
            i = e
            continue
        }
        i = max(t.asciiWordEnd(i), i + 1)
    }
}

/// Words that say what an id is given for, between its label and the colon.
private let purposeWords = WordSet(["for", "für", "pour", "para", "per", "voor"])

/// The colon ending one to four words in lower case from `k` ("occupational health:"), or nil.
private func purposeColon(_ t: Text, _ k: Int) -> Int? {
    var p = t.skipBlanks(k)
    for _ in 0..<4 {
        let we = t.letterWordEnd(p)
        guard we > p, !t.isUppercaseLetter(at: p) else { return nil }
        t.work.add(we - p)
        if t[we] == 0x3A { return we }
        guard t[we] == 0x20 else { return nil }
        p = we + 1
    }
    return nil
}

/// Labels of a Brazilian id that a French court's case number has too: "RG" (répertoire général).
private let caseNumberLabels = WordSet(["rg"])

/// Whether `v..<e`, after a label ending at `labelEnd`, is a French court's case number: "RG n°
/// 22/01234", a number word, a year, a slash and a number (not a Brazilian RG: "12.345.678-9", "RG
/// 22/012345 SSP/RS", no "n°").
private func isACaseNumber(_ t: Text, labelEnd: Int, _ v: Int, _ e: Int) -> Bool {
    guard v > labelEnd + 2, lowerASCII(t[t.skipBlanks(labelEnd)]) == 0x6E else { return false }
    let d = t.digitsEnd(v)
    return d - v == 2 && t[d] == 0x2F && t.digitsEnd(d + 1) == e && e - d >= 4
}

/// Letters no NI number has in its prefix: D F I U V.
private let niBadLetters: [UInt8] = [0x44, 0x46, 0x49, 0x55, 0x56]
/// Prefixes never issued.
private let niBadPrefixes: [(UInt8, UInt8)] = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].map { (Array($0.utf8)[0], Array($0.utf8)[1]) }

private func niNumberEnd(_ t: Text, at i: Int) -> Int? {
    let a = t[i], b = t[i + 1]
    guard !niBadLetters.contains(a), !niBadLetters.contains(b), b != 0x4F else { return nil } // second letter not O
    for p in niBadPrefixes where p.0 == a && p.1 == b { return nil }
    var j = i + 2
    if t[j] == 0x20 {
        // "AB 12 34 56 C"
        for _ in 0..<3 {
            guard t[j] == 0x20, isDigit(t[j + 1]), isDigit(t[j + 2]) else { return nil }
            j += 3
        }
    } else {
        guard t.digitsEnd(j) == j + 6 else { return nil }
        j += 6
    }
    if t[j] == 0x20 { j += 1 }
    guard (0x41...0x44).contains(t[j]), !t.isWordChar(at: j + 1) else { return nil }
    return j + 1
}
