// Whether a name word mentioned alone (a surname, a given name) is the person there, or part
// of another proper noun around it (a firm, a place, another person), or names a place: the
// checks `findMentions` makes on every lone mention.

/// Whether a lone name word at `s..<e` (a surname or given name mentioned alone) is part of
/// another proper noun around it: a firm ("Costa & Prado Auditores", "Ferrari S.p.A."), a
/// place ("Campos do Jordão", "Fontana di Trevi"), or a name whose other words are not the
/// person's ("Birra Moretti", "Museo Nacional del Prado", "Jean de La Fontaine").
func isInsideAnotherProperNoun(_ t: Text, _ s: Int, _ e: Int, nameWords: Set<String>) -> Bool {
    // after: "& Prado", "e Figli", "do Jordão", "di Trevi", "S.p.A.", "GmbH"
    // "King's College London", "McDonald's Restaurants"
    if t[e] == 0x27 || (t[e] == 0xE2 && t[e + 1] == 0x80 && t[e + 2] == 0x99) {
        let a = t[e] == 0x27 ? e + 1 : e + 3
        // (not "Priya's CV", "Tom's PhD": a person's papers and degrees)
        if t[a] == 0x73, t[a + 1] == 0x20, t.isUppercaseLetter(at: a + 2),
           case let w = t.letterWordEnd(a + 2), !personsPapers.contains(t, a + 2, w) { return true }
    }
    // "Hugo 0.121", "Jenkins 2.462": a tool and its version
    if t[e] == 0x20, isDigit(t[e + 1]) {
        let d = t.digitsEnd(e + 1)
        t.work.add(d - e)
        if t[d] == 0x2E, isDigit(t[d + 1]) { return true }
    }
    // "Koch (m/w/d)": a job title in a German or French ad
    if t[e] == 0x20, t[e + 1] == 0x28, t[e + 3] == 0x2F, t[e + 2] == 0x6D || t[e + 2] == 0x77 || t[e + 2] == 0x68 || t[e + 2] == 0x66 || t[e + 2] == 0x4D || t[e + 2] == 0x48 || t[e + 2] == 0x46 {
        return true
    }
    if t[e] == 0x20 {
        let q = e + 1
        if t[q] == 0x26 { return true }
        let w = t.letterWordEnd(q)
        if w > q {
            let next = t.skipBlanks(w)
            // (a word of two letters or more after it: "Rachel and I presented" is two people)
            if (connectorWords.contains(t, q, w) || placeParticles.contains(t, q, w)) && t[w] == 0x20
                && t.isUppercaseLetter(at: next) && t.letterWordEnd(next) > next + t.scalar(at: next).length { return true }
            if companySuffixAt(t, q) { return true }
        }
    }
    // "Anne&Max", "Max&Co": a name glued to another by "&"
    if (s >= 1 && t[s - 1] == 0x26) || t[e] == 0x26 { return true }
    // "Marks & Spencer", "Smith and Sons": a name joined to another by "&" or "and"
    if s >= 4, t[s - 1] == 0x20 {
        let c = t.skipBlanksBack(s)
        if c > 1, t[c - 1] == 0x26, t[c - 2] == 0x20, t.isLetter(at: t.scalarStart(before: c - 2)) { return true }
    }
    // before, on the same line: a capitalised word that is not an honorific, a greeting, an
    // initial or the person's, directly or past particles ("Birra Moretti", "Nacional del
    // Prado", "Jean de La Fontaine"; not "De Vries", "W. van der Veen", "Sra. Costa")
    guard s >= 2, t[s - 1] == 0x20 else { return false }
    var b = s - 1
    for _ in 0..<3 {
        t.work.step()
        guard b > 0, t[b] == 0x20 else { return false }
        var w = b
        w = t.letterRunStart(before: w, hyphens: true)
        guard w < b, w == 0 || !t.isWordChar(before: w) else { return false }
        if particles.contains(t, w, b) {
            b = w - 1
            continue
        }
        guard t.isUppercaseLetter(at: w), b - w > t.scalar(at: w).length else { return false }
        if personHonorifics.contains(t, w, b) || greetingWords.contains(t, w, b) || sentenceStartWords.contains(t, w, b) { return false }
        t.work.add(b - w)
        return !nameWords.contains(t.string(w, b).lowercased())
    }
    return false
}

