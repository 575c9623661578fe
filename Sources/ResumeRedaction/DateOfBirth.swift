// Dates of birth: only dates that follow an explicit birth-date label.

private let dobLabels = KeywordTable([
    "date of birth", "birth date", "birthdate", "birth-date", "birthday", "dob", "d.o.b.", "d.o.b", "d. o. b.",
    "born on", "born", "year of birth", "geburtsdatum", "geburtstag", "geb.", "geboren am", "geboren",
    "date de naissance", "né le", "née le", "né(e) le", "fecha de nacimiento", "fecha nac.", "f. nac.",
    "nacido el", "nacida el", "data di nascita", "nato il", "nata il", "data de nascimento", "nascido em",
    "nascida em", "geboortedatum", "geboren op", "data urodzenia", "födelsedatum", "fødselsdato",
    "syntymäaika", "date naissance",
    // abbreviations and spellings of the corpus' locales
    "nascimento", "nasc.", "f. nacimiento", "f. de nacimiento", "fecha nacimiento", "nacimiento", "jahrgang", "b.",
    "geb. am", "né(e) le", "data nascita", "d. nascita", "geb. datum", "fecha de nac.", "fecha de nac", "f. de nac.",
    "data de nasc.", "dt. nasc.", "d.o.b -", "né en", "née en", "né(e) en", "nato nel", "nata nel",
    "nacido en", "nacida en", "nacido/a en",
    // Catalan and Galician, Spain's other official languages
    "data de naixement", "data naixement", "nascut el", "nascuda el", "data de nacemento", "data i lloc de naixement",
    // "date and place of birth: 3 May 1985, Lyon"
    "date and place of birth", "date & place of birth", "date et lieu de naissance", "data e luogo di nascita",
    "fecha y lugar de nacimiento", "data e local de nascimento", "geburtsdatum und -ort", "geburtsdatum/-ort",
    "geburtsdatum und ort", "geboortedatum en -plaats", "datum en plaats van geboorte",
])
/// Birth labels that are also ordinary phrases ("Le projet est né en 2015", "nato nel 2019"):
/// labels only where they start a line or a field.
private let fieldStartLabels = KeywordTable([
    "né en", "née en", "né(e) en", "nato nel", "nata nel",
    // "DNI 11525722-P · Nacida en 1986 ·" (not "el proyecto nacido en 2015"; nor "La empresa,
    // nacida en 2015, …", a year no one with a CV was born in)
    "nacido en", "nacida en", "nacido/a en",
])

/// Whether `i` starts its line or a field (after "·", "|", "•", a tab or a comma).
private func startsItsField(_ t: Text, _ i: Int) -> Bool {
    let p = t.skipBlanksBack(i)
    if p == 0 || isLineBreak(t[p - 1]) || t[p - 1] == 0x7C || t[p - 1] == 0x2C || t[p - 1] == 0x09 || t[i - 1] == 0x09 { return true }
    return (p >= 2 && t[p - 2] == 0xC2 && t[p - 1] == 0xB7) || (p >= 3 && t[p - 3] == 0xE2 && t[p - 2] == 0x80 && t[p - 1] == 0xA2)
}

/// The latest bare year taken after a label that is also prose's ("nacido en", "né en").
private let latestBirthYearAfterProseLabels = 2012

/// The four digits at `k` as a number.
private func yearValue(_ t: Text, _ k: Int) -> Int {
    (0..<4).reduce(0) { $0 * 10 + Int(t[k + $1] &- 48) }
}

/// Labels after which a bare year also counts ("Born: 1990", "Year of birth: 1988").
private let yearLabels = WordSet(["born", "year of birth", "geboren", "jahrgang", "b."])
/// Labels naming the place of birth before its date: "Nato a Roma il 10/12/1985",
/// "née à Lyon le 3 mai 1985", "nacido en Sevilla el 5 de mayo de 1987".
private let placeOfBirthLabels = KeywordTable([
    "nato a", "nata a", "nato/a a", "nacido en", "nacida en", "né à", "née à", "né(e) à", "geboren in",
    "born in", "nascido em", "nascida em", "nascido(a) em", "geboren te", "nasceu em", "nació en", "è nato a",
    "è nata a", "est né à", "est née à", "wurde in", "was born in",
    // "place and date of birth: Lyon, 3 mai 1985"
    "place and date of birth", "place & date of birth", "lieu et date de naissance", "luogo e data di nascita",
    "lugar y fecha de nacimiento", "local e data de nascimento", "geburtsort und -datum", "geburtsort/-datum",
    "plaats en datum van geboorte", "geboorteplaats en -datum", "lloc i data de naixement",
])

