// People named without a label, honorific or heading: a known given name followed by a
// surname ("Priya Raman led the migration", "worked under Ana Paula Ribeiro"), a surname
// and a comma before one ("Okafor, Denise A."), and the name under a letter's closing
// ("Kind regards,\nSarah O'Neill").
//
// Precision comes from what surrounds the words, not from the words alone: a given name
// and a surname are a firm, a street, a school, a prize or a brand when a word around them
// says so ("Robert Bosch GmbH", "Rua Paulo Freire", "Escola Estadual Paulo Freire",
// "Grace Hopper Celebration", "Hugo Boss"), and a given name that is also an ordinary
// word or place ("Grace", "Paris", "Will") is taken only when no capitalised word stands
// right before or after the pair.

/// Given names of every locale, for lookup (case-insensitive).
let givenNames = WordSet(givenNamesByLocale.keys.sorted().flatMap { givenNamesByLocale[$0]! } + ambiguousGivenNames.sorted())
private let ambiguousGiven = WordSet(ambiguousGivenNames.sorted())

/// Words that, right before a name, make it the name of a place or institution
/// ("Escola Paulo Freire", "Via Giuseppe Verdi", "Hospital Albert Einstein", "St. Mary").
private let institutionWordsBefore = WordSet([
    "escola", "colégio", "colegio", "liceo", "lycée", "collège", "école", "gymnasium", "schule", "realschule",
    "hospital", "hôpital", "ospedale", "klinikum", "clínica", "clinica", "policlinico", "instituto", "istituto",
    "institut", "institute", "universidade", "universidad", "università", "universität", "université", "university",
    "fundação", "fundación", "fondazione", "fondation", "stiftung", "foundation", "museo", "museu", "musée", "museum",
    "teatro", "théâtre", "theater", "theatre", "estádio", "estadio", "stadion", "stadium", "aeroporto", "aeropuerto",
    "aéroport", "flughafen", "airport", "prêmio", "premio", "prix", "preis", "prize", "award", "parque", "parco",
    "park", "biblioteca", "bibliothèque", "bibliothek", "library", "galleria", "galeria", "galerie", "ponte", "porto",
    "puerto", "ciudad", "cidade", "città", "vila", "villa", "bairro", "jardim", "saint", "sainte", "st", "sankt",
    "san", "santa", "santo", "são", "sint", "hl", "lord", "queen", "king", "prince", "princess", "escuela", "scuola",
    "collegio", "centro", "center", "centre", "campus", "casa", "palazzo", "palácio", "palacio", "hotel",
    "restaurant", "restaurante", "café", "bar", "rue", "rua", "via", "viale", "piazza", "calle", "avenida", "av",
    "avenue", "boulevard", "praça", "plaza", "paseo", "travessa", "alameda", "largo", "straße", "strasse", "platz",
    "street", "road", "lane", "drive", "corso", "vicolo", "rodovia", "estrada", "laan", "straat", "weg", "plein",
    "gracht", "kade", "marg", "nagar", "projeto", "projecto", "proyecto", "progetto", "project", "programa",
    "programma", "program", "programme", "operation", "operação", "hurricane", "storm", "equipe", "equipo", "fc",
    "cf", "ac", "sc", "ss", "navio", "ship", "hms", "uss", "gestoría", "asesoría", "despacho", "bufete", "farmacia",
    "farmácia", "óptica", "taller", "officine", "officina", "cabinet", "atelier", "boulangerie", "librería",
    "livraria", "agencia", "agência", "escritório", "kantoor", "bureau", "praktijk", "apotheek", "bakkerij", "studio",
    "birra", "cerveza", "cerveja", "bier", "vinhos", "cantina", "bodega", "bodegas", "hôtel", "ee", "emef", "etec",
    "fatec", "cefet", "ifsp", "ies", "ipsia", "itis", "iti", "cps", "ceip", "cp", "molkerei", "brauerei", "bäckerei",
    "metzgerei", "autohaus", "gasthaus", "gasthof", "weingut", "spedition", "druckerei", "tischlerei", "schreinerei",
    "apotheke", "praxis", "kanzlei",
])