/// Words joining two names into a firm's: "Costa & Prado", "Galli e Figli", "Smith and Sons".
private let connectorWords = WordSet(["and", "e", "y", "et", "und", "en", "i"])
/// Particles joining a name to a place's: "Campos do Jordão", "Fontana di Trevi".
private let placeParticles = WordSet(["do", "da", "di", "del", "della", "des", "du", "dos", "das", "de", "van", "von"])
/// Capitalised words before a surname that do not make it another proper noun.
let greetingWords = WordSet([
    "dear", "hi", "hello", "hallo", "hey", "olá", "ola", "oi", "hola", "ciao", "bonjour", "salut", "beste", "caro", "cara",
    "querido", "querida", "prezado", "prezada", "estimado", "estimada", "gentile", "egregio", "gentilissima",
    "gentilissimo", "lieber", "liebe", "sehr", "geehrte", "geehrter", "thanks", "thank", "cheers", "congratulations",
    "welcome", "bem-vindo", "bienvenido", "benvenuto", "bienvenue", "willkommen", "welkom", "per", "attn", "at",
])

/// Capitalised words that start a sentence before a name: "As Doe said", "Ask Doe".
let sentenceStartWords = WordSet([
    "as", "and", "but", "the", "then", "when", "if", "so", "also", "ask", "with", "for", "by", "to", "from", "in",
    "on", "after", "before", "while", "since", "because", "please", "contact", "call", "email", "tell", "let",
    "e", "y", "et", "und", "en", "met", "mit", "con", "com", "avec", "pour", "para", "per", "für", "voor",
    // "Today Vittoria leads…", "Chez Mathilde, …": adverbs and prepositions of the ten languages
    "today", "oggi", "heute", "hoy", "hoje", "vandaag", "now", "ora", "jetzt", "nu", "ahora", "agora", "here", "qui",
    "hier", "aquí", "aqui", "ici", "chez", "bei", "bij", "dopo", "nach", "après", "después", "depois", "na", "ook",
    "auch", "aussi", "anche", "también", "também", "during", "durante", "pendant", "tijdens", "während", "without",
    "senza", "ohne", "sans", "sin", "sem", "zonder", "presso", "junto", "naast", "neben", "like", "come",
    "comme", "como", "wie", "zoals", "thanks", "grazie", "dank", "merci", "gracias", "obrigado", "obrigada",
    // "Yesterday Rachel and I…", "Together Nadia and I…": adverbs of time and manner
    "yesterday", "ieri", "gestern", "ayer", "ontem", "gisteren", "later", "together", "recently", "currently",
    "previously", "initially", "finally", "eventually", "sadly", "unfortunately", "fortunately", "meanwhile",
    // indefinite articles: "Una Ferrero alla Ferrero" (a definite one makes a title: "Der Spiegel")
    "una", "un", "uno", "ein", "eine", "einer", "een", "une", "uma",
])

/// Whether a company suffix, however dotted, starts at `q`: "S.p.A.", "S.r.l.", "GmbH", "Ltd.", "B.V.";
/// in lower case only those that are no word ("J Sainsbury plc"; not Italian "Federica sa ascoltare").
func companySuffixAt(_ t: Text, _ q: Int) -> Bool {
    var k = q, letters = [UInt8]()
    while k < t.count, k < q + 10, isAlphaASCII(t[k]) || t[k] == 0x2E {
        if isAlphaASCII(t[k]) { letters.append(lowerASCII(t[k])) }
        k += 1
    }
    t.work.add(k - q)
    guard !letters.isEmpty, !t.isLetter(at: k) else { return false }
    let suffix = String(decoding: letters, as: UTF8.self)
    // (dotted, in lower case too: "s.r.l.", "s.l.")
    return dottedCompanySuffixes.contains(suffix) && (isUpperASCII(t[q]) || k - q > letters.count || lowerCaseCompanySuffixes.contains(suffix))
}

