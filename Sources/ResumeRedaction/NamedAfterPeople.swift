// Firms, institutions and works named after people: "Robert Bosch GmbH", "Ramón y Cajal",
// "Kanzlei Dr. Wendt & Partner", "the Betty Crocker mix", "Wendy's, Tampa". The name detectors
// ask these before taking a person's name; none of them reads more than a few words around the
// name. (The words before a name that make it an institution's, "Escola", "AORN", are
// `institutionWordsBefore` in GivenNamePersons.swift.)

/// Whether a firm's suffix or an institution's noun is one of the four capitalised words after
/// `end` ("Robert Bosch GmbH", "Shri Ram College", "Walter Reed National Military Medical
/// Center", "Dr. Reddy's Laboratories"), or "&" and a
/// firm's word ("Wendt & Partner", "Smith & Sons"). An institution's noun before a role
/// ("Anna Berg Group Leader") names the person's role, not a firm.
func wordAfterNamesAFirm(_ t: Text, _ end: Int) -> Bool {
    var q = afterGenerationSuffix(t, end)
    // "Dr. Reddy's Laboratories": a possessive before a capitalised word
    if t[q] == 0x27, t[q + 1] == 0x73, t[q + 2] == 0x20, t.isUppercaseLetter(at: q + 3) { return true }
    if q >= 2, t[q - 2] == 0x27, t[q - 1] == 0x73, t[q] == 0x20, t.isUppercaseLetter(at: q + 1) { return true }
    // "Jordi Puig i Serra, S.A.", "Hermanos López, S.L.": a dotted suffix or one of three letters or more after a comma
    if t[q] == 0x2C, t[q + 1] == 0x20, companySuffixAt(t, q + 2), t[q + 3] == 0x2E || t.letterWordEnd(q + 2) - (q + 2) >= 3 { return true }
    // "Wendt & Partner mbB", "Galli & Figli"
    if t[q] == 0x20, t[q + 1] == 0x26, t[q + 2] == 0x20 {
        let w = t.letterWordEnd(q + 3)
        return w > q + 3 && firmWordsAfterAmpersand.contains(t, q + 3, w)
    }
    for _ in 0..<4 {
        t.work.step()
        guard t[q] == 0x20 else { return false }
        let w = t.letterWordEnd(q + 1)
        if companySuffixAt(t, q + 1) { return true }
        guard w > q + 1, t.isUppercaseLetter(at: q + 1) else { return false }
        if institutionNouns.contains(t, q + 1, w) {
            // "Group Leader", "School Director": a role
            return !roleFollows(t, w)
        }
        // "Kuipers Projectmanagement", "De Vries Installatietechniek": a Dutch firm's compound
        if endsInAFirmsCompound(t, q + 1, w) { return true }
        q = w
    }
    return false
}

/// Whether `t[s..<e]` is a Dutch or German compound naming a firm's trade or group: "Projectmanagement",
/// "Installatietechniek", "Klinikgruppe" (longer than its ending, so not "Management" alone).
func endsInAFirmsCompound(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    e - s >= 9 && firmCompoundEndings.endWord(t, s, e)
}
/// The endings of Dutch and German firms' compounds, lower case.
private let firmCompoundEndings = CompoundEndings([
    "management", "advies", "consultancy", "techniek", "installaties", "diensten", "bemiddeling", "beheer",
    "gruppe", "klinik", "kliniken", "zentrum", "verlag", "werke", "ziekenhuis",
], minimumPrefix: 3)

/// Carriers and firms named after a place that is also a given name: "Brittany Ferries".
private let carrierNouns = WordSet(["ferries", "airways", "airlines", "railways", "cruises", "motors", "logistics"])

/// Whether a role's word follows the blank at `w`: "Group Leader", "School Director".
private func roleFollows(_ t: Text, _ w: Int) -> Bool {
    guard t[w] == 0x20 else { return false }
    let r = t.letterWordEnd(w + 1)
    return r > w + 1 && (roleWords.contains(t, w + 1, r) || leaderWords.contains(t, w + 1, r))
}

