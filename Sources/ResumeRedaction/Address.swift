// Street addresses and postal codes in an address context.
//
// Anchors (each must be present for anything to be redacted):
//   * "<house number> <Name words> <Street|St|Avenue|Road|…>"          (US/UK/AU/CA style)
//   * "<house number> <rue|avenue|boulevard|…> <Name words>"            (French style)
//   * "<Hauptstraße|Keizersgracht|Drottninggatan…> <house number>"      (compound street words)
//   * "<Calle|Via|Rua|Carrer|ul.|…> <Name words> <house number>"        (street type first)
//   * "P.O. Box 123", "Postfach 123"
//   * "<City>, <US state> 12345[-1234]", "<City> <AU state> 2000", "<Province> A1A 1A1"
//   * UK postcodes "NW1 6XE" (with the city word before them), Canadian "M5H 2N2"
//   * "<postcode> <known city>" / "<known city> <postcode>" ("10115 Berlin", "Singapore 079903")
//   * a labelled value "Address: …" that contains a digit
// An anchor is then grown to the whole comma-separated address on its line: following
// segments made only of capitalised words, codes with digits, short capitals
// (states, postcode parts) and connectors ("de", "la", "upon"…), and up to two
// preceding segments that contain a digit ("Flat 3, …", "Unit 4, …").
// A bare number (e.g. "45000 SKUs", "90210 subscribers") is never an address.

private let streetSuffixes = WordSet([
    "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr",
    "court", "ct", "place", "pl", "way", "parkway", "pkwy", "terrace", "terr", "ter", "circle", "cir",
    "highway", "hwy", "square", "sq", "close", "crescent", "cres", "gardens", "grove", "row", "mews", "trail",
    "trl", "plaza", "alley", "loop", "walk", "broadway", "expressway", "freeway", "turnpike", "pike", "quay",
    "wharf", "embankment", "esplanade", "promenade", "hill", "rise", "vale", "green", "parade", "salai", "marg",
])
private let standaloneStreets = WordSet(["broadway"])
private let frenchStreetTypes = WordSet([
    "rue", "avenue", "boulevard", "bd", "bld", "chemin", "allée", "allee", "place", "impasse", "quai", "route",
    "cours", "rua", "calle", "avenida", "paseo", "carrer", "piazza", "corso", "largo", "viale",
])
private let streetFirstTypes = WordSet([
    "calle", "c/", "carrer", "via", "viale", "piazza", "piazzale", "corso", "largo", "rua", "avenida", "av",
    "avda", "paseo", "plaza", "rue", "avenue", "boulevard", "ul", "ulica", "al", "aleja", "strada", "travessa",
    "praça", "praca", "rambla", "camino", "avinguda", "passeig", "carretera", "calea", "bulevardul", "trg",
    "alameda", "laan", "travesía", "travesia", "ronda", "glorieta", "vía", "estrada", "rodovia", "praceta", "beco",
    "rúa", "kale", "ctra", "vicolo", "fondamenta", "alzaia", "contrada", "borgo", "lungomare", "lungarno",
    // Catalan squares and the seafront avenues of Rio ("Plaça del Rei 4", "Praia de Botafogo, 190")
    "plaça", "travessera", "praia",
    // abbreviated: Portuguese "Trav." (travessa), "Pça." (praça), "Estr." (estrada), Spanish "Pza." (plaza)
    "trav", "pça", "estr", "pza",
])
private let compoundStreetEndings: [String] = [
    "straße", "strasse", "str", "weg", "gasse", "platz", "allee", "damm", "ufer", "chaussee", "straat", "gracht",
    "laan", "plein", "kade", "gatan", "vägen", "gade", "vej", "veien", "steig", "stieg", "pfad", "zeile", "promenade",
]
private let compoundEndingBytes: [[UInt8]] = compoundStreetEndings.map { Array($0.utf8) }
/// The compound street endings by the byte they end with (each list in `compoundEndingBytes`' order).
private let compoundEndingsByLastByte: [[[UInt8]]] = {
    var byLast = [[[UInt8]]](repeating: [], count: 256)
    for e in compoundEndingBytes { byLast[Int(e[e.count - 1])].append(e) }
    return byLast
}()
private let connectors = WordSet([
    "de", "la", "du", "des", "del", "le", "les", "di", "da", "do", "dos", "das", "della", "der", "den", "am", "an",
    "im", "upon", "on", "sur", "en", "van", "von", "y", "i", "d", "l", "of", "the", "und",
])
private let directions = WordSet(["n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west"])
let usStates = WordSet([
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la",
    "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok",
    "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc", "pr", "gu", "vi",
])
let auStates = WordSet(["nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt"])
private let caProvinces = WordSet(["on", "qc", "bc", "ab", "mb", "sk", "ns", "nb", "nl", "pe", "yt", "nt", "nu"])
private let knownCities = WordSet([
    "berlin", "hamburg", "münchen", "munich", "köln", "cologne", "frankfurt", "stuttgart", "düsseldorf",
    "leipzig", "dresden", "hannover", "nürnberg", "bremen", "essen", "dortmund", "bonn", "mannheim",
    "karlsruhe", "wien", "vienna", "graz", "zürich", "zurich", "genf", "genève", "geneva", "basel", "bern",
    "lausanne", "paris", "lyon", "marseille", "toulouse", "lille", "nantes", "bordeaux", "nice", "strasbourg",
    "madrid", "barcelona", "valencia", "sevilla", "bilbao", "málaga", "lisboa", "lisbon", "porto", "roma",
    "rome", "milano", "milan", "torino", "napoli", "firenze", "bologna", "amsterdam", "rotterdam", "utrecht",
    "eindhoven", "brussel", "bruxelles", "brussels", "antwerpen", "luxembourg", "københavn", "copenhagen",
    "stockholm", "göteborg", "oslo", "helsinki", "warszawa", "warsaw", "kraków", "krakow", "wrocław", "praha",
    "prague", "budapest", "singapore", "bengaluru", "bangalore", "mumbai", "delhi", "chennai", "hyderabad",
    "pune", "kolkata", "gurugram", "noida",
])
private let addressLabels = KeywordTable([
    "address", "home address", "postal address", "mailing address", "street address", "permanent address",
    "current address", "residential address", "anschrift", "adresse", "wohnort", "wohnadresse", "dirección",
    "direccion", "domicilio", "indirizzo", "endereço", "morada", "adres", "adresa", "domicile",
    // Indian bio-data and forms
    "address for correspondence", "correspondence address", "present address", "communication address",
    "local address", "native address",
])
private let elisionD = bytes("d'"), elisionL = bytes("l'")

/// The bytes a P.O. box prefix starts with.
private let poBoxFirstBytes = Array(Set(poBoxPrefixes.map { $0[0] }))
private let apartadoPrefix = bytes("apartado"), apdoPrefix = bytes("apdo.")
private let poBoxPrefixes: [[UInt8]] = [
    bytes("p.o. box"), bytes("p. o. box"), bytes("po box"), bytes("p.o.box"), bytes("post office box"),
    bytes("postfach"), bytes("apartado de correos"), bytes("apartado"), bytes("apdo."), bytes("gpo box"),
]

// MARK: - token helpers

private enum AddrToken { case capWord, connector, code, caps, unit, invalid }

/// Lower-case words of a flat, a room or a unit before its number in an address's segment: "sala
/// 1204", "apto 82", "bloco B", "casa 2", "conj. 71", "nave 4", "parcela 112".
private let unitWordsBeforeNumbers = WordSet([
    "sala", "salas", "apto", "ap", "apt", "apartamento", "bloco", "bl", "casa", "conj", "conjunto", "andar", "loja",
    "lote", "quadra", "qd", "lt", "nave", "parcela", "piso", "planta", "puerta", "escalera", "esc", "portal", "local",
    "km",
    // after their number: "4.ª planta", "1.º izda.", "5.º dcha.", "pral. 1.ª", "casa 2, fundos"
    "izda", "izq", "izqda", "dcha", "dra", "pral", "bajo", "ático", "fundos",
])

/// Classifies the token at `i` (ending at `e`) for address segments.
private func classify(_ t: Text, _ i: Int, _ e: Int) -> AddrToken {
    var digits = 0, lower = 0, upper = 0, other = 0, nonASCII = 0
    var k = i
    t.work.add(e - i + 1)
    while k < e {
        let c = t.b[k]
        if isDigit(c) { digits += 1 }
        else if isLowerASCII(c) { lower += 1 }
        else if isUpperASCII(c) { upper += 1 }
        else if c == 0xC2 && (t[k + 1] == 0xBA || t[k + 1] == 0xAA) && k > i && (isDigit(t.b[k - 1]) || t.b[k - 1] == 0x2E) {
            k += 2 // a Spanish ordinal's indicator: "4.ª planta", "1.º izda."
            continue
        }
        else if c >= 0x80 { nonASCII += 1 }
        else if c != 0x2D && c != 0x2F && c != 0x23 && c != 0x27 && c != 0x2E { other += 1 }
        k += 1
    }
    if other > 0 { return .invalid }
    if digits > 0 { return (e - i <= 12 && nonASCII == 0) ? .code : .invalid }
    if t.isUppercaseLetter(at: i) {
        if upper == e - i - (t[e - 1] == 0x2E ? 1 : 0) && upper <= 3 { return .caps }
        return .capWord
    }
    if t.isLetter(at: i) && connectors.contains(t, i, e) { return .connector }
    if isLowerASCII(t[i]) && unitWordsBeforeNumbers.contains(t, i, t[e - 1] == 0x2E ? e - 1 : e) { return .unit }
    if t.matches(elisionD, at: i) || t.matches(elisionL, at: i) { return .connector }
    return .invalid
}

/// End of the token starting at `i`: everything up to a blank, comma, or segment terminator.
private func tokenEnd(_ t: Text, _ i: Int) throws(RedactionStopped) -> Int {
    // without a scan limit there is always an end
    try tokenEnd(t, i, scanLimit: .max) ?? t.count
}

/// End of the token starting at `i`, or nil if the token reaches `scanLimit` (the scan stops
/// there; the token's end would be at least `scanLimit - 1`).
private func tokenEnd(_ t: Text, _ i: Int, scanLimit: Int) throws(RedactionStopped) -> Int? {
    var j = i
    while j < t.count {
        try t.work.tick()
        if j >= scanLimit { return nil }
        let c = t.b[j]
        if isBlank(c) || isLineBreak(c) || c == 0x2C || c == 0x7C || c == 0x3B || c == 0x28 || c == 0x29
            || c == 0x3A || c == 0x22 {
            break
        }
        if c == 0xC2 && (t[j + 1] == 0xB7 || t[j + 1] == 0xA0) { break } // · nbsp
        if c == 0xE2 && t[j + 1] == 0x80 { break } // – — • “ ” …
        j += 1
    }
    // a sentence-final '.' is not part of the token; short abbreviations ("St.", "Apt.") keep theirs
    if j > i + 1 && t[j - 1] == 0x2E && (j == t.count || isBlank(t[j]) || isLineBreak(t[j])) {
        var hasDigit = false
        for k in i..<(j - 1) {
            try t.work.tick()
            if isDigit(t.b[k]) { hasDigit = true; break }
        }
        if hasDigit || j - i > 5 { j -= 1 }
    }
    return j
}

/// Parses one address segment starting at `i`; returns its end if every token is address-like.
/// Nil as well when a token reaches `scanLimit`: the segment would end at `scanLimit - 1` or later.
private func segmentEnd(_ t: Text, _ i: Int, maxTokens: Int = 6, requireDigit: Bool = false,
                        scanLimit: Int = .max) throws(RedactionStopped) -> Int? {
    var j = i
    var count = 0
    var lastEnd = i
    var hasDigit = false
    var lastKind = AddrToken.invalid, prevKind = AddrToken.invalid
    while count < maxTokens {
        t.work.step()
        guard let e = try tokenEnd(t, j, scanLimit: scanLimit) else { return nil }
        guard e > j else { break }
        let kind = classify(t, j, e)
        if kind == .invalid { return nil }
        if kind == .connector && count == 0 { return nil }
        // a unit word only before its number or letter: "sala 1204", "bloco B"
        if lastKind == .unit && kind != .code && kind != .caps && prevKind != .code { return nil }
        if kind == .code { hasDigit = true }
        count += 1
        lastEnd = e
        prevKind = lastKind
        lastKind = kind
        if t[e] == 0x20 && !isBlank(t[e + 1]) && t[e + 1] != 0 && !isLineBreak(t[e + 1]) {
            let nx = t[e + 1]
            if nx == 0x2D || nx == 0x7C || nx == 0xE2 || nx == 0xC2 || nx == 0x28 { break }
            j = e + 1
            continue
        }
        break
    }
    // (a unit word last only after its number: "4.ª planta")
    guard count > 0, lastKind != .connector, lastKind != .unit || prevKind == .code else { return nil }
    // the segment must end at a natural boundary
    let nx = t[lastEnd]
    if !(nx == 0 || isBlank(nx) || isLineBreak(nx) || nx == 0x2C || nx == 0x2E || nx == 0x7C || nx == 0x3B
        || nx == 0x28 || nx == 0x29 || nx == 0xC2 || nx == 0xE2) {
        return nil
    }
    // a trailing "(" or blank-then-lowercase prose means the segment continues as prose
    if isBlank(nx) {
        let q = t.skipBlanks(lastEnd)
        if isLowerASCII(t[q]) && q == lastEnd + 1 { return nil }
    }
    if requireDigit && !hasDigit { return nil }
    return lastEnd
}

/// House number at `i` ("221B", "12a", "10/12", "10-12"); returns its end.
private func houseNumberEnd(_ t: Text, _ i: Int) -> Int? {
    var d = t.digitsEnd(i)
    guard d > i, d - i <= 5 else { return nil }
    // Brazilian numbers of four digits and more have a thousands dot: "1.245", "4.060"
    if d - i <= 2, t[d] == 0x2E, t.digitsEnd(d + 1) == d + 4, !isAlnumASCII(t[d + 4]), t[d + 4] != 0x2E { d += 4 }
    var e = d
    if isAlphaASCII(t[e]) && !isAlphaASCII(t[e + 1]) { e += 1 }
    if (t[e] == 0x2F || t[e] == 0x2D) && isDigit(t[e + 1]) {
        let d2 = t.digitsEnd(e + 1)
        if d2 - e - 1 <= 4 { e = d2; if isAlphaASCII(t[e]) && !isAlphaASCII(t[e + 1]) { e += 1 } }
    } else if t[e] == 0xE2, t[e + 1] == 0x80, t[e + 2] == 0x93, isDigit(t[e + 3]) { // "51–52", not "2019–2020"
        let d2 = t.digitsEnd(e + 3)
        if d2 - e - 3 <= 4, !t.isYear(at: i) { e = d2 }
    }
    guard !isAlnumASCII(t[e]), !t.isWordChar(at: e) else { return nil }
    return e
}

/// A capitalised word (any script) at `i`; returns its end.
private func capWordEnd(_ t: Text, _ i: Int) -> Int? {
    guard t.isUppercaseLetter(at: i) else { return nil }
    let e = t.letterWordEnd(i)
    return e > i ? e : nil
}

@inline(__always) private func isNameWordForStreet(_ t: Text, _ i: Int, _ e: Int) -> Bool {
    if t.isUppercaseLetter(at: i) { return true }
    // ordinals: 42nd, 5th
    let d = t.digitsEnd(i)
    return d > i && d < e && ordinalSuffixes.contains(t, d, e)
}

// MARK: - anchors

/// "bis", "ter", "quater" after a French house number ("45 bis, avenue …"); returns its end.
private func frenchNumberSuffixEnd(_ t: Text, _ i: Int) -> Int? {
    let e = t.letterWordEnd(i)
    guard e > i, e - i <= 6, frenchNumberSuffixes.contains(t, i, e) else { return nil }
    return e
}
private let frenchNumberSuffixes = WordSet(["bis", "ter", "quater"])

/// A lowercase street type and the capitalised names after it ("boulevard Haussmann", "allée
/// des Tilleuls", "quai de la Rapée") starting at `j`; returns the end of the last name.
private func frenchStreetNameEnd(_ t: Text, _ j: Int) -> Int? {
    let typeEnd = t.letterWordEnd(j)
    guard typeEnd > j, t[typeEnd] == 0x20, frenchStreetTypes.contains(t, j, typeEnd) else { return nil }
    var k = typeEnd + 1
    var lastCap = -1
    for _ in 0..<6 {
        t.work.step()
        let e = t.letterWordEnd(k)
        guard e > k else { break }
        if t.isUppercaseLetter(at: k) { lastCap = e }
        else if t.matches(elisionD, at: k) || t.matches(elisionL, at: k) {
            // "place de l'Iris", "avenue d'Italie": the elided article and a name, one word
            if e > k + 2, t.isUppercaseLetter(at: k + 2) { lastCap = e }
        } else if !connectors.contains(t, k, e) { break }
        if t[e] == 0x20 { k = e + 1 } else if t[e] == 0x27 { k = e + 1 } else { break }
    }
    return lastCap > 0 ? lastCap : nil
}