private let monthNames = WordSet([
    // English
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // German
    "januar", "jänner", "februar", "märz", "maerz", "mai", "juni", "juli", "oktober", "dezember", "mär", "mrz",
    "okt", "dez",
    // French
    "janvier", "février", "fevrier", "mars", "avril", "juin", "juillet", "août", "aout", "septembre", "octobre",
    "novembre", "décembre", "decembre", "janv", "févr", "fév", "avr", "juil", "déc",
    // Spanish / Portuguese / Italian / Dutch
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
    "octubre", "noviembre", "diciembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho",
    "setembro", "outubro", "novembro", "dezembro", "gennaio", "febbraio", "aprile", "maggio", "giugno",
    "luglio", "settembre", "ottobre", "dicembre", "januari", "februari", "maart", "mei", "augustus",
    // Catalan / Galician
    "gener", "febrer", "març", "maig", "juny", "juliol", "agost", "setembre", "desembre", "xaneiro", "febreiro", "xuño",
    "xullo", "decembro",
])
private let dateFillers = WordSet(["of", "de", "del", "the"])
private let labelFillers = WordSet(["on", "am", "le", "il", "el", "em", "op", "the", "in", "is", "was", "nel", "en", "ano", "año", "anno"])

/// After a place-of-birth label: the offset past the place (one to four words,
/// capitalised or particles such as "de", with commas and blanks between) when
/// a date filler ("il", "le", "el", "am", "on", "em", ",") follows it; else nil.
private func placeEnd(_ t: Text, from start: Int) -> Int? {
    var k = t.skipBlanks(start)
    if t[k] == 0x3A { k = t.skipBlanks(k + 1) }
    var words = 0
    while words < 4 {
        t.work.step()
        guard t.isLetter(at: k) else { break }
        let we = t.letterWordEnd(k)
        guard we > k else { break }
        if words > 0 && labelFillers.contains(t, k, we) { return k }
        guard t.isUppercaseLetter(at: k) || particleWords.contains(t, k, we) else { return nil }
        words += 1
        k = t.skipBlanks(we)
        if t[k] == 0x2C { return k + 1 } // "Nato a Roma, 10/12/1985"
    }
    return words > 0 && t.isLetter(at: k) && labelFillers.contains(t, k, t.letterWordEnd(k)) ? k : nil
}

private let particleWords = WordSet(["de", "di", "da", "del", "della", "do", "dos", "das", "la", "le", "sur", "am", "an", "der"])

/// Offset past a 4-digit year 1900–2099 at `k`, or nil.
private func yearEnd(_ t: Text, _ k: Int) -> Int? {
    guard t.digitsEnd(k) == k + 4 else { return nil }
    let y0 = t[k], y1 = t[k + 1]
    guard (y0 == 0x31 && y1 == 0x39) || (y0 == 0x32 && y1 == 0x30) else { return nil }
    return k + 4
}

/// Skips blanks and (once each) one filler word like "of"/"de".
private func skipFiller(_ t: Text, _ k: Int) -> Int {
    var j = t.skipBlanks(k)
    let we = t.asciiWordEnd(j)
    if we > j && isBlank(t[we]) && dateFillers.contains(t, j, we) { j = t.skipBlanks(we) }
    return j
}

/// Parses a month name at `k`; returns its end (after an optional '.').
private func monthEnd(_ t: Text, _ k: Int) -> Int? {
    guard t.isLetter(at: k) else { return nil }
    let e = t.letterWordEnd(k)
    guard e > k, monthNames.contains(t, k, e) else { return nil }
    return t[e] == 0x2E ? e + 1 : e
}

/// Whether a month's name (in one of the ten languages) starts at `k`.
func isMonthName(_ t: Text, _ k: Int) -> Bool { monthEnd(t, k) != nil }