/// Words that, right after a name, make it the name of a firm, place, prize or event
/// ("Robert Bosch GmbH", "Grace Hopper Celebration", "Anna Freud Centre", "Victoria Station").
private let institutionWordsAfter = WordSet([
    "gmbh", "ag", "kg", "se", "ltd", "limited", "inc", "llc", "llp", "plc", "corp", "corporation", "co", "company",
    "bv", "b.v", "nv", "sa", "s.a", "spa", "s.p.a", "srl", "s.r.l", "sarl", "sas", "oy", "ab", "pty", "pvt", "ltda",
    "eireli", "me", "group", "gruppe", "gruppo", "grupo", "groep", "holding", "holdings", "partners", "associates",
    "institute", "institut", "instituto", "istituto", "foundation", "stiftung", "fundação", "fundación", "fondazione",
    "fondation", "university", "universität", "universidade", "college", "school", "schule", "gymnasium", "hospital",
    "klinik", "clinic", "centre", "center", "zentrum", "centrum", "medical", "memorial", "museum", "library", "trust",
    "fund", "fellowship", "fellow", "fellows", "scholarship", "scholar", "scholars", "prize", "award", "awards",
    "medal", "preis", "prix", "prêmio", "premio", "lecture", "lectures", "celebration", "conference", "summit",
    "symposium", "cup", "trophy", "challenge", "hackathon", "programme", "program", "street", "st", "road", "rd",
    "avenue", "ave", "lane", "drive", "way", "close", "square", "place", "terrace", "crescent", "court", "gardens",
    "garden", "park", "station", "airport", "bridge", "hall", "house", "building", "tower", "towers", "arena",
    "stadium", "health", "healthcare", "hill", "international", "actions", "theatre", "theater", "straße", "strasse",
    "platz", "allee", "weg", "ring", "gasse", "laan", "straat", "plein", "kade", "gracht", "marg", "nagar", "colony",
    "layout", "high", "primary", "secondary", "academy", "akademie", "académie", "academia", "accademia", "hotel",
    "restaurant", "bistro", "café", "cafe", "bakery", "store", "stores", "shop", "boutique", "studio", "studios",
    "records", "films", "pictures", "productions", "press", "publishing", "verlag", "editora", "editorial", "editore",
    "éditions", "law", "legal", "solicitors", "architects", "consulting", "consultants", "dental", "pharmacy",
    "apotheke", "farmácia", "farmacia", "pharmacie", "bank", "banco", "banque", "insurance", "versicherung",
    "seguros", "assicurazioni", "airlines", "airways", "motors", "motor", "automotive", "foods", "food", "brewery",
    "brauerei", "wines", "winery", "estate", "estates", "farm", "farms", "village", "heights", "hills", "valley",
    "beach", "island", "islands", "bay", "lake", "river", "mountain", "line", "lines", "railway", "express",
    "distribution", "hotels", "resorts", "restaurants", "ziekenhuis", "kliniek", "universiteit", "hogeschool",
    "stichting", "spital", "krankenhaus", "niwas", "nivas", "bhavan", "bhawan", "sadan", "residency", "enclave",
    "apartments", "highway", "motorway", "freeway", "expressway", "hwy", "partnership", "couture", "médicament",
    "cosmetics", "beauty", "fashion", "retail", "supermarkets", "supermarkt", "supermercados", "construction",
    "constructions", "engineering", "pharma", "pharmaceuticals", "labs", "laboratories", "laboratoires", "industries",
    "industrie", "industria", "technologies", "systems", "software", "digital", "media", "energy", "energia",
    "energie", "logistics", "transport", "services", "collection", "collective", "method", "syndrome", "disease",
    "equation", "theorem", "algorithm", "effect", "principle", "test", "scale", "index", "model", "award-winning",
])