private let lowerCaseCompanySuffixes: Set<String> = ["plc", "ltd", "llc", "llp", "inc", "gmbh", "pvtltd", "ptyltd"]

private let dottedCompanySuffixes: Set<String> = [
    "spa", "srl", "sas", "snc", "sa", "sarl", "gmbh", "ag", "kg", "ltd", "ltda", "inc", "llc", "plc", "bv", "nv",
    "sl", "slu", "eireli", "me", "pvtltd", "pty", "ptyltd", "co", "corp", "oy", "ab", "se",
]

/// Whether a lone name word names a place here. Any name word: before a comma and a
/// capitalised word ("Lincoln, Nebraska", "Preston, Lancashire"), joined to a capitalised word
/// by a dash ("Nebraska–Lincoln"), before a province code ("Marino (RM)"), or after a strict
/// preposition of place ("in Preston", "em Sousa", "nach Lindau"). A given name that is also a
/// place or word ("Paris", "Sydney", "Florence") also after looser ones ("vanuit Sydney") and
/// before a place's noun ("our Paris office").
func namesAPlace(_ t: Text, _ s: Int, _ e: Int, nameWords: Set<String> = []) -> Bool {
    // "Lincoln, Nebraska" — not "Okafor, Denise" (the person's own given name after the comma)
    if t[e] == 0x2C, t[e + 1] == 0x20, t.isUppercaseLetter(at: e + 2) {
        let w = t.letterWordEnd(e + 2)
        t.work.add(w - e)
        // the region ends the phrase: "Lincoln, Nebraska." — not "Anna, Thank you"
        let c = t[w]
        let ends = w >= t.count || isLineBreak(c) || c == 0x2C || c == 0x2E || c == 0x3B || c == 0x29
            || (c == 0x20 && (t[w + 1] == 0x28 || t[w + 1] == 0xE2 || t[w + 1] == 0x20 || isDigit(t[w + 1])))
        if w > e + 4, ends, !nameWords.contains(t.string(e + 2, w).lowercased()), !givenNames.contains(t, e + 2, w) { return true }
    }
    // a letter's place and date: "Lindau, im März 2025", "Marino, 10/01/2025"
    if t[e] == 0x2C, t[e + 1] == 0x20 {
        let d = e + 2
        // "Marino, 10/01/2025", "Lyon, 3 mars 2025" — not "(Doe, 2019)" or "Doe, 2018."
        if isDigit(t[d]), parseDate(t, at: d, allowYearOnly: false) != nil { return true }
        let w = t.letterWordEnd(d)
        if w > d, t[w] == 0x20, dateLeadWords.contains(t, d, w),
           parseDate(t, at: w + 1, allowYearOnly: false) != nil || isMonthName(t, w + 1) { return true }
    }
    // an employer's town ending a line of work history: "Audit Senior — Moore and Smalley LLP, Preston"
    if s >= 2, t[s - 1] == 0x20, t[s - 2] == 0x2C, endsAField(t, e) {
        if t.lineFacts.hasYear(at: s) { return true }
    }
    // "Nebraska–Lincoln", "Lincoln–Omaha": an en dash between two capitalised words
    if t[e] == 0xE2, t[e + 1] == 0x80, t[e + 2] == 0x93, t.isUppercaseLetter(at: e + 3) { return true }
    if s >= 3, t[s - 1] == 0x93, t[s - 2] == 0x80, t[s - 3] == 0xE2, s >= 4, t.isLetter(at: t.scalarStart(before: s - 3)) { return true }
    // "Marino (RM)": an Italian or Spanish province code
    if t[e] == 0x20, t[e + 1] == 0x28, isUpperASCII(t[e + 2]), isUpperASCII(t[e + 3]), t[e + 4] == 0x29 { return true }
    let p0 = t.skipBlanksBack(s)
    if p0 < s, p0 > 0 {
        var w = p0
        w = t.letterRunStart(before: w)
        t.work.add(p0 - w)
        if w < p0, strictPlacePrepositions.contains(t, w, p0) { return true }
        // "At Ford I led the migration": "at" and a capitalised word after the surname is a workplace
        // ("laughed at Doe." and "at Jane or at Doe" are people)
        if atBefore(t, s) {
            if t[e] == 0x20, t.isUppercaseLetter(at: e + 1) { return true }
            // "I have worked at Dyson.", "my years at Ford": work before "at"
            let q = t.skipBlanksBack(w)
            if q < w, q > 0 {
                let v = t.letterRunStart(before: q)
                t.work.add(q - v)
                if v < q, workBeforeAt.contains(t, v, q) { return true }
            }
        }
    }
    guard ambiguousGiven.contains(t, s, e) else { return false }
    // "June 2020", "April 15": a month
    if t[e] == 0x20, isDigit(t[e + 1]) { return true }
    // "our Paris office", "the Sydney team"
    if t[e] == 0x20 {
        let w = t.letterWordEnd(e + 1)
        if w > e + 1, placeFollowers.contains(t, e + 1, w) { return true }
    }
    let p = t.skipBlanksBack(s)
    guard p < s, p > 0 else { return false }
    var w = p
    w = t.letterRunStart(before: w)
    t.work.add(p - w)
    return w < p && placePrepositions.contains(t, w, p)
}