/// Parses a calendar date at `k` in the common numeric and spelled-out formats.
func parseDate(_ t: Text, at k: Int, allowYearOnly: Bool) -> Int? {
    if isDigit(t[k]) {
        let d1 = t.digitsEnd(k)
        let n1 = d1 - k
        let s = t[d1]
        if n1 <= 2 {
            // 23-Jan-1990, 23.Jan.1990, 23/Jan/90
            if s == 0x2D || s == 0x2E || s == 0x2F, let m = monthEnd(t, d1 + 1) {
                let sep = t[m - 1] == 0x2E && s == 0x2E ? m - 1 : m
                if t[sep] == s {
                    let d3 = t.digitsEnd(sep + 1)
                    let n3 = d3 - sep - 1
                    if (n3 == 4 || n3 == 2) && !isAlnumASCII(t[d3]) { return d3 }
                }
            }
            // dd.mm.yyyy, mm/dd/yyyy, dd-mm-yy
            if s == 0x2E || s == 0x2F || s == 0x2D, isDigit(t[d1 + 1]) {
                let d2 = t.digitsEnd(d1 + 1)
                if d2 - d1 - 1 <= 2 && t[d2] == s {
                    let d3 = t.digitsEnd(d2 + 1)
                    let n3 = d3 - d2 - 1
                    if (n3 == 4 || n3 == 2) && !isAlnumASCII(t[d3]) { return d3 }
                }
            }
            // 12th August 1989, 14. März 1990, 5 de junio de 1991
            var j = d1
            let sfx = t.asciiWordEnd(j)
            // (and the first of a month: French "1er avril", Italian "1° giugno", Spanish and Portuguese "1º de marzo")
            if sfx - j == 2, ["st", "nd", "rd", "th", "er"].contains(t.string(j, sfx).lowercased()) { j = sfx }
            else if t[j] == 0xC2, t[j + 1] == 0xBA || t[j + 1] == 0xB0 || t[j + 1] == 0xAA { j += 2 }
            if t[j] == 0x2E { j += 1 }
            guard isBlank(t[j]) else { return nil }
            j = skipFiller(t, j)
            guard let m = monthEnd(t, j) else { return nil }
            var q = m
            if t[q] == 0x2C { q += 1 }
            q = skipFiller(t, q)
            return yearEnd(t, q)
        }
        if n1 == 4 {
            // yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd
            if s == 0x2D || s == 0x2F || s == 0x2E, isDigit(t[d1 + 1]) {
                let d2 = t.digitsEnd(d1 + 1)
                if d2 - d1 - 1 <= 2 && t[d2] == s {
                    let d3 = t.digitsEnd(d2 + 1)
                    if (1...2).contains(d3 - d2 - 1) && !isAlnumASCII(t[d3]) { return d3 }
                }
            }
            if allowYearOnly, let y = yearEnd(t, k), !isAlnumASCII(t[y]), !(t[y] == 0x2D && isDigit(t[y + 1])) {
                return y
            }
        }
        return nil
    }
    // January 7, 1988 / Jan 7th 1988 / March 1990
    guard let m = monthEnd(t, k) else { return nil }
    let j = t.skipBlanks(m)
    guard j > m || t[m - 1] == 0x2E else { return nil }
    if let y = yearEnd(t, j), !isAlnumASCII(t[y]) { return y }
    let d = t.digitsEnd(j)
    guard d > j, d - j <= 2 else { return nil }
    var q = d
    let sfx = t.asciiWordEnd(q)
    if sfx - q == 2, ["st", "nd", "rd", "th"].contains(t.string(q, sfx).lowercased()) { q = sfx }
    if t[q] == 0x2C { q += 1 }
    q = t.skipBlanks(q)
    guard let y = yearEnd(t, q), !isAlnumASCII(t[y]) else { return nil }
    return y
}

/// After the "(" at `k`: a date format hint ("(DD/MM/YYYY)", "(mm.dd.yy)", "(TT.MM.JJJJ)") and
/// its ")", or words before the label's colon ("(as per High School certificate):"); returns the
/// offset past it.
private func formatHintEnd(_ t: Text, _ k: Int) -> Int? {
    var j = k + 1, blanks = false
    while j < t.count && j - k <= 48 {
        t.work.step()
        let c = t.b[j]
        if c == 0x29 {
            // a qualifier of words ("(as per High School certificate)") only before the label's colon
            if blanks { return t[t.skipBlanks(j + 1)] == 0x3A ? j + 1 : nil }
            return j - k >= 6 && j - k <= 14 ? j + 1 : nil
        }
        if c == 0x20 { blanks = true } else { guard isAlphaASCII(c) || c == 0x2F || c == 0x2E || c == 0x2D else { return nil } }
        j += 1
    }
    return nil
}

/// The labels `detectDatesOfBirth` asks at each word start: most words start none.
private let birthLabelKeywords = KeywordPrefixFilter([placeOfBirthLabels, dobLabels])