/// "221B Baker Street", "350 W 42nd St", "12 rue de la Paix", "40, boulevard Haussmann",
/// "45 bis, avenue Jean Jaurès". Returns the anchor end.
private func numberFirstStreet(_ t: Text, _ i: Int) throws(RedactionStopped) -> Int? {
    guard let n = houseNumberEnd(t, i) else { return nil }
    if t[n] == 0x2C || t[n] == 0x20 {
        // French/Spanish style: number [bis|ter][,] + lowercase street type + names
        var j = n
        if t[j] == 0x20, let q = frenchNumberSuffixEnd(t, j + 1) { j = q }
        let comma = t[j] == 0x2C
        if comma { j += 1 }
        let plainNumber = n - i <= 4 && !(n - i == 4 && (t.matches(Text.century19, at: i) || t.matches(Text.century20, at: i)))
        if t[j] == 0x20, !comma || plainNumber, let e = frenchStreetNameEnd(t, j + 1) { return e }
    }
    guard t[n] == 0x20 else { return nil }
    var j = n + 1
    // English style: number + 0–4 name words + suffix
    var nameWords = 0
    for _ in 0..<6 {
        let e = try tokenEnd(t, j)
        guard e > j else { return nil }
        var we = e
        if t[we - 1] == 0x2E { we -= 1 }
        if t.isUppercaseLetter(at: j) && streetSuffixes.contains(t, j, we)
            && (nameWords > 0 || standaloneStreets.contains(t, j, we)) {
            var end = e
            // optional trailing direction: "Queen St W"
            if t[end] == 0x20 {
                let de = try tokenEnd(t, end + 1)
                if de > end + 1 && t.isUppercaseLetter(at: end + 1) && directions.contains(t, end + 1, de) { end = de }
            }
            return end
        }
        guard isNameWordForStreet(t, j, e) || (nameWords == 0 && directions.contains(t, j, we)) else { return nil }
        nameWords += 1
        guard t[e] == 0x20 else { return nil }
        j = e + 1
    }
    return nil
}

/// Whether the word `ws..<e` ends with a compound street ending and is longer than it by three
/// bytes or more ("Lauterbadstraße", "Carl-Zeiss-Promenade"); "str" counts only as "…str.".
private func endsWithCompoundStreetEnding(_ t: Text, _ ws: Int, _ e: Int) -> Bool {
    let endings = compoundEndingsByLastByte[Int(lowerASCII(t.b[e - 1]))]
    for ending in endings where e - ws > ending.count + 2 {
        t.work.step()
        var same = true
        for k in 0..<ending.count where lowerASCII(t.b[e - ending.count + k]) != ending[k] { t.work.add(k); same = false; break }
        if same && !(ending.count == 3 && ending[0] == 0x73 && t[e] != 0x2E) { return true }
    }
    return false
}

/// "Hauptstraße 5", "Calle Mayor 15", "ul. Marszałkowska 10/12". Returns the anchor end.
private func streetFirst(_ t: Text, _ i: Int) -> Int? {
    let we = t.letterWordEnd(i)
    guard we > i else { return nil }
    // compound street word: "Hauptstraße 5", "Carl-Zeiss-Promenade 10"
    if t.isUppercaseLetter(at: i), endsWithCompoundStreetEnding(t, i, we) {
        let wordEnd = t[we] == 0x2E ? we + 1 : we // "Hauptstr."
        if t[wordEnd] == 0x20, let n = houseNumberEnd(t, wordEnd + 1) { return n }
    }
    // a hyphenated name ending in a weak street type or a campus, before its postcode:
    // "Max-Planck-Ring 4, 72076 Tübingen", "Robert-Bosch-Campus 1, 71272 Renningen"
    if t.isUppercaseLetter(at: i), t[we] == 0x20, we - i < 48 {
        var h = we - 1
        while h > i && t[h] != 0x2D { h -= 1 }
        t.work.add(we - h)
        if h > i, t.isUppercaseLetter(at: h + 1),
           weakGermanStreetTypeWords.contains(t, h + 1, we) || hyphenatedSiteWords.contains(t, h + 1, we),
           let n = houseNumberEnd(t, we + 1), !t.isYear(at: we + 1), postcodeFollows(t, n) { return n }
    }
    // a German street type as a word of its own after the street's name: "Berliner Straße 38",
    // "Schönhauser Allee 45", "Lange Str. 5"
    if t[we] == 0x20, t.isUppercaseLetter(at: i), t.isUppercaseLetter(at: we + 1) {
        let te = t.letterWordEnd(we + 1)
        let strong = te > we + 1 && germanStreetTypeWords.contains(t, we + 1, te)
        if strong || (te > we + 1 && weakGermanStreetTypeWords.contains(t, we + 1, te)) {
            let n = t[te] == 0x2E ? te + 1 : te
            // (not a year: "Neuer Weg 2025 – Programm"; after a word that is also a ranking's, a
            // network's or a wall's, only before its postcode: "Ranking Platz 3", "Token Ring 16")
            if t[n] == 0x20, let h = houseNumberEnd(t, n + 1),
               !t.isYear(at: n + 1),
               strong || postcodeFollows(t, h) { return h }
        }
    }
    // street type first
    var typeEnd = we
    if t[typeEnd] == 0x2E { typeEnd += 1 }
    // "C/ Mayor 18": Spanish "calle" written "C/", starting its line (in a list, "Java, C/ Python
    // 3" is a language)
    // ("Polígono Can Salvatella, C/ de la Indústria, 37": also after a comma, before "de", "del", "d'")
    let slash = we == i + 1 && (t[i] == 0x43 || t[i] == 0x63) && t[we] == 0x2F
    let calleFirst = slash && (startsItsLine(t, i) || (t[we + 1] == 0x20 && t[t.skipBlanksBack(i) - 1] == 0x2C
            && connectors.contains(t, we + 2, t.letterWordEnd(we + 2))))
    // ("pasar por C/ Navas, 17, 18009 Granada", "Oficina: C/ Monasterio de Urdax, 32": elsewhere
    // before a capitalised word, with its house number after a comma)
    // (a capital "C": "c/ Gasolina" is "con"; and the number ends its field: "C/ Unix, 2 años" is a skill)
    let calleInText = slash && !calleFirst && t[i] == 0x43 && t[we + 1] == 0x20 && t.isUppercaseLetter(at: we + 2)
    let calleSlash = calleFirst || calleInText
    if calleSlash { typeEnd += 1 }
    // the look-up last: this is asked at every word
    guard t[typeEnd] == 0x20 else { return nil }
    if !t.isUppercaseLetter(at: i) && !(t[we] == 0x2E) && !calleSlash { return nil } // lowercase only as "ul.", "al.", "c/"
    guard calleSlash || streetFirstTypes.contains(t, i, we) else { return nil }
    // words that are street types only sometimes ("Praia" is a beach, "Plaça del Rei" a museum's
    // square): their house number must end its field ("Praia de Botafogo, 190 - Botafogo", not
    // "Praia Grande Surf School, 12 instructors")
    let weak = weakStreetFirstTypes.contains(t, i, we)
    func ending(_ n: Int) -> Int? {
        guard weak || calleInText else { return n }
        let c = t[n]
        return n >= t.count || isLineBreak(c) || c == 0x2C || c == 0x3B || c == 0x29
            || (c == 0x20 && (t[n + 1] == 0x2D || t[n + 1] == 0xE2 || t[n + 1] == 0x7C || isLineBreak(t[n + 1]))) ? n : nil
    }
    var k = typeEnd + 1
    var caps = 0
    for _ in 0..<5 {
        if isDigit(t[k]) {
            guard caps > 0, !calleInText, let n = houseNumberEnd(t, k) else { return nil }
            return ending(n)
        }
        let e = t.letterWordEnd(k)
        guard e > k else { return nil }
        if t.isUppercaseLetter(at: k) { caps += 1 }
        else if !connectors.contains(t, k, e) { return nil }
        // a title abbreviated in the street's name: "Av. Eng. Domingos Ferreira", "Rua Dr. Flores"
        if t[e] == 0x2E, t[e + 1] == 0x20, t.isUppercaseLetter(at: k), streetNameTitles.contains(t, k, e) { k = e + 2; continue }
        // "Rua Augusta, 1500", "Praça da Sé, 77", "Av. Afonso Pena, nº 3.880": a comma (and a number's
        // word) before the house number
        if caps > 0, t[e] == 0x2C, t[e + 1] == 0x20 {
            var q = e + 2
            if let w = houseNumberWords.longestMatch(in: t, at: q), t[q + w] == 0x20 { q += w + 1 }
            if isDigit(t[q]), let n = houseNumberEnd(t, q) { return ending(n) }
            // "Paseo Marítimo Rey de España, s/n, 29602 Marbella": a street with no number ("sin
            // número"), before its postcode or ending its line
            if let n = withoutNumberEnd(t, e + 2), postcodeFollows(t, n) || t[n] == 0x0A || n >= t.count { return n }
        }
        // "Paseo de la Castellana s/n" (ending its field: not "AV Equipment S/N register")
        if caps > 0, t[e] == 0x20, let n = withoutNumberEnd(t, e + 1),
           n >= t.count || isLineBreak(t[n]) || t[n] == 0x2C || postcodeFollows(t, n) || (t[n] == 0x20 && t[n + 1] == 0x2D) { return n }
        guard t[e] == 0x20 else { return nil }
        k = e + 1
    }
    return nil
}

/// Lines under an address label that ends its own line ("Permanent Address:" over "  Vill. –
/// Barwadih, P.O. – Chas," / "  P.S. – Chas, Dist. – Bokaro (Jharkhand)"): up to
/// `addressLinesUnderALabel` lines, each holding a comma or a digit and no label's colon (a
/// postcode's line, "PIN: 827013", is an anchor of its own), until a blank line, when they or
/// the line after them hold a postcode's run of four to six digits; in text order.
private func addAddressLinesUnderALabel(_ t: Text, after k: Int, into found: inout [Candidate]) throws(RedactionStopped) {
    var ls = k + (t[k] == 0x0D && t[k + 1] == 0x0A ? 2 : 1)
    var lines = [Candidate](), postcode = false
    for n in 0...addressLinesUnderALabel {
        let le = try t.lineEnd(ls)
        let (a, b) = (t.skipBlanks(ls), t.skipBlanksBack(le))
        guard a < b, b - a <= 160 else { break }
        var partMark = false, colon = false, run = 0, runs = false
        for q in a..<b {
            let c = t.b[q]
            if c == 0x3A { colon = true }
            if c == 0x2C || isDigit(c) { partMark = true }
            run = isDigit(c) ? run + 1 : 0
            // a postcode's run of digits: four to six, standing alone, no group of a longer number
            // ("PIN: 827013", "3511 AB Utrecht"; not "VAT GB 123 4567 89"), no year and no money
            // ("June 2025", "£45000", "salary 45000")
            if (4...6).contains(run), !isDigit(t[q + 1]), !isDigit(t[t.skipBlanks(q + 1)]), case let r = q + 1 - run,
               !isDigit(t[r - 1]), r == a || !isDigit(t[t.skipBlanksBack(r) - 1]),
               !(run == 4 && t.isYear(at: r)), !followsMoney(t, r) { runs = true }
        }
        // (the line that ends the block counts when it is a postcode's: "PIN: 827013")
        if runs, !colon || postcodeLabels.longestMatch(in: t, at: a) != nil { postcode = true }
        t.work.add(b - a)
        guard partMark, !colon, n < addressLinesUnderALabel else { break }
        lines.append(Candidate(kind: .address, start: afterALeadingFirmOrInstitution(t, a, b), end: b))
        guard le < t.count else { break }
        ls = le + (t[le] == 0x0D && t[le + 1] == 0x0A ? 2 : 1)
    }
    // (a block with no postcode is work arrangements or a remark as often: "Hybrid, 3 days a week")
    if postcode { found += lines }
}

/// Where an address line `a..<b` starts past the firm or the institution that leads it: fields
/// before a comma up to a company suffix ("Vasudha Techlabs Pvt. Ltd., 3rd Floor, Tower B") or
/// without digits naming a hospital's, a school's or a department's ("Therapy Department, Lincoln
/// County Hospital, Greetwell Road, Lincoln LN2 5QY"), three at most: they are no part of the
/// address. `a` when none leads.
func afterALeadingFirmOrInstitution(_ t: Text, _ a: Int, _ b: Int) -> Int {
    var start = a
    for _ in 0..<3 {
        var c = start, digits = false
        while c < b, c - start < 80, t.b[c] != 0x2C {
            if isDigit(t.b[c]) { digits = true }
            c += 1
        }
        t.work.add(c - start)
        guard c < b, t.b[c] == 0x2C, c > start else { break }
        // the last word before the comma, past its full stops
        var we = c
        while we > start, t.b[we - 1] == 0x2E { we -= 1 }
        let ws = t.letterRunStart(before: we)
        let firm = ws > start && ws < we && t.b[ws - 1] == 0x20 && companySuffixAt(t, ws)
            && !regionCodesLikeSuffixes.contains(t, ws, we)
        // (a street named after one is the address: "Hospital Lane, Sheffield S1 2AB")
        let lastWord = t.letterRunStart(before: c)
        guard firm || (!digits && t.containsWord(of: organisationWordsBeforeAnAddress, from: start, to: c)
                       && !streetSuffixes.contains(t, lastWord, c)) else { break }
        let next = t.skipBlanks(c + 1)
        guard next < b else { break }
        start = next
    }
    return start
}

/// Words of a hospital's, a school's or a department's name leading an address line.
private let organisationWordsBeforeAnAddress = WordSet([
    "hospital", "university", "universität", "universidad", "università", "universiteit", "universidade", "school",
    "college", "department", "dept", "clinic", "klinik", "klinikum", "institute", "institut", "infirmary",
    "faculty", "hospice", "ziekenhuis", "ospedale", "hôpital", "krankenhaus",
])

/// Company suffixes that are also states', provinces' and territories' codes: Maine, Colorado,
/// Alberta, South Australia, Sergipe.
private let regionCodesLikeSuffixes = WordSet(["me", "co", "ab", "sa", "se"])

/// Whether a currency's sign or code stands right before `r`: "£45000", "€ 30000", "INR 450000".
private func followsMoney(_ t: Text, _ r: Int) -> Bool {
    let p = t.skipBlanksBack(r)
    guard p > 0 else { return false }
    let c = t[p - 1]
    if c == 0x24 || c == 0xA3 || c == 0xAC || c == 0xB9 || c == 0xA5 { return true } // $, £ (C2 A3), € (E2 82 AC), ₹ (E2 82 B9), ¥
    let ws = t.letterRunStart(before: p)
    return ws < p && currencyCodes.contains(t, ws, p)
}
private let currencyCodes = WordSet([
    "eur", "usd", "gbp", "inr", "rs", "brl", "aud", "r", "salary", "salario", "salário", "gehalt", "salaris", "ctc", "budget",
])

/// Lines under an address label alone on its line taken at most.
private let addressLinesUnderALabel = 4

/// The end of Spanish "s/n" (sin número, any case) at `i`, as a street's house number, or nil.
private func withoutNumberEnd(_ t: Text, _ i: Int) -> Int? {
    guard t[i] | 0x20 == 0x73, t[i + 1] == 0x2F, t[i + 2] | 0x20 == 0x6E, !isAlnumASCII(t[i + 3]) else { return nil }
    return i + 3
}

/// German street types written as a word of their own after the street's name ("Berliner Straße",
/// "Schönhauser Allee"; "Alter Markt" is not among them: "Markt" is a market as often).
private let germanStreetTypeWords = WordSet([
    "straße", "strasse", "str", "allee", "gasse", "damm", "chaussee", "landstraße", "landstrasse",
])
/// German street types that are other things after a capitalised word as often ("Ranking Platz 3",
/// "Token Ring 16", "Mein Weg 3 Jahre", "Berlin Wall 30"): a street only before its postcode.
private let weakGermanStreetTypeWords = WordSet([
    "weg", "platz", "ring", "ufer", "promenade", "steig", "stieg", "pfad", "wall", "graben", "kai", "zeile",
])

/// A site's word ending a hyphenated name, that an address names like a street before its
/// postcode ("Robert-Bosch-Campus 1, 71272 Renningen").
private let hyphenatedSiteWords = WordSet(["campus", "park", "hof", "center", "zentrum"])

/// Whether a postcode and a place follow the house number ending at `h`: on its line after a
/// comma, ";", "·", "|", "/", a dash, a bracket or "in" ("Olympischer Platz 3, 14053 Berlin",
/// "Alter Kai 4 in 28195 Bremen"), or first on the next line; perhaps after a country's letters
/// ("D-20354", "DE-31134").
private func postcodeFollows(_ t: Text, _ h: Int) -> Bool {
    var k = h
    if t[k] == 0x2C || t[k] == 0x3B { k += 1 }
    k = t.skipBlanks(k)
    if t[k] == 0xC2, t[k + 1] == 0xB7 { k = t.skipBlanks(k + 2) } // ·
    else if t[k] == 0x7C || t[k] == 0x2D || t[k] == 0x2F || t[k] == 0x28 { k = t.skipBlanks(k + 1) }
    else if t[k] == 0xE2, t[k + 1] == 0x80, t[k + 2] == 0x93 { k = t.skipBlanks(k + 3) } // –
    else if t[k] == 0x69, t[k + 1] == 0x6E, t[k + 2] == 0x20 { k = t.skipBlanks(k + 3) } // in
    if t[k] == 0x0D { k += 1 }
    if t[k] == 0x0A { k = t.skipBlanks(k + 1) }
    // a country's letters before the postcode
    if isUpperASCII(t[k]), t[k + 1] == 0x2D { k += 2 }
    else if isUpperASCII(t[k]), isUpperASCII(t[k + 1]), t[k + 2] == 0x2D { k += 3 }
    let d = t.digitsEnd(k)
    t.work.add(k - h + 6)
    return (d - k == 5 || d - k == 4) && t[d] == 0x20 && t.isUppercaseLetter(at: d + 1)
}

/// Titles abbreviated in streets named after people ("Av. Eng. Domingos Ferreira", "Rua Dr. Flores",
/// "Praça Gen. Osório", "Av. Pres. Vargas", "Rua Cel. Oscar Porto").
private let streetNameTitles = WordSet([
    "dr", "dra", "eng", "prof", "profa", "gen", "cel", "pres", "des", "sen", "dep", "gov", "mal", "alm", "cap",
    "ten", "sgt", "cmte", "brig", "pe", "frei", "dom", "dona", "sto", "sta", "mons", "ver", "min",
])

/// Words for "number" before a house number after the street's comma: "nº 3.880", "n.º 41", "núm. 7".
private let houseNumberWords = KeywordTable(["nº", "n.º", "n°", "n.°", "no.", "nr.", "núm.", "num.", "número"])