private let placeFollowers = WordSet([
    "office", "offices", "team", "studio", "site", "hub", "campus", "branch", "headquarters", "hq", "area", "region",
    "metro", "based", "airport", "station", "cbd", "city", "centre", "center", "kantoor", "büro", "bureau", "ufficio",
    "oficina", "escritório", "sede",
])

/// Words between a letter's place and its date: "Lindau, im März 2025", "Lyon, le 3 mars".
private let dateLeadWords = WordSet(["im", "den", "am", "le", "il", "el", "em", "op", "on"])

/// Whether the text after `e` ends a field: a line break, the end, ".", ";", "(", or two blanks.
private func endsAField(_ t: Text, _ e: Int) -> Bool {
    let c = t[e]
    return e >= t.count || isLineBreak(c) || c == 0x2E || c == 0x3B || c == 0x29 || c == 0x09
        || (c == 0x20 && (t[e + 1] == 0x20 || t[e + 1] == 0x28 || t[e + 1] == 0x7C || t[e + 1] == 0xE2 || t[e + 1] == 0x09))
}

/// Words of work before "at" that make the surname after it an employer: "worked at Dyson".
private let workBeforeAt = WordSet([
    "worked", "work", "works", "working", "employed", "intern", "internship", "role", "roles", "job", "position",
    "positions", "years", "months", "stint", "time", "career", "experience", "started", "tenure", "placement",
    "apprenticeship", "engineer", "manager", "developer", "analyst",
])

/// Prepositions after which a capitalised word is a place rather than a person.
/// A person's papers and degrees, capitalised after their possessive: "Priya's CV" is Priya's.
private let personsPapers = WordSet([
    "cv", "cvs", "resume", "résumé", "portfolio", "phd", "mba", "msc", "bsc", "ma", "ba", "mphil", "dphil", "llb", "llm",
    "linkedin", "github",
])

/// Whether a preposition that takes a place ("in", "near", "nach", "bij" …) stands right before `s`.
func followsAStrictPlacePreposition(_ t: Text, _ s: Int) -> Bool {
    let p = t.skipBlanksBack(s)
    guard p < s, p > 0 else { return false }
    let w = t.letterRunStart(before: p)
    return w < p && strictPlacePrepositions.contains(t, w, p)
}