/// Given names with a surname that are brands or famous people quoted as such
/// ("Hugo Boss", "Calvin Klein", "Max Planck", "Grace Hopper"): never a private person.
private let brandAndFamousNames: Set<String> = [
    "dale carnegie", "raymond james", "christian aid",
    "abraham lincoln", "ada lovelace", "adam opel", "adolfo domínguez", "alan turing", "albert einstein",
    "albert heijn", "alessandro volta", "alexander mcqueen", "ana hickmann", "anand rathi", "angela merkel",
    "anita dongre", "ann taylor", "anna freud", "anne frank", "anne klein", "anne summers", "anton dreesmann",
    "antonio gramsci", "arthur andersen", "ashok leyland", "axel springer", "baker mckenzie", "ben jerry",
    "ben sherman", "bernard matthews", "betsey johnson", "bill gates", "brunello cucinelli", "calvin klein",
    "carl zeiss", "carlos chagas", "carolina herrera", "charles darwin", "charles de", "charles river",
    "charles schwab", "charles tyrwhitt", "chico mendes", "christian dior", "christian louboutin", "claude bernard",
    "david jones", "dick smith", "diego della", "dirk van", "don bradman", "douwe egberts", "edward jones",
    "eileen fisher", "elena mirò", "elon musk", "emilio pucci", "emilio ribas", "emma bridgewater", "enzo ferrari",
    "erasmus", "ermenegildo zegna", "ernst klett", "estée lauder", "ferdinand porsche", "florence nightingale",
    "fred perry", "friedrich schiller", "gabriel garcía", "galileo galilei", "george washington", "gerry harvey",
    "gianni versace", "giorgio armani", "giuseppe garibaldi", "giuseppe verdi", "grace hopper", "guglielmo marconi",
    "guido carli", "guy degrenne", "hannah arendt", "hans anders", "harvey nichols", "heinrich heine", "helmut kohl",
    "hugo boss", "indira gandhi", "isaac newton", "isabel marant", "jack daniel", "jack daniels", "jack henry",
    "jack wills", "jack wolfskin", "jacques dessange", "james cook", "james hardie", "jan linders",
    "jawaharlal nehru", "jean moulin", "jean paul", "jeff bezos", "jimmy choo", "jo malone", "johan cruijff",
    "johan cruyff", "johann sebastian", "johann wolfgang", "john deere", "john holland", "john kennedy",
    "john lennon", "john lewis", "john muir", "john wiley", "juan valdez", "jules verne", "julius baer",
    "karen millen", "karl marx", "kate spade", "kenneth cole", "konrad adenauer", "laura ashley", "leonardo da",
    "leonardo fibonacci", "lorna jane", "louis pasteur", "louis vuitton", "ludwig van", "luigi lavazza",
    "luisa spagnoli", "magazine luiza", "mahatma gandhi", "manish malhotra", "marc jacobs", "marc o'polo",
    "maria montessori", "marie curie", "marie skłodowska-curie", "mark zuckerberg", "marlies dekkers",
    "martin luther", "martin luther king", "mary kay", "mary mackillop", "massimo dutti", "max bahr", "max mara",
    "max planck", "michael kors", "michael page", "miguel de", "morgan stanley", "motilal oswal", "ned kelly",
    "nelson mandela", "nikola tesla", "oliver bonas", "oliver wyman", "oscar de", "oscar freire", "oscar niemeyer",
    "oswaldo cruz", "otto von", "pablo neruda", "pablo picasso", "paul bocuse", "paul hastings", "paul mccartney",
    "paul mitchell", "paul smith", "paulo freire", "pedro del", "pedro domecq", "peter alexander", "peter hahn",
    "pierre curie", "pierre fabre", "purificación garcía", "rabindranath tagore", "rajiv gandhi", "ralph lauren",
    "ratan tata", "ritu kumar", "robert bosch", "robert half", "robert koch", "robert walters", "roberto cavalli",
    "roland berger", "ronald mcdonald", "rosa luxemburg", "ruby rails", "salvatore ferragamo", "santos dumont",
    "sardar patel", "sigmund freud", "simon kucher", "simón bolívar", "stella mccartney", "steve jobs",
    "steve madden", "ted baker", "thomas cook", "thomas edison", "thomas pink", "tim hortons", "tim tam",
    "tom tailor", "tommy bahama", "tommy hilfiger", "tory burch", "vera bradley", "vera wang", "victor hugo",
    "victoria beckham", "victoria cross", "vincent van", "vital brazil", "vivienne westwood", "walt disney",
    "warren buffett", "william hill", "william shakespeare", "willy brandt", "winston churchill", "wolfgang amadeus",
    "yves rocher", "yves saint", "émile zola",
]

/// Lines of a letter's closing, after which the writer's name follows ("Kind regards,", "Mit
/// freundlichen Grüßen", "Atenciosamente,").
let closingPhrases = KeywordTable([
    "kind regards", "best regards", "warm regards", "warmest regards", "regards", "best wishes", "best",
    "many thanks", "thanks", "thank you", "cheers", "sincerely", "yours sincerely", "yours faithfully",
    "yours truly", "respectfully", "with thanks", "all the best", "thanks and regards", "thanks & regards",
    "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "viele grüße", "beste grüße",
    "liebe grüße", "herzliche grüße", "grüße", "cordialement", "bien cordialement", "bien à vous",
    "sincères salutations", "salutations", "atenciosamente", "cordialmente", "abraços", "abraço",
    "um abraço", "saudações", "obrigado", "obrigada", "saludos", "un saludo", "saludos cordiales", "atentamente",
    "un cordial saludo", "gracias", "cordiali saluti", "distinti saluti", "saluti", "un saluto", "grazie",
    "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "hartelijke groet", "groeten",
    "groet", "warm wishes", "with best regards", "with kind regards", "regards and thanks",
])