/// Whether only blanks or a bullet ("-", "*", "•") stand between the line's start and `i`.
private func startsItsLine(_ t: Text, _ i: Int) -> Bool {
    var p = t.skipBlanksBack(i)
    if p > 0 && (t[p - 1] == 0x2D || t[p - 1] == 0x2A) { p = t.skipBlanksBack(p - 1) }
    else if p >= 3 && t[p - 3] == 0xE2 && t[p - 2] == 0x80 && t[p - 1] == 0xA2 { p = t.skipBlanksBack(p - 3) }
    return p == 0 || isLineBreak(t[p - 1])
}

/// "H.No. 189", "Flat No. 4B", "Plot No. 12": a house-number label and its number (Indian
/// addresses name the house this way). Returns the anchor end.
private func labelledHouseNumber(_ t: Text, _ i: Int) -> Int? {
    var label = houseNumberLabels.mayMatch(in: t, at: i) ? houseNumberLabels.longestMatch(in: t, at: i) : nil
    var road = false
    if label == nil, numberedRoadLabels.mayMatch(in: t, at: i), let n = numberedRoadLabels.longestMatch(in: t, at: i) {
        label = n
        road = true
    }
    // "Plot 17, Sector 20", "Plot C-28 & 29, …": an Indian plot written without "No.", capitalised
    // and before a comma or "&" ("Plot 2 shows the fix" is prose)
    var plot = false
    if label == nil, t[i] == 0x50, case let we = t.asciiWordEnd(i), plotWords.contains(t, i, we) { label = we - i; plot = true }
    // "No. 14/2, 2nd Cross": "No." first on its line and a house number before a comma ("No. 1 in sales" is prose)
    let numberOnly = label == nil && t[i] == 0x4E && t[i + 1] == 0x6F && t[i + 2] == 0x2E && startsItsLine(t, i)
    if numberOnly { label = 3 }
    guard let n = label else { return nil }
    var k = t.skipBlanks(i + n)
    // a block's letters before the number: "C-28", "B-704", "A-14"
    if isUpperASCII(t[k]) {
        var q = k + 1
        if isUpperASCII(t[q]) { q += 1 }
        if t[q] == 0x2D && isDigit(t[q + 1]) { k = q + 1 }
    }
    if numberOnly {
        // and an address part after the comma: "No. 14/2, 2nd Cross"; a plain number needs a
        // numbered street after it ("No. 1, Sales Leaderboard", "No. 12, Ranking of …",
        // "No. 2016/679" are ranks and references)
        guard let e = houseNumberEnd(t, k), t[e] == 0x2C, case let q = t.skipBlanks(e + 1), isDigit(t[q]) else { return nil }
        return e
    }
    let d = t.digitsEnd(k)
    guard d > k, d - k <= 5 else { return nil }
    var e = d
    while isAlphaASCII(t[e]) && e - d < 2 { e += 1 } // "4B"
    // Andhra and Telangana door numbers: "D.No. 8-3-214/A", "43-12-7"
    for _ in 0..<4 {
        guard t[e] == 0x2D || t[e] == 0x2F, isAlnumASCII(t[e + 1]) else { break }
        var q = e + 1
        while isAlnumASCII(t[q]) && q - e <= 5 { q += 1 }
        t.work.add(q - e)
        guard !isAlnumASCII(t[q]) else { break }
        e = q
    }
    guard !isAlnumASCII(t[e]) else { return nil }
    if plot {
        // "Plot 17, Sector 20", "Plot C-28 & 29, Logix …": a comma, then an address's part (not
        // "Plot 1, left: …", "Plot 3, Figure 4", "Plot 2 & 3 show …")
        var c = e
        if t[c] == 0x20, t[c + 1] == 0x26, case let d = t.skipBlanks(c + 2), t.digitsEnd(d) > d { c = t.digitsEnd(d) }
        guard t[c] == 0x2C, case let q = t.skipBlanks(c + 1), isDigit(t[q]) || t.isUppercaseLetter(at: q),
              case let qe = t.letterWordEnd(q), !(qe > q && figureWords.contains(t, q, qe)) else { return nil }
    }
    // "Road No. 10, Banjara Hills", "Gali No. 3" at a field's start (not "Widening of Road No. 7")
    if road && !(t[e] == 0x2C || e >= t.count || isLineBreak(t[t.skipBlanks(e)])) { return nil }
    if road, case let b = t.skipBlanksBack(i), b > 0, !(isLineBreak(t[b - 1]) || t[b - 1] == 0x2C || t[b - 1] == 0x3A) { return nil }
    return e
}

/// Words that follow a plot's number in a report, not in an address: "Plot 3, Figure 4".
private let figureWords = WordSet(["figure", "fig", "table", "chart", "graph", "panel", "left", "right", "top", "bottom"])

private let plotWords = WordSet(["plot"])

private let houseNumberLabels = KeywordTable([
    "h.no.", "h. no.", "h.no", "h no.", "house no.", "house no", "house number", "flat no.", "flat no", "plot no.",
    "plot no", "door no.", "door no", "d.no.", "d. no.", "shop no.", "block no.",
])

/// Numbered roads and lanes of Indian addresses: "Road No. 10, Banjara Hills", "Gali No. 3", "Street
/// No. 5"; their number ends a segment ("Road No. 1 priority" is prose).
private let numberedRoadLabels = KeywordTable(["road no.", "road no", "street no.", "lane no.", "gali no."])

/// National postcodes distinctive enough to anchor an address on their own, with the
/// place after them where the format puts it there: Brazil's CEP (01304-001, or
/// "CEP 60817131"), Portugal's 1269-046 + place, the Netherlands' 2593 BN / 3511NK +
/// place, India's PIN ("PIN 682016", "Pincode: 560001", "New Delhi - 110024" at a line end).
/// Returns the anchor's range.
private func nationalPostcodeAnchor(_ t: Text, _ i: Int) -> (Int, Int)? {
    if isDigit(t[i]) {
        let d = t.digitsEnd(i)
        // 01304-001 (BR) and 1269-046 Lisboa (PT)
        if t[d] == 0x2D, t.digitsEnd(d + 1) == d + 4, !isAlnumASCII(t[d + 4]), t[d + 4] != 0x2D {
            if d - i == 5 { return (i, d + 4) }
            if d - i == 4, t[d + 4] == 0x20, let ce = capWordEnd(t, d + 5) { return (i, ce) }
        }
        // 2593 BN Den Haag, 3511NK Utrecht (not "HRA 2207 AG Essen", a register number and a firm's form)
        if d - i == 4, t[i] != 0x30, !followsCompanyIDLabel(t, i) {
            var k = d
            if t[k] == 0x20 { k += 1 }
            if isUpperASCII(t[k]), isUpperASCII(t[k + 1]), !isAlnumASCII(t[k + 2]), t[k + 2] == 0x20,
               !(t[k] == 0x53 && (t[k + 1] == 0x41 || t[k + 1] == 0x44 || t[k + 1] == 0x53)), // SA, SD, SS are not issued
               // (two blanks before the place too, in capitals: "8441 BJ  HEERENVEEN"; not a CV's
               // columns, "2013 BA  Economics")
               let ce = capWordEnd(t, t[k + 3] == 0x20 ? k + 4 : k + 3),
               t[k + 3] != 0x20 || isAllCaps(t, k + 4, ce) {
                return (i, ce)
            }
        }
        // "New Delhi - 110024", "Pune-411001" at a line end: a PIN after a place; also written
        // in two groups of three ("Chennai – 600 032")
        var pinEnd = d
        if d - i == 3, t[d] == 0x20, t.digitsEnd(d + 1) == d + 4, !isAlnumASCII(t[d + 4]) { pinEnd = d + 4 }
        if d - i == 6 || pinEnd > d, t[i] != 0x30, i >= 2 {
            let rest = t.skipBlanks(pinEnd)
            // (or a bracket: "Bengaluru – 560048 (hybrid, 3 days in office)")
            guard rest >= t.count || isLineBreak(t[rest]) || t[rest] == 0x2C || t[rest] == 0x2E
                    || (t[rest] == 0x28 && rest > pinEnd) else { return nil }
            var p = i
            if t[p - 1] == 0x20 { p -= 1 }
            if t[p - 1] == 0x2D { p -= 1 }
            else if p >= 3, t[p - 3] == 0xE2, t[p - 2] == 0x80, t[p - 1] == 0x93 { p -= 3 } // "Chennai – 600034"
            else { return nil }
            if t[p - 1] == 0x20 { p -= 1 }
            // "Warangal (Telangana) – 506002": the state in brackets after the place (the anchor then
            // starts at the place, so the line is read from there)
            var anchorStart = i
            var bracketed = false
            if t[p - 1] == 0x29 {
                var o = p - 1
                while o > 0, p - o < 32, t[o] != 0x28, !isLineBreak(t[o]) {
                    // a state's name or letters only: not "(FY 2022-23)"
                    guard t.isLetter(at: t.scalarStart(before: o + 1)) || t[o] == 0x2E || t[o] == 0x20 || t[o] == 0x29 || t[o] >= 0x80
                    else { return nil }
                    o -= 1
                }
                guard t[o] == 0x28 else { return nil }
                // (not "(Phase II)": capitals of two letters or more without full stops)
                var q = o + 1
                while q < p - 1 {
                    let we = t.letterWordEnd(q)
                    if we - q >= 2, t[we] != 0x2E, isAllCaps(t, q, we) { return nil }
                    q = max(we, q + 1)
                }
                p = t.skipBlanksBack(o)
                anchorStart = t.letterRunStart(before: p)
                bracketed = true
            }
            // "Chandauli, U.P. – 232101": a state's dotted letters
            var ws: Int
            if t[p - 1] == 0x2E, p >= 4, isUpperASCII(t[p - 2]), t[p - 3] == 0x2E, isUpperASCII(t[p - 4]) {
                ws = p - 4
                while ws >= 2, t[ws - 1] == 0x2E, isUpperASCII(t[ws - 2]) { ws -= 2 }
                guard ws == 0 || !t.isLetter(at: t.scalarStart(before: ws)) else { return nil }
                anchorStart = ws
            } else {
                guard p > 0, t.isLetter(at: t.scalarStart(before: p)) else { return nil }
                ws = t.letterRunStart(before: p)
            }
            t.work.add(pinEnd - p)
            // a place: capitalised, right after an address's comma, a street word or a label's
            // colon, or first on its line ("…, New Delhi – 110003", "12 MG Road Bengaluru - 560001",
            // "Bengaluru – 560100"; not "Monthly active users – 250000")
            guard t.isUppercaseLetter(at: ws) else { return nil }
            if bracketed || anchorStart != i {
                // a place before a bracket or dotted letters follows an address's comma or a district's
                // word ("Hanamkonda, Warangal (Telangana)", "Dist. Ballia (U.P.)"), not a line's start or
                // a label ("Budget handled: Marketing (North) – 500000" is a figure)
                var b = t.skipBlanksBack(bracketed ? anchorStart : ws)
                guard b > 0 else { return nil }
                if t[b - 1] != 0x2C {
                    if t[b - 1] == 0x2E { b -= 1 }
                    let w = t.letterRunStart(before: b)
                    guard w < b, districtWords.contains(t, w, b) else { return nil }
                }
            } else {
                guard placeFollowsAnAddressPart(t, ws) else { return nil }
            }
            return (anchorStart, pinEnd)
        }
        return nil
    }
    // "New Delhi-110019": a place and its PIN joined by a hyphen (the digits after a hyphen start no
    // word of their own), at a line end or before a comma; a known city, or a place after an
    // address's part and its comma ("Sector 15, Faridabad-121007"): codes are written so too
    // ("Requisition ID: Req-104521", "Jira-123456")
    if t.isUppercaseLetter(at: i), isLowerASCII(t[i + 1]), case let we = t.letterWordEnd(i), we - i >= 3, t[we] == 0x2D, isDigit(t[we + 1]), t[we + 1] != 0x30,
       t.digitsEnd(we + 1) == we + 7, case let rest = t.skipBlanks(we + 7),
       rest >= t.count || isLineBreak(t[rest]) || t[rest] == 0x2C || t[rest] == 0x2E, placeFollowsAnAddressPart(t, i),
       knownCities.contains(t, i, we) || t[t.skipBlanksBack(i) - 1] == 0x2C {
        return (i, we + 7)
    }
    // "CEP 60817131", "CEP: 01304-001", "PIN 682016", "Pincode: 560001", "PIN code - 560001"
    guard postcodeLabels.mayMatch(in: t, at: i), let n = postcodeLabels.longestMatch(in: t, at: i), !t.isLetter(at: i + n) else { return nil }
    var k = t.skipBlanks(i + n)
    if t[k] == 0x3A || t[k] == 0x2D { k = t.skipBlanks(k + 1) }
    let d = t.digitsEnd(k)
    guard d > k else { return nil }
    let isCEP = t[i] == 0x43 || t[i] == 0x63
    if isCEP {
        if d - k == 8, !isAlnumASCII(t[d]) { return (i, d) }
        if d - k == 5, t[d] == 0x2D, t.digitsEnd(d + 1) == d + 4, !isAlnumASCII(t[d + 4]) { return (i, d + 4) }
        return nil
    }
    // a PIN (or "postcode") only where an address puts it: first on its line or after a
    // comma or dash, last on its line or before a comma ("NMBI PIN 123456)" is a registration)
    guard d - k == 6, t[k] != 0x30, !isAlnumASCII(t[d]) else { return nil }
    let before = t.skipBlanksBack(i)
    guard before == 0 || isLineBreak(t[before - 1]) || t[before - 1] == 0x2C || t[before - 1] == 0x2D else { return nil }
    let after = t.skipBlanks(d)
    guard after >= t.count || isLineBreak(t[after]) || t[after] == 0x2C || t[after] == 0x2E else { return nil }
    return (i, d)
}

/// Whether the place whose last word starts at `ws` (one or two capitalised words: "New
/// Delhi") is first on its line, or follows a comma, a label's colon or a street word.
private func placeFollowsAnAddressPart(_ t: Text, _ ws: Int) -> Bool {
    func before(_ s: Int) -> Bool {
        let b = t.skipBlanksBack(s)
        if b == 0 || isLineBreak(t[b - 1]) || t[b - 1] == 0x2C || t[b - 1] == 0x3A { return true }
        let w = t.letterRunStart(before: b)
        return w < b && (streetSuffixes.contains(t, w, b) || streetFirstTypes.contains(t, w, b))
    }
    if before(ws) { return true }
    let p = t.skipBlanksBack(ws)
    guard p < ws, p > 0, t.isLetter(at: t.scalarStart(before: p)) else { return false }
    let w = t.letterRunStart(before: p)
    return t.isUppercaseLetter(at: w) && before(w)
}

/// Words of an Indian district or sub-district before its name: "Dist. Ballia", "Tehsil Campierganj".
private let districtWords = WordSet(["dist", "district", "distt", "tehsil", "taluka", "taluk", "mandal", "block", "po", "ps"])

private let postcodeLabels = KeywordTable(["cep", "pin", "pin code", "pincode", "pin-code", "postal code", "postcode", "post code"])

/// Whether a house's name starts at `k`: "The Old School", "Old Rectory", "The Coach House".
private func houseNameStart(_ t: Text, _ k: Int) -> Bool {
    let w = t.letterWordEnd(k)
    return w > k && houseNameWords.contains(t, k, w)
}
private let houseNameWords = WordSet(["the", "old", "former", "ye"])

/// Street types written first that are also ordinary words (a beach, a project's name).
private let weakStreetFirstTypes = WordSet(["plaça", "travessera", "praia"])

/// Words naming a residential building or estate: "Museum Tower", "Hospital View", "Academy Lofts".
private let buildingWords = WordSet([
    "tower", "towers", "view", "lofts", "heights", "cottage", "cottages", "estate", "block", "house", "court", "mansions",
    "apartments", "flats", "residence", "residency", "villas", "lodge", "mews", "place",
    // a complex's name before its street: "Condomínio Solar das Palmeiras, Rua das Flores, 123"
    "condomínio", "condominio", "residencial", "edifício", "edificio", "conjunto", "urbanización", "urbanizacion",
    "residenza", "complesso",
])

/// Nouns ending an institution's name written before its address ("… Infirmary, Wigan Lane").
private let institutionsBeforeAddresses = WordSet([
    "infirmary", "hospital", "clinic", "hospice", "university", "college", "school", "institute", "institut",
    "museum", "library", "academy", "ziekenhuis", "klinikum", "ospedale", "hôpital", "universität", "université",
    "universidad", "università", "universidade", "universiteit", "hogeschool", "hochschule", "politecnico",
    // government bodies: "Data Analyst Intern – Queensland Treasury, 1 William Street, Brisbane City QLD 4000"
    "treasury", "council", "ministry", "authority", "commission", "parliament", "police",
    // health services named after their district: "RN Grade 1, Austin Health, Heidelberg VIC 3084"
    "health", "healthcare",
])

/// Legal forms that end a firm's name written before its address on one line.
private let legalFormsBeforeAddresses = WordSet([
    "limited", "ltd", "ltd.", "pty", "plc", "inc", "inc.", "llc", "corp", "corp.", "gmbh", "ag", "kg", "ohg", "gbr",
    "ug", "e.v.", "bv", "b.v.", "nv", "n.v.", "sa", "s.a.", "spa", "s.p.a.", "srl", "s.r.l.", "sarl", "sas", "ltda",
    "ltda.", "lda", "lda.", "sl", "s.l.", "pvt",
    // a set of barristers' chambers: "Blackstone Chambers, Blackstone House, Temple, London EC4Y 9BW"
    "chambers",
])