/// Finds dates of birth: a date right after a birth label ("Date of birth:", "DOB",
/// "Born:", "Geburtsdatum:", "geb.", "Née le", "Fecha de nacimiento:" …).
func detectDatesOfBirth(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    let birthLabels = birthLabelKeywords
    var i = 0
    while i < t.count {
        i = try t.nextASCIIWordStart(from: i)
        guard i < t.count else { break }
        guard birthLabels.mayMatch(in: t, at: i) else {
            i = max(t.asciiWordEnd(i), i + 1)
            continue
        }
        var k: Int
        let n: Int
        let allowYear: Bool
        if let p = placeOfBirthLabels.longestMatch(in: t, at: i), !t.isLetter(at: i + p),
           let afterPlace = placeEnd(t, from: i + p) {
            // "Nato a Roma il …": the date follows the place
            // "nasceu em Blumenau, em 1979", "born in Leeds in 1979": a year alone is the birth year
            n = p
            allowYear = true
            k = afterPlace
        } else if let d = dobLabels.longestMatch(in: t, at: i), !t.isLetter(at: i + d),
                  fieldStartLabels.longestMatch(in: t, at: i) != d || startsItsField(t, i) {
            // a year alone after any birth label: "Fecha de nacimiento: 1987", "Nascido em 1990"
            n = d
            allowYear = true
            k = i + d
        } else {
            i = max(t.asciiWordEnd(i), i + 1)
            continue
        }
        var lineBreaks = 0
        for _ in 0..<3 {
            var m = 0
            // "Date of Birth       : 12th April 1991", "| Date de naissance | 12/03/1991": a form's
            // padding or a table's cell border, bounded; "nato a Modena il\n12/01/1985": one line break
            while m < maxLabelPadding {
                t.work.step()
                let ch = t[k]
                if ch == 0x28, let q = formatHintEnd(t, k) { k = q } // "Date of Birth (DD/MM/YYYY): …"
                else if isBlank(ch) || ch == 0x3A || ch == 0x2D || ch == 0x2C || ch == 0x3D || ch == 0x28 || ch == 0x7C { k += 1 }
                else if ch == 0x2E && (t[k + 1] == 0x2E || isBlank(t[k + 1])) { k += 1 } // "Geboortedatum .... 08-11-1990"
                else if ch == 0x0A && lineBreaks == 0 { lineBreaks += 1; k += 1 }
                else if ch == 0x0D && t[k + 1] == 0x0A && lineBreaks == 0 { lineBreaks += 1; k += 2 }
                else if ch == 0xE2 && t[k + 1] == 0x80 && (t[k + 2] == 0x93 || t[k + 2] == 0x94) { k += 3 } // – —
                else { break }
                m += 1
            }
            let we = t.asciiWordEnd(k)
            if we > k && (isBlank(t[we]) || isLineBreak(t[we])) && labelFillers.contains(t, k, we) { k = we; continue }
            break
        }
        if let e = parseDate(t, at: k, allowYearOnly: allowYear),
           // "La empresa, nacida en 2015, …": after a label that is also prose's, a bare year is
           // a birth year only when someone born then could have a CV
           !(e - k == 4 && fieldStartLabels.longestMatch(in: t, at: i) != nil && yearValue(t, k) > latestBirthYearAfterProseLabels) {
            out.append(Candidate(kind: .dateOfBirth, start: k, end: e))
            i = e
        } else {
            i += n
        }
    }
}

/// Finds a birth date written as a field of a personal-details line without a label: a place
/// and then a full numeric date of a year a candidate was born in (1940–2010), followed by
/// another field, on a line that holds other personal data ("Firenze, 28.07.1986 · DLVLSE86… ·
/// …", "Den Burg · 14-02-1972 · 183016610"). A letter's "Hamburg, 30.06.2008" ends its line and
/// is left alone, as is a talk's "Munich, 14.06.2008 · Speaker, PyCon DE".
func detectBirthDateFields(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    var i = 0
    while i < t.count {
        i = try t.skip(from: i) { p, c in !(isDigit(c) && p == 0x20) }
        guard i < t.count else { break }
        try t.work.tick()
        defer { i = max(t.digitsEnd(i), i + 1) }
        guard i >= 3, let e = fullNumericDateEnd(t, i),
              (followsAPlaceField(t, i) && isFollowedByAnotherField(t, e) && lineHoldsPersonalData(t, from: e))
                || followsPersonalStatusFields(t, i) else { continue }
        out.append(Candidate(kind: .dateOfBirth, start: i, end: e))
    }
}

