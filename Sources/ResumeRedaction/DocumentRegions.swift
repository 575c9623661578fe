// Which countries' numbering plans a document's national phone numbers are
// read with: the document's region is inferred from what it says about itself
// (the "+CC" prefixes of its international numbers, and words only one
// locale's resumes use: labels, section titles, id names), the redactor's
// default region otherwise. Locale data, not control flow: a new locale is a
// row in `regionWords`.

/// Words that point to a region (lower case), each worth one vote.
let regionWords: [String: [String]] = [
    "US": ["ssn", "zip"],
    "GB": ["postcode", "nino", "gcse", "gcses", "a-levels", "london", "manchester", "birmingham", "leeds", "glasgow",
           "edinburgh", "bristol", "england", "scotland", "wales", "nhs"],
    "DE": ["lebenslauf", "geburtsdatum", "anschrift", "telefon", "handy", "berufserfahrung", "straße", "strasse", "geboren",
           "mobil", "wohnort", "deutschland", "münchen", "hamburg", "köln", "frankfurt", "stuttgart", "düsseldorf", "plz",
           "kenntnisse", "ausbildung", "persönliche", "anschreiben", "ansprechpartner", "bewerbung", "studium",
           "geburtsort", "staatsangehörigkeit", "familienstand", "gmbh"],
    "FR": ["adresse", "téléphone", "tél", "portable", "expérience", "compétences", "née", "permis", "france", "lyon",
           "marseille", "toulouse", "bordeaux", "nantes", "lille", "cedex", "langues", "diplômes", "madame", "monsieur",
           "motivation", "courriel"],
    "BR": ["currículo", "curriculo", "telefone", "celular", "endereço", "cpf", "nascimento", "experiência", "rua", "bairro",
           "cep", "brasil", "paulo", "janeiro", "curitiba", "recife", "fortaleza", "brasília", "ltda", "pessoais",
           "formação", "objetivo", "naturalidade"],
    "ES": ["teléfono", "móvil", "dirección", "dni", "nie", "nacimiento", "calle", "experiencia", "formación", "domicilio",
           "apellidos", "correo", "españa", "madrid", "barcelona", "sevilla", "málaga", "bilbao", "zaragoza", "avda",
           "provincia", "licenciatura", "máster", "nacionalidad", "población",
           // words of CVs and job ads no other of the ten languages writes so
           "años", "ingeniero", "ingeniera", "datos", "gestión", "desarrollo", "trabajo", "conocimientos", "actualidad",
           "logros", "puesto", "empleo",
           // words of Spanish offices and job ads ("Delegación", "Ayuntamiento", "Junta")
           "delegación", "ayuntamiento", "junta", "llamar", "ofrecemos", "incorporación", "salario", "currículum",
           // words of Spanish cover letters ("Quedo a su disposición", "contactarme en el …", "el fijo")
           "disposición", "contactarme", "mensaje", "fijo", "incorporarme"],
    "IT": ["indirizzo", "cellulare", "fiscale", "nascita", "esperienze", "viale", "nato", "nata", "residenza", "italia",
           "roma", "milano", "torino", "napoli", "bologna", "firenze", "cognome", "istruzione", "esperienza",
           "competenze", "patente", "lingue", "laurea"],
    "NL": ["woonadres", "mobiel", "geboortedatum", "werkervaring", "bsn", "adres", "straat", "woonplaats", "opleiding",
           "nederland", "amsterdam", "rotterdam", "utrecht", "eindhoven", "groningen", "personalia", "telefoonnummer",
           "vaardigheden", "geboorteplaats", "rijbewijs", "werkgever", "sollicitatie", "vacature",
           // words of CVs and job ads no other of the ten languages writes so
           "ervaring", "werkzaamheden", "functie", "heden", "medewerker", "kennis", "talen", "afdeling", "bedrijf",
           "zoeken", "jouw", "analist",
           // words of Dutch offices and job ads
           "gemeente", "toestel", "bellen", "solliciteren", "reageren", "uur", "salarisschaal", "werkdagen"],
    "IN": ["aadhaar", "nagar", "marg", "biodata", "pune", "mumbai", "bengaluru", "bangalore", "chennai", "hyderabad",
           "delhi", "kolkata", "noida", "gurgaon", "gurugram", "ahmedabad", "kerala", "karnataka", "maharashtra",
           "lakh", "lpa", "b.tech", "btech", "declaration", "india",
           // words of Indian CVs
           "crore", "ctc", "pvt", "taluka", "tehsil", "pincode"],
    "AU": ["tfn", "nsw", "qld", "suburb", "sydney", "melbourne", "brisbane", "perth", "canberra", "hobart", "referees",
           "australia", "abn", "vic"],
]