/// When the text from the start of the line to `s` is all address words (capitalised
/// words, connectors, short codes, numbers, joined by blanks, commas and dashes: "Funcionários,
/// Belo Horizonte - MG, "), the line start (or the start of the segment after an institution's
/// name: "… Infirmary, Wigan Lane, "); else `s`. `grownStreet`: the part at `s` is a numbered
/// street the address grew to from its postcode ("High Tech Campus 7" before "5656 AE Eindhoven").
private func addressLineStart(_ t: Text, _ s: Int, grownStreet: Bool = false) throws(RedactionStopped) -> Int {
    var ls = s
    while ls > 0 && !isLineBreak(t.b[ls - 1]) && s - ls <= 80 {
        try t.work.tick()
        // a column gap ends the field ("Backend-Entwickler\t\t20253 Hamburg"), and so does a
        // label's colon ("Office: 4th Floor, Cyber Gateway, …, Hyderabad, Telangana 500081")
        if ls < s && (t.b[ls - 1] == 0x09 || (t.b[ls - 1] == 0x20 && ls >= 2 && t.b[ls - 2] == 0x20)) { break }
        if ls < s && t.b[ls - 1] == 0x3A && ls >= 2 && t.isLetter(at: t.scalarStart(before: ls - 1))
            && siteLabels.contains(t, t.letterRunStart(before: ls - 1), ls - 1) && startsWithAUnit(t, t.skipBlanks(ls)) { break }
        ls -= 1
    }
    guard ls == 0 || isLineBreak(t.b[ls - 1]) || isBlank(t.b[ls - 1]) || t.b[ls - 1] == 0x3A else { return s }
    var k = t.skipBlanks(ls)
    var words = 0
    var afterInstitution = -1
    // the comma-separated part being read names an institution and no street or building:
    // "Technische Universiteit Eindhoven, Groene Loper 19, …" (not "University Avenue, …", "Apt 3,
    // Museum Tower, …"); only while no number came before it (a flat's, a unit's)
    var partNamesInstitution = false, partNamesStreet = false, partWords = 0, numberBefore = false
    var partStart = k
    while k < s {
        try t.work.tick()
        let c = t.b[k]
        if c == 0x2C {
            if partNamesInstitution && !partNamesStreet && partWords >= 2 && !numberBefore && !houseNameStart(t, t.skipBlanks(ls)) {
                afterInstitution = t.skipBlanks(k + 1)
            }
            // "El Corte Inglés, C/ Hermosilla, 112, 28009 Madrid", "Wilkes-Barre VA Medical Center,
            // 1111 East End Blvd, …": a name with no number nor street before a part that starts
            // with its street is the firm's, not the address
            // (a building's word in it, "Medical Center", only before a numbered street)
            if afterInstitution < 0, !numberBefore, partWords >= 1, !houseNameStart(t, t.skipBlanks(ls)) {
                let next = t.skipBlanks(k + 1)
                if next < s, !partNamesStreet, streetFirst(t, next) != nil { afterInstitution = next }
                else if next < s, isDigit(t[next]), try numberFirstStreet(t, next) != nil { afterInstitution = next }
                // right before the address's own start, a firm's or an institution's name ("Philips
                // Innovation Services, High Tech Campus 7, 5656 AE Eindhoven", "Curtis Center, 601 Walnut
                // Street, …"), not a household's, a person's or a house's ("Fam. de Boer, Dorpsstraat 12,
                // …", "Huize Zonneweide, …", "Wohnheim Sonnenhof, …")
                else if next == s, !namesAHouseholdOrAHouse(t, partStart, k) || namesATeamOrInstitution(t, partStart, k) {
                    let numbered = !partNamesStreet && isDigit(t[next]) ? try numberFirstStreet(t, next) != nil : false
                    if grownStreet || numbered || (!partNamesStreet && streetFirst(t, next) != nil) { afterInstitution = next }
                }
            }
            partNamesInstitution = false
            partNamesStreet = false
            partWords = 0
            partStart = k + 1
        }
        if isDigit(c) { numberBefore = true }
        if isBlank(c) || c == 0x2C || c == 0x2D { k += 1; continue }
        if c == 0xE2 && t[k + 1] == 0x80 && (t[k + 2] == 0x93 || t[k + 2] == 0x94) { k += 3; continue } // – —
        let e = try tokenEnd(t, k)
        guard e > k, e <= s else { return s }
        // "Mrs Helen Watson, Headteacher, …, Leeds LS6 2AB", "Graduate Nurse, Monash Health, Clayton VIC
        // 3168": a person or a role starts the line
        if personHonorifics.contains(t, k, t[e - 1] == 0x2E ? e - 1 : e) || roleWords.contains(t, k, e)
            || extraRoleWords.contains(t, k, e) { return s }
        let kind = classify(t, k, e)
        guard kind == .capWord || kind == .caps || kind == .code || (kind == .connector && words > 0) else { return s }
        words += 1
        if words > 10 { return s }
        // "Royal Albert Edward Infirmary, Wigan Lane, …": the institution's name is not its address
        // ("The Old School, Church Lane" is a house's name, part of it)
        if t[e] == 0x2C, institutionsBeforeAddresses.contains(t, k, e), words >= 2, !houseNameStart(t, t.skipBlanks(ls)) {
            afterInstitution = t.skipBlanks(e + 1)
        }
        // "Coles Group Limited, 800 Toorak Road, …": a firm's name, ended by its legal form, is not
        // its address either
        if t[e] == 0x2C, words >= 2, !numberBefore, legalFormsBeforeAddresses.contains(t, k, e) {
            afterInstitution = t.skipBlanks(e + 1)
        }
        partWords += 1
        if institutionsBeforeAddresses.contains(t, k, e) { partNamesInstitution = true }
        if streetSuffixes.contains(t, k, e) || streetFirstTypes.contains(t, k, e) || frenchStreetTypes.contains(t, k, e)
            || addressUnitWords.contains(t, k, e) || buildingWords.contains(t, k, e) { partNamesStreet = true }
        k = e
    }
    if afterInstitution >= 0 { return afterInstitution }
    return words > 0 ? t.skipBlanks(ls) : s
}

/// Whether the part `s..<e` of an address line names a household, a person or a house: its first
/// word a household's or a residence's ("Fam.", "Familie", "Huize", "Wohnheim", "Casa"), an
/// honorific, or a known given name; or a particle among its words ("Jan de Boer").
private func namesAHouseholdOrAHouse(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    let a = t.skipBlanks(s)
    let w = t.letterWordEnd(a)
    guard w > a else { return false }
    if householdWords.contains(t, a, w) || personHonorifics.contains(t, a, w) || givenNames.contains(t, a, w) { return true }
    var k = w
    while k < e {
        t.work.step()
        let q = t.skipBlanks(k)
        let qe = t.letterWordEnd(q)
        guard qe > q else { k = q + 1; continue }
        if !t.isUppercaseLetter(at: q), particles.contains(t, q, qe) { return true }
        k = qe
    }
    return false
}
private let householdWords = WordSet([
    "fam", "familie", "family", "famille", "familia", "família", "famiglia", "huize", "huis", "wohnheim", "haus",
    "villa", "casa", "maison", "residenza", "residencia", "residência", "the",
])

/// Whether a number ("4th Floor", "A-21" after its letter, "12") or a unit's word ("Flat 2", "Plot
/// 14") starts the text at `k`: how an address written as a label's value begins.
private func startsWithAUnit(_ t: Text, _ k: Int) -> Bool {
    if isUpperASCII(t[k]) && t[k + 1] == 0x2D && isDigit(t[k + 2]) { return true }
    if isDigit(t[k]) {
        // a number, an ordinal ("4th") or a unit's ("12/3", "27-A"); not a time ("10am–4pm", "9:00")
        var q = t.digitsEnd(k)
        if let w = Optional(t.letterWordEnd(q)), w > q {
            guard ordinalSuffixes.contains(t, q, w) else { return false }
            q = w
        }
        return t[q] == 0x20 || t[q] == 0x2C || t[q] == 0x2F || (t[q] == 0x2D && isAlnumASCII(t[q + 1]) && !isDigit(t[q + 1]))
    }
    let w = t.letterWordEnd(k)
    return w > k && (addressUnitWords.contains(t, k, w) || unitLineWords.contains(t, k, w))
}

/// English ordinal endings: "4th Floor", "1st Cross", "42nd Street".
private let ordinalSuffixes = WordSet(["st", "nd", "rd", "th"])

/// Labels of where a firm or an interview is, whose value is an address when it starts with a
/// number or a unit ("Office: 4th Floor, Cyber Gateway, …, Hyderabad, Telangana 500081").
private let siteLabels = WordSet([
    "office", "offices", "location", "venue", "site", "branch", "walk-in", "headquarters", "hq", "campus",
    "sede", "escritório", "escritorio", "oficina", "oficinas", "büro", "standort", "kantoor", "vestiging",
    "bureau", "bureaux", "ufficio", "uffici", "locatie", "local", "endereço", "dirección", "indirizzo",
    "adresse", "adres", "address", "anschrift",
])

/// The street line above a postcode line: the previous non-empty line, when it is short,
/// starts with a capital or a digit and ends with a house number ("Am Kirchberg 7",
/// "Laan van Nieuw Oost-Indië 14"). Returns its range.
private func streetLineAbove(_ t: Text, _ lineStart: Int) throws(RedactionStopped) -> (Int, Int)? {
    guard lineStart > 0, isLineBreak(t.b[lineStart - 1]) else { return nil }
    let nl = lineStart - 1
    let endsWithNumber = previousLineEndsWithHouseNumber(t, nl)
    guard endsWithNumber || previousLineStartsWithNumberedStreet(t, nl) || previousLineStartsWithALocality(t, nl)
            || previousLineIsANumberedStreetWithoutType(t, nl) else { return nil }
    var e = nl
    if e > 0 && t[e - 1] == 0x0D { e -= 1 }
    e = t.skipBlanksBack(e)
    var s = e
    while s > 0 && !isLineBreak(t.b[s - 1]) {
        try t.work.tick()
        if e - s > 60 { return nil }
        let c = t.b[s - 1]
        if c == 0x40 || c == 0x3A || c == 0x7C { return nil } // an e-mail, a label, a field list
        // a column gap before a street that ends the line ("PROFIL\t\tEppendorfer Weg 211")
        if endsWithNumber && (c == 0x09 || (c == 0x20 && s >= 2 && t.b[s - 2] == 0x20)) { break }
        s -= 1
    }
    s = t.skipBlanks(s)
    guard s < e, t.isUppercaseLetter(at: s) || isDigit(t[s]) else { return nil }
    var tokens = 0
    var k = s
    while k < e {
        try t.work.tick()
        if isBlank(t.b[k]) { k += 1; continue }
        let te = try tokenEnd(t, k)
        guard te > k else { k += 1; continue }
        tokens += 1
        k = te
    }
    return tokens >= 2 && tokens <= 7 ? (s, e) : nil
}

/// Up to `maxWords` capitalised words (or connectors between them) ending right before `i`,
/// separated from `i` by blanks and/or one comma. Returns the new start, or `i`.
private func cityBefore(_ t: Text, _ i: Int, maxWords: Int = 3) throws(RedactionStopped) -> Int {
    var p = t.skipBlanksBack(i)
    if t[p - 1] == 0x2C { p = t.skipBlanksBack(p - 1) }
    guard p < i else { return i }
    var start = i
    var words = 0
    var q = p
    while words < maxWords && q > 0 {
        var ws = q
        while ws > 0 && (t.isLetter(at: t.scalarStart(before: ws)) || t.b[ws - 1] == 0x2D || t.b[ws - 1] == 0x27 || t.b[ws - 1] == 0x2E) {
            try t.work.tick()
            ws = t.scalarStart(before: ws)
        }
        guard ws < q else { break }
        if t.isUppercaseLetter(at: ws) {
            start = ws
            words += 1
        } else if !(words > 0 && connectors.contains(t, ws, q)) {
            break
        }
        guard ws > 0 && t.b[ws - 1] == 0x20 && !isBlank(t[ws - 2]) else { break }
        q = ws - 1
    }
    return start
}

/// Postal anchors at `i`: US state + ZIP, AU state + postcode, Canadian province/postcode,
/// UK postcode. Returns (start, end) of the anchor including the city before it.
private func postalAnchor(_ t: Text, _ i: Int) throws(RedactionStopped) -> (Int, Int)? {
    guard isUpperASCII(t[i]) else { return nil }
    let we = t.asciiWordEnd(i)
    // US / AU / CA region code + postcode
    if we - i <= 3, t[we] == 0x20, !t.isWordChar(at: we) {
        t.work.add(we - i)
        let allCaps = (i..<we).allSatisfy { isUpperASCII(t.b[$0]) }
        let d = t.digitsEnd(we + 1)
        if allCaps && usStates.contains(t, i, we) && d - we - 1 == 5 && !isIdentifierLabel(t, before: i, we) {
            var e = d
            if t[e] == 0x2D && t.digitsEnd(e + 1) == e + 5 { e += 5 }
            if !isAlnumASCII(t[e]) {
                let s = try cityBefore(t, i)
                if s < i { return (s, e) }
            }
        }
        // not "WA 4471/2-1", a file reference
        if allCaps && auStates.contains(t, i, we) && d - we - 1 == 4 && !isAlnumASCII(t[d]) && t[d] != 0x2F
            && !(t[d] == 0x2D && isDigit(t[d + 1])) {
            let s = try cityBefore(t, i)
            if s < i { return (s, d) }
        }
        if allCaps && caProvinces.contains(t, i, we), let e = canadianPostcodeEnd(t, we + 1) {
            return (try cityBefore(t, i), e)
        }
    }
    if let e = canadianPostcodeEnd(t, i) { return (i, e) }
    if let e = ukPostcodeEnd(t, i) { return (try cityBefore(t, i, maxWords: 2), e) }
    // a region written out and its postcode after a city: "Fort Worth, Texas 76107",
    // "Hyderabad, Telangana 500033" (the digit test first: this is asked at every capital)
    if t[we] == 0x20, isDigit(t[we + 1]) {
        let d = t.digitsEnd(we + 1)
        let length = d - we - 1
        if (length == 5 || length == 6) && !isAlnumASCII(t[d]) && t[d] != 0x2D
            && !(t[d] == 0x20 && t.isWordChar(at: t.skipBlanks(d))) { // "… 250000 farmers" is a count
            let names = length == 5 ? usStateNames : indianStateNames
            if names.contains(t, i, we), commaBeforeRegion(t, i) {
                let s = try cityBefore(t, i)
                if s < i { return (s, d) }
            }
        }
    }
    return nil
}

/// Whether the region name whose last word starts at `i` follows a city as an address writes
/// it: after a comma (", Texas", ", Tamil Nadu") or after one or two capitalised words that start
/// their line ("Austin Texas 78701").
private func commaBeforeRegion(_ t: Text, _ i: Int) -> Bool {
    var p = t.skipBlanksBack(i)
    if p > 0, t[p - 1] == 0x2C { return true }
    // up to three capitalised words back (a two-word region, a two-word city): a comma or the line start
    for _ in 0..<3 {
        guard p < i || p < t.count, p > 0, t.isLetter(at: t.scalarStart(before: p)) else { return false }
        let w = t.letterRunStart(before: p)
        guard t.isUppercaseLetter(at: w) else { return false }
        p = t.skipBlanksBack(w)
        if p == 0 || isLineBreak(t[p - 1]) || t[p - 1] == 0x2C { return true }
    }
    return false
}

/// US states written out (the last word of a two-word name: "New York", "North Carolina"),
/// before a five-digit ZIP.
private let usStateNames = WordSet([
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
    "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
    "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
    "montana", "nebraska", "nevada", "hampshire", "jersey", "mexico", "york", "carolina", "dakota", "ohio",
    "oklahoma", "oregon", "pennsylvania", "island", "tennessee", "texas", "utah", "vermont", "virginia",
    "washington", "wisconsin", "wyoming",
])
/// Indian states and union territories written out (the last word of a two-word name: "Tamil
/// Nadu", "Uttar Pradesh"), before a six-digit PIN.
private let indianStateNames = WordSet([
    "pradesh", "assam", "bihar", "chhattisgarh", "goa", "gujarat", "haryana", "jharkhand", "karnataka",
    "kerala", "maharashtra", "manipur", "meghalaya", "mizoram", "nagaland", "odisha", "orissa", "punjab",
    "rajasthan", "sikkim", "nadu", "telangana", "tripura", "uttarakhand", "bengal", "delhi", "kashmir",
    "ladakh", "puducherry", "pondicherry", "chandigarh",
])

/// Whether the state code at `i..<we` is the "ID" of a label ("Job ID 88213", "Order ID 55120"):
/// "ID" right after a word, with no comma between (a city is followed by one: "Boise, ID 83702").
private func isIdentifierLabel(_ t: Text, before i: Int, _ we: Int) -> Bool {
    guard we - i == 2, t[i] == 0x49, t[i + 1] == 0x44 else { return false }
    let p = t.skipBlanksBack(i)
    return p < i && p > 0 && t.isLetter(at: t.scalarStart(before: p))
}

private func canadianPostcodeEnd(_ t: Text, _ i: Int) -> Int? {
    guard isUpperASCII(t[i]), isDigit(t[i + 1]), isUpperASCII(t[i + 2]), t[i + 3] == 0x20,
          isDigit(t[i + 4]), isUpperASCII(t[i + 5]), isDigit(t[i + 6]), !isAlnumASCII(t[i + 7]) else { return nil }
    return i + 7
}

/// Letters a UK postcode's inward code never has: C I K M O V.
private let ukBadInwardLetters: [UInt8] = [0x43, 0x49, 0x4B, 0x4D, 0x4F, 0x56]

private func ukPostcodeEnd(_ t: Text, _ i: Int) -> Int? {
    // outward: A9, A99, A9A, AA9, AA99, AA9A
    var j = i
    guard isUpperASCII(t[j]) else { return nil }
    j += 1
    if isUpperASCII(t[j]) { j += 1 }
    guard isDigit(t[j]) else { return nil }
    j += 1
    if isDigit(t[j]) || isUpperASCII(t[j]) { j += 1 }
    guard t[j] == 0x20, isDigit(t[j + 1]) else { return nil }
    let a = t[j + 2], b = t[j + 3]
    let badInward = ukBadInwardLetters
    guard isUpperASCII(a), isUpperASCII(b), !badInward.contains(a), !badInward.contains(b),
          !isAlnumASCII(t[j + 4]) else { return nil }
    if b == 0x42 && (a == 0x47 || a == 0x54 || a == 0x50) { return nil } // GB TB PB: storage sizes
    return j + 4
}