/// Nouns that end an institution's or a firm's name.
let institutionNouns = WordSet([
    "college", "school", "university", "institute", "institut", "hospital", "clinic", "foundation", "stiftung",
    "nahrungsmittel", "road", "marg", "nagar", "street", "avenue", "hall", "museum", "library", "centre", "center",
    "academy", "academie", "akademie", "courthouse", "laboratories", "labs", "group", "hotels", "bank", "trust", "infirmary", "hospice", "ziekenhuis",
    "klinikum", "ospedale", "kanker", "instituut", "scholarship", "fellowship", "prize", "award", "medal", "icu",
    "ward", "wing", "yojana", "abhiyan", "scheme",
    // festivals named after people: "Dr. Ambedkar Jayanti", "Ganesh Chaturthi"
    "jayanti", "chaturthi", "puja", "utsav",
    // Indian shops and small firms after their owner: "C/o Reddy Travels", "Lakshmi Textiles"
    "travels", "tours", "traders", "trading", "enterprises", "agencies", "stores", "textiles", "jewellers", "motors",
    "studio", "studios",
    // law firms after their founders: "Bishop King Solicitors LLP"; buildings: "Ralph H. Metcalfe Federal Building"
    "solicitors", "building",
    // "Paul Gerhardt Diakonie", "des Heinz Nixdorf Instituts", "Amrita Vishwa Vidyapeetham"
    "diakonie", "instituts", "museumsforum", "vidyapeetham", "vidyapeeth", "vidyalaya", "mahavidyalaya",
])
/// Words after "&" that make a firm's name: "& Partner", "& Sons", "& Co".
private let firmWordsAfterAmpersand = WordSet([
    "partner", "partners", "partnerinnen", "co", "cie", "company", "sons", "söhne", "sohn", "associates", "associés",
    "figli", "filhos", "hijos", "fils", "zonen", "zoon", "asociados", "associati", "associados", "friends", "daughters",
])
private let leaderWords = WordSet(["leader", "leiter", "leiterin", "director", "directeur", "directora", "coordinator"])

/// Whether a person found only by a known given name and a surname (`detectGivenNamePersons`,
/// which already leaves alone names after an institution's word or acronym: "Escola Paulo
/// Freire", "AORN Antonio Cardarelli") names an institution or a work instead, by the words
/// around it:
/// - a connector right after the given name: "Ramón y Cajal" (a person is "José Ortega y Gasset");
/// - a product's noun after it ("the Betty Crocker baking mix"), a word naming brands earlier on
///   the line ("brands including Charlotte Tilbury"), or a place's suffix after an ambiguous given
///   name ("Phoenix Marketcity");
/// - a firm's or an institution's word after it (`wordAfterNamesAFirm`), unless an honorific
///   stands before it ("Prof. Tom Lee School of Medicine" is a professor).
func namesAFirmOrWork(_ t: Text, _ c: Candidate, brandLists: inout BrandListWords?) throws(RedactionStopped) -> Bool {
    let s = c.start, e = c.end
    guard e > s else { return false }
    t.work.add(8)
    var honorificBefore = false
    let p = t.skipBlanksBack(s)
    if p < s, p > 0 {
        var we = p
        if t[we - 1] == 0x2E { we -= 1 }
        let ws = t.letterRunStart(before: we)
        honorificBefore = ws < we && personHonorifics.contains(t, ws, we)
    }
    let fe = t.letterWordEnd(s)
    if fe < e, t[fe] == 0x20, t[fe + 2] == 0x20, t[fe + 1] == 0x79 || t[fe + 1] == 0x65 || t[fe + 1] == 0x69 { return true }
    if namesAProduct(t, s, e) { return true }
    // its own last word, a word of its own after two name words, ending a phrase: "Paul Gerhardt Diakonie,",
    // "Amrita Vishwa Vidyapeetham." (not "Luca Bianchi-Ward", nor "Priya Sharma Scheme Manager": a role after it)
    // (before punctuation or a line's end, and three words or more, first: cheap to ask)
    if e >= t.count || isLineBreak(t[e]) || t[e] == 0x2C || t[e] == 0x2E || t[e] == 0x3B || t[e] == 0x29,
       t[fe] == 0x20, case let se = t.letterWordEnd(fe + 1), se + 1 < e, t[se] == 0x20,
       case let last = t.letterRunStart(before: e), last > se, t[last - 1] == 0x20,
       institutionNouns.contains(t, last, e), !roleFollows(t, e) { return true }
    if brandLists == nil { brandLists = try BrandListWords(t) }
    if brandLists!.standsBeforeOnItsLine(s) { return true }
    if ambiguousGiven.contains(t, s, fe) {
        if endsWithAPlaceSuffix(t, e) { return true } // "Phoenix Marketcity"
        // "Brittany Ferries", "Virginia Railways": a carrier named after a place
        if case let last = t.letterRunStart(before: e), last > fe, carrierNouns.contains(t, last, e) { return true }
        // "in Emilia Ferrari è il cognome più diffuso": the region, then a word
        if ambiguousGivenPlaces.contains(t, s, fe), followsAStrictPlacePreposition(t, s) { return true }
    }
    return !honorificBefore && wordAfterNamesAFirm(t, e)
}