private let strictPlacePrepositions = WordSet([
    "in", "near", "around", "outside", "em", "en", "dans", "près", "nach", "nahe", "te", "nel", "nella", "vicino",
    "perto", "cerca", "bij", "nabij", "based",
])

private let placePrepositions = WordSet([
    "in", "at", "to", "from", "near", "via", "around", "across", "outside", "inside", "into", "of", "em", "no", "na",
    "para", "de", "do", "da", "en", "a", "al", "desde", "hacia", "à", "au", "vers", "près", "nach", "aus", "bei",
    "von", "um", "im", "vanuit", "naar", "bij", "uit", "te", "op", "di", "da", "per", "verso", "presso",
])

/// Whether the lone surname at `s..<e` is a season's word before a year: "Sommer 2018 – Winter
/// 2019" in a Herr Sommer's CV (Sommer, Winter, Herbst are German surnames too).
func isASeasonBeforeAYear(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    t[e] == 0x20 && isDigit(t[e + 1]) && t.isYear(at: e + 1) && seasonWords.contains(t, s, e)
}
private let seasonWords = WordSet(["sommer", "winter", "herbst", "frühling", "frühjahr", "summer", "autumn", "spring"])

/// Whether the surname alone at `s..<e` is the German trade it was named after, used as the trade: a
/// comma before no given name or initial ("2015 – 2018 Koch, Hotel Adlon"), a slash ("Koch/Köchin"), or a
/// German word in lower case after it ("Koch mit Leidenschaft", "Kaufmann im Einzelhandel"). Not before a
/// verb ("Koch leitete das Team") nor before a given name ("Koch, Hans"): the person.
func isATradeNamedLikeTheSurname(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    // (what follows first, the cheaper test: most surnames are followed by none of these)
    let slash = t[e] == 0x2F && t.isLetter(at: e + 1)
    let comma = t[e] == 0x2C
    let word = t[e] == 0x20 && (isLowerASCII(t[e + 1]) || t.isLetter(at: e + 1) && !t.isUppercaseLetter(at: e + 1))
    guard slash || comma || word, tradesThatAreSurnames.contains(t, s, e) else { return false }
    if slash { return true }
    if comma {
        let q = t.skipBlanks(e + 1)
        guard t.isUppercaseLetter(at: q), case let w = t.letterWordEnd(q), w > q + t.scalar(at: q).length else { return false }
        return !givenNames.contains(t, q, w)
    }
    let w = t.letterWordEnd(e + 1)
    return w > e + 1 && germanWordsAfterATrade.contains(t, e + 1, w)
}

/// German trades (in their masculine form) that are common surnames: "Koch", "Schneider", "Kaufmann".
private let tradesThatAreSurnames = WordSet([
    "koch", "schneider", "fischer", "müller", "bauer", "maurer", "maler", "zimmermann", "gärtner", "bäcker",
    "metzger", "fleischer", "schäfer", "jäger", "richter", "tischler", "schreiner", "schlosser", "dreher",
    "glaser", "kellner", "lehrer", "förster", "sänger", "schmied", "weber", "töpfer", "sattler", "schuster",
    "kaufmann", "drechsler", "pfleger", "küster", "gerber", "wirt", "meister",
])
/// German prepositions, articles and conjunctions after a trade: "Koch mit Leidenschaft", "Kaufmann im
/// Einzelhandel", "Koch und Konditor".
private let germanWordsAfterATrade = WordSet([
    // (not "in", "an", "am", "die", "bis": English words too, "Weber in her role as team lead")
    "mit", "und", "oder", "aus", "im", "bei", "beim", "für", "von", "vom", "auf", "der", "das", "des", "dem", "den",
    "zur", "zum", "seit", "ohne", "sowie", "als",
])