/// "10115 Berlin", "D-10115 Berlin", "Singapore 079903", "Bengaluru 560103"; any postcode and
/// place right after a house number's segment, or on the line under the address `below` ends.
private func postcodeCityAnchor(_ t: Text, _ i: Int, below: Candidate? = nil) -> (Int, Int)? {
    if isDigit(t[i]) {
        var s = i
        let d = t.digitsEnd(i)
        let n = d - i
        guard n == 4 || n == 5, t[d] == 0x20 else { return nil }
        if t.isYear(at: i) { return nil }
        // "vol AF 1234 Lille–Nice": a flight number after a flight word and its airline's code
        // (not "DK 2100 København", a country's code)
        if n == 4, i >= 5, t[i - 1] == 0x20, isUpperASCII(t[i - 2]) || isDigit(t[i - 2]), isUpperASCII(t[i - 3]),
           t[i - 4] == 0x20, case let fe = t.skipBlanksBack(i - 4), fe > 0 {
            let fs = t.letterRunStart(before: fe)
            if fs < fe, flightWords.contains(t, fs, fe) { return nil }
        }
        let cityStart = t.skipBlanks(d)
        guard cityStart - d <= 3, var ce = capWordEnd(t, cityStart) else { return nil }
        // "66386 St. Ingbert", "57482 St. Wendel": a saint's abbreviation and the place's name
        if ce - cityStart <= 3, t[ce] == 0x2E, t[ce + 1] == 0x20, saintAbbreviations.contains(t, cityStart, ce),
           let se = capWordEnd(t, ce + 2) {
            ce = se
        }
        // "Vicolo San Pietro 3, 37121 Verona", "Am Weiher 8, 91074 Herzogenaurach": a postcode
        // and place right after a segment ending in a house number
        if n == 5 && cityStart == d + 1 && endsItsAddress(t, ce), let street = houseNumberSegmentStart(t, before: i) {
            // (after "·" or "|" the street is taken with it: "Am Hochacker 3 | 85630 Grasbrunn"; a
            // bracketed province after the place is taken by `growRight`, which stops there)
            return (street, ce)
        }
        // "92773 Boulogne-Billancourt Cedex", "69364 Lyon Cedex 07": a French business postcode
        if n == 5 && cityStart == d + 1, let e = cedexEnd(t, after: ce) ?? cedexEnd(t, after: placeNameEnd(t, after: ce)) {
            return (i, e)
        }
        // "37121 Verona" on the line under an address ("PLZ, Ort:  72250 Freudenstadt")
        if let below, isOnLineBelow(t, i, below) {
            if let fe = placeFieldEnd(t, ce) { return (i, fe) }
            let whole = placeNameEnd(t, after: ce)
            if whole > ce, let fe = placeFieldEnd(t, whole) { return (i, fe) }
        }
        // "PLZ, Ort: 67433 Neustadt an der Weinstraße", "Code postal / Ville : 34190 Ganges": after a
        // label naming a postcode or a place, a postcode and a place that end their field
        if cityStart == d + 1, case let lb = t.skipBlanksBack(i), lb > 0, t.b[lb - 1] == 0x3A,
           labelNamesAPlace(t, endingAt: lb - 1, words: placeLabelWordsOfTheirOwn) {
            if let fe = placeFieldEnd(t, ce) { return (i, fe) }
            let whole = placeNameEnd(t, after: ce)
            if whole > ce, let fe = placeFieldEnd(t, whole) { return (i, fe) }
        }
        guard cityStart == d + 1 || knownCities.contains(t, cityStart, ce) else { return nil }
        let prefixed = i >= 2 && t[i - 1] == 0x2D && isUpperASCII(t[i - 2]) && !isAlphaASCII(t[i - 3])
        // "12345 Musterstadt" alone on its line, right under a line ending in a house number
        // ("Musterstraße 1"): the second line of a postal address
        var ownLine = false
        let ls = t.skipBlanksBack(i)
        if n == 5 && ls > 0 && t[ls - 1] == 0x0A
            && (previousLineEndsWithHouseNumber(t, ls - 1) || previousLineStartsWithALocality(t, ls - 1)) {
            var e = placeNameEnd(t, after: ce) // "Bad Homburg", "Frankfurt Oder", "Horb am Neckar"
            if let b = bracketedPlaceEnd(t, e) { e = b } // "Halle (Saale)"
            let rest = t.skipBlanks(e)
            if rest >= t.count || isLineBreak(t[rest]) { ownLine = true; ce = e }
        }
        guard knownCities.contains(t, cityStart, ce) || prefixed || ownLine else { return nil }
        if prefixed { s = i - 2 }
        return (s, ce)
    }
    // the city look-up last: this is asked at every capitalised word
    guard let ce = capWordEnd(t, i), t[ce] == 0x20 else { return nil }
    let d = t.digitsEnd(ce + 1)
    guard (5...6).contains(d - ce - 1), !isAlnumASCII(t[d]), knownCities.contains(t, i, ce) else { return nil }
    return (i, d)
}

private let flightWords = WordSet(["vol", "flight", "flug", "vuelo", "volo", "voo", "vlucht"])

/// The end of a place's name whose first word ends at `e`: one more capitalised word, after at
/// most two particles ("Bad Homburg", "Horb am Neckar", "Neustadt an der Weinstraße"; not "bei" or
/// "im": "10115 Berlin bei Siemens"); `e` if none.
private func placeNameEnd(_ t: Text, after e: Int) -> Int {
    guard t[e] == 0x20 else { return e }
    var j = e + 1
    for _ in 0..<2 {
        let we = t.letterWordEnd(j)
        guard we > j, placeNameParticles.contains(t, j, we), t[we] == 0x20 else { break }
        j = we + 1
    }
    return capWordEnd(t, j) ?? e
}

/// Saints' abbreviations that begin place names: "St. Ingbert", "Ste. Foy".
private let saintAbbreviations = WordSet(["st", "ste", "sta", "sto"])

private let placeNameParticles = WordSet([
    "am", "an", "ob", "der", "sur", "sous",
    // "Barberà del Vallès", "Boadilla del Monte", "Sant Cugat del Vallès", "Alcalá de Henares"
    "del", "de", "la", "les",
])

/// Whether the postcode at `i` follows a segment that ends in a house number ("Am Weiher 8, ",
/// "Kale Nagusia, 18, ", "Am Hochacker 3 | ", "Am Mühlgraben 12-14 · ", "Im Gässle 7 / "): one to four digits (a
/// range, "12-14", "5/1"), not a year, after a capitalised word. Returns `i` after a comma (the
/// segment is grown over as any), the street segment's start after "·" or "|"; nil if not.
private func houseNumberSegmentStart(_ t: Text, before i: Int) -> Int? {
    guard i >= 4, t[i - 1] == 0x20 else { return nil }
    var e: Int
    let comma = t[i - 2] == 0x2C
    if comma { e = i - 2 }
    else if t[i - 2] == 0x7C && t[i - 3] == 0x20 { e = i - 3 } // " | "
    else if t[i - 2] == 0x2F && t[i - 3] == 0x20 { e = i - 3 } // " / ": "Im Gässle 7 / 66386 St. Ingbert"
    else if t[i - 2] == 0xB7 && t[i - 3] == 0xC2 && t[i - 4] == 0x20 { e = i - 4 } // " · "
    else { return nil }
    if isAlphaASCII(t[e - 1]) && isDigit(t[e - 2]) { e -= 1 } // "8a"
    var s = e
    while s > 0 && isDigit(t[s - 1]) && e - s <= 4 { s -= 1 }
    let n = e - s
    guard n >= 1 && n <= 4, s >= 2 else { return nil }
    if t.isYear(at: s) { return nil }
    s = rangeStart(t, s)
    guard t[s - 1] == 0x20 else { return nil }
    var q = s - 1
    if t[q - 1] == 0x2C { q -= 1 } // "Nagusia, 18"
    guard q > 0, t.isLetter(at: t.scalarStart(before: q)) else { return nil }
    guard t.isUppercaseLetter(at: t.letterRunStart(before: q, hyphens: true)) else { return nil }
    guard segmentNamesAStreet(t, before: q) else { return nil }
    if comma { return i }
    // the street's words back to the field's start: a separator, a label's colon, a column gap, the line start
    var w = q
    while w > 0 && q - w < 60 {
        t.work.step()
        let c = t.b[w - 1]
        if isLineBreak(c) || c == 0x7C || c == 0x3A || c == 0x09 || c == 0x2C || (c == 0x20 && t[w - 2] == 0x20) { break }
        if c == 0xB7 && t[w - 2] == 0xC2 { break }
        w -= 1
    }
    return t.skipBlanks(w)
}

/// The start of a house number's range ending with the digits at `s` ("12-14", "291-293", "5/1",
/// "3–5"); `s` when none, and when either end is a year ("2019-2021": a period of work).
private func rangeStart(_ t: Text, _ s: Int) -> Int {
    var p = s
    if p >= 2, t[p - 1] == 0x2D || t[p - 1] == 0x2F, isDigit(t[p - 2]) { p -= 1 }
    else if p >= 4, t[p - 3] == 0xE2, t[p - 2] == 0x80, t[p - 1] == 0x93, isDigit(t[p - 4]) { p -= 3 }
    else { return s }
    var r = p
    while r > 0 && isDigit(t[r - 1]) && p - r < 4 { r -= 1; t.work.step() }
    return t.isYear(at: r) || t.isYear(at: s) ? s : r
}

/// The end of "Cedex" and its office's number after the place ending at `e` (" Cedex", " CEDEX 07"), or nil.
private func cedexEnd(_ t: Text, after e: Int) -> Int? {
    guard t[e] == 0x20, t.matches(cedex, at: e + 1), !t.isLetter(at: e + 6) else { return nil }
    let n = e + 6
    if t[n] == 0x20, case let d = t.digitsEnd(n + 1), d > n + 1, d - n - 1 <= 2, !isAlnumASCII(t[d]) { return d }
    return n
}
private let cedex = bytes("cedex")

/// Whether the line ending at the `\n` at `nl` starts with a word naming a French locality that
/// stands where a street would ("Lieu-dit La Croix Blanche", "Hameau de Saint-Pons") and has a
/// capitalised name after it.
private func previousLineStartsWithALocality(_ t: Text, _ nl: Int) -> Bool {
    guard let s = lineStart(before: nl, within: 60, in: t) else { return false }
    let we = t.letterWordEnd(s)
    guard we > s, t[we] == 0x20, localityWords.contains(t, s, we) else { return false }
    let k = t.skipBlanks(we)
    if t.isUppercaseLetter(at: k) { return true }
    let ce = t.letterWordEnd(k) // "Hameau de Saint-Pons"
    return ce > k && connectors.contains(t, k, ce) && t.isUppercaseLetter(at: t.skipBlanks(ce))
}

/// Words for a French locality or a residential complex written where a street would be.
/// (Not "Domaine", "Quartier", "Cité" or "Résidence": a winery, a heading's "Domaine Data Science", a
/// care home, "Quartier Général Consulting" stand there as often as a locality.)
private let localityWords = WordSet(["lieu-dit", "lieudit", "hameau", "lotissement"])

/// Whether the words of the address segment ending at `q` (back to a comma, a colon, a column
/// gap or the line start, four words at most) name a street: a street type or suffix, a German
/// street preposition ("Am Weiher") or a compound street word ("Carl-Zeiss-Promenade").
/// "Windows 10, 50000 Users" names none.
private func segmentNamesAStreet(_ t: Text, before q: Int) -> Bool {
    var e = q
    for _ in 0..<4 {
        let ws = t.letterRunStart(before: e, hyphens: true)
        guard ws < e else { return false }
        if streetFirstTypes.contains(t, ws, e) || frenchStreetTypes.contains(t, ws, e) || streetSuffixes.contains(t, ws, e)
            || (germanStreetPrepositions.contains(t, ws, e) && t.isUppercaseLetter(at: ws)) || endsWithCompoundStreetEnding(t, ws, e)
            || (germanStreetTypeWords.contains(t, ws, e) && t.isUppercaseLetter(at: ws)) {
            return true
        }
        var p = ws
        guard p > 0, t[p - 1] == 0x20 else { return false }
        p -= 1
        guard p > 0, t.isLetter(at: t.scalarStart(before: p)) else { return false }
        e = p
    }
    return false
}

/// Prepositions German street names begin with ("Am Weiher", "An der Alster", "Zum Markt").
private let germanStreetPrepositions = WordSet(["am", "an", "im", "in", "zum", "zur", "auf", "unter", "hinter", "vor", "bei", "über"])

/// The start of `i`'s line when it is at most 120 bytes back (a column's field is near its
/// line's start; a longer line is no address block), else nil.
private func nearLineStart(_ t: Text, _ i: Int) -> Int? {
    var k = i
    while k > 0 && !isLineBreak(t.b[k - 1]) {
        t.work.step()
        if i - k >= 120 { return nil }
        k -= 1
    }
    return k
}

/// Whether `i` is on the line right under the one where `address` ends, and first on its line
/// or after a label's colon or a column gap ("PLZ, Ort:\t72250 …", "…Erfahrung\t\t20253 …").
private func isOnLineBelow(_ t: Text, _ i: Int, _ address: Candidate) -> Bool {
    guard address.end < i, i - address.end <= 200 else { return false }
    var breaks = 0
    var k = address.end
    while k < i {
        t.work.step()
        if t.b[k] == 0x0A { breaks += 1; if breaks > 1 { return false } }
        k += 1
    }
    guard breaks == 1 else { return false }
    let p = t.skipBlanksBack(i)
    if p == 0 || t.b[p - 1] == 0x0A { return true }
    if t.b[p - 1] == 0x3A { return labelNamesAPlace(t, endingAt: p - 1) } // "PLZ, Ort:", not "Gehalt:"
    return t.b[i - 1] == 0x09 || (i >= 3 && t.b[i - 2] == 0x20 && t.b[i - 3] == 0x20)
}

/// Whether the label ending at the colon at `c` (its line's text before it, 40 bytes at most)
/// names a postcode or a place: "PLZ, Ort", "Código postal y localidad", "Town/City".
private func labelNamesAPlace(_ t: Text, endingAt c: Int, words: WordSet = placeLabelWords) -> Bool {
    var s = c
    while s > 0 && !isLineBreak(t.b[s - 1]) && c - s < 40 { s -= 1 }
    t.work.add(c - s)
    return t.containsWord(of: words, from: s, to: c)
}

/// The words of `placeLabelWords` that name a postcode or a place on their own, without an address
/// above the field ("Code postal / Ville", not "Job code").
private let placeLabelWordsOfTheirOwn = WordSet([
    "plz", "ort", "wohnort", "postal", "postcode", "town", "city", "localidad", "località", "localita", "plaats",
    "woonplaats", "cidade", "ville", "cp", "cep", "pincode", "stadt", "comune", "município", "municipio",
])

/// Words of a postcode or place label: "PLZ, Ort", "Código postal y localidad", "Town/City".
private let placeLabelWords = WordSet([
    "plz", "ort", "wohnort", "cap", "postal", "postcode", "town", "city", "localidad", "località", "localita",
    "plaats", "woonplaats", "cidade", "ville", "cp", "cep", "pin", "pincode", "stadt", "comune", "município",
    "municipio", "provincia", "code",
])

/// Whether the place name ending at `e` ends its field: the line ends, a column gap or a
/// province in brackets ("00047 Marino (RM)") follows.
private func endsItsField(_ t: Text, _ e: Int) -> Bool { placeFieldEnd(t, e) != nil }

/// The end of the field when the place name ending at `e` ends it (`endsItsField`): after a second
/// capitalised word ("Bad Homburg") and a province or qualifier in brackets ("(RM)", "(Saale)",
/// "(Málaga)"), if any; nil when more follows.
private func placeFieldEnd(_ t: Text, _ e: Int) -> Int? {
    var k = e
    if t[k] == 0x20, t.isUppercaseLetter(at: k + 1) { k = t.letterWordEnd(k + 1) } // "Bad Homburg"
    if let b = bracketedPlaceEnd(t, k) { k = b }
    if t[k] == 0x09 || (t[k] == 0x20 && t[k + 1] == 0x20) { return k }
    let r = t.skipBlanks(k)
    return r >= t.count || isLineBreak(t[r]) ? k : nil
}

/// A place's province or qualifier in brackets after one blank at `k` ("(RM)", "(Saale)", "(Oder)",
/// "(Málaga)", "(M.P.)", "(A Coruña)", "(Santa Cruz de Tenerife)"): capitalised words (particles
/// between them) of letters, dots and hyphens, 30 bytes at most; not a job's terms ("(Hybrid)",
/// "(HQ)", "(Vollzeit oder Teilzeit)"). Returns the end after ")".
private func bracketedPlaceEnd(_ t: Text, _ k: Int) -> Int? {
    guard t[k] == 0x20, t[k + 1] == 0x28, t.isUppercaseLetter(at: k + 2) else { return nil }
    var j = k + 2
    while j < t.count && j - k <= 32 {
        t.work.step()
        let c = t.b[j]
        if c == 0x29 { return workTermsInBrackets.contains(t, k + 2, j) ? nil : j + 1 }
        if c == 0x20 {
            // another word: capitalised, or a particle before one; the first no job's term
            // ("(Remote Option)", "(Hybrid Working)", "(Smart Working)")
            guard !workTermsInBrackets.contains(t, t.letterRunStart(before: j), j) else { return nil }
            let w = t.letterWordEnd(j + 1)
            guard w > j + 1, t.isUppercaseLetter(at: j + 1)
                    || (placeNameParticles.contains(t, j + 1, w) && t[w] == 0x20 && t.isUppercaseLetter(at: w + 1)) else { return nil }
            j += 1
            continue
        }
        guard c >= 0x80 || isAlphaASCII(c) || c == 0x2E || c == 0x2D else { return nil }
        j += 1
    }
    return nil
}