/// People named by a known given name and a surname, by a surname and a comma before a given
/// name, or under a letter's closing.
func detectGivenNamePersons(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    var i = 0
    while i < t.count {
        i = try nextCapitalisedWordStart(t, from: i)
        guard i < t.count else { break }
        let we = t.letterWordEnd(i)
        guard we > i else { i += 1; continue }
        if isGivenName(t, i, we) {
            if let end = surnameAfterGivenName(t, i, we), !isInstitutionContext(t, i, end),
               !isBrandOrFamous(t, i, end), !(isAmbiguousGivenName(t, i, we) && standsInCapitalisedRun(t, i, end)) {
                out.append(Candidate(kind: .name, start: i, end: end))
                i = end
                continue
            }
            if let start = surnameCommaBefore(t, givenStart: i, givenEnd: we) {
                let end = initialsEnd(t, after: we)
                out.append(Candidate(kind: .name, start: start, end: end))
                i = end
                continue
            }
        }
        i = we
    }
    try detectClosingSignatures(t, into: &out)
}

/// The next position from `i` where a capitalised word starts (no letter, digit, hyphen,
/// apostrophe or full stop right before it).
private func nextCapitalisedWordStart(_ t: Text, from i: Int) throws(RedactionStopped) -> Int {
    var i = i
    while true {
        i = try t.skip(from: i) { p, c in !(isUpperASCII(c) || c >= 0xC0) || isAlnumASCII(p) || p >= 0x80 }
        guard i < t.count else { return t.count }
        try t.work.tick()
        if t.isUppercaseLetter(at: i) && !t.isWordChar(before: i) {
            let p = i > 0 ? t[i - 1] : 0
            if p != 0x2D && p != 0x27 && p != 0x2E && p != 0x40 && p != 0x2F && p != 0x5F { return i }
        }
        i += t.scalar(at: i).length
    }
}

/// Whether `t[s..<e]` is a given name: the word, or for a hyphenated one ("Marie-Luise") its first part.
private func isGivenName(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    guard e - s >= 2 else { return false }
    if givenNames.contains(t, s, e) { return true }
    // "Marie-Luise", "Jean-Baptiste": both parts given names ("Ludwig-Maximilians-Universität" is not)
    var h = s
    while h < e && t[h] != 0x2D { h += 1 }
    guard h < e, h - s >= 2, givenNames.contains(t, s, h) else { return false }
    var k = h + 1
    while k < e && t[k] != 0x2D { k += 1 }
    return k == e && givenNames.contains(t, h + 1, e)
}

/// Whether `t[s..<e]` is shaped like a surname: a capital then lower-case letters (after a
/// hyphen or apostrophe a capital again: "García-Ortega", "O'Neill"; "Mc", "Mac", "De", "Di",
/// "La", "Le", "Van" before a capital: "McAllister", "DeVries"), or, when `caps`, capitals only.
/// Not "MEng", "PhD", "VMware", "iOS", nor roman numerals and two-capital acronyms.
private func isSurnameShaped(_ t: Text, _ s: Int, _ e: Int, caps: Bool) -> Bool {
    guard t.isUppercaseLetter(at: s) else { return false }
    if isAllCaps(t, s, e) {
        guard caps || e - s >= 3 else { return false }
        return !romanNumerals.contains(t, s, e) && !nonSurnameWords.contains(t, s, e)
    }
    var q = s + t.scalar(at: s).length, previous = s
    while q < e {
        t.work.step()
        let c = t[q]
        if c == 0x2D || c == 0x27 { previous = q; q += 1; continue }
        if t.isUppercaseLetter(at: q) {
            let before = t[q - 1]
            let prefix = q - previous
            guard before == 0x2D || before == 0x27 || before == 0x99
                    || (prefix <= 3 && surnamePrefixes.contains(t, previous == s ? s : previous + 1, q)) else { return false }
        }
        q += t.scalar(at: q).length
    }
    return !nonSurnameWords.contains(t, s, e) && !hasStreetSuffix(t, s, e)
}

private let surnamePrefixes = WordSet(["mc", "mac", "o", "de", "di", "da", "la", "le", "van", "von", "du", "d"])
private let romanNumerals = WordSet(["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"])
/// Capitalised words that follow a given name without being a surname ("Job ID", "Will Code").
private let nonSurnameWords = WordSet([
    "id", "code", "number", "no", "nr", "ref", "reference", "phd", "mba", "msc", "bsc", "meng", "beng", "ma", "ba",
    "jr", "sr", "esq", "cv", "resume", "profile", "linkedin", "github", "email", "e-mail", "mail", "phone", "tel",
    "mobile", "address", "date", "birth", "street", "the", "and", "or", "of", "in", "on", "at", "for", "to", "by",
    // weekdays, months and compass words: "Ruby Tuesday", "Georgia Pacific", "Sydney South-West"
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "pacific", "atlantic",
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper", "lower",
    "greater", "state", "county", "city", "tech", "power", "energy", "opera", "airlines", "baguette", "secret",
])