/// Places of the regions above that a document of another country names too ("University of
/// Toledo", an Erasmus year in Leiden): their votes count only for a region something else votes
/// for, or from four of them.
let regionPlaceWords: [String: [String]] = [
    "ES": ["valencia", "alicante", "murcia", "valladolid", "vigo", "gijón", "oviedo", "granada", "córdoba", "cádiz",
           "almería", "huelva", "jaén", "badajoz", "cáceres", "salamanca", "burgos", "león", "palencia", "zamora",
           "segovia", "ávila", "soria", "toledo", "cuenca", "guadalajara", "albacete", "logroño", "pamplona",
           "santander", "donostia", "vitoria", "huesca", "teruel", "lleida", "tarragona", "girona", "castellón",
           "coruña", "lugo", "ourense", "pontevedra", "tenerife", "canarias", "baleares", "andalucía", "cataluña",
           "galicia", "asturias"],
    "NL": ["haag", "haarlem", "leiden", "delft", "tilburg", "breda", "nijmegen", "arnhem", "enschede", "zwolle",
           "leeuwarden", "maastricht", "amersfoort", "apeldoorn", "almere", "dordrecht", "zoetermeer"],
    "IN": ["punjab", "haryana", "gujarat", "rajasthan", "telangana", "odisha", "bihar", "jharkhand", "uttarakhand",
           "chhattisgarh", "assam", "jaipur", "lucknow", "kanpur", "indore", "bhopal", "chandigarh", "coimbatore",
           "kochi", "nagpur", "vadodara", "visakhapatnam", "thane", "ludhiana", "mohali", "patna", "ranchi",
           "bhubaneswar", "guwahati", "mysuru", "mysore", "madurai", "tiruppur", "nashik", "aurangabad", "amritsar"],
]
/// Place votes a region needs to count them with no other vote.
private let placeVotesAlone = 4

/// Top-level domains of the regions above (an e-mail at `example.de` votes DE).
let regionDomains: [String: String] = [
    "de": "DE", "fr": "FR", "br": "BR", "es": "ES", "it": "IT", "nl": "NL", "in": "IN", "au": "AU", "uk": "GB",
]

/// Country calling codes of the regions above.
let regionCallingCodes: [String: String] = [
    "1": "US", "44": "GB", "49": "DE", "33": "FR", "55": "BR", "34": "ES", "39": "IT", "31": "NL", "91": "IN", "61": "AU",
]

/// Every region word and place, the region it points to and whether it is a place (at the same
/// position): one look-up per word.
private let regionWordList: [(word: String, region: String, place: Bool)] =
    regionWords.sorted { $0.key < $1.key }.flatMap { region, words in words.map { ($0, region, false) } }
    + regionPlaceWords.sorted { $0.key < $1.key }.flatMap { region, words in words.map { ($0, region, true) } }
private let regionWordSet = WordSet(regionWordList.map(\.word))

/// The regions to read national numbers with: the inferred one (if any) first,
/// then `defaultRegion` unless the inferred one has four votes or more; at most
/// two. One pass over the text.
func likelyRegions(_ t: Text, defaultRegion: String) throws(RedactionStopped) -> [String] {
    var votes: [String: Int] = [:], placeVotes: [String: Int] = [:]
    let words = regionWordSet
    var i = 0
    // the first "+", "." or byte from 0xC0 at or after `i` (the text's end if none): found eight
    // bytes at a time, again only once `i` has passed it
    var special = -1
    while i < t.count {
        // the next "+", ".", ASCII word start (the Text's table: an ASCII letter with no letter or
        // digit before it) or non-ASCII sequence. Every other byte, and the ASCII letters after a
        // non-ASCII letter and the bytes inside a sequence, are passed over as the loop below
        // would (no "+", no ".", no word start: one byte on)
        if special < i { special = try t.skip(from: i, to: StopBytes(0x2B, 0x2E, leadBytes: true)) }
        i = min(special, try t.nextASCIIWordStart(from: i))
        guard i < t.count else { break }
        try t.work.tick()
        let c = t.b[i]
        if c == 0x2B, isDigit(t[i + 1]), !t.isWordChar(before: i) {
            // "+CC": the longest known code among the next 1–3 digits
            var code = ""
            var k = i + 1
            while k < t.count, k <= i + 3, isDigit(t.b[k]) {
                code.append(Character(UnicodeScalar(t.b[k])))
                if let region = regionCallingCodes[code] { votes[region, default: 0] += 3 }
                k += 1
            }
            i = k
            continue
        }
        if c == 0x2E, isAlnumASCII(t[i - 1]), isLowerASCII(t[i + 1]), isLowerASCII(t[i + 2]), !isAlnumASCII(t[i + 3]), t[i + 3] != 0x2E {
            // ".de" ending a host name (an e-mail, a link)
            let tld = String(decoding: [t.b[i + 1], t.b[i + 2]], as: UTF8.self)
            if let region = regionDomains[tld] { votes[region, default: 0] += 2 }
            i += 3
            continue
        }
        if isAlphaASCII(c) || c >= 0x80, !t.isWordChar(before: i) {
            let end = t.letterWordEnd(i)
            if end > i {
                // region words are short: only words of 2 to 16 bytes are looked up
                if end - i >= 2 && end - i <= 16 {
                    t.work.add(end - i)
                    if let n = words.position(t.b, i, end) {
                        let entry = regionWordList[n]
                        if entry.place { placeVotes[entry.region, default: 0] += 1 } else { votes[entry.region, default: 0] += 1 }
                    }
                }
                i = end
                continue
            }
        }
        i += 1
    }
    for (region, n) in placeVotes where votes[region] != nil || n >= placeVotesAlone { votes[region, default: 0] += n }
    let best = votes.filter { $0.value >= 2 }.max { ($0.value, $1.key) < ($1.value, $0.key) }
    guard let best, best.key != defaultRegion else { return [defaultRegion] }
    // a document that says where it is from four times over is read for that region alone
    return best.value >= 4 ? [best.key] : [best.key, defaultRegion]
}