/// Words in brackets after a job's place that are its terms, not the place's province.
private let workTermsInBrackets = WordSet([
    "hybrid", "hybride", "híbrido", "hibrido", "ibrido", "remote", "remoto", "télétravail", "hq", "onsite", "on-site",
    "office", "büro", "vollzeit", "teilzeit", "homeoffice", "fulltime", "full-time", "parttime", "part-time",
    "headquarters", "zentrale", "hauptsitz", "siège", "sede", "presencial", "presenziale", "kantoor", "thuiswerk",
    "smart", "trabajo", "teletrabajo", "flexible", "flexibel",
])

/// Whether the place name ending at `e` ends its address ("…, 91074 Herzogenaurach", "07745
/// Jena · …", "Arrasate/Mondragón (Gipuzkoa)"): no word follows it on the same segment
/// ("10000 Requests per second" is prose).
private func endsItsAddress(_ t: Text, _ e: Int) -> Bool {
    var k = e
    if t[k] == 0x20, t.isUppercaseLetter(at: k + 1) { k = t.letterWordEnd(k + 1) } // "Bad Homburg"
    guard t[k] == 0x20 else { return true } // a line end, comma, slash, bracket, dash
    return !t.isWordChar(at: t.skipBlanks(k))
}

// MARK: - growth

/// Extends an address to the right over further address-like, comma-separated segments,
/// ending less than `maxGrowth` bytes after `end`.
///
/// `reachedAState` is set when a part joined by a dash was a state or a postcode ("… - SP,
/// 01331-020"): the address's line is then read from its start as a postcode's line is
/// (`addressLineStart`).
private func growRight(_ t: Text, _ end: Int, limit: Int, reachedAState: inout Bool) throws(RedactionStopped) -> Int {
    let maxGrowth = 120
    var e = end
    for _ in 0..<5 {
        t.work.step()
        var k = e
        if t[k] == 0x2C { k += 1 }
        else if let d = dashBeforeStateOrPostcode(t, k) { k = d; reachedAState = true }
        else if !(t[k] == 0x20 && t[k + 1] != 0x20) { break }
        k = t.skipBlanks(k)
        // A token reaching end + maxGrowth + 1 would end the segment too far away to be taken,
        // so the scan stops there: each anchor reads at most that far, however long the token.
        guard k < limit else { break }
        guard let se = try segmentEnd(t, k, scanLimit: end + maxGrowth + 1) else {
            // "C/ Navas, 17, 18009 Granada de 11:00 a 13:00": a postcode and its place starting
            // a segment that goes on as prose end the address
            if let pe = postcodePlaceAtSegmentStart(t, k), pe <= limit, pe - end < maxGrowth { e = pe }
            break
        }
        guard se - end < maxGrowth else { break }
        e = se
    }
    // a floor after its ordinal's full stop, and its side: "…, 3. OG", "…, 2. Etage links"
    if t[e] == 0x2E, e > end, isDigit(t[e - 1]), t[e + 1] == 0x20, case let w = t.letterWordEnd(e + 2), w > e + 2,
       floorWords.contains(t, e + 2, w), w <= limit {
        e = w
        if t[e] == 0x20, case let side = t.letterWordEnd(e + 1), side > e + 1, floorSides.contains(t, e + 1, side), side <= limit {
            e = side
        }
    }
    // the place's province in brackets, which ends the address: "…, 29640 Fuengirola (Málaga)",
    // "06108 Halle (Saale)", "20900 Monza (MB), P.IVA …"
    if let b = bracketedPlaceEnd(t, e), b <= limit { e = b }
    return e
}

/// After a dash between blanks at `k` (" - ", " – "), where the next segment starts, when it is a
/// state's two capitals ("São Paulo - SP, 01331-020"), a Brazilian postcode ("Pampulha -
/// 31270-901"), or a place before one of those ("6627 - Pampulha - Belo Horizonte, MG"), as
/// Brazilian addresses join their parts; nil otherwise.
private func dashBeforeStateOrPostcode(_ t: Text, _ k: Int) -> Int? {
    guard t[k] == 0x20 else { return nil }
    var q = k + 1
    if t[q] == 0x2D { q += 1 } else if t[q] == 0xE2, t[q + 1] == 0x80, t[q + 2] == 0x93 { q += 3 } else { return nil }
    guard t[q] == 0x20 else { return nil }
    let n = q + 1
    if isStateOrPostcode(t, n) { return n }
    // one or two places of one to four capitalised words, then a state or postcode, each after
    // a dash or a comma ("1500 - Consolação, São Paulo - SP")
    var w = n
    for _ in 0..<2 {
        var words = 0
        while words < 4, t.isUppercaseLetter(at: w) || (words > 0 && placeNameParticles.contains(t, w, t.letterWordEnd(w))) {
            t.work.step()
            let e = t.letterWordEnd(w)
            guard e > w else { return nil }
            if t.isUppercaseLetter(at: w) { words += 1 }
            w = e
            if t[w] == 0x20, t.isLetter(at: w + 1) { w += 1; continue }
            break
        }
        guard words > 0 else { return nil }
        var r = w
        if t[r] == 0x2C { r += 1 } else if t[r] == 0x20, t[r + 1] == 0x2D || t[r + 1] == 0xE2 {
            r += t[r + 1] == 0x2D ? 2 : 4
        } else { return nil }
        w = t.skipBlanks(r)
        if isStateOrPostcode(t, w) { return n }
    }
    return nil
}

/// Whether a state's two capitals ("SP", "MG", then no letter nor digit) or a Brazilian
/// postcode ("01331-020", "31270901") stands at `k`.
private func isStateOrPostcode(_ t: Text, _ k: Int) -> Bool {
    if isUpperASCII(t[k]), isUpperASCII(t[k + 1]), !isAlnumASCII(t[k + 2]) { return true }
    let d = t.digitsEnd(k)
    return (d - k == 5 && t[d] == 0x2D && t.digitsEnd(d + 1) == d + 4) || d - k == 8
}

/// The end of a postcode of four or five digits (or "01304-001") and the capitalised place after
/// it at `k` ("18009 Granada", "28010 Madrid", "72076 Tübingen", "01304-001 São Paulo"): one to
/// three capitalised words, with particles between them; nil when there are none.
private func postcodePlaceAtSegmentStart(_ t: Text, _ k: Int) -> Int? {
    var d = t.digitsEnd(k)
    guard d - k == 4 || d - k == 5 else { return nil }
    if d - k == 5, t[d] == 0x2D, t.digitsEnd(d + 1) == d + 4 { d += 4 }
    guard t[d] == 0x20, t.isUppercaseLetter(at: d + 1) else { return nil }
    var e = d, previousEnd = d, words = 0
    var q = d + 1
    while words < 3 {
        t.work.step()
        let w = t.letterWordEnd(q)
        guard w > q else { break }
        if t.isUppercaseLetter(at: q) {
            words += 1
            previousEnd = e
            e = w
        } else {
            if !(placeNameParticles.contains(t, q, w) && t[w] == 0x20 && t.isUppercaseLetter(at: w + 1)) {
                // "28013 Madrid Disponible para viajar": a capitalised word before prose is the
                // prose's ("São Paulo e região", "Granada de 11:00" are not prose's words)
                if words > 1, !placeJoinWords.contains(t, q, w) { e = previousEnd }
                break
            }
        }
        guard t[w] == 0x20 else { break }
        q = w + 1
    }
    return words > 0 ? e : nil
}

/// Small words that may follow a place without making it prose: "São Paulo e região", "Granada de 11:00".
private let placeJoinWords = WordSet(["e", "y", "und", "et", "en", "and", "o", "ou", "oder", "de", "del", "da", "do", "di"])

/// Where a street's name starts when the words right before its compound word at `s` are an
/// ordinal or a title, a given name or a particle ("Tweede Jan Steenstraat", "Eerste Constantijn
/// Huygensstraat", "Burgemeester de Vlugtlaan", "Van Baerlestraat" after "Koningin"), up to
/// three of them, reaching the line's start or a field's (after a column gap, ":", ",", "|",
/// "·", "("); `s` otherwise.
private func streetNameWordsStart(_ t: Text, _ s: Int) -> Int {
    var k = s, taken = 0
    while taken < 3, k >= 2, t[k - 1] == 0x20, t[k - 2] != 0x20 {
        let ws = t.letterRunStart(before: k - 1)
        guard ws < k - 1, !t.isWordChar(before: ws) else { break }
        t.work.add(k - ws)
        guard streetNamePrefixWords.contains(t, ws, k - 1) || givenNames.contains(t, ws, k - 1)
                || particles.contains(t, ws, k - 1) else { break }
        k = ws
        taken += 1
    }
    guard k < s else { return s }
    let p = t.skipBlanksBack(k)
    let c = t[p - 1]
    if p == 0 || isLineBreak(c) || c == 0x3A || c == 0x2C || c == 0x7C || c == 0x28 || k - p >= 2 || t[k - 1] == 0x09 { return k }
    if p >= 2, t[p - 2] == 0xC2, c == 0xB7 { return k }
    return s
}

/// Ordinals, adjectives and titles that start Dutch street names ("Tweede", "Nieuwe",
/// "Burgemeester", "Koningin").
private let streetNamePrefixWords = WordSet([
    "eerste", "tweede", "derde", "vierde", "nieuwe", "oude", "korte", "lange", "kleine", "grote", "hoge", "lage",
    "sint", "burgemeester", "dokter", "koningin", "koning", "prins", "prinses", "graaf", "gravin", "professor",
    "generaal", "admiraal", "pastoor", "president", "hertog", "jonkheer", "meester",
])

/// Floors after their ordinal in a German address ("3. OG", "2. Etage", "1. Stock"), and the side of it.
private let floorWords = WordSet(["og", "eg", "dg", "ug", "etage", "stock", "obergeschoss", "stockwerk"])
private let floorSides = WordSet(["links", "rechts", "li", "re", "mitte"])

/// Extends an address to the left over up to two segments that contain a digit.
private func growLeft(_ t: Text, _ start: Int) throws(RedactionStopped) -> Int {
    var s = start
    for _ in 0..<2 {
        var p = t.skipBlanksBack(s)
        guard p > 0, t.b[p - 1] == 0x2C else { break }
        p = t.skipBlanksBack(p - 1)
        // find the start of the previous segment
        var q = p
        while q > 0 {
            t.work.step()
            let c = t.b[q - 1]
            if c == 0x2C || c == 0x3A || c == 0x7C || c == 0x3B || isLineBreak(c) || c == 0x28 { break }
            if c >= 0x80 && !t.isLetter(at: t.scalarStart(before: q)) { break } // · • — emoji
            if p - q > 40 { return s }
            q -= 1
        }
        // "9:30 AM – 12:30 PM, Hyderabad 500081": a time's minutes, no house number
        if q >= 2, t.b[q - 1] == 0x3A, isDigit(t.b[q - 2]), isDigit(t[q]) { break }
        q = t.skipBlanks(q)
        guard q < p else { break }
        if let se = try segmentEnd(t, q, maxTokens: 4, requireDigit: true), se == p { s = q; continue }
        // a house's name first on its line: "Rose Cottage, 4 Mill Lane", "Thornbury House, 12 …"
        guard startsItsLine(t, q), t.isUppercaseLetter(at: q), let se = try segmentEnd(t, q, maxTokens: 4), se == p,
              case let ws = t.letterRunStart(before: p), ws < p, houseNameEndings.contains(t, ws, p) else { break }
        s = q
        break
    }
    return s
}

/// Last words of a house's name written before its street ("Rose Cottage", "The Old Forge", "Tŷ Gwyn
/// Farm", "Beckett Hall").
private let houseNameEndings = WordSet([
    "cottage", "cottages", "house", "lodge", "farm", "farmhouse", "barn", "villa", "manor", "hall", "grange",
    "rectory", "vicarage", "forge", "mill", "croft", "bungalow", "chalet", "oast", "granary",
])

/// Finds addresses (see the file comment for the rules).
func detectAddresses(_ t: Text, into out: inout [Candidate], blockLines: inout [Candidate]) throws(RedactionStopped) {
    var found = [Candidate]()
    // the lines under an address label alone on its line (see `addAddressLinesUnderALabel`)
    var linesUnderLabels = [Candidate]()
    // where each postcode anchor starts, ascending
    var postcodeAnchors = [Int]()
    var i = 0
    while i < t.count {
        // ASCII bytes that are no word start
        i = try t.skip(from: i) { p, c in
            c < 0x80 && (!isAlnumASCII(c) || isAlnumASCII(p) || p == 0x2E || (p == 0x2D && isDigit(c)))
        }
        guard i < t.count else { break }
        try t.work.tick()
        let c = t.b[i]
        if c >= 0x80 && !t.isLetter(at: i) { i += t.scalar(at: i).length; continue }
        guard c >= 0x80 || isAlnumASCII(c) else { i += 1; continue }
        if t.isWordChar(before: i) || (i > 0 && (t.b[i - 1] == 0x2E || (t.b[i - 1] == 0x2D && isDigit(c)))) {
            i += c < 0x80 ? 1 : t.scalar(at: i).length
            continue
        }
        var anchor: (Int, Int)? = nil
        var postcodeLine = false
        defer { if postcodeLine, let (a, _) = anchor { postcodeAnchors.append(a) } }
        if isDigit(c) {
            if let e = try numberFirstStreet(t, i) { anchor = (i, e) }
            else if let a = postcodeCityAnchor(t, i, below: found.last) { anchor = a; postcodeLine = true }
            else if let a = nationalPostcodeAnchor(t, i) { anchor = a; postcodeLine = true }
        } else {
            var labelled = false
            if addressLabels.mayMatch(in: t, at: i), let n = addressLabels.longestMatch(in: t, at: i), !t.isLetter(at: i + n) {
                var k = t.skipBlanks(i + n)
                if t[k] == 0x3A {
                    labelled = true
                    k = t.skipBlanks(k + 1)
                    // "C/o Shri Mahesh Yadav, H.No. 3/117, …": the person the post goes through is
                    // no part of the address; it starts after their name's comma
                    // (the person is a name; without a comma on the line the whole value stays one address)
                    if let r = relationMarkers.longestMatch(in: t, at: k), !t.isLetter(at: k + r),
                       let after = afterPersonsSegment(t, k + r) {
                        var ne = after
                        while ne > k + r, isBlank(t.b[ne - 1]) || t.b[ne - 1] == 0x2C { ne -= 1 }
                        var ns = t.skipBlanks(k + r)
                        // an honorific stays outside the name ("C/o Shri Mahesh Yadav")
                        for _ in 0..<2 {
                            let we = t.letterWordEnd(ns)
                            guard we > ns, we < ne, personHonorifics.contains(t, ns, we) else { break }
                            ns = t.skipBlanks(t[we] == 0x2E ? we + 1 : we)
                        }
                        if ns < ne { out.append(Candidate(kind: .name, start: ns, end: ne)) }
                        k = after
                    }
                    if k < t.count, let e = labelledValueEnd(t, k) { anchor = (afterALeadingFirmOrInstitution(t, k, e), e) }
                    // "Permanent Address:" alone on its line: the address on the lines under it
                    else if isLineBreak(t[k]) { try addAddressLinesUnderALabel(t, after: k, into: &linesUnderLabels) }
                }
            }
            if !labelled, addressPartLabels.mayMatch(in: t, at: i), let n = addressPartLabels.longestMatch(in: t, at: i), !t.isLetter(at: i + n) {
                // "Address line 1: Flat 2/1", "Bairro: Vila Galvão", "Complément : Hameau de Saint-Pons"
                let k = t.skipBlanks(i + n)
                if t[k] == 0x3A, case let v = t.skipBlanks(k + 1), let e = addressPartValueEnd(t, v),
                   !ambiguousPartLabels.contains(t, i, t.letterWordEnd(i)) || isInAnAddressForm(t, i) {
                    anchor = (v, e)
                }
            }
            if anchor == nil, poBoxFirstBytes.contains(lowerASCII(c)) {
                t.work.add(poBoxPrefixes.count)
                for p in poBoxPrefixes where t.matches(p, at: i) {
                    let k = t.skipBlanks(i + p.count)
                    var d = t.digitsEnd(k)
                    // a German box number in groups of two: "Postfach 20 04 17"
                    for _ in 0..<3 where d - k <= 8 && t[d] == 0x20 && t.digitsEnd(d + 1) == d + 3 && !isAlnumASCII(t[d + 3]) {
                        d += 3
                    }
                    // a bare "Apartado 3" is a section as often as a box: only before the postcode or at the line's end
                    let bare = p == apartadoPrefix || p == apdoPrefix
                    // or before a postcode, after a blank, a comma or a dash ("Apartado 1043 – 29640 Fuengirola")
                    var pc = t.skipBlanks(d)
                    if t[pc] == 0x2C || t[pc] == 0x2D { pc = t.skipBlanks(pc + 1) }
                    else if t[pc] == 0xE2, t[pc + 1] == 0x80, t[pc + 2] == 0x93 || t[pc + 2] == 0x94 { pc = t.skipBlanks(pc + 3) }
                    let ends = t.skipBlanks(d) >= t.count || isLineBreak(t[t.skipBlanks(d)])
                        || (t[d] == 0x2C && isDigit(t[t.skipBlanks(d + 1)])) || t.digitsEnd(pc) == pc + 5
                    if d > k && k > i + p.count - 1 && !isAlnumASCII(t[d]) && (!bare || ends) { anchor = (i, d) }
                    break
                }
            }
            if anchor == nil, let e = labelledHouseNumber(t, i) { anchor = (i, e) }
            // a word in lower case ASCII starts no street but "ul.", "al.", "c/", and no postal or
            // city anchor (they start with a capital): those are not asked
            let lower = isLowerASCII(c)
            if anchor == nil, !lower || t[t.letterWordEnd(i)] == 0x2E || t[i + 1] == 0x2F, let e = streetFirst(t, i) { anchor = (i, e) }
            if anchor == nil, !lower, let a = try postalAnchor(t, i) { anchor = a; postcodeLine = true }
            if anchor == nil, !lower, let a = postcodeCityAnchor(t, i) { anchor = a; postcodeLine = true }
            if anchor == nil, let a = nationalPostcodeAnchor(t, i) { anchor = a; postcodeLine = true }
        }
        guard let (s0, e0) = anchor else {
            i = max(c < 0x80 ? (isDigit(c) ? t.digitsEnd(i) : t.asciiWordEnd(i)) : t.letterWordEnd(i), i + 1)
            continue
        }
        var reachedAState = false
        let e = try growRight(t, e0, limit: t.count, reachedAState: &reachedAState) // segments never cross a line break
        var s = try growLeft(t, s0)
        // "Tweede Jan Steenstraat 41-2", "Burgemeester de Vlugtlaan 125": the words of a Dutch
        // street's name before its compound word
        if s == s0, t.isUppercaseLetter(at: s), endsWithCompoundStreetEnding(t, s, t.letterWordEnd(s)) {
            s = streetNameWordsStart(t, s)
        }
        // "Unit 5/22 Smith Street", "Shop 3 14 High Street": a unit's word right before the number
        // that starts the address
        if isDigit(t[s]), s >= 2, t[s - 1] == 0x20, case let ws = t.letterRunStart(before: s - 1), ws < s - 1,
           t.isUppercaseLetter(at: ws), unitLineWords.contains(t, ws, s - 1) {
            s = ws
        }
        // "Condomínio Solar das Palmeiras, Rua das Flores, 123, Moema, São Paulo - SP": grown to
        // its state, the address's line is read as a postcode's line is (the line above is not)
        if reachedAState && !postcodeLine { s = try addressLineStart(t, s) }
        if postcodeLine {
            // the rest of the postcode's line ("Funcionários, Belo Horizonte - MG, 30140-010"),
            // and the street line above it ("Am Kirchberg 7" over "01067 Dresden")
            s = try addressLineStart(t, s, grownStreet: s < s0)
            let ls = t.skipBlanksBack(s)
            // first on its line, or first in a column ("Backend-Entwickler\t\t20253 Hamburg")
            let firstInColumn = ls > 0 && !isLineBreak(t.b[ls - 1]) && (t.b[s - 1] == 0x09 || s - ls >= 2)
            if ls == 0 || isLineBreak(t.b[ls - 1]) || firstInColumn,
               let lineStart = firstInColumn ? nearLineStart(t, s) : ls, let (a, b) = try streetLineAbove(t, lineStart) {
                found.append(Candidate(kind: .address, start: a, end: b))
            }
        }
        found.append(Candidate(kind: .address, start: s, end: e))
        i = max(e0, i + 1)
    }
    // merge overlapping or touching (", ", " – ") candidates
    found.sort { $0.start < $1.start }
    var merged = [Candidate]()
    for cand in found {
        try t.work.tick()
        if var last = merged.last {
            var gap = last.end, dashes = 0
            while gap < cand.start {
                try t.work.tick()
                if isBlank(t.b[gap]) || t.b[gap] == 0x2C { gap += 1; continue }
                // one dash between blanks: "8 MG Road, Indiranagar, Bengaluru – 560038"
                if dashes == 0, gap > last.end, isBlank(t.b[gap - 1]) {
                    if t.b[gap] == 0x2D { gap += 1; dashes += 1; continue }
                    if t.b[gap] == 0xE2, t[gap + 1] == 0x80, t[gap + 2] == 0x93 || t[gap + 2] == 0x94 { gap += 3; dashes += 1; continue }
                }
                break
            }
            if cand.start <= gap, dashes == 0 || isBlank(t[cand.start - 1]) {
                // the gap holds only blanks, commas and a dash between blanks, so both are on one line
                last.end = max(last.end, cand.end)
                merged[merged.count - 1] = last
                continue
            }
        }
        merged.append(cand)
    }
    out.append(contentsOf: merged)
    try addAddressBlockLines(t, merged, postcodeAnchors: postcodeAnchors, into: &blockLines)
    // a line under an address label where no address was found: as a block's line, so a person
    // named there keeps it ("Kumari Anjali Yadav, D/o …" over the address); where one was found, the
    // rules above chose its start ("Northbridge Engineering Ltd, Unit 4, …": the firm stays)
    var m = 0
    for line in linesUnderLabels {
        try t.work.tick()
        while m < merged.count, merged[m].end <= line.start { m += 1 }
        if m < merged.count, merged[m].start < line.end { continue }
        blockLines.append(line)
    }
}