/// The words naming brands in a text ("brands including Estée Lauder, Charlotte Tilbury",
/// "Marken wie Hugo Boss"), found in one pass the first time a name asks, with the end of each
/// one's line: whether one stands earlier on a name's line is then a binary search.
struct BrandListWords {
    private var positions: [Int] = []
    private var lineEnds: [Int] = []

    init(_ t: Text) throws(RedactionStopped) {
        var i = 0
        while i < t.count {
            i = try t.nextASCIIWordStart(from: i)
            guard i < t.count else { break }
            let we = t.asciiWordEnd(i)
            if brandListWords.contains(t, i, we) {
                positions.append(i)
                // the line's end once per line, however many brand words it holds
                if let last = lineEnds.last, last >= we { lineEnds.append(last) } else { lineEnds.append(try t.lineEnd(we)) }
            }
            i = max(we, i + 1)
        }
    }

    /// Whether a brand word stands before `s` on its line, at most 160 bytes before it.
    func standsBeforeOnItsLine(_ s: Int) -> Bool {
        var lo = 0, hi = positions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if positions[mid] < s { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return false }
        return s - positions[lo - 1] <= 160 && lineEnds[lo - 1] >= s
    }
}

private let brandListWords = WordSet(["brands", "marcas", "marken", "marques", "marchi", "merken", "labels", "maisons"])

/// Whether the last word ending at `e` ends like a place or a mall ("Marketcity",
/// "Hometown"): city, town, ville, mall, plaza, with three letters or more before it.
private func endsWithAPlaceSuffix(_ t: Text, _ e: Int) -> Bool {
    let ws = t.letterRunStart(before: e)
    guard e - ws >= 6 else { return false }
    let word = t.string(ws, e).lowercased()
    return ["city", "town", "ville", "mall", "plaza"].contains { word.hasSuffix($0) && word.count > $0.count + 2 }
}

/// "the Betty Crocker baking mix", "the Oscar Mayer portfolio": "the" before a full name and a
/// lower-case noun after it that is no people's group ("the Maria Lopez team", "the Jane Doe case"
/// are people's); in quotes after "our", "a", "this" … too (`our "Frank Discussions" session`).
private func namesAProduct(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    // (in quotes too: `our "Frank Discussions" session`)
    let quoted = s >= 2 && t[s - 1] == 0x22 && t[e] == 0x22
    let p = t.skipBlanksBack(quoted ? s - 1 : s)
    guard p < s, p > 0 else { return false }
    let w0 = t.letterRunStart(before: p)
    guard w0 < p, productDeterminers.contains(t, w0, p) || (quoted && quotedProductDeterminers.contains(t, w0, p)) else { return false }
    let after = quoted ? e + 1 : e
    guard t.containsBlank(s, e), t[after] == 0x20, isLowerASCII(t[after + 1]) else { return false }
    let w = t.letterWordEnd(after + 1)
    return w > after + 1 && !peoplesGroups.contains(t, after + 1, w)
}
private let productDeterminers = WordSet(["the"])
private let quotedProductDeterminers = WordSet(["our", "their", "your", "a", "an", "my", "this"])

private let peoplesGroups = WordSet([
    "team", "family", "group", "office", "household", "lab", "case", "matter", "file", "account", "story", "era",
    "years", "campaign", "administration", "estate", "trial", "and", "or", "who", "whom", "whose", "that", "as",
])