/// Whether the word ends like a compound street name ("Heijestraat", "Schillerstraße", "Kerkweg").
private func hasStreetSuffix(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    guard e - s >= 6 else { return false }
    t.work.add(e - s)
    let w = t.string(s, e).lowercased()
    return streetSuffixes.contains { w.hasSuffix($0) }
}

/// Whether a hyphenated word ends in an institution's noun ("Koch-Instituts", "Frank-Schule").
private func hasInstitutionSuffix(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    var h = e
    while h > s, t[h - 1] != 0x2D { h -= 1 }
    guard h > s else { return false }
    return institutionSuffixes.contains(t, h, e)
}

private let institutionSuffixes = WordSet([
    "institut", "instituts", "klinik", "klinikum", "schule", "gymnasium", "stiftung", "preis", "haus", "universität",
    "hochschule", "zentrum", "museum", "halle", "werk", "werke", "verlag", "straße", "strasse", "platz", "allee", "weg",
    "gesellschaft", "realschule", "grundschule", "berufskolleg", "krankenhaus",
])

private let streetSuffixes = ["straat", "straße", "strasse", "weg", "laan", "plein", "gracht", "kade", "gasse", "allee",
                              "platz", "dreef", "singel", "street", "steeg", "markt", "damm", "ufer"]

private func isAmbiguousGivenName(_ t: Text, _ s: Int, _ e: Int) -> Bool { ambiguousGiven.contains(t, s, e) }

/// Whether the word is written in capitals only.
private func isAllCaps(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    var q = s
    while q < e {
        t.work.step()
        if t.isLetter(at: q) && !t.isUppercaseLetter(at: q) { return false }
        q += t.scalar(at: q).length
    }
    return true
}

/// After a given name at `s..<e`: middle names, initials and particles, then one or two
/// capitalised surname words on the same line; the end of the last surname word, or nil.
/// The surname words are written like the given name (capitalised or all in capitals).
private func surnameAfterGivenName(_ t: Text, _ s: Int, _ e: Int) -> Int? {
    let caps = isAllCaps(t, s, e)
    var p = e, end = -1, surnames = 0, tokens = 0
    while tokens < 5 {
        t.work.step()
        guard t[p] == 0x20, t[p + 1] != 0x20 else { break }
        let q = p + 1
        let w = t.letterWordEnd(q)
        guard w > q else { break }
        tokens += 1
        // a particle, capitalised or not ("La Rosa", "van der Berg"), needs a name after it
        if particles.contains(t, q, w) {
            guard !isAmbiguousGivenName(t, s, e), t[w] == 0x20,
                  t.isUppercaseLetter(at: w + 1) || particles.contains(t, w + 1, t.letterWordEnd(w + 1)) else { break }
            p = w
            continue
        }
        if t.isUppercaseLetter(at: q) {
            let letters = w - q
            if letters == t.scalar(at: q).length {
                // an initial: "Rajesh K. Iyer", "Anil K Shah"
                guard end < 0 else { break }
                p = t[w] == 0x2E ? w + 1 : w
                continue
            }
            if nonNameWords.contains(t, q, w) || sectionWords.contains(t, q, w) || teamWords.contains(t, q, w)
                || companySuffixes.contains(t, q, w) || institutionWordsAfter.contains(t, q, w)
                || personHonorifics.contains(t, q, w) {
                break
            }
            guard isSurnameShaped(t, q, w, caps: caps) else { break }
            // "Robert Koch-Instituts", "Anne-Frank-Schule": an institution named after the person
            if hasInstitutionSuffix(t, q, w) { return nil }
            // an ambiguous given name ("Job", "Will") with a surname written like it only
            if isAllCaps(t, q, w) != caps && isAmbiguousGivenName(t, s, e) { break }
            // a middle given name ("Ana Paula Ribeiro") or a surname
            surnames += 1
            end = w
            p = w
            if surnames >= 3 { break }
        } else {
            break
        }
    }
    return end > 0 ? end : nil
}