/// Whether the rest of the line from `e` (160 bytes at most) holds personal data beside the
/// date: an e-mail's `@`, six digits or more in a row (an id, a phone), or a code of eight
/// letters and digits or more (a codice fiscale). "Munich, 14.06.2008 · Speaker, PyCon DE"
/// holds none: a talk's place and date.
private func lineHoldsPersonalData(_ t: Text, from e: Int) -> Bool {
    var k = e, digits = 0, code = 0, codeDigits = 0
    while k < t.count, k - e < 160, !isLineBreak(t[k]) {
        let c = t.b[k]
        if c == 0x40 { t.work.add(k - e); return true }
        // digits counted across a phone's single separators: "06 12 34 56 78"
        if isDigit(c) { digits += 1 } else if !((c == 0x20 || c == 0x2E || c == 0x2D) && isDigit(t[k + 1]) && digits > 0) { digits = 0 }
        if isAlnumASCII(c) { code += 1; if isDigit(c) { codeDigits += 1 } } else { code = 0; codeDigits = 0 }
        if digits >= 6 || (code >= 8 && codeDigits >= 2 && codeDigits < code) { t.work.add(k - e); return true }
        // "· Italiana · Patente B", "· ledig ·": a personal-details word
        if isAlphaASCII(c), !isAlphaASCII(t[k - 1]) {
            let we = t.letterWordEnd(k)
            if personalDetailWords.contains(t, k, we) { t.work.add(k - e); return true }
            k = max(we, k + 1)
            continue
        }
        k += 1
    }
    t.work.add(k - e)
    return false
}

/// Whether the date at `i` is a field (after ", " or " · ") of a line whose fields before it
/// give a nationality or a marital status ("Brasileira, solteira, 14/09/1994", "Deutsch · ledig ·
/// 14.09.1994"): the line of a CV's personal details, whose date is the birth date (not a
/// licence's: "Patente B, 12/03/2008" is its issue).
private func followsPersonalStatusFields(_ t: Text, _ i: Int) -> Bool {
    let p = i - 1 // the blank before the date
    guard t[p - 1] == 0x2C || (p >= 2 && t[p - 2] == 0xC2 && t[p - 1] == 0xB7) else { return false }
    var k = p - 1
    while k > 0, p - k < 120, !isLineBreak(t.b[k - 1]) {
        t.work.step()
        if isAlphaASCII(t.b[k - 1]) || t.b[k - 1] >= 0x80 {
            let ws = t.letterRunStart(before: k)
            guard ws < k else { k -= 1; continue }
            if personalStatusWords.contains(t, ws, k) { return true }
            // a licence's field nearer the date dates the licence: "Italiana, Patente B, 12/03/2008"
            if licenceWords.contains(t, ws, k) { return false }
            k = ws
        } else {
            k -= 1
        }
    }
    return false
}
/// The words of `personalDetailWords` that give a nationality or a marital status.
private let personalStatusWordList = [
    "italiana", "italiano", "française", "français", "deutsch", "deutsche", "española", "español", "brasileira",
    "brasileiro", "nederlandse", "british", "indian", "australian", "american", "single", "married", "ledig",
    "verheiratet", "célibataire", "mariée", "marié", "soltera", "soltero", "casada", "casado", "nubile", "celibe",
    "sposata", "sposato", "ongehuwd", "getrouwd", "solteira", "solteiro",
]
private let personalStatusWords = WordSet(personalStatusWordList)
/// The words of `personalDetailWords` that name a driving licence.
private let licenceWordList = ["patente", "permis", "führerschein", "rijbewijs", "carnet", "cnh", "licence", "license"]
private let licenceWords = WordSet(licenceWordList)

/// Words of a personal-details line: nationality, marital status, driving licence.
private let personalDetailWords = WordSet([
    "nationality", "nationalité", "nacionalidad", "nazionalità", "nacionalidade", "nationaliteit", "staatsangehörigkeit",
] + personalStatusWordList + licenceWordList)

/// "28.07.1986", "14-02-1972", "3/5/1990" at `k` with a year 1940–2010; returns its end.
private func fullNumericDateEnd(_ t: Text, _ k: Int) -> Int? {
    let d1 = t.digitsEnd(k)
    let sep = t[d1]
    guard d1 - k <= 2, sep == 0x2E || sep == 0x2D || sep == 0x2F else { return nil }
    let d2 = t.digitsEnd(d1 + 1)
    guard d2 > d1 + 1, d2 - d1 - 1 <= 2, t[d2] == sep else { return nil }
    let d3 = t.digitsEnd(d2 + 1)
    guard d3 - d2 - 1 == 4, !isAlnumASCII(t[d3]) else { return nil }
    var year = 0
    for q in (d2 + 1)..<d3 { year = year * 10 + Int(t.b[q] - 0x30) }
    return (1940...2010).contains(year) ? d3 : nil
}