/// The lines of a postal address block around a postcode line that hold no anchor of their own:
/// up to `addressBlockLinesAbove` lines between a street line and the postcode line under it
/// ("3 Mill Road" / "Little Wratting" / "Haverhill" / "Suffolk" / "CB9 7UD"), or above a postcode
/// written alone on its line when no street line comes first ("Brackenside" / "Portinscale" /
/// "KESWICK" / "CA12 5RE"; "Funcionários – Belo Horizonte/MG" over a CEP); and under the postcode
/// line, up to `addressBlockLinesBelow` lines that name a country ("Wales, United Kingdom",
/// "Brasil"). Each line must look like a part of an address (`isAddressBlockLine`); a blank line
/// ends the block (a CRLF's empty segment is no blank line). A postcode after a town on its line
/// ("Leeds LS1 4AP", "45128 Essen") takes no line above without a street line: job titles, firms
/// and contract types stand there in ads and headers. They are candidates only where no person
/// is named (`withoutPersons`): a recipient's name line stays a name.
private func addAddressBlockLines(_ t: Text, _ addresses: [Candidate], postcodeAnchors: [Int],
                                  into out: inout [Candidate]) throws(RedactionStopped) {
    guard !postcodeAnchors.isEmpty else { return }
    let lines = t.lineFacts
    var addressLines = Set<Int>()
    for c in addresses {
        try t.work.tick()
        addressLines.insert(lines.lineIndex(at: c.start))
        addressLines.insert(lines.lineIndex(at: max(c.start, c.end - 1)))
    }
    // the document's first line is its heading, never an address's part
    let firstText = try t.skip(from: 0) { _, c in isBlank(c) || isLineBreak(c) }
    /// Line `j` trimmed, or nil for a CRLF's empty segment (the bytes between "\r" and "\n").
    func trimmed(_ j: Int) -> (Int, Int)? {
        let (s, e) = lines.lineBounds(j, in: t)
        if s == e, t[s] == 0x0A, t[s - 1] == 0x0D { return nil }
        return (t.skipBlanks(s), t.skipBlanksBack(e))
    }
    var done = Set<Int>() // postcode lines already grown from (many postcodes on one line)
    var p = 0
    for c in addresses {
        try t.work.tick()
        while p < postcodeAnchors.count && postcodeAnchors[p] < c.start { p += 1 }
        guard p < postcodeAnchors.count, postcodeAnchors[p] < c.end else { continue }
        let k = lines.lineIndex(at: c.start)
        guard done.insert(k).inserted else { continue }
        // above: the lines up to a street line, or up to the block's start over a bare postcode
        var above = [(Int, Int)]()
        var j = k - 1, reachedStreet = false
        while j >= 0 && above.count < addressBlockLinesAbove {
            try t.work.tick()
            if addressLines.contains(j) { reachedStreet = true; break }
            guard let (a, b) = trimmed(j) else { j -= 1; continue }
            guard a < b, a > firstText, isAddressBlockLine(t, a, b) else { break }
            above.append((a, b))
            j -= 1
        }
        if reachedStreet {
            // over the street line, the lines naming a flat, a floor or a building in it ("Flat 9,
            // Beckett Hall", "Unit 5, The Biscuit Works", "3rd Floor, Tower B, Olympia Tech Park",
            // "Résidence Les Tilleuls – Bât. B", "Werk 2, Tor 4")
            var u = j - 1, units = 0
            while u >= 0 && units < addressUnitLinesAbove && !addressLines.contains(u) {
                try t.work.tick()
                guard let (a, b) = trimmed(u) else { u -= 1; continue }
                guard a < b, a > firstText, startsWithAUnitWord(t, a, b), isAddressBlockLine(t, a, b) else { break }
                above.append((a, b))
                units += 1
                u -= 1
            }
        }
        if reachedStreet || isABarePostcodeLine(t, lines, k) {
            for (a, b) in above { out.append(Candidate(kind: .address, start: a, end: b)) }
        }
        // below: a country
        j = lines.lineIndex(at: max(c.start, c.end - 1)) + 1
        var below = 0
        while j < lines.lineCount && below < addressBlockLinesBelow && !addressLines.contains(j) {
            try t.work.tick()
            guard let (a, b) = trimmed(j) else { j += 1; continue }
            guard a < b, isAddressBlockLine(t, a, b), endsWithACountry(t, a, b) else { break }
            out.append(Candidate(kind: .address, start: a, end: b))
            j += 1
            below += 1
        }
    }
}

/// Whether line `k` holds a postcode alone ("CA12 5RE", "22250-900", "CEP 30130-009"): at most
/// three tokens, each with a digit but a label first.
private func isABarePostcodeLine(_ t: Text, _ lines: LineFacts, _ k: Int) -> Bool {
    let (s, e) = lines.lineBounds(k, in: t)
    var q = t.skipBlanks(s), tokens = 0
    let end = t.skipBlanksBack(e)
    guard end - q <= 24 else { return false }
    t.work.add(end - q)
    while q < end {
        var r = q, digit = false
        while r < end && !isBlank(t.b[r]) { if isDigit(t.b[r]) { digit = true }; r += 1 }
        tokens += 1
        let labelEnd = r > q + 1 && t.b[r - 1] == 0x3A ? r - 1 : r // "PIN: 688501"
        guard tokens <= 3, digit || (tokens == 1 && postcodeLabelWords.contains(t, q, labelEnd)) else { return false }
        q = t.skipBlanks(r)
    }
    return tokens > 0
}

private let postcodeLabelWords = WordSet(["cep", "pin", "plz", "cp", "postcode", "zip"])

/// Whether `s..<e` ends with a country's name ("Brasil", "Wales, United Kingdom", "New Zealand").
private func endsWithACountry(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    var end = e
    if t[end - 1] == 0x2E { end -= 1 }
    let ws = t.letterRunStart(before: end)
    return ws < end && ws >= s && countries.contains(t, ws, end)
}

/// `lines` without those that overlap a name in `candidates`.
func withoutPersons(_ lines: [Candidate], _ candidates: [Candidate], in t: Text) throws(RedactionStopped) -> [Candidate] {
    guard !lines.isEmpty else { return [] }
    var names = [Candidate]()
    for c in candidates where c.kind == .name { try t.work.tick(); names.append(c) }
    names.sort { $0.start < $1.start }
    // the furthest end among the names starting at or before each one
    var reach = [Int](), furthest = Int.min
    for n in names { furthest = max(furthest, n.end); reach.append(furthest) }
    var kept = [Candidate]()
    for l in lines {
        try t.work.tick()
        // the names starting before the line ends; one of them overlaps it if the furthest end passes its start
        var lo = 0, hi = names.count
        while lo < hi { let mid = (lo + hi) / 2; if names[mid].start < l.end { lo = mid + 1 } else { hi = mid } }
        t.work.add(names.count.bitWidth - names.count.leadingZeroBitCount)
        if lo == 0 || reach[lo - 1] <= l.start { kept.append(l) }
    }
    return kept
}

/// Countries' names (or their last words: "United Kingdom", "New Zealand") on an address's last line.
private let countries = WordSet([
    "brasil", "brazil", "deutschland", "germany", "france", "españa", "spain", "italia", "italy", "nederland",
    "netherlands", "india", "australia", "uk", "england", "scotland", "wales", "portugal", "usa", "schweiz", "österreich",
    "kingdom", "states", "ireland", "zealand", "canada", "britain", "america", "belgium", "belgique", "switzerland",
    "austria", "suisse", "svizzera", "méxico", "mexico", "argentina",
])

/// Lines of an address block above its postcode line, at most.
private let addressBlockLinesAbove = 4
/// Lines naming a flat, a floor or a building above an address block's street line, at most.
private let addressUnitLinesAbove = 2

/// Whether the line `s..<e` starts with a word naming a part of a building, after an ordinal if
/// any ("Flat 9, …", "Apt 4B", "Level 12", "3rd Floor, …", "Appartement 34 – 3e étage", "Werk 2").
private func startsWithAUnitWord(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    var k = s
    if isDigit(t[k]) { // an ordinal: "3rd", "2nd", "3e", "1er", "3."
        let d = t.digitsEnd(k)
        guard d - k <= 3 else { return false }
        let we = t.letterWordEnd(d)
        k = t.skipBlanks(we > d ? we : (t[d] == 0x2E ? d + 1 : d))
        guard k > d, k < e else { return false }
    }
    let we = t.letterWordEnd(k)
    guard we > k, we <= e, unitLineWords.contains(t, k, we) else { return false }
    // a firm named so ("Room 101 Productions Ltd", "Werk 1 Verwaltungs GmbH") ends in its legal form
    var le = e
    while le > s, isBlank(t.b[le - 1]) || t.b[le - 1] == 0x2C { le -= 1 }
    var ls = le
    while ls > s, !isBlank(t.b[ls - 1]) { ls -= 1 }
    t.work.add(e - ls)
    return !legalFormsBeforeAddresses.contains(t, ls, le)
}

/// Words naming a part of a building that a line of an address starts with.
private let unitLineWords = WordSet([
    "flat", "apartment", "apt", "unit", "suite", "level", "floor", "room", "studio", "maisonette", "penthouse", "shop",
    "appartement", "appt", "résidence", "residence", "bâtiment", "bât", "escalier", "étage", "tower", "block",
    "wing", "werk", "tor", "haus", "gebäude", "aufgang", "etage", "hinterhaus", "vorderhaus", "seitenflügel",
    "bloco", "apto", "sala", "conjunto", "conj", "andar", "torre", "edificio", "edifício", "piso", "planta",
    "portal", "escalera", "nave",
])
/// Lines of an address block under its postcode line, at most.
private let addressBlockLinesBelow = 2

/// Whether `s..<e` (one line, trimmed) looks like a part of an address with no anchor: at most
/// 60 bytes and six words, capitalised words, connectors and unit words ("Flat 2/1", "Unit 5,
/// The Biscuit Works", "Rio de Janeiro – RJ", "Alappuzha Dist., Kerala"), few digits; not a
/// person (an honorific, a known given name and a surname), a firm, an institution, a label, a
/// heading, prose, or contacts.
private func isAddressBlockLine(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    guard e - s <= 72 else { return false } // 60 characters and a few accents and dashes
    t.work.add(e - s)
    var k = s, words = 0, capitals = 0, digits = 0, firstWord: (Int, Int)? = nil, secondCapital = false, landmark = false
    var unitFirst = false, namesAFirmOrInstitution = false
    while k < e {
        let c = t.b[k]
        if isDigit(c) {
            let d = t.digitsEnd(k)
            digits += d - k
            guard d - k <= 4, digits <= 6 else { return false }
            k = d
            continue
        }
        // contacts, labels, a firm ("Smith & Nephew"), an aside, a title's separator: "@ : | // & ( · —"
        // (a place's province or qualifier in brackets ending the line is no aside: "Distt.
        // Narmadapuram (M.P.)", "Freguesia (Jacarepaguá)")
        if c == 0x28, k > s, bracketedPlaceEnd(t, k - 1) == e { k += 1; continue }
        if c == 0x40 || c == 0x3A || c == 0x7C || (c == 0x2F && t[k + 1] == 0x2F) || c == 0x26 || c == 0x28
            || (c == 0xC2 && t[k + 1] == 0xB7) || (c == 0xE2 && t[k + 1] == 0x80 && t[k + 2] == 0x94) { return false }
        let we = t.letterWordEnd(k)
        guard we > k else { k += c < 0x80 ? 1 : t.scalar(at: k).length; continue }
        // an ordinal's or a number's letters are no word of their own: "7th Floor", "3e étage", "12a"
        if k > s && isDigit(t.b[k - 1]) && we - k <= 3 { k = we; continue }
        words += 1
        guard words <= 6 else { return false }
        // a landmark names the place the address is near, whatever it is: "Opp. Fortis Hospital",
        // "Near Shiv Mandir, Gandhi Nagar", "Behind Metro Station"
        if words == 1 && landmarkWords.contains(t, k, we) { landmark = true }
        if t.isUppercaseLetter(at: k) {
            capitals += 1
            if words == 2 { secondCapital = true }
            if words == 1 && unitLineWords.contains(t, k, we) { unitFirst = true }
            if landmark { if firstWord == nil { firstWord = (k, we) }; k = we; continue }
            if words > 1 && houseNameWords.contains(t, k, we) {
                // a house's or a building's name after a unit: "Unit 5, The Biscuit Works"
            } else if companySuffixes.contains(t, k, we) || institutionsBeforeAddresses.contains(t, k, we)
                || (institutionWordsAfter.contains(t, k, we) && !addressUnitWords.contains(t, k, we))
                || (nonNameWords.contains(t, k, we) && !placeWordsOfNonNameWords.contains(t, k, we)) {
                namesAFirmOrInstitution = true
            } else if sectionWords.contains(t, k, we) || documentWords.contains(t, k, we) || roleWords.contains(t, k, we)
                || organisationUnitWords.contains(t, k, we) { return false }
        } else if we - k > 3 && !addressUnitWords.contains(t, k, we) && !connectors.contains(t, k, we) {
            return false // prose: "Our office is in"
        }
        if firstWord == nil { firstWord = (k, we) }
        k = we
    }
    guard capitals > 0, let (fs, fe) = firstWord else { return false }
    // a firm's or an institution's name, unless a numbered unit of it ("Unit 5, The Biscuit Works")
    // or a street named after a park or a station ("Elswick Park Road", "Station Road": its last
    // word a street's)
    if namesAFirmOrInstitution && !(unitFirst && digits > 0) {
        let le = t[e - 1] == 0x2E ? e - 1 : e
        let ls = t.letterRunStart(before: le)
        guard ls < le, ls > fs, t.isUppercaseLetter(at: ls), streetSuffixes.contains(t, ls, le) else { return false }
    }
    // a sentence ends with a full stop ("Advogado."), an abbreviation may ("Alappuzha Dist.")
    if t[e - 1] == 0x2E, e - 1 - t.letterRunStart(before: e - 1) > 5 { return false }
    // a contact's label ("Telefon", "Cellulare", "E-mail") or a person ("Mr Tom Baker", "Priya Raman")
    if phoneLabelWords.contains(t, fs, fe) || linkLabels.contains(t, fs, fe) || contactLabelWords.contains(t, fs, fe)
        || personHonorifics.contains(t, fs, fe) { return false }
    if words <= 3, secondCapital, givenNames.contains(t, fs, fe), !ambiguousGiven.contains(t, fs, fe) { return false }
    return true
}