/// Whether a word right before `s` (past blanks on the line, a full stop and up to two
/// capitalised words) or right after `end` makes the name a place's, firm's or prize's.
private func isInstitutionContext(_ t: Text, _ s: Int, _ end: Int) -> Bool {
    // after: "Robert Bosch GmbH", "Anna Freud Centre", "Grace Hopper Celebration"
    var a = end
    if t[a] == 0x27 { a += 1 } // "Jack Daniel's"
    if t[a] == 0x20 || t[a] == 0x2D {
        let q = a + 1
        let w = t.letterWordEnd(q)
        if w > q, institutionWordsAfter.contains(t, q, w) || hasStreetSuffix(t, q, w) || companySuffixAt(t, q) { return true }
        if t[q] == 0x26 { return true } // "& Co", "& Spencer"
    }
    if t[end] == 0x2D, t.isLetter(at: end + 1) { return true } // "Robert-Koch-Institut"
    // before: "Escola Estadual Paulo Freire", "Rua Dr. João Silva", "Via G. Verdi"
    var b = s
    for _ in 0..<3 {
        t.work.step()
        var q = t.skipBlanksBack(b)
        guard q < b || q == b, q > 0 else { break }
        if t[q - 1] == 0x2E { q -= 1 }
        var w = q
        w = t.letterRunStart(before: w)
        guard w < q else { break }
        if institutionWordsBefore.contains(t, w, q) || streetWordsBeforeNames.contains(t, w, q) { return true }
        // "lycée hôtelier Jean Drouant": one lower-case word after the institution's
        if !t.isUppercaseLetter(at: w), q - w > 3 {
            let w2e = t.skipBlanksBack(w)
            var w2 = w2e
            w2 = t.letterRunStart(before: w2)
            t.work.add(w - w2)
            return w2 < w2e && w2e < w && institutionWordsBefore.contains(t, w2, w2e)
        }
        // only capitalised words between: "Escola Estadual Paulo", not "at the São Paulo office"
        guard t.isUppercaseLetter(at: w), q - w > 1, t.skipBlanksBack(w) < w else { break }
        b = w
    }
    return false
}

/// Whether the name is a brand or a famous person ("Hugo Boss", "Max Planck").
private func isBrandOrFamous(_ t: Text, _ s: Int, _ end: Int) -> Bool {
    // the given name and the next word
    let we = t.letterWordEnd(s)
    guard t[we] == 0x20 else { return false }
    let ne = t.letterWordEnd(we + 1)
    guard ne > we + 1 else { return false }
    t.work.add(ne - s)
    return brandAndFamousNames.contains(t.string(s, ne).lowercased())
}

/// Whether a capitalised word stands right before `s` or right after `end` on the line
/// ("Grace Hopper Celebration", "Rose Garden Hotel"): then an ambiguous given name is not taken.
private func standsInCapitalisedRun(_ t: Text, _ s: Int, _ end: Int) -> Bool {
    if t[end] == 0x20, t.isUppercaseLetter(at: end + 1), t.letterWordEnd(end + 1) > end + 2 { return true }
    guard s >= 2, t[s - 1] == 0x20 else { return false }
    let b = t.scalarStart(before: s - 1)
    guard t.isLetter(at: b) else { return false }
    var w = b
    w = t.letterRunStart(before: w)
    t.work.add(s - w)
    return t.isUppercaseLetter(at: w) && !personHonorifics.contains(t, w, b + t.scalar(at: b).length)
}

/// "Okafor, Denise A.", "WEBER, Anna": a surname (one or two capitalised words) starting the
/// line or a field, a comma, and the given name at `givenStart`, which ends the field; the
/// surname's start, or nil.
private func surnameCommaBefore(_ t: Text, givenStart: Int, givenEnd: Int) -> Int? {
    guard givenStart >= 3, t[givenStart - 1] == 0x20, t[givenStart - 2] == 0x2C,
          !isAmbiguousGivenName(t, givenStart, givenEnd) else { return nil }
    // the given name ends the field: line end, initials, a delimiter
    let after = initialsEnd(t, after: givenEnd)
    let c = t[after]
    guard after >= t.count || c == 0x0A || c == 0x0D || c == 0x7C || c == 0x09 || c == 0x28 || c == 0x3B
            || (c == 0x20 && (t[after + 1] == 0x2D || t[after + 1] == 0x7C || t[after + 1] == 0xE2 || t[after + 1] == 0x28))
            || (c == 0x2C && !t.isUppercaseLetter(at: t.skipBlanks(after + 1))) else { return nil }
    // the surname: capitalised words back to the start of the line or a field
    var s = givenStart - 2, words = 0
    while words < 3 {
        t.work.step()
        var w = s
        w = t.letterRunStart(before: w, hyphens: true, apostrophes: true)
        guard w < s, isSurnameShaped(t, w, s, caps: isAllCaps(t, w, s)) || particles.contains(t, w, s) else { return nil }
        if nonNameWords.contains(t, w, s) || sectionWords.contains(t, w, s) || institutionWordsBefore.contains(t, w, s)
            || givenNames.contains(t, w, s) { return nil }
        words += 1
        s = w
        let p = s > 0 ? t[s - 1] : 0x0A
        if p == 0x0A || p == 0x09 || p == 0x7C || p == 0x3A || (p == 0x20 && (s < 2 || [0x3A, 0x0A, 0x7C, 0x2A, 0x2D, 0xA2].contains(t[s - 2]))) {
            // a field starts here; a bullet ("-", "*", "•") or a label before it is fine
            return s
        }
        guard p == 0x20 else { return nil }
        s -= 1
    }
    return nil
}