/// Whether the name candidate `c` is a business's possessive, not a person's: "Wendy's, Tampa, FL",
/// "Dan Murphy's is hiring", "at Dan Murphy's and 5 % off at …", "at Wendy's — …". A possessive
/// before a noun is a person's ("at John Smith's request", "Taylor's client notes"), and so is a
/// contraction ("Maria's in charge").
func isABusinessPossessive(_ t: Text, _ c: Candidate) -> Bool {
    let s = c.start, e = c.end
    guard e - s > 2 else { return false }
    t.work.add(8)
    var k = e
    if t[e - 1] == 0x73, t[e - 2] == 0x27 { k = e - 2 } // the candidate holds "'s": "Dan Murphy's"
    // or goes on past it: "Hendrik Muller's Vaderlandsch Fonds" after "Dr."
    var p = s
    while p + 2 < e {
        t.work.step()
        if t[p] == 0x27, t[p + 1] == 0x73, t[p + 2] == 0x20 { k = p; break }
        p += 1
    }
    let apostrophe = k
    if t[k] == 0x27 { k += 1 } else if t[k] == 0xE2, t[k + 1] == 0x80, t[k + 2] == 0x99 { k += 3 } // ' ’
    guard k > apostrophe, t[k] == 0x73, !t.isLetter(at: k + 1) else { return false }
    let after = k + 1
    // "Wendy's, Tampa": a comma and a capitalised place
    if t[after] == 0x2C, t[after + 1] == 0x20, t.isUppercaseLetter(at: after + 2) { return true }
    // "Dr. Reddy's, founded by …": a doctor's possessive before a comma is a firm (not "Receptionist, Dr.
    // Patel's.": a practice's, which names its doctor)
    if t[after] == 0x2C, s >= 4, t[s - 1] == 0x20, t[s - 2] == 0x2E,
       t[s - 3] == 0x72, t[s - 4] == 0x44 {
        return true
    }
    // "Dan Murphy's is hiring": a verb after "'s" that no contraction takes ("X is is", "X has has")
    if t[after] == 0x20, case let w = t.letterWordEnd(after + 1), w > after + 1, possessiveVerbs.contains(t, after + 1, w) { return true }
    // "Dr. Hendrik Muller's Vaderlandsch Fonds", "Sir John Cass's Foundation": a fund, a prize or
    // a foundation within three capitalised words
    var q = after
    for _ in 0..<3 {
        guard t[q] == 0x20, t.isUppercaseLetter(at: q + 1) else { break }
        let w = t.letterWordEnd(q + 1)
        t.work.add(w - q)
        if possessiveInstitutionWords.contains(t, q + 1, w) { return true }
        q = w
    }
    // "at Dan Murphy's and …", "at Wendy's — …", "at Wendy's.": after "at", no noun follows
    guard atBefore(t, s) else { return false }
    let c0 = t[after]
    if after >= t.count || isLineBreak(c0) || c0 == 0x2C || c0 == 0x2E || c0 == 0x29 || c0 == 0x3B { return true }
    guard c0 == 0x20 else { return false }
    let w = t.letterWordEnd(after + 1)
    if w > after + 1, possessiveConjunctions.contains(t, after + 1, w) { return true }
    return t[after + 1] == 0xE2 && t[after + 2] == 0x80 && (t[after + 3] == 0x93 || t[after + 3] == 0x94) // – —
}

/// Funds, prizes and institutions named with a person's possessive ("Muller's Vaderlandsch Fonds").
/// (Not a group, an institute or a school: "Prof. Anna Berg's Research Institute group" is hers.)
private let possessiveInstitutionWords = WordSet([
    "fonds", "fund", "foundation", "stichting", "stiftung", "trust", "prize", "award", "scholarship",
    "fellowship", "bursary", "charity",
])

/// Verbs after "'s" that no contraction is followed by ("Maria's had" is "Maria has had").
private let possessiveVerbs = WordSet(["is", "are", "was", "were", "has"])
private let possessiveConjunctions = WordSet(["and", "or", "e", "y", "et", "und", "en", "o", "ou", "oder", "of"])

/// Whether "at" stands right before `s` ("at Wendy's", "At Ford I led").
func atBefore(_ t: Text, _ s: Int) -> Bool {
    let p = t.skipBlanksBack(s)
    guard p < s, p >= 2, lowerASCII(t[p - 2]) == 0x61, t[p - 1] == 0x74 else { return false }
    return p == 2 || !t.isLetter(at: t.scalarStart(before: p - 2))
}