/// Words that start a landmark line of an Indian address ("Near Shiv Mandir", "Opp. Fortis Hospital").
private let landmarkWords = WordSet(["near", "opp", "opposite", "behind", "beside", "besides", "adjacent", "nr"])

private let contactLabelWords = WordSet(["email", "e-mail", "mail", "fax", "telefax", "skype", "whatsapp", "e-bost"])

/// Departments, services and teams of an organisation, on the lines of a letter's recipient block
/// ("Departamento de Recursos Humanos", "Servicio de Cardiología", "Afdeling Verpleegkunde").
private let organisationUnitWords = WordSet([
    "department", "dept", "departamento", "dipartimento", "département", "abteilung", "afdeling", "servicio", "serviço",
    "servizio", "service", "services", "ufficio", "office", "direzione", "direction", "diretoria", "dirección",
    "directie", "gerência", "gerencia", "coordenação", "coordinación", "secretaria", "secretaría", "division",
    "divisão", "división", "bereich", "team", "equipe", "equipo", "unidad", "unidade", "unità", "wing", "ward",
    "personalia", "referees", "referentes", "referenties", "gegevens", "personalien", "concorsi", "recursos",
    "humanos", "human", "resources", "personnel", "personal", "personale",
])

/// The place words among `nonNameWords` (a heading of them is a place, not a name), which an
/// address block's lines hold.
private let placeWordsOfNonNameWords = WordSet([
    "new", "york", "san", "francisco", "los", "angeles", "london", "berlin", "paris", "united", "states", "kingdom",
    "city", "county", "state", "street", "road", "avenue", "são", "santo", "santa", "saint", "sainte", "sankt",
])

/// Lower-case words that parts of an address hold ("sala 1204", "casa 2, fundos", "3e étage").
private let addressUnitWords = WordSet([
    "sala", "apto", "apartamento", "casa", "fundos", "bloco", "andar", "loja", "piso", "planta", "puerta", "escalera",
    "étage", "appartement", "bâtiment", "flat", "unit", "floor", "near", "opp", "dist", "distt", "district", "tehsil",
    "taluk", "mandal", "post", "lieu-dit", "hameau", "chemin", "rue", "avenue", "route", "impasse", "house", "hall",
    "building", "tower", "court", "gardens", "park", "road", "street", "lane", "close", "place", "square", "way",
])

/// Indian and English relation markers before a person at an address's start: "C/o" (care of),
/// "S/o", "D/o", "W/o" (son, daughter, wife of).
private let relationMarkers = KeywordTable(["c/o", "s/o", "d/o", "w/o", "care of"])

/// The start of what follows the first comma after `k` on its line (60 bytes at most), or nil.
private func afterPersonsSegment(_ t: Text, _ k: Int) -> Int? {
    var j = k
    while j < t.count && j - k <= 60 {
        t.work.step()
        let c = t.b[j]
        if isLineBreak(c) { return nil }
        if c == 0x2C { return t.skipBlanks(j + 1) }
        j += 1
    }
    return nil
}

/// Labels of a form's field that holds one part of an address, whatever it holds: a flat, a
/// street without its number, a locality, a district ("Address line 1: Flat 2/1", "Town/City:
/// Glasgow", "Logradouro: Rua Tenente Durval Cunha", "Bairro: Vila Galvão", "Ortsteil: Haardt",
/// "Complément : Hameau de Saint-Pons"). A label of the whole address or of its postcode and place
/// is not one of them ("Address:", "PLZ, Ort:": `addressLabels`, `labelNamesAPlace`).
private let addressPartLabels = KeywordTable([
    "address line 1", "address line 2", "address line 3", "address line1", "address line2", "address line3",
    "town/city", "town / city", "post town", "ortsteil", "stadtteil", "logradouro", "complemento", "bairro",
    "cidade/uf", "cidade / uf", "complément", "complément d'adresse", "lieu-dit",
])

/// Whether the field labelled at `i` is one of a form's address fields: another address field's
/// label starts the line before or after it, or its own line when the label stands later on it
/// ("Logradouro: …" / "Número: 318    Complemento: …" / "Bairro: …"). A lone "Complemento:"
/// or "Bairro:" in a job's benefits list names no address part.
private func isInAnAddressForm(_ t: Text, _ i: Int) -> Bool {
    let lines = t.lineFacts
    let n = lines.lineIndex(at: i)
    // the lines up to two before and after, not across a blank line
    for step in [-1, 1] {
        var k = n
        for _ in 0..<2 {
            k += step
            guard k >= 0, k < lines.lineCount else { break }
            var (a, b) = lines.lineBounds(k, in: t)
            guard a < b else { break }
            while a < b, isBlank(t.b[a]) || t.b[a] == 0x2D || t.b[a] == 0x2A { a += 1 }
            if a < b, startsAnAddressFormField(t, a, b) { return true }
        }
    }
    let (a, _) = lines.lineBounds(n, in: t)
    let ls = t.skipBlanks(a)
    return ls < i && startsAnAddressFormField(t, ls, i)
}

/// Whether a main address field's label ("Logradouro", "Straße und Hausnummer", "PLZ, Ort",
/// "Código postal") starts `a..<b` and its colon follows within 32 bytes.
private func startsAnAddressFormField(_ t: Text, _ a: Int, _ b: Int) -> Bool {
    t.work.step()
    guard addressFormLabels.mayMatch(in: t, at: a), let m = addressFormLabels.longestMatch(in: t, at: a),
          !t.isLetter(at: a + m) else { return false }
    var c = a + m
    while c < b, c - a < 32, t.b[c] != 0x3A { c += 1 }
    t.work.add(c - a)
    return c < b && t.b[c] == 0x3A
}

/// Part labels that also name other things ("Complemento: vale-refeição", a benefit; "Bairro:",
/// "Stadtteil:" in prose): their field is an address part only in a form (`isInAnAddressForm`).
private let ambiguousPartLabels = WordSet(["complemento", "complément", "bairro", "ortsteil", "stadtteil"])

/// Labels of an address form's fields, any of which near an ambiguous part's field makes it a form.
private let addressFormLabels = KeywordTable([
    "address line 1", "address line 2", "address line 3", "address", "endereço", "endereco", "logradouro",
    "rua", "número", "numero", "nº", "cidade", "cidade/uf", "estado", "uf", "cep", "complemento", "bairro",
    "town/city", "town", "city", "county", "post town", "postcode", "post code", "zip", "country", "país",
    "straße", "strasse", "hausnummer", "plz", "ort", "ortsteil", "stadtteil", "anschrift", "land", "adresse",
    "complément", "code postal", "ville", "pays", "lieu-dit", "dirección", "localidad", "provincia",
])

/// The value of an address part's field (`addressPartLabels`) up to the end of its field: at most
/// 60 bytes, with a capital or a digit ("casa 2, fundos"); nil for an empty or longer value.
private func addressPartValueEnd(_ t: Text, _ k: Int) -> Int? {
    var j = k, capitalOrDigit = false
    while j < t.count {
        t.work.step()
        let c = t.b[j]
        if isLineBreak(c) || c == 0x7C || c == 0x3B || c == 0x09 || c == 0x40 { break }
        if c == 0x20 && t[j + 1] == 0x20 { break } // a column gap: "Número: 318    Complemento: …"
        if c == 0xC2 && t[j + 1] == 0xB7 { break } // ·
        if c == 0xE2 && t[j + 1] == 0x80 && (t[j + 2] == 0xA2 || t[j + 2] == 0x94) { break } // • —
        if isDigit(c) || t.isUppercaseLetter(at: j) { capitalOrDigit = true }
        j += 1
        if j - k > 60 { return nil }
    }
    while j > k && (isBlank(t.b[j - 1]) || t.b[j - 1] == 0x2C) { j -= 1; t.work.step() }
    return capitalOrDigit && j > k ? j : nil
}

/// The value of "Address: …" up to the end of its field; nil unless it contains a digit or
/// names a street ("Adresse : Villa Les Oliviers, chemin de la Garrigue").
/// Whether the bracket opening at `j` closes on its line with nothing but blanks or a full stop
/// after it.
private func asideEndsItsLine(_ t: Text, _ j: Int) -> Bool {
    var q = j + 1
    while q < t.count, q - j < 80, t[q] != 0x29, !isLineBreak(t[q]) { q += 1 }
    t.work.add(q - j)
    guard t[q] == 0x29 else { return false }
    var r = t.skipBlanks(q + 1)
    if t[r] == 0x2E { r = t.skipBlanks(r + 1) }
    return r >= t.count || isLineBreak(t[r])
}

private func labelledValueEnd(_ t: Text, _ k: Int) -> Int? {
    var j = k
    var hasDigit = false
    while j < t.count {
        t.work.step()
        let c = t.b[j]
        if isLineBreak(c) || c == 0x7C || c == 0x3B || c == 0x09 { break }
        if c == 0x20 && t[j + 1] == 0x20 { break }
        if c == 0xC2 && t[j + 1] == 0xB7 { break } // ·
        if c == 0xE2 && t[j + 1] == 0x80 && (t[j + 2] == 0xA2 || t[j + 2] == 0x94) { break } // • —
        // an aside in lower case ending the numbered address's line: "Industrieweg 21, 5145 PV
        // Waalwijk (bus 136, halte Industrieweg)" (not a landmark, "(opp. City Mall)", nor a flat
        // within the address: "Kerkstraat 12 (bus 3), 2000 Antwerpen")
        if c == 0x28, hasDigit, j > k, t.b[j - 1] == 0x20, isLowerASCII(t[j + 1]),
           case let we = t.letterWordEnd(j + 1), !landmarkWords.contains(t, j + 1, we), asideEndsItsLine(t, j) { break }
        if isDigit(c) { hasDigit = true }
        j += 1
        if j - k > 150 { return nil }
    }
    while j > k && (isBlank(t.b[j - 1]) || t.b[j - 1] == 0x2E || t.b[j - 1] == 0x2C) { j -= 1; t.work.step() }
    guard j - k >= 6 else { return nil }
    guard hasDigit || namesAStreetWithoutNumber(t, k, j) else { return nil }
    return j
}

/// Whether `s..<e` starts with a capital and holds a street type and a name after it ("Villa Les
/// Oliviers, chemin de la Garrigue", "Rua Tenente Durval Cunha"): a street without its number.
private func namesAStreetWithoutNumber(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    guard t.isUppercaseLetter(at: s) else { return false }
    var k = s
    while k < e {
        t.work.step()
        guard t.isLetter(at: k) else { k += t.b[k] < 0x80 ? 1 : t.scalar(at: k).length; continue }
        let we = t.letterWordEnd(k)
        guard we > k else { k += 1; continue }
        if let n = frenchStreetNameEnd(t, k), n <= e { return true }
        if t.isUppercaseLetter(at: k), t[we] == 0x20, t.isUppercaseLetter(at: we + 1),
           streetFirstTypes.contains(t, k, we) || frenchStreetTypes.contains(t, k, we) { return true }
        k = we
    }
    return false
}

/// The first non-blank byte of the line ending at `nl`, when the line is at most `within` bytes
/// long; else nil.
private func lineStart(before nl: Int, within: Int, in t: Text) -> Int? {
    var s = nl
    while s > 0 && !isLineBreak(t.b[s - 1]) {
        t.work.step()
        if nl - s > within { return nil }
        s -= 1
    }
    return t.skipBlanks(s)
}

/// Whether the line ending at the `\n` at `nl` starts with a house number and a street type
/// ("25, boulevard Voltaire", "27 rue Victor Hugo", "12, Via Roma"): the number-first order.
private func previousLineStartsWithNumberedStreet(_ t: Text, _ nl: Int) -> Bool {
    guard let s = lineStart(before: nl, within: 80, in: t) else { return false }
    let d = t.digitsEnd(s)
    guard d > s, d - s <= 5 else { return false }
    var k = d
    if isAlphaASCII(t[k]) && !t.isLetter(at: k + 1) { k += 1 } // "27b"
    if t[k] == 0x20, let q = frenchNumberSuffixEnd(t, k + 1) { k = q } // "45 bis"
    if t[k] == 0x2C { k += 1 }
    guard isBlank(t[k]) else { return false }
    k = t.skipBlanks(k)
    let we = t.letterWordEnd(k)
    return we > k && we < nl && (frenchStreetTypes.contains(t, k, we) || streetFirstTypes.contains(t, k, we))
}

/// Whether the line ending at the `\n` at `nl` is a house number (or a range) and one to four
/// capitalised words to its end, perhaps after a unit's part and its comma: a street with no
/// street type over a postcode line ("12–14 Hatton Garden", "3rd Floor, 27 Old Jewry",
/// "Flat 4, 9 Kings Parade"). Not a year ("2019 Annual Report").
private func previousLineIsANumberedStreetWithoutType(_ t: Text, _ nl: Int) -> Bool {
    guard var s = lineStart(before: nl, within: 60, in: t) else { return false }
    var e = nl
    if t[e - 1] == 0x0D { e -= 1 }
    e = t.skipBlanksBack(e)
    if !isDigit(t[s]) || !isBlank(t[t.digitsEnd(s)]) && t[t.digitsEnd(s)] != 0x2D && t[t.digitsEnd(s)] != 0xE2 {
        // a unit's part first ("3rd Floor", "Flat 4"), to its comma
        var c = s
        while c < e && t.b[c] != 0x2C { c += 1; t.work.step() }
        guard c < e, startsWithAUnitWord(t, s, c) else { return false }
        s = t.skipBlanks(c + 1)
    }
    let d = t.digitsEnd(s)
    guard d > s, d - s <= 4, !t.isYear(at: s) else { return false }
    var k = d
    if t[k] == 0x2D, isDigit(t[k + 1]) { k = t.digitsEnd(k + 1) } // "12-14"
    else if t[k] == 0xE2, t[k + 1] == 0x80, t[k + 2] == 0x93, isDigit(t[k + 3]) { k = t.digitsEnd(k + 3) } // "12–14"
    if isAlphaASCII(t[k]) && !t.isLetter(at: k + 1) { k += 1 } // "27b"
    guard t[k] == 0x20 else { return false }
    k += 1
    var words = 0
    while k < e {
        let w = t.letterWordEnd(k)
        // (a count, "25 Years Experience", "30 Tage Urlaub", "40 Uur Per Week", is no street)
        guard w > k, t.isUppercaseLetter(at: k), words < 4, !countWords.contains(t, k, w) else { return false }
        t.work.add(w - k)
        words += 1
        k = w
        guard k < e else { break }
        guard t[k] == 0x20, t.isLetter(at: k + 1) else { return false }
        k += 1
    }
    return words > 0
}

/// Units and things counted after a number at a line's start: "25 Years Experience", "12 Month
/// Contract", "2 Days Office", "500 Employees".
private let countWords = WordSet([
    "year", "years", "yrs", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "jahr", "jahre", "jahren",
    "monat", "monate", "woche", "wochen", "tag", "tage", "stunde", "stunden", "jaar", "jaren", "maand", "maanden", "week",
    "weken", "dag", "dagen", "uur", "an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours",
    "heure", "heures", "anno", "anni", "mese", "mesi", "settimana", "settimane", "giorno", "giorni", "ora", "ore",
    "año", "años", "mes", "meses", "semana", "semanas", "día", "días", "hora", "horas", "ano", "anos", "dia", "dias",
    "per", "employees", "staff", "people", "mitarbeiter", "beschäftigte", "funcionários", "empleados", "dipendenti",
    "medewerkers", "salariés", "members", "users", "clients", "customers", "sites", "stores", "countries", "stars",
    "points", "languages", "projects", "offices", "teams", "locations", "shifts",
])

/// Whether the line ending at the `\n` at `nl` ends with a house number ("Musterstraße 1", "Am Markt 5a").
private func previousLineEndsWithHouseNumber(_ t: Text, _ nl: Int) -> Bool {
    var e = nl
    if t[e - 1] == 0x0D { e -= 1 }
    e = t.skipBlanksBack(e)
    var s = e
    if s > 0 && isAlphaASCII(t[s - 1]) { s -= 1 }
    let letterEnd = s
    while s > 0 && isDigit(t[s - 1]) && letterEnd - s < 5 { s -= 1; t.work.step() }
    guard s < letterEnd else { return false }
    // "Am Mühlgraben 12-14", "Im Wiesengrund 5/1": a range only where the line names a street
    // ("Teilzeit 20-30", "Mo-Fr 9-17" over a postcode line are a job's terms)
    let r = rangeStart(t, s)
    guard r > 0, isBlank(t[r - 1]) else { return false }
    let q = t.skipBlanksBack(r)
    guard t.isLetter(at: t.scalarStart(before: q)) else { return false }
    return r == s || segmentNamesAStreet(t, before: q)
}