/// Past initials after a given name ("Denise A.", "Rajesh K. V."), at most three.
private func initialsEnd(_ t: Text, after e: Int) -> Int {
    var end = e
    for _ in 0..<3 {
        t.work.step()
        guard t[end] == 0x20, t.isUppercaseLetter(at: end + 1) else { break }
        let w = t.letterWordEnd(end + 1)
        guard w == end + 1 + t.scalar(at: end + 1).length else { break }
        end = t[w] == 0x2E ? w + 1 : w
    }
    return end
}

/// The writer's name after a letter's closing: "Kind regards,\nSarah O'Neill", "Thanks, Marco",
/// "Mit freundlichen Grüßen\n\nAnna Weber": one to four capitalised words starting the next
/// non-empty line (or following the closing's comma on its line), up to the line's end or a
/// delimiter; not a team or a firm ("The Talent Team").
func detectClosingSignatures(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    var i = 0
    while i < t.count {
        // closings start a line
        let lineStart = i
        let le = try t.lineEnd(i)
        i = le + 1
        let s = t.skipBlanks(lineStart)
        guard s < le, let n = closingPhrases.longestMatch(in: t, at: s), !t.isLetter(at: s + n) else { continue }
        // a closing ends its phrase: "Best," / "Thanks!" / "Mit freundlichen Grüßen" alone — not
        // "Best Paper, NeurIPS 2021" or "Best Buy"
        let after = t[s + n]
        let nameEndsTheLine: Bool = {
            // "Regards Priya" / "Thanks Tom": the name right after, ending its line
            guard after == 0x20, t.isUppercaseLetter(at: s + n + 1), let end = signatureNameEnd(t, s + n + 1) else { return false }
            return t.skipBlanks(end) >= le
        }()
        guard after == 0x2C || after == 0x21 || after == 0x2E || s + n >= le || t.skipBlanks(s + n) >= le || nameEndsTheLine else { continue }
        var p = s + n
        while p < le && (t[p] == 0x2C || t[p] == 0x21 || t[p] == 0x2E || isBlank(t[p])) { p += 1 }
        // the name after the comma on the same line, or on the next non-empty line
        if p >= le {
            // the next non-empty line, past at most one empty one ("\n" or "\r\n" line ends)
            var q = le
            for _ in 0..<4 {
                guard q < t.count, isLineBreak(t[q]) else { break }
                q = t.skipBlanks(q + 1)
            }
            p = q
        }
        // "(Priya Sharma)" under a declaration's closing
        if t[p] == 0x28 { p += 1 }
        guard p < t.count, t.isUppercaseLetter(at: p) else { continue }
        if let end = signatureNameEnd(t, p) { out.append(Candidate(kind: .name, start: p, end: end)) }
    }
}

/// One to four capitalised name words from `p`, ending its line or before a delimiter.
private func signatureNameEnd(_ t: Text, _ p: Int) -> Int? {
    var q = p, end = -1, words = 0
    while words < 4 {
        t.work.step()
        let w = t.letterWordEnd(q)
        guard w > q else { break }
        if t.isUppercaseLetter(at: q) {
            if nonNameWords.contains(t, q, w) || teamWords.contains(t, q, w) || companySuffixes.contains(t, q, w)
                || sectionWords.contains(t, q, w) || institutionWordsAfter.contains(t, q, w) { return nil }
            end = t[w] == 0x2E && w - q == t.scalar(at: q).length ? w + 1 : w
            words += 1
        } else if !(words > 0 && particles.contains(t, q, w)) {
            return nil
        }
        let n = t[end > 0 ? max(end, w) : w]
        if n == 0x20, t.isLetter(at: max(end, w) + 1) { q = max(end, w) + 1; continue }
        break
    }
    guard end > p else { return nil }
    // the name ends its line or a field
    let c = t[end]
    guard end >= t.count || c == 0x0A || c == 0x0D || c == 0x2C || c == 0x7C || c == 0x09 || c == 0x28 || c == 0x29
            || (c == 0x20 && (t[end + 1] == 0x7C || t[end + 1] == 0x2D || t[end + 1] == 0xE2 || t[end + 1] == 0x28 || t[end + 1] == 0x0A))
    else { return nil }
    return end
}