/// Whether the date at `i` follows "<Place>, " or "<Place> · " where the place is one to three
/// capitalised words starting its line or field.
private func followsAPlaceField(_ t: Text, _ i: Int) -> Bool {
    var p = i - 1 // the blank before the date
    if t[p - 1] == 0x2C { p -= 1 }
    else if p >= 2, t[p - 2] == 0xC2, t[p - 1] == 0xB7 { p = t.skipBlanksBack(p - 2) } // ·
    else { return false }
    var words = 0
    var q = p
    while words < 4 {
        t.work.step()
        let ws = t.letterRunStart(before: q, hyphens: true)
        guard ws < q, t.isUppercaseLetter(at: ws) else { return false }
        words += 1
        if ws == 0 || isLineBreak(t.b[ws - 1]) { return true }
        guard t.b[ws - 1] == 0x20 else { return false }
        let before = ws - 1
        if before >= 2, t.b[before - 2] == 0xC2, t.b[before - 1] == 0xB7 { return true } // "· Den Burg · …"
        if t[before - 1] == 0x7C { return true }
        q = before
    }
    return false
}

/// Whether a field separator (" · ", " | ", " • ") and another field follow `e`.
private func isFollowedByAnotherField(_ t: Text, _ e: Int) -> Bool {
    guard t[e] == 0x20 else { return false }
    let k = e + 1
    let sepEnd: Int
    if t[k] == 0xC2 && t[k + 1] == 0xB7 { sepEnd = k + 2 }
    else if t[k] == 0x7C { sepEnd = k + 1 }
    else if t[k] == 0xE2 && t[k + 1] == 0x80 && t[k + 2] == 0xA2 { sepEnd = k + 3 }
    else { return false }
    return t[sepEnd] == 0x20 && t.isWordChar(at: sepEnd + 1)
}

/// The birth year in brackets right after a person's full name ("Noor Hendriks (1984) is…",
/// "Kinder: Lea Fischer (2011), …"): a year alone, closed at once, after a name of two words or
/// more among `names`. A citation is not one: it names one surname ("Smith (2019)"), ends with
/// "). " ("Jane Doe (2021). Deep nets…"), or cites a recent year ("Tom Lee (2020) showed"); a
/// year after 2010 or before ")." is a birth year only on a line of children ("Kinder:").
func detectBirthYearsAfterNames(_ t: Text, _ names: [Candidate], into out: inout [Candidate]) throws(RedactionStopped) {
    var lastLine = (start: -1, namesChildren: false) // one line's answer, asked again by its other names
    for c in names where c.kind == .name {
        try t.work.tick()
        let k = c.end + 2
        guard t[c.end] == 0x20, t[c.end + 1] == 0x28, let y = yearEnd(t, k), t[y] == 0x29 else { continue }
        let recent = t[k] == 0x32 && t[k + 1] == 0x30 && (t[k + 2] > 0x31 || (t[k + 2] == 0x31 && t[k + 3] > 0x30))
        let citation = t[y + 1] == 0x2E || t[y + 1] == 0x3A // "(2021). Title", "(2021): …"
        if recent || citation {
            let ls = t.lineFacts.lineStart(at: c.start)
            if ls != lastLine.start { lastLine = (ls, lineNamesChildren(t, ls)) }
            guard lastLine.namesChildren else { continue }
        }
        if t.containsBlank(c.start, c.end) { out.append(Candidate(kind: .dateOfBirth, start: k, end: y)) }
    }
}

/// Whether the line starting at `ls` begins by naming children ("Kinder:", "Children:",
/// "Filhos:"): its first 40 bytes are read.
private func lineNamesChildren(_ t: Text, _ ls: Int) -> Bool {
    t.containsWord(of: childrenWords, from: ls, to: ls + 40)
}

private let childrenWords = WordSet([
    "kinder", "kind", "children", "child", "kids", "sons", "son", "daughters", "daughter", "enfants", "enfant", "figli",
    "figlio", "figlia", "hijos", "hijo", "hija", "filhos", "filho", "filha", "kinderen", "sohn", "tochter",
])