/// Whether a lone name word at `s..<e` (a surname or given name mentioned alone) is part of
/// another proper noun around it: a firm ("Costa & Prado Auditores", "Ferrari S.p.A."), a
/// place ("Campos do Jordão", "Fontana di Trevi"), or a name whose other words are not the
/// person's ("Birra Moretti", "Museo Nacional del Prado", "Jean de La Fontaine").
func isInsideAnotherProperNoun(_ t: Text, _ s: Int, _ e: Int, nameWords: Set<String>) -> Bool {
    // after: "& Prado", "e Figli", "do Jordão", "di Trevi", "S.p.A.", "GmbH"
    // "King's College London", "McDonald's Restaurants"
    if t[e] == 0x27 || (t[e] == 0xE2 && t[e + 1] == 0x80 && t[e + 2] == 0x99) {
        let a = t[e] == 0x27 ? e + 1 : e + 3
        if t[a] == 0x73, t[a + 1] == 0x20, t.isUppercaseLetter(at: a + 2) { return true }
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
            if (connectorWords.contains(t, q, w) || placeParticles.contains(t, q, w)) && t[w] == 0x20
                && t.isUppercaseLetter(at: next) { return true }
            if companySuffixAt(t, q) { return true }
        }
    }
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
private let greetingWords = WordSet([
    "dear", "hi", "hello", "hallo", "hey", "olá", "ola", "oi", "hola", "ciao", "bonjour", "salut", "beste", "caro", "cara",
    "querido", "querida", "prezado", "prezada", "estimado", "estimada", "gentile", "egregio", "gentilissima",
    "gentilissimo", "lieber", "liebe", "sehr", "geehrte", "geehrter", "thanks", "thank", "cheers", "congratulations",
    "welcome", "bem-vindo", "bienvenido", "benvenuto", "bienvenue", "willkommen", "welkom", "per", "attn", "at",
])

/// Capitalised words that start a sentence before a name: "As Doe said", "Ask Doe".
private let sentenceStartWords = WordSet([
    "as", "and", "but", "the", "then", "when", "if", "so", "also", "ask", "with", "for", "by", "to", "from", "in",
    "on", "after", "before", "while", "since", "because", "please", "contact", "call", "email", "tell", "let",
    "e", "y", "et", "und", "en", "met", "mit", "con", "com", "avec", "pour", "para", "per", "für", "voor",
])

/// Whether a company suffix, however dotted, starts at `q`: "S.p.A.", "S.r.l.", "GmbH", "Ltd.", "B.V.".
func companySuffixAt(_ t: Text, _ q: Int) -> Bool {
    var k = q, letters = [UInt8]()
    while k < t.count, k < q + 10, isAlphaASCII(t[k]) || t[k] == 0x2E {
        if isAlphaASCII(t[k]) { letters.append(lowerASCII(t[k])) }
        k += 1
    }
    t.work.add(k - q)
    guard !letters.isEmpty, !t.isLetter(at: k) else { return false }
    return dottedCompanySuffixes.contains(String(decoding: letters, as: UTF8.self))
}

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
func namesAPlace(_ t: Text, _ s: Int, _ e: Int, nameWords: Set<String> = [], lines: inout LineFacts?) -> Bool {
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
        if lines == nil { lines = LineFacts(t) }
        if lines!.hasYear(at: s) { return true }
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
    return e >= t.count || isLineBreak(c) || c == 0x2E || c == 0x3B || c == 0x29
        || (c == 0x20 && (t[e + 1] == 0x20 || t[e + 1] == 0x28 || t[e + 1] == 0x7C || t[e + 1] == 0xE2))
}

/// Prepositions after which a capitalised word is a place rather than a person.
private let strictPlacePrepositions = WordSet([
    "in", "near", "around", "outside", "em", "en", "dans", "près", "nach", "nahe", "te", "nel", "nella", "vicino",
    "perto", "cerca", "bij", "nabij", "based",
])

private let placePrepositions = WordSet([
    "in", "at", "to", "from", "near", "via", "around", "across", "outside", "inside", "into", "of", "em", "no", "na",
    "para", "de", "do", "da", "en", "a", "al", "desde", "hacia", "à", "au", "vers", "près", "nach", "aus", "bei",
    "von", "um", "im", "vanuit", "naar", "bij", "uit", "te", "op", "di", "da", "per", "verso", "presso",
])
