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
let ambiguousGiven = WordSet(ambiguousGivenNames.sorted())
let ambiguousGivenPlaces = WordSet(ambiguousGivenNamesThatArePlaces.sorted())

/// Words that, right before a name, make it the name of a place or institution
/// ("Escola Paulo Freire", "Via Giuseppe Verdi", "Hospital Albert Einstein", "St. Mary").
private let institutionWordsBefore = WordSet([
    // what an outside review of the 2026-12-07 given names found before them: Catalan universities, saints'
    // towns, streets and stops (`Universitat Ramon Llull`, `Sant Vicent del Raspeig`, `tramvia Francesc Macià`),
    // French and Italian institutions and ships (`Stade Ernest Wallon`, `Società Dante Alighieri`, `fragata
    // Cristóbal Colón`)
    "universitat", "sant", "passeig", "plaça", "avinguda", "carrer", "estadi", "tramvia", "parròquia",
    "stade", "ehpad", "clinique", "società", "presidio", "incrociatore", "fragata", "corveta", "nrp",
    "alcaldía", "monumento",
    "escola", "colégio", "colegio", "liceo", "lycée", "collège", "école", "gymnasium", "schule", "realschule",
    // fellowships, grants and chairs named after people: "contrato Juan de la Cierva", "beca Ramón y Cajal"
    "contrato", "beca", "ayuda", "programa", "bolsa", "borsa", "bourse", "stipendium", "grant", "cátedra",
    "cattedra", "chaire",
    "hospital", "hôpital", "ospedale", "klinikum", "clínica", "clinica", "policlinico", "instituto", "istituto",
    "institut", "institute", "universidade", "universidad", "università", "universität", "université", "university",
    "fundação", "fundación", "fundació", "fondazione", "fondation", "stiftung", "foundation", "museo", "museu", "musée", "museum",
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
    "fatec", "cefet", "ifsp", "ies", "ipsia", "itis", "iti", "cps", "ceip", "cp",
    // plants and works named after people: "Usina Hidrelétrica Governador José Richa"; Welsh schools
    // and colleges: "Ysgol Owain Glyndŵr", "Coleg Harlech"; halls: "auditório Carlos Ribeiro Diniz"
    "usina", "ysgol", "coleg", "auditório", "auditorio", "auditorium", "anfiteatro", "aula",
    // hospital trusts, training centres and schools named after people: "AORN Antonio Cardarelli",
    // "Azienda Ospedaliera …", "SENAI Roberto Simonsen", "CHU …"
    // medals named after people: "Medaglia Bruno Pontecorvo"
    "medaglia", "médaille", "medalla", "medalha", "medaille",
    "aorn", "ao", "aou", "asst", "irccs", "asl", "azienda", "ospedaliera", "senai", "senac", "sesi", "sesc", "emei",
    "ciep", "ubs", "upa", "chu", "chr", "ifsi", "iut", "itc", "iis", "bbs", "kgs", "igs",
    // buildings named after people: "Edifício João Calvino", "Torre Picasso"
    "edifício", "edificio", "edifici", "gebäude", "building", "tower", "torre", "bloco", "bloc", "pavilhão", "pabellón",
    // laws named after people: "Lei Maria da Penha", "Loi Evin"
    "lei", "law", "loi", "ley", "legge", "gesetz", "wet", "act", "molkerei", "brauerei", "bäckerei",
    "metzgerei", "autohaus", "gasthaus", "gasthof", "weingut", "spedition", "druckerei", "tischlerei", "schreinerei",
    "apotheke", "praxis", "kanzlei",
    // stations named after people: "à deux pas du métro Marcel Sembat", "estação Paulo Freire"
    "métro", "metro", "gare", "estação", "estación", "stazione", "bahnhof", "tram",
    // firms named after their founder: "Grupo Dani García", "Groupe Paul Bocuse"
    "grupo", "groupe", "gruppo", "gruppe", "group", "groep",
])
/// Royal namesakes and stops named after people, right before the name: "Krankenhaus Königin
/// Elisabeth Herzberge", "arrêt Jean Jaurès" (not two words back: "Projektteam: Lena Königin …";
/// not words that are also surnames or given names, "König", "Kaiser", "Herzog", "Rey", "Reina").
private let namesakeWordsBeforeNames = WordSet([
    "königin", "kaiserin", "prinz", "prinzessin", "herzogin", "reine", "roi", "rainha", "arrêt", "haltestelle",
    "koningin", "prinses",
    // a tram or bus stop (Spanish, Portuguese, Italian, Dutch): "tranvía, parada Adolfo Aznar"
    "parada", "paragem", "fermata", "halte",
])

/// Words that, right after a name, make it the name of a firm, place, prize or event
/// ("Robert Bosch GmbH", "Grace Hopper Celebration", "Anna Freud Centre", "Victoria Station").
let institutionWordsAfter = WordSet([
    // (and after them: `Ramona Pageant`, `Jerry Lewis MDA Telethon`, `Jos Plateau`, `Akhil Bharatiya Vidyarthi
    // Parishad`, `Lalit Kala Akademi`, `Kirti Chakra`, `Shobha Yatra`)
    "festival", "pageant", "telethon", "stampede", "rodeo", "castle", "gallery", "accords", "mosque", "mandir",
    "akademi", "niketan", "yatra", "mantra", "sahasranamam", "chakra", "province", "plateau", "palace", "vineyards",
    "santhe", "pariwar", "parishad", "mandal",
    "gmbh", "ag", "kg", "se", "ltd", "limited", "inc", "llc", "llp", "plc", "corp", "corporation", "co", "company",
    "bv", "b.v", "nv", "sa", "s.a", "spa", "s.p.a", "srl", "s.r.l", "sarl", "sas", "oy", "ab", "pty", "pvt", "ltda",
    "eireli", "me", "group", "gruppe", "gruppo", "grupo", "groep", "holding", "holdings", "partners", "associates",
    // Indian localities and schemes named after people: "Sarita Vihar", "Jan Dhan Yojana"
    "vihar", "colony", "enclave", "bagh", "puram", "ganj", "chowk", "salai", "yojana", "abhiyan", "icu", "ward",
    "institute", "institut", "instituto", "istituto", "foundation", "stiftung", "fundação", "fundación", "fondazione",
    "fondation", "university", "universität", "universidade", "college", "school", "schule", "gymnasium", "hospital",
    "klinik", "clinic", "centre", "center", "zentrum", "centrum", "medical", "memorial", "museum", "library", "trust",
    // firms and curricula named after people: "Emerson Electric", "Lucy Calkins Units of Study"
    "electric", "units", "curriculum", "gasthuis", "centren", "zentren", "kliniken", "partmbb", "partg",
    // Indian festivals named after people: "Ganesh Chaturthi", "Ambedkar Jayanti"
    "jayanti", "chaturthi", "puja", "utsav", "navami", "ashtami", "purnima", "mela",
    "fund", "fellowship", "fellow", "fellows", "scholarship", "scholar", "scholars", "prize", "award", "awards",
    "medal", "preis", "prix", "prêmio", "premio", "lecture", "lectures", "celebration", "conference", "summit",
    "symposium", "cup", "trophy", "challenge", "hackathon", "programme", "program", "street", "st", "road", "rd",
    "avenue", "ave", "lane", "drive", "way", "close", "square", "place", "terrace", "crescent", "court", "gardens",
    "garden", "park", "station", "airport", "bridge", "hall", "house", "building", "tower", "towers", "arena",
    "stadium", "health", "healthcare", "hill", "international", "actions", "theatre", "theater", "straße", "strasse",
    "platz", "allee", "weg", "ring", "gasse", "laan", "straat", "plein", "kade", "gracht", "marg", "nagar", "colony",
    "layout", "high", "primary", "secondary", "academy", "akademie", "académie", "academie", "academia", "accademia", "hotel", "arms", "docks", "carvery", "courthouse", "ysgol",
    "usina", "juniors", "camps", "huis", "campus", "papers", "endowed", "track", "professorship", "associateship",
    "restaurant", "bistro", "café", "cafe", "bakery", "store", "stores", "shop", "boutique", "studio", "studios",
    "records", "films", "pictures", "productions", "press", "publishing", "verlag", "editora", "editorial", "editore",
    "éditions", "law", "legal", "solicitors", "architects", "consulting", "consultants", "dental", "pharmacy",
    "apotheke", "farmácia", "farmacia", "pharmacie", "bank", "banco", "banque", "insurance", "versicherung",
    "seguros", "assicurazioni", "airlines", "airways", "motors", "motor", "automotive", "foods", "food", "brewery",
    "brauerei", "wines", "winery", "estate", "estates", "farm", "farms", "village", "heights", "hills", "valley",
    "beach", "island", "islands", "bay", "lake", "river", "mountain", "line", "lines", "railway", "express",
    "distribution", "hotels", "resorts", "restaurants", "ziekenhuis", "kliniek", "universiteit", "hogeschool",
    "stichting", "spital", "krankenhaus", "niwas", "nivas", "bhavan", "bhawan", "sadan", "residency", "enclave",
    "apartments", "highway", "motorway", "freeway", "expressway", "hwy", "partnership", "couture", "médicament", "barracks",
    // Italian research hospitals after their namesake: "Istituto … Mario Negri IRCCS"
    "irccs",
    "cosmetics", "beauty", "fashion", "retail", "supermarkets", "supermarkt", "supermercados", "construction",
    "constructions", "engineering", "pharma", "pharmaceuticals", "labs", "laboratories", "laboratoires", "industries",
    "industrie", "industria", "technologies", "systems", "software", "digital", "media", "energy", "energia",
    "energie", "logistics", "transport", "services", "collection", "collective", "method", "syndrome", "disease",
    "equation", "theorem", "algorithm", "effect", "principle", "test", "scale", "index", "model", "award-winning",
    // house names, grounds, housing societies and venues: "Rose Cottage", "Adelaide Oval", "Shanti
    // Kunj Society", "Phoenix Palladium", "Dana Point" (not "Lodge", "Housing", "Wealth": surnames and
    // the words of job titles, "Helen Lodge", "Emma Wilson Housing Officer")
    "cottage", "cottages", "manor", "farmhouse", "barn", "oval", "ground", "grounds", "society", "societies",
    "palladium", "marketcity", "point", "asset", "assets",
])
/// A firm's or a place's word after a name, when it ends the name ("Jan Steen Design,", "Sri Murugan
/// Textiles,", "Olive Branch, MS", "Ivy Solutions."); before a role they are the role's ("Emma
/// Wilson Branch Manager", "Rahul Verma Solutions Architect").
private let studioWordsAfter = WordSet([
    "design", "designs", "solutions", "technology", "buildcon", "financial", "finance", "ventures", "textiles", "exports",
    "handicrafts", "traders", "enterprises", "jewellers", "sweets", "branch",
])

/// Given names with a surname that are brands or famous people quoted as such
/// ("Hugo Boss", "Calvin Klein", "Max Planck", "Grace Hopper"): never a private person.
private let brandAndFamousNames: Set<String> = [
    // firms and public figures a twentieth batch's testers wrote: "Taylor Wessing", "thesis on Virginia Woolf"
    // and what the given names added with them met in the corpus: a law firm, a magazine, an astronaut's,
    // a humanitarian's and a president's namesakes
    "cyril amarchand", "martha stewart", "kalpana chawla", "henri dunant", "afonso pena",
    "taylor wessing", "virginia woolf", "robert burns", "seamus heaney", "george best", "carl duisberg",
    "konrad zuse", "lucy calkins", "gleiss lutz", "gerd bucerius", "dewi sant",
    // authors, artists, athletes, founders and characters named in hobbies, reading lists and firms' stories
    "jane austen", "stephen king", "toni morrison", "harry potter", "julia donaldson", "ed sheeran",
    "daniel kahneman", "michael marks", "joe coulombe", "tom petty", "jack reacher", "vikram vedha", "arundhati roy",
    "erin brockovich", "mary kom", "bridget jones", "jean watson", "alberto mondadori", "charles dickens",
    "george orwell", "agatha christie", "roald dahl", "jk rowling", "taylor swift", "elvis presley", "bob dylan",
    "bob marley", "david bowie", "freddie mercury", "michael jackson", "lionel messi", "cristiano ronaldo",
    "roger federer", "serena williams", "usain bolt", "virat kohli", "sachin tendulkar", "ms dhoni", "mother teresa",
    "martin scorsese", "steven spielberg", "walt whitman", "mark twain", "ernest hemingway", "maya angelou",
    "oscar wilde", "emily brontë", "charlotte brontë", "sylvia plath", "leo tolstoy", "thomas mann", "hermann hesse",
    "franz kafka", "günter grass", "sherlock holmes", "james bond", "peter pan", "winnie the", "paddington bear",
    "greta thunberg", "malala yousafzai", "barack obama", "michelle obama", "oprah winfrey", "richard branson",
    "narayana murthy", "sudha murty", "dhirubhai ambani", "mukesh ambani", "azim premji", "apj abdul",
    "swami vivekananda", "lata mangeshkar", "amitabh bachchan", "shah rukh", "ar rahman", "satyajit ray",
    "dale carnegie", "raymond james", "christian aid", "mary seacole", "baker hughes", "don bosco",
    // cosmetics counters: "Estée Lauder, Clinique or Charlotte Tilbury counters"
    "charlotte tilbury", "bobbi brown", "laura mercier", "elizabeth arden", "tom ford", "helena rubinstein", "sally hansen",
    "abraham lincoln", "ada lovelace", "adam opel", "adolfo domínguez", "alan turing", "albert einstein",
    "albert heijn", "alessandro volta", "alexander mcqueen", "ana hickmann", "anand rathi", "angela merkel",
    "anita dongre", "ann taylor", "anna freud", "anne frank", "anne klein", "anne summers", "anton dreesmann",
    "antonio gramsci", "arthur andersen", "ashok leyland", "axel springer", "baker mckenzie", "ben jerry",
    "ben sherman", "bernard matthews", "lockheed martin", "aston martin", "chelsea flower", "leroy merlin", "joaquim egídio",
    "everton football", "toby carvery", "barry callebaut", "clive christian", "paco rabanne", "emily dickinson",
    "taylor wimpey", "oliver mcgowan", "pepe jeans", "lottie animations", "lottie files", "josh talks", "josh wood", "bobby robson", "jimmy murphy", "joyce mayne", "oscar hunt", "jean lain", "betsey johnson", "bill gates", "brunello cucinelli", "calvin klein",
    "carl zeiss", "carlos chagas", "carolina herrera", "charles darwin", "charles de", "charles river",
    "charles schwab", "charles tyrwhitt", "chico mendes", "christian dior", "christian louboutin", "claude bernard",
    "david jones", "dick smith", "diego della", "dirk van", "don bradman", "douwe egberts", "edward jones",
    "eileen fisher", "elena mirò", "elon musk", "emilio pucci", "emilio ribas", "emma bridgewater", "enzo ferrari",
    "erasmus", "ermenegildo zegna", "ernst klett", "estée lauder", "ferdinand porsche", "florence nightingale",
    "fred perry", "friedrich schiller", "gabriel garcía", "galileo galilei", "george washington", "gerry harvey",
    "gianni versace", "giorgio armani", "giuseppe garibaldi", "giuseppe verdi", "grace hopper", "guglielmo marconi",
    "guido carli", "guy degrenne", "hannah arendt", "hans anders", "harvey nichols", "heinrich heine", "helmut kohl",
    "hugo boss", "julius bär", "julius baer", "anton paar", "amara raja", "emil frey", "alfred dunhill", "angelo po",
    "aldo coppola", "indira gandhi", "isaac newton", "isabel marant", "jack daniel", "jack daniels", "jack henry",
    "jack wills", "jack wolfskin", "jacques dessange", "james cook", "james hardie", "jan linders",
    "jawaharlal nehru", "jean moulin", "jean paul", "jeff bezos", "jimmy choo", "jo malone", "joão pessoa", "johan cruijff",
    "johan cruyff", "johann sebastian", "johann wolfgang", "john deere", "john holland", "john kennedy",
    "john lennon", "john lewis", "john muir", "john wiley", "juan valdez", "jules verne", "julius baer",
    "karen millen", "karl marx", "kate spade", "kenneth cole", "konrad adenauer", "laura ashley", "leonardo da",
    "leonardo fibonacci", "lorna jane", "louis pasteur", "louis vuitton", "ludwig van", "luigi lavazza",
    "luisa spagnoli", "magazine luiza", "mahatma gandhi", "manish malhotra", "marc jacobs", "marc o'polo",
    "maria montessori", "marie curie", "sue ryder", "marie skłodowska-curie", "mark zuckerberg", "marlies dekkers",
    "martin luther", "martin luther king", "mary kay", "mary mackillop", "massimo dutti", "max bahr", "max bögl",
    "max mara", "mercedes benz", "mercedes sprinter", "max planck", "michael kors", "michael page", "miguel de", "morgan sindall", "morgan stanley", "motilal oswal", "ned kelly",
    "nelson mandela", "nikola tesla", "oliver bonas", "oliver wyman", "oscar de", "oscar freire", "oscar niemeyer",
    "oswaldo cruz", "otto von", "pablo neruda", "pablo picasso", "paul bocuse", "paul hastings", "paul mccartney",
    "paul mitchell", "paul smith", "paulo freire", "pedro del", "pedro domecq", "peter alexander", "peter hahn",
    "pierre curie", "pierre fabre", "purificación garcía", "rabindranath tagore", "rajiv gandhi", "ralph lauren",
    "ratan tata", "ritu kumar", "robert bosch", "robert half", "robert koch", "robert mcalpine", "robert walters", "roberto cavalli",
    "roland berger", "ronald mcdonald", "rosa luxemburg", "ruby rails", "salvatore ferragamo", "santos dumont",
    "sardar patel", "sigmund freud", "simon kucher", "simón bolívar", "stella mccartney", "steve jobs",
    "steve madden", "ted baker", "thomas cook", "thomas edison", "thomas pink", "tim hortons", "tim tam",
    "tom tailor", "tommy bahama", "tommy hilfiger", "tory burch", "vera bradley", "vera wang", "victor hugo",
    "victoria beckham", "victoria cross", "vincent van", "vital brazil", "vivienne westwood", "walt disney",
    "warren buffett", "william hill", "william shakespeare", "willy brandt", "winston churchill", "wolfgang amadeus",
    "yves rocher", "yves saint", "émile zola",
]

/// People named by a known given name and a surname, by a surname and a comma before a given
/// name, or under a letter's closing.
func detectGivenNamePersons(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    var i = 0
    while i < t.count {
        i = try nextCapitalisedWordStart(t, from: i)
        guard i < t.count else { break }
        var we = t.letterWordEnd(i)
        guard we > i else { i += 1; continue }
        // "Jonny's questions": the given name without its possessive
        if we - i > 3, t[we - 2] == 0x27, t[we - 1] == 0x73 { we -= 2 }
        // "the nurse in charge, Precious Moyo.": a person after a role and a comma, whatever their given name
        if t[i - 2] == 0x2C, let end = personAfterARoleAndAComma(t, i) {
            out.append(Candidate(kind: .name, start: i, end: end))
            i = end
            continue
        }
        if isGivenName(t, i, we) {
            if let end = surnameAfterGivenName(t, i, we), !isInstitutionContext(t, i, end),
               !followsAWorksWord(t, i) || roleAfterAComma(t, end),
               !followsAPublicOffice(t, i),
               !isBrandOrFamous(t, i), !(isAmbiguousGivenName(t, i, we) && standsInCapitalisedRun(t, i, end)) {
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
            // "my manager, Tomasz, has trusted me", "my mum, Rukhsana, went back to college"
            if afterAPossessiveAndARole(t, i), !isAmbiguousGivenName(t, i, we), t[we] != 0x20 || !t.isUppercaseLetter(at: we + 1) {
                out.append(Candidate(kind: .name, start: i, end: we))
                i = we
                continue
            }
            // "(Lisa, office manager)": a given name and a role in brackets
            if t[i - 1] == 0x28, t[we] == 0x2C, !isAmbiguousGivenName(t, i, we), roleAfterAComma(t, we, closedByABracket: true) {
                out.append(Candidate(kind: .name, start: i, end: we))
                i = we
                continue
            }
            // `"The training is brilliant." — Kayleigh, Maintenance Technician`: a quote's attribution
            if attributesAQuote(t, i), t[we] == 0x2C || we >= t.count || isLineBreak(t[we]), !isAmbiguousGivenName(t, i, we) {
                out.append(Candidate(kind: .name, start: i, end: we))
                i = we
                continue
            }
            // "two of our players (Isla and Morven)", "my parents, Pádraig and Nuala Ó Briain"
            if let other = givenNamePaired(t, i, we) {
                out.append(Candidate(kind: .name, start: i, end: we))
                out.append(Candidate(kind: .name, start: other.lowerBound, end: other.upperBound))
                i = other.upperBound
                continue
            }
            // "avec Sofia, Talent Acquisition", "Debjani from TA", "Thanks, Kevin —", "con Serena e con …": a
            // known given name that is no word, alone where only a person stands
            // (a given name that is also a word too, closing a letter at its line's end: "Merci, Marine")
            if t[we] != 0x20 || !t.isUppercaseLetter(at: we + 1),
               !isAmbiguousGivenName(t, i, we) ? standsAloneAsAPerson(t, i, we) : followsAClosing(t, i) && (we >= t.count || isLineBreak(t[we])) {
                out.append(Candidate(kind: .name, start: i, end: we))
                i = we
                continue
            }
        } else if t[we] != 0x20 || !t.isUppercaseLetter(at: we + 1), familiarFormWords.contains(t, i, we),
                  !familiarFormsThatAreWords.contains(t, i, we), standsAloneAsAPerson(t, i, we) {
            // "Jonny's questions", "I met Bex at the fair": a given name's familiar form alone, where only a
            // person stands (not before a capitalised word: "Cath Kidston", "Theo Chocolate", "Rick Case Honda")
            out.append(Candidate(kind: .name, start: i, end: we))
        }
        i = we
    }
    try detectClosingSignatures(t, into: &out)
}
/// Familiar forms of given names that are also words, names of things or abbreviations: "Bill", "Ash", "BERT".
private let familiarFormsThatAreWords = WordSet([
    "ash", "bill", "dick", "drew", "hal", "sandy", "nat", "kat", "pri", "pino", "nino", "marge", "nando", "deb",
    "fran", "bert", "jack", "pat", "sue", "ed", "ned", "ted", "tim", "nick", "will", "rob", "art", "mari",
])

/// Whether the given name alone at `s..<e` stands where only a person does: before a comma and a role
/// or a team, perhaps after "the" or a possessive ("Sofia, Talent Acquisition", "Fiona, the MD"), before
/// "from" and a team ("Debjani from TA", "Daan van het recruitmentteam"), after a closing and its comma
/// ("Thanks, Kevin —"), or in the contexts of LoneGivenNameContexts.swift (a verb's object, a relative's
/// word in brackets).
private func standsAloneAsAPerson(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    // after: ", " and a role's or a team's word
    if t[e] == 0x2C, t[e + 1] == 0x20, case var p = e + 2, case var w = t.letterWordEnd(p), w > p {
        t.work.step()
        if t[w] == 0x20, theWord.contains(t, p, w) || possessivesBeforeRoles.contains(t, p, w) {
            // ", the MD.", ", our recruiter," (the role's word ending the phrase: not "Anand, our head office",
            // "Emma, our support bot")
            p = w + 1
            w = t.letterWordEnd(p)
            if w > p, roleWords.contains(t, p, w) || extraRoleWords.contains(t, p, w) || rolesAfterAnArticle.contains(t, p, w),
               endsAPersonsMention(t, w), t[w] != 0x20 { return true }
        } else if roleWords.contains(t, p, w) || extraRoleWords.contains(t, p, w) || teamWords.contains(t, p, w) { return true }
    }
    // after: "from" / "van (het)" / "de" and a team's word
    if t[e] == 0x20, isLowerASCII(t[e + 1]), case let w = t.letterWordEnd(e + 1), w > e + 1, t[w] == 0x20, fromWords.contains(t, e + 1, w) {
        var q = w + 1
        var v = t.letterWordEnd(q)
        if v > q, t[v] == 0x20, teamArticles.contains(t, q, v) { q = v + 1; v = t.letterWordEnd(q) }
        if v > q, teamWords.contains(t, q, v) || isUpperASCII(t[q]) && v - q == 2 && isUpperASCII(t[q + 1]) && teamAcronyms.contains(t, q, v)
            || endsInATeamsCompound(t, q, v) { return true }
    }
    // after: a possessive and what only a person has ("Leanne's graduation", "Priya's feedback"), no
    // capitalised word before the name ("Trader Joe's team") nor a brand's ("Wendy's team")
    if t[e] == 0x27 || (t[e] == 0xE2 && t[e + 1] == 0x80 && t[e + 2] == 0x99), case let a = t[e] == 0x27 ? e + 1 : e + 3,
       t[a] == 0x73, t[a + 1] == 0x20, isLowerASCII(t[a + 2]), case let n = t.letterWordEnd(a + 2),
       personsThings.contains(t, a + 2, n), !possessiveBrandNames.contains(t, s, e) {
        let b = t.skipBlanksBack(s)
        if b == s || b == 0 || !t.isLetter(at: t.scalarStart(before: b)) || !t.isUppercaseLetter(at: t.letterRunStart(before: b)) { return true }
    }
    // before: a closing and its comma, the name ending the line or before a dash ("Thanks, Kevin — 408 …")
    if followsAClosing(t, s), e >= t.count || isLineBreak(t[e]) || t[t.skipBlanks(e)] == 0xE2 || t[t.skipBlanks(e)] == 0x2D
        || t[e] == 0x2E || t[e] == 0x21 {
        return true
    }
    // after a verb that takes only a person ("worked with Priya and Tom", "I met Olu and Jonny from …"),
    // before a relative's word in brackets ("Marcos (irmão)")
    return isAPersonsVerbObject(t, s, e) || relationInBracketsAfter(t, e)
}
/// Abbreviated roles that are one only after "the" or a possessive: "Fiona, the MD" (not "Baltimore, MD").
private let rolesAfterAnArticle = WordSet(["md", "gm", "pm"])
/// What only a person has, after their possessive: "Leanne's graduation", "Priya's feedback".
private let personsThings = WordSet([
    "questions", "feedback", "team", "notes", "graduation", "wedding", "birthday", "funeral", "application", "interview",
    "reference", "references", "comments", "advice", "support", "mentorship", "supervision", "leadership", "role",
    "thesis", "cv", "resume", "appraisal", "email", "e-mail", "message", "approval", "request", "leave", "retirement",
    "promotion", "husband", "wife", "partner", "mother", "father", "mum", "dad", "son", "daughter", "parents", "family",
    "children", "kids", "class", "students", "patients", "caseload", "maternity", "paternity", "farewell",
])
/// Given names whose possessive is a brand's: "Wendy's burgers", "Carl's Jr.".
private let possessiveBrandNames = WordSet(["wendy", "carl", "arby", "denny", "freddy", "hardee", "casey", "claire", "frankie"])
/// Whether a closing and its comma stand right before `s`: "Thanks, ", "Merci, ".
private func followsAClosing(_ t: Text, _ s: Int) -> Bool {
    guard s >= 3, t[s - 1] == 0x20, t[s - 2] == 0x2C, case let a = t.letterRunStart(before: s - 2), a < s - 2 else { return false }
    return closingWords.contains(t, a, s - 2)
}
private let fromWords = WordSet(["from", "van", "von", "de", "da", "di", "du"])
private let teamArticles = WordSet(["the", "het", "de", "der", "dem", "la", "le", "il", "el", "l"])
private let teamAcronyms = WordSet(["ta", "hr", "rh", "it", "ops"])
private let closingWords = WordSet([
    "thanks", "thank", "cheers", "best", "regards", "groeten", "grazie", "merci", "gracias", "danke", "obrigado",
    "obrigada", "saludos", "saluti", "bedankt", "dank",
])

/// Whether `t[s..<e]` is a compound ending in a team's word: "recruitmentteam", "HR-afdeling".
private func endsInATeamsCompound(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    e - s >= 8 && teamEndings.endWord(t, s, e)
}
private let teamEndings = CompoundEndings(["team", "afdeling", "abteilung"], minimumPrefix: 0)


private let pluralStreetWords = WordSet(["streets", "roads", "avenues", "lanes", "squares", "straten", "straßen", "ruas", "calles"])

/// Possessives before a person's role or relation: "my manager, Tomasz", "mijn moeder Geertje".
private let possessivesBeforeRoles = WordSet([
    "my", "our", "his", "her", "their", "mijn", "onze", "ons", "zijn", "haar", "mein", "meine", "meinem", "meiner",
    "unser", "unsere", "ma", "mon", "notre", "mi", "nuestro", "nuestra", "meu", "minha", "nosso", "nossa", "mio", "mia",
])

/// Whether a possessive and one to three words in lower case, the last a person's role or
/// relation, stand right before `i`, a comma perhaps between: "my manager, ", "my practice
/// assessor ", "her assistant " (not "our office cat, George", "my bijbaan bij Douglas", "our
/// training vessel Mary"); with the comma, "the" too, and a role "in charge": "the activities
/// coordinator, ", "the nurse in charge, ".
private func afterAPossessiveAndARole(_ t: Text, _ i: Int) -> Bool {
    var p = t.skipBlanksBack(i)
    guard p < i, p > 0 else { return false }
    let comma = t[p - 1] == 0x2C
    if comma { p = t.skipBlanksBack(p - 1) }
    var words = 0
    while words < 4, p > 0 {
        t.work.step()
        let ws = t.letterRunStart(before: p)
        guard ws < p else { return false }
        if possessivesBeforeRoles.contains(t, ws, p) || (comma && p - ws == 3 && theWord.contains(t, ws, p)) { return words > 0 }
        // (German nouns are capitalised: "meine Tochter Lena", "mein Kollege Jonas")
        guard isLowerASCII(t[ws]) || (t.isLetter(at: ws) && !t.isUppercaseLetter(at: ws))
            || (words == 0 && germanRoleNouns.contains(t, ws, p)) else { return false }
        // the word before the name is a person's role or relation ("in charge" after it)
        if words == 0, !personRoleNouns.contains(t, ws, p) {
            guard comma, inChargeWords.contains(t, ws, p), ws > 4, t[ws - 1] == 0x20, t[ws - 2] == 0x6E, t[ws - 3] == 0x69,
                  t[ws - 4] == 0x20 else { return false }
            p = ws - 4
            continue
        }
        words += 1
        guard ws > 1, t[ws - 1] == 0x20 else { return false }
        p = ws - 1
    }
    return false
}

private let theWord = WordSet(["the"])

/// Whether a dash after a closing quote stands right before `i`: `… brilliant." — `, `…” – `.
private func attributesAQuote(_ t: Text, _ i: Int) -> Bool {
    guard i >= 4, t[i - 1] == 0x20 else { return false }
    var k = i - 1
    if t[k - 1] == 0x2D { k -= 1 } else if k >= 3, t[k - 3] == 0xE2, t[k - 2] == 0x80, t[k - 1] == 0x93 || t[k - 1] == 0x94 { k -= 3 } else { return false }
    guard k >= 2, t[k - 1] == 0x20 else { return false }
    let q = k - 2
    // " ” » and German “ (which closes „…“)
    return t[q] == 0x22 || (q >= 2 && t[q - 2] == 0xE2 && t[q - 1] == 0x80 && (t[q] == 0x9D || t[q] == 0x9C))
        || (q >= 1 && t[q - 1] == 0xC2 && t[q] == 0xBB)
}
private let inChargeWords = WordSet(["charge"])

/// A person not named by a known given name after a role and a comma: "the nurse in charge,
/// Precious Moyo.", "the category lead, Mei-Ling Corrigan,": two or three capitalised words, the
/// first maybe hyphenated, then a comma, a full stop, a semicolon, a bracket or the line's end;
/// no firm's, place's or department's word among them ("the team lead, Data Platform").
private func personAfterARoleAndAComma(_ t: Text, _ i: Int) -> Int? {
    guard i >= 2, t[i - 2] == 0x2C, t[i - 1] == 0x20 else { return nil }
    var fe = t.letterWordEnd(i)
    while fe > i, t[fe] == 0x2D, t.isUppercaseLetter(at: fe + 1) { fe = t.letterWordEnd(fe + 1) }
    // (the role first: most capitalised words after a comma follow none, and the shape's test is the dearer;
    // not a post that heads a desk or a firm's: "the head, Equity Derivatives", "our partner, Accenture Song")
    guard fe > i + 1, afterAPossessiveAndARole(t, i), !rolesBeforeDesksAndFirms.contains(t, t.letterRunStart(before: i - 2), i - 2),
          isSurnameShaped(t, i, fe, caps: false), !isAllCaps(t, i, fe),
          !departmentWords.contains(t, i, fe), !nonSurnameWords.contains(t, i, fe), !institutionWordsAfter.contains(t, i, fe),
          let end = surnameAfterGivenName(t, i, fe) else { return nil }
    var q = fe
    while q < end {
        let w = t.letterWordEnd(q + 1)
        if departmentWords.contains(t, q + 1, w) { return nil }
        q = w
        t.work.step()
    }
    let c = t[end]
    guard end >= t.count || c == 0x2C || c == 0x2E || c == 0x3B || c == 0x29 || isLineBreak(c) else { return nil }
    return end
}

/// Roles whose comma is followed by a desk's, a business's or a firm's name as often as by a person's.
private let rolesBeforeDesksAndFirms = WordSet(["head", "director", "partner", "principal", "leader", "chief", "president"])

/// The words of a department's or a function's name, after a role and a comma: "the team lead, Data Platform".
let departmentWords = WordSet([
    "data", "platform", "human", "resources", "operations", "sales", "marketing", "finance", "product", "products",
    "customer", "customers", "support", "team", "department", "risk", "compliance", "legal", "quality", "supply",
    "chain", "procurement", "strategy", "research", "development", "technology", "it", "infrastructure", "security",
    "people", "talent", "acquisition", "growth", "analytics", "payments", "platforms", "care", "nursing", "estates",
])

/// Roles and relations that name a person after a possessive: "my manager, Tomasz", "mijn moeder Geertje".
let personRoleNouns = WordSet(germanRoleNounWords + [
    "manager", "boss", "supervisor", "mentor", "tutor", "teacher", "coach", "assessor", "assistant", "colleague",
    "secretary", "pa", "nurse", "doctor", "gp", "consultant", "solicitor", "accountant", "landlord", "landlady",
    "neighbour", "neighbor", "flatmate", "housemate", "classmate", "roommate", "trainer", "instructor", "buddy",
    "colleagues", "friend", "partner", "recruiter", "director", "lead", "leader", "head", "principal", "headteacher",
    "mum", "mom", "mother", "dad", "father", "brother", "sister", "wife", "husband", "son", "daughter", "uncle", "aunt",
    "cousin", "grandmother", "grandfather", "gran", "nan", "grandma", "grandpa", "fiancé", "fiancée", "nephew", "niece",
    "moeder", "vader", "broer", "zus", "collega", "leidinggevende", "begeleider", "mère", "père", "frère", "sœur",
    "collègue", "madre", "padre", "hermano", "hermana", "compañero", "compañera", "jefe", "jefa", "mãe", "pai", "irmão",
    "irmã", "colega", "chefe", "gestor", "gestora", "orientador", "orientadora", "tutora", "sorella", "fratello",
    // spouses and children: "mia moglie Rosalia", "mi marido Andrés", "mijn man Joost"
    "moglie", "marito", "figlio", "figlia", "esposa", "esposo", "marido", "mujer", "hijo", "hija", "filho", "filha",
    "mari", "épouse", "époux", "femme", "fils", "fille", "vrouw", "man", "echtgenote", "echtgenoot", "dochter", "zoon",
])
/// The German words of `personRoleNouns`, declared once: they stand capitalised before the name.
private let germanRoleNounWords = [
    "mutter", "vater", "bruder", "schwester", "kollege", "kollegin", "chef", "chefin", "betreuer", "betreuerin",
    "ehefrau", "ehemann", "sohn", "tochter",
]
private let germanRoleNouns = WordSet(germanRoleNounWords)

/// Prepositions and articles before two given names that make them a place's, a firm's or a work's name: "at
/// Albert and Francis", "the parish of Mary and Joseph", "between Peter and Mark streets", "sobre
/// Pedro e Inês" (not "with Isla and Morven", "(Isla and Morven)").
private let prepositionsBeforeNamedThings = WordSet([
    "the", "a", "an", "at", "of", "for", "on", "between", "from", "to", "in", "into", "about", "sobre", "de", "do", "da", "em", "na",
    "no", "bei", "von", "van", "bij", "voor", "à", "chez", "para", "por", "über", "zu", "im", "op", "naar",
])

/// The person a known given name alone at `i..<we` is paired with by "and" (`andWords`; not "&":
/// "Charles & Keith", "William & Mary" are a brand and a college): another known given name, alone,
/// with a surname or with an initial ("Rahul M."). Neither may be a word or place too ("Grace and
/// Hope"), the first may follow no capitalised word ("Marks and Spencer") nor a preposition, the
/// second no firm's or institution's word ("… Museum") nor a possessive ("Ben and Jerry's").
private func givenNamePaired(_ t: Text, _ i: Int, _ we: Int) -> Range<Int>? {
    guard t[we] == 0x20, !isAmbiguousGivenName(t, i, we) else { return nil }
    let j = we + 1
    let je = t.letterWordEnd(j)
    guard je > j, t[je] == 0x20, andWords.contains(t, j, je) else { return nil }
    let b = je + 1
    let be = t.letterWordEnd(b)
    guard be > b, t.isUppercaseLetter(at: b), isGivenName(t, b, be), !isAmbiguousGivenName(t, b, be) else { return nil }
    // the first name starts its clause: no capitalised word (nor a preposition) right before it
    let p = t.skipBlanksBack(i)
    if p < i, p > 0, t.isLetter(at: t.scalarStart(before: p)) {
        let ws = t.letterRunStart(before: p)
        if t.isUppercaseLetter(at: ws), !sentenceStartWords.contains(t, ws, p) { return nil }
        if prepositionsBeforeNamedThings.contains(t, ws, p) { return nil }
    }
    var end = surnameAfterGivenName(t, b, be) ?? be
    // a capitalised word after it that is no surname: "Peter and Paul Fortress"
    if end == be, t[end] == 0x20, t.isUppercaseLetter(at: end + 1), t[end + 2] != 0x2E { return nil }
    // "Rahul M.": an initial after the second
    if end == be, t[end] == 0x20, isUpperASCII(t[end + 1]), t[end + 2] == 0x2E, !t.isLetter(at: end + 3) { end += 3 }
    if t[end] == 0x27 || (t[end] == 0xE2 && t[end + 1] == 0x80 && t[end + 2] == 0x99) { return nil }
    // "George and Albert streets": a plural street word after them
    if t[end] == 0x20, case let w = t.letterWordEnd(end + 1), w > end + 1, pluralStreetWords.contains(t, end + 1, w) { return nil }
    guard !isInstitutionContext(t, b, end), !isBrandOrFamous(t, i), !isBrandOrFamous(t, b) else { return nil }
    return b..<end
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
    return !nonSurnameWords.contains(t, s, e) && !hasStreetSuffix(t, s, e) && !endsLikeAnAbstractNoun(t, s, e)
}

/// Whether the word ends in English plural "-tions" or "-sions", as no surname does (singular
/// ones do: Nation, Hession, Passion): a series or a firm's word after a given name ("Frank
/// Discussions", "Grace Solutions").
private func endsLikeAnAbstractNoun(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    guard e - s >= 7, lowerASCII(t[e - 1]) == 0x73 else { return false }
    let k = e - 1 // before the plural's "s"
    t.work.add(5)
    let first = lowerASCII(t[k - 4])
    return (first == 0x74 || first == 0x73) && lowerASCII(t[k - 3]) == 0x69 && lowerASCII(t[k - 2]) == 0x6F
        && lowerASCII(t[k - 1]) == 0x6E // "tion", "sion"
}

/// Particles that follow a given name only in a person's name: "Tim van Dijk", "Max von Sydow".
private let dutchAndGermanParticles = WordSet(["van", "von", "ter", "ten"])
private let surnamePrefixes = WordSet(["mc", "mac", "o", "de", "di", "da", "la", "le", "van", "von", "du", "d"])
private let romanNumerals = WordSet(["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"])
/// Capitalised words that follow a given name without being a surname ("Job ID", "Will Code").
private let nonSurnameWords = WordSet([
    "id", "code", "number", "no", "nr", "ref", "reference", "allowance", "phd", "mba", "msc", "bsc", "meng", "beng", "ma", "ba",
    "jr", "sr", "esq", "cv", "resume", "profile", "linkedin", "github", "email", "e-mail", "mail", "phone", "tel",
    "mobile", "address", "date", "birth", "street", "the", "and", "or", "of", "in", "on", "at", "for", "to", "by",
    // weekdays, months and compass words: "Ruby Tuesday", "Georgia Pacific", "Sydney South-West"
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "pacific", "atlantic",
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper", "lower",
    "greater", "state", "county", "city", "tech", "power", "energy", "opera", "airlines", "baguette", "secret",
    "center", "centre", "army", "navy", "corps", "airfield", "surveyor", "surveyors", "term", "campus", "drives",
    // a journal after an author's initial: "Anand V. Journal of Materials Processing Technology"
    "journal", "proceedings", "transactions", "annals", "bulletin",
    // churches and forts named after saints: "Peter and Paul Fortress"
    "fortress", "cathedral", "church", "chapel", "abbey", "basilica", "priory",
])
/// Whether `t[q..<w]` is "Lodge": a building named after a person, after their given name and surname
/// ("Priscilla Bacon Lodge"); a surname itself after a given name alone ("Helen Lodge").
private func isANamesakeBuildingWord(_ t: Text, _ q: Int, _ w: Int) -> Bool {
    w - q == 5 && t[q] | 0x20 == 0x6C && t[q + 1] | 0x20 == 0x6F && t[q + 2] | 0x20 == 0x64 && t[q + 3] | 0x20 == 0x67
        && t[q + 4] | 0x20 == 0x65
}
/// Whether a public office's title stands right before `s`: "Prime Minister Anthony Albanese", "Minister
/// Mark Butler", "Senator Tammy Duckworth" (public figures, named in their office; not a firm's "President").
func followsAPublicOffice(_ t: Text, _ s: Int) -> Bool {
    let b = t.skipBlanksBack(s)
    guard b < s, b > 0, t.isLetter(at: t.scalarStart(before: b)) else { return false }
    let a = t.letterRunStart(before: b, hyphens: true)
    // (every title has five letters or more: most words before a name have fewer)
    guard b - a >= 5, t.isUppercaseLetter(at: a) else { return false }
    if publicOffices.contains(t, a, b) { return true }
    // "Prime Minister Anthony Albanese", "Federal Health Minister …" (not "Youth Minister", "Lay Minister": a
    // church's posts)
    guard ministerWords.contains(t, a, b), case let pb = t.skipBlanksBack(a), pb < a, pb > 0 else { return false }
    let pa = t.letterRunStart(before: pb)
    return pa < pb && t.isUppercaseLetter(at: pa) && !churchMinistries.contains(t, pa, pb)
}
/// Titles of public office written before their holder's name (not "Governor", "Chancellor": a school's
/// governors, a college district's chancellor are the candidate's referees).
private let publicOffices = WordSet([
    "senator", "premier", "congressman", "congresswoman", "congressmember", "taoiseach", "bundeskanzler",
    "bundeskanzlerin", "ministerpräsident", "ministerpräsidentin", "staatssecretaris", "governor-general",
])
/// A minister's title, public only after a word naming the office ("Prime Minister", "Health Minister").
private let ministerWords = WordSet(["minister", "ministro", "ministra"])
/// The words before "Minister" that make it a church's post.
private let churchMinistries = WordSet(["lay", "youth", "worship", "music", "children's", "student", "associate", "assistant", "senior", "pastoral", "parish"])

/// Whether a comma and, within three words, a role follow `e`: "Sarah Jones, our CEO", "Margaret Ellis, the
/// company's founder" (a person the candidate knows, whatever came before). `closedByABracket`: the words
/// must then end at ")", a role among them: "(Lisa, office manager)".
func roleAfterAComma(_ t: Text, _ e: Int, closedByABracket: Bool = false) -> Bool {
    guard t[e] == 0x2C, t[e + 1] == 0x20 else { return false }
    var p = e + 2, role = false
    for _ in 0..<3 {
        t.work.step()
        let w = t.letterWordEnd(p)
        guard w > p else { return false }
        if roleWords.contains(t, p, w) || extraRoleWords.contains(t, p, w) {
            if !closedByABracket { return true }
            role = true
        }
        if closedByABracket {
            if t[w] == 0x29 { return role }
            guard t[w] == 0x20 else { return false }
            p = w + 1
        } else {
            guard t[w] == 0x20 || (t[w] == 0x27 && t[w + 1] == 0x73 && t[w + 2] == 0x20) else { return false }
            p = t[w] == 0x20 ? w + 1 : w + 3
        }
    }
    return false
}

/// Whether the words right before `s` introduce an author, an artist or a public figure rather than
/// someone the candidate knows: "Reading Arundhati Roy", "a thesis on Virginia Woolf", "novels by Toni
/// Morrison", "a fan of Ed Sheeran", "films like Vikram Vedha", "since Joe Coulombe opened".
func followsAWorksWord(_ t: Text, _ s: Int) -> Bool {
    var b = t.skipBlanksBack(s)
    guard b < s, b > 0 else { return false }
    var a = t.letterRunStart(before: b)
    // (a word in lower case, or a reading word starting a sentence: most names follow neither)
    guard a < b, isLowerASCII(t[a]) || t[a] == 0x52 || t[a] == 0x51 || t[a] == 0x53 else { return false }
    // "Reading Arundhati Roy and Toni Morrison": past "and" and one name of up to four capitalised words before it
    if andWords.contains(t, a, b) {
        var p = a, words = 0
        while words < 4 {
            t.work.step()
            let q = t.skipBlanksBack(p)
            guard q < p, q > 0, case let w = t.letterRunStart(before: q), w < q, t.isUppercaseLetter(at: w) else { break }
            if readingWords.contains(t, w, q) { return true } // "Reading" starting the line
            p = w
            words += 1
        }
        b = t.skipBlanksBack(p)
        guard words > 0, b < p, b > 0 else { return false }
        a = t.letterRunStart(before: b)
        guard a < b else { return false }
    }
    if readingWords.contains(t, a, b) { return true }
    // "by", "on", "of", "like" after a works' noun: "novels by", "thesis on", "fan of", "authors like"
    guard introducingPrepositions.contains(t, a, b) else { return false }
    let nb = t.skipBlanksBack(a)
    guard nb < a, nb > 0 else { return false }
    let na = t.letterRunStart(before: nb)
    return na < nb && worksNounsBeforeAName.contains(t, na, nb)
}
/// Words after which a name is an author's or an artist's: "Reading Arundhati Roy", "reread Jane Austen".
private let readingWords = WordSet(["reading", "read", "reread", "rereading"])
/// Prepositions between a works' noun and its author: "novels of", "thesis on", "fan of", "writers like".
private let introducingPrepositions = WordSet(["by", "on", "of", "like"])
/// Works and their makers before a preposition and a name: "thesis on", "fan of", "authors like" (not a
/// talk's, a paper's, a song's or a team's: "a talk by Rachel Adams", "players including James Wilson" are
/// people the candidate met, wrote with or coached).
private let worksNounsBeforeAName = WordSet([
    "poems", "poetry", "writings", "plays", "films", "movies", "thesis", "dissertation", "fan", "fans", "authors",
    "writers", "novelists", "poets", "legends", "icons", "heroes", "retrospective", "paintings",
])

/// Works, fans and events after the name of an author, an artist, an athlete or a character, in lower
/// case: "every Jack Reacher novel", "Ed Sheeran concert", "the Harry Potter book club".
private let worksWordsAfterAName = WordSet([
    "novel", "novels", "book", "books", "editions", "edition", "series", "film", "films", "movie", "movies", "songs",
    "song", "album", "albums", "concert", "concerts", "recitation", "poems", "poetry", "plays", "biography",
    "fans", "fan", "quotes", "lyrics", "tribute", "exhibition", "retrospective", "trilogy", "saga", "franchise",
    "merchandise", "memorabilia", "biopic", "documentary", "podcast",
])
/// Words between a namesake and its honour's word: "Charles B. Rangel Graduate Fellow" (not a role's:
/// "Anna Weber Research Fellow" is a person and her post).
private let honourQualifiers = WordSet(["graduate", "doctoral", "memorial", "leadership", "excellence"])
/// An honour's words after `honourQualifiers`.
private let honourWords = WordSet(["fellow", "fellows", "fellowship", "scholar", "scholars", "scholarship", "award", "prize", "medal", "lecture"])

/// Whether the word ends like a compound street name ("Heijestraat", "Schillerstraße", "Kerkweg").
private func hasStreetSuffix(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    guard e - s >= 6 else { return false }
    t.work.add(e - s)
    let w = t.string(s, e).lowercased()
    return streetSuffixes.contains { w.hasSuffix($0) }
}

/// Whether a hyphenated word ends in an institution's noun ("Koch-Instituts", "Frank-Schule").
func hasInstitutionSuffix(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    var h = e
    while h > s, t[h - 1] != 0x2D { h -= 1 }
    guard h > s else { return false }
    return institutionSuffixes.contains(t, h, e)
}

private let institutionSuffixes = WordSet([
    "institut", "instituts", "klinik", "klinikum", "schule", "gymnasium", "stiftung", "preis", "haus", "universität",
    "hochschule", "zentrum", "museum", "halle", "werk", "werke", "verlag", "straße", "strasse", "platz", "allee", "weg",
    "gesellschaft", "realschule", "grundschule", "berufskolleg", "krankenhaus",
    // posts, honours and grants named after a person: "Alexander von Humboldt-Professorin",
    // "Heinz Maier-Leibnitz-Preisträgerin", "Emmy Noether-Nachwuchsgruppe"
    "professur", "professorin", "professor", "preisträger", "preisträgerin", "stipendium", "stipendiat",
    "stipendiatin", "medaille", "nachwuchsgruppe", "programm", "gastprofessur", "wettbewerb",
])

private let streetSuffixes = ["straat", "straße", "strasse", "weg", "laan", "plein", "gracht", "kade", "gasse", "allee",
                              "platz", "dreef", "singel", "street", "steeg", "markt", "damm", "ufer"]

private func isAmbiguousGivenName(_ t: Text, _ s: Int, _ e: Int) -> Bool { ambiguousGiven.contains(t, s, e) }


/// Whether the letters of `t[s..<e]` are all capitals.
func isAllCaps(_ t: Text, _ s: Int, _ e: Int) -> Bool {
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
    // "Rebecca “Bec” Sullivan", "Trevor \"Trev\" Banks": a nickname in quotes before the surname, after a
    // given name that is no word ("Will “Smart” Meters" is none)
    if t[p] == 0x20, !isAmbiguousGivenName(t, s, e), let nick = quotedNickname(t, p + 1), t[nick.end] == 0x20, t.isUppercaseLetter(at: nick.end + 1) {
        p = nick.end
    }
    while tokens < 5 {
        t.work.step()
        guard t[p] == 0x20, t[p + 1] != 0x20 else { break }
        let q = p + 1
        let w = t.letterWordEnd(q)
        guard w > q else { break }
        tokens += 1
        // a particle, capitalised or not ("La Rosa", "van der Berg"), needs a name after it
        // "Moumita Das (Ph.D. 2021)": the Bengali surname, capitalised at the name's end (not "Rio das Ostras")
        if surnames == 0, t[q] == 0x44, w == q + 3, t[q + 1] == 0x61, t[q + 2] == 0x73, !(t[w] == 0x20 && t.isLetter(at: w + 1)),
           !isAmbiguousGivenName(t, s, e) {
            end = w
            break
        }
        // "Iain Mac an Tàilleir", "Catrìona Nic a' Ghobhainn", "Pádraig Ó hUiginn": a Gaelic particle, its
        // article, and a surname perhaps mutated ("h" or "t-" before its capital)
        if surnames == 0, t[w] == 0x20, let gaelicEnd = gaelicSurnameEnd(t, particle: q, w) {
            end = gaelicEnd
            break
        }
        if particles.contains(t, q, w) {
            // (after a given name that is a word or a place only Dutch and German ones: "Tim van Dijk",
            // "Max von Sydow", not "Rio de Janeiro")
            guard !isAmbiguousGivenName(t, s, e) || dutchAndGermanParticles.contains(t, q, w), t[w] == 0x20,
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
            // ("Stephen Page", "Dawn Fox": a surname that is a word but names no place, after a given name that is no word)
            // "Phillip ACT 2606", "Jackson MS 39201": a suburb, its state in capitals and the postcode
            if w - q <= 3, isAllCaps(t, q, w), t[w] == 0x20, isDigit(t[w + 1]), auStates.contains(t, q, w) || usStates.contains(t, q, w) {
                return nil
            }
            // "Priscilla Bacon Lodge": a building named after a person, after the surname (not "Helen Lodge")
            if surnames >= 1, isANamesakeBuildingWord(t, q, w) { break }
            if (nonNameWords.contains(t, q, w) && !greetingNamedSurnames.contains(t, q, w)
                    && !(surnames == 0 && personsWordSurnames.contains(t, q, w) && !isAmbiguousGivenName(t, s, e)))
                || sectionWords.contains(t, q, w)
                || (end >= 0 && isPostNominal(t, q, w))
                || teamWords.contains(t, q, w)
                || companySuffixes.contains(t, q, w) || institutionWordsAfter.contains(t, q, w)
                || personHonorifics.contains(t, q, w) {
                break
            }
            // "Sri Ganesh Traders, Pune", "Olive Branch, MS": a firm's or a place's word ending the name
            if studioWordsAfter.contains(t, q, w), t[w] != 0x20 || !t.isUppercaseLetter(at: w + 1) { return nil }
            guard isSurnameShaped(t, q, w, caps: caps) else { break }
            // "Robert Koch-Instituts", "Anne-Frank-Schule", "Juliana Kinderziekenhuis": an institution named after the person
            if hasInstitutionSuffix(t, q, w) || endsInAFirmsCompound(t, q, w) { return nil }
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

/// Gaelic surname particles after which an article or a mutated word may stand.
private let gaelicParticles = WordSet(["mac", "nic", "ó", "ní", "uí", "mhic"])
/// Gaelic articles between a particle and the surname: "Mac an Tàilleir", "Nic a' Ghobhainn", "Mac na".
private let gaelicArticles = WordSet(["an", "na"])

/// The end of a Gaelic surname whose particle is `t[p..<w]` ("Mac", "Nic", "Ó"; a blank after it): perhaps an
/// article ("an", "na", "a'"), then a word with a capital, or mutated with "h" or "t-" before its capital
/// ("hUiginn", "t-Saoir"); nil when the particle is none of those or no such rest follows it.
func gaelicSurnameEnd(_ t: Text, particle p: Int, _ w: Int) -> Int? {
    guard gaelicParticles.contains(t, p, w) else { return nil }
    let q0 = w + 1
    var q = q0
    let aw = t.letterWordEnd(q)
    if aw > q, t[aw] == 0x20, gaelicArticles.contains(t, q, aw) { q = aw + 1 }
    else if t[q] == 0x61, t[q + 1] == 0x27, t[q + 2] == 0x20 { q += 3 } // "a' "
    else if t[q] == 0x61, t[q + 1] == 0xE2, t[q + 2] == 0x80, t[q + 3] == 0x99, t[q + 4] == 0x20 { q += 5 } // "a’ "
    var c = q
    if t[c] == 0x68, t.isUppercaseLetter(at: c + 1) { c += 1 } // "hUiginn"
    else if t[c] == 0x74, t[c + 1] == 0x2D, t.isUppercaseLetter(at: c + 2) { c += 2 } // "t-Saoir"
    guard t.isUppercaseLetter(at: c) else { return nil }
    // no bare capital after the particle: that is an ordinary name the loop reads ("Seán Ó Dónaill")
    guard c > q0 else { return nil }
    let w = t.letterWordEnd(c)
    t.work.add(w - q0)
    return w > c + 1 ? w : nil
}

/// A nickname in quotes at `q`: `“Bec”`, `"Trev"`, `'Daz'`, one capitalised word of two to twelve
/// letters, not in capitals; the word's range and the end past the closing quote.
func quotedNickname(_ t: Text, _ q: Int) -> (word: Range<Int>, end: Int)? {
    let curly = t[q] == 0xE2 && t[q + 1] == 0x80 && t[q + 2] == 0x9C
    guard curly || t[q] == 0x22 || t[q] == 0x27 else { return nil }
    let ws = q + (curly ? 3 : 1)
    let we = t.letterWordEnd(ws)
    t.work.add(we - q)
    guard t.isUppercaseLetter(at: ws), we - ws >= 2, we - ws <= 12, !t.isUppercaseLetter(at: ws + t.scalar(at: ws).length) else { return nil }
    if curly { return t[we] == 0xE2 && t[we + 1] == 0x80 && t[we + 2] == 0x9D ? (ws..<we, we + 3) : nil }
    return t[we] == t[q] ? (ws..<we, we + 1) : nil
}

/// "station" before its namesake in French or Dutch (`stationStopsAfter`).
private let stationWord = Array("station".utf8)

/// Whether a lower-case "station" at `w` follows a French or Dutch article or preposition, a comma, a
/// colon or its line's start ("la station Marcel Sembat", "métro B, station Jean Macé").
private func stationStopsAfter(_ t: Text, _ w: Int) -> Bool {
    let p = t.skipBlanksBack(w)
    guard p < w || p == 0 else { return false }
    if p == 0 || isLineBreak(t[p - 1]) || t[p - 1] == 0x2C || t[p - 1] == 0x3A { return true }
    let ps = t.letterRunStart(before: p)
    return ps < p && stationArticles.contains(t, ps, p)
}
private let stationArticles = WordSet(["la", "de", "à", "bij", "naar", "van", "vers", "près"])

/// Whether a word right before `s` (past blanks on the line, a full stop and up to two
/// capitalised words) or right after `end` makes the name a place's, firm's or prize's.
private func isInstitutionContext(_ t: Text, _ s: Int, _ end: Int) -> Bool {
    // after: "Robert Bosch GmbH", "Anna Freud Centre", "Grace Hopper Celebration" (past a
    // generation's suffix: "Edward Hines, Jr. VA Hospital", "Harry Van Arsdale Jr. School")
    var a = afterGenerationSuffix(t, end)
    if t[a] == 0x27 { a += 1 } // "Jack Daniel's"
    if t[a] == 0x20 || t[a] == 0x2D {
        let q = a + 1
        let w = t.letterWordEnd(q)
        if w > q, institutionWordsAfter.contains(t, q, w) || hasStreetSuffix(t, q, w) || companySuffixAt(t, q) { return true }
        if w > q, isANamesakeBuildingWord(t, q, w), !givenNames.contains(t, s, t.letterWordEnd(s)) || end > t.letterWordEnd(s) {
            return true
        }
        // "Jan Steen Design" (a studio), not "Anna Schmidt Design Director" (a person and her role)
        if w > q, t[w] != 0x20 || !t.isUppercaseLetter(at: w + 1), studioWordsAfter.contains(t, q, w) { return true }
        // "every Jack Reacher novel", "Tom Petty songs", "the new Jane Austen editions": an author's, a
        // character's or an artist's works
        if w > q, isLowerASCII(t[q]), worksWordsAfterAName.contains(t, q, w) { return true }
        // "Juliana Kinderziekenhuis": a Dutch or German compound naming an institution
        if w > q, t.isUppercaseLetter(at: q), endsInAFirmsCompound(t, q, w) { return true }
        // "Seamus Heaney HomePlace": a brand's camel-case word
        if w > q, isABrandsCamelCaseWord(t, q, w) { return true }
        if w > q, t[w] == 0x20, honourQualifiers.contains(t, q, w), case let v = t.letterWordEnd(w + 1), v > w + 1,
           honourWords.contains(t, w + 1, v) { return true }
        if t[q] == 0x26 { return true } // "& Co", "& Spencer"
    }
    if t[end] == 0x2D, t.isLetter(at: end + 1) { return true } // "Robert-Koch-Institut"
    return followsAnInstitutionsWord(t, s)
}

/// Whether an institution's word ends right before the blank before `w`.
private func institutionWordBefore(_ t: Text, _ w: Int) -> Bool {
    let q = t.skipBlanksBack(w)
    guard q < w, q > 0 else { return false }
    let ws = t.letterRunStart(before: q)
    return ws < q && institutionWordsBefore.contains(t, ws, q)
}

/// Past ", Jr." / " Jr." / " Sr." / " III" after a name ending at `end`, when a capitalised word
/// follows; else `end`.
func afterGenerationSuffix(_ t: Text, _ end: Int) -> Int {
    var q = end
    if t[q] == 0x2C { q += 1 }
    guard t[q] == 0x20 else { return end }
    let w = t.letterWordEnd(q + 1)
    guard w > q + 1, generationSuffixes.contains(t, q + 1, w) else { return end }
    let e = t[w] == 0x2E ? w + 1 : w
    return t[e] == 0x20 && t.isUppercaseLetter(at: e + 1) ? e : end
}
private let generationSuffixes = WordSet(["jr", "sr", "ii", "iii", "iv"])

/// Whether an institution's, a street's or a namesake's word stands right before `s` (past blanks
/// on the line, a full stop and up to two capitalised words): "Escola Estadual Paulo Freire",
/// "Rua Dr. João Silva", "Via G. Verdi".
func followsAnInstitutionsWord(_ t: Text, _ s: Int) -> Bool {
    var b = s
    // a name in quotes after the institution's words: `Liceo Scientifico Statale "Enrico Fermi"`
    if s >= 2, t[s - 1] == 0x22, t[s - 2] == 0x20 { b = s - 1 }
    else if s >= 4, t[s - 3] == 0xE2, t[s - 2] == 0x80, t[s - 1] == 0x9C || t[s - 1] == 0x9E, t[s - 4] == 0x20 { b = s - 3 }
    else if s >= 3, t[s - 2] == 0xC2, t[s - 1] == 0xAB, t[s - 3] == 0x20 { b = s - 2 }
    var particlesPassed = 0
    // after a joiner, only the given name before it and then the institution's word itself:
    // "Fondazione Giulio e Giovanna Lavazza", not "Museum curators Anna and Peter Weber"
    var wordsLeftAfterJoiner = Int.max
    // given names listed before the one before the joiner, each before a comma (three at most)
    var listedGivenNames = 0
    // (a lower-case particle is not one of the three words: "Azienda Ospedaliera di Rilievo Nazionale Antonio
    // Cardarelli"; two at most)
    var words = 0
    while words < 3 {
        t.work.step()
        words += 1
        guard wordsLeftAfterJoiner > 0 else { break }
        wordsLeftAfterJoiner -= 1
        var q = t.skipBlanksBack(b)
        guard q < b || q == b, q > 0 else { break }
        // more given names listed before the joiner's: "Fondazione Piera, Pietro e Giovanni Ferrero"
        if wordsLeftAfterJoiner == 0, t[q - 1] == 0x2C, listedGivenNames < 3, case let g = t.letterRunStart(before: q - 1),
           g < q - 1, t.isUppercaseLetter(at: g), givenNames.contains(t, g, q - 1) {
            listedGivenNames += 1
            b = g
            wordsLeftAfterJoiner = 1
            words -= 1
            continue
        }
        if t[q - 1] == 0x2E { q -= 1 }
        var w = q
        w = t.letterRunStart(before: w)
        guard w < q else { break }
        if institutionWordsBefore.contains(t, w, q) || streetWordsBeforeNames.contains(t, w, q) { return true }
        // "Universitätsklinikum Carl Gustav Carus", "Filmuniversität Babelsberg Konrad Wolf": a German compound
        if t.isUppercaseLetter(at: w), endsInAGermanInstitutionsCompound(t, w, q) { return true }
        if b == s, namesakeWordsBeforeNames.contains(t, w, q) { return true }
        // "la station Marcel Sembat", "métro B, station Jean Macé", "bij station Willem Alexander" (not
        // "radio station Jane Doe hosted", "Euston station Mark Evans")
        if b == s, t[w] == 0x73, q - w == 7, t.matches(stationWord, at: w), stationStopsAfter(t, w) { return true }
        // "lycée hôtelier Jean Drouant": one lower-case word after the institution's
        if !t.isUppercaseLetter(at: w), q - w > 3, wordsLeftAfterJoiner > 2 {
            let w2e = t.skipBlanksBack(w)
            var w2 = w2e
            w2 = t.letterRunStart(before: w2)
            t.work.add(w - w2)
            return w2 < w2e && w2e < w && institutionWordsBefore.contains(t, w2, w2e)
        }
        // only capitalised words between: "Escola Estadual Paulo", not "at the São Paulo office"
        // and a joiner between two known given names: "Fondazione Giulio e Giovanna Lavazza"
        let joiner = andWords.contains(t, w, q) && followsAGivenName(t, w) && wordsLeftAfterJoiner > 2
        // and a particle between capitalised words: "Escuela de Hostelería Luis Irizar", "Casa de
        // Jorge Amado" (first, only before an institution's word)
        let particle = particles.contains(t, w, q) && !t.isUppercaseLetter(at: w)
            && (b < s || institutionWordBefore(t, w))
        guard (t.isUppercaseLetter(at: w) && q - w > 1) || joiner || particle, t.skipBlanksBack(w) < w else { break }
        if joiner { wordsLeftAfterJoiner = 2 }
        if particle, particlesPassed < 2 { particlesPassed += 1; words -= 1 }
        b = w
    }
    return false
}


/// Surnames that are words but name no place or building (not "Street", "Park", "Hill": "George Street"
/// is one): a person's after a known given name that is no word ("Stephen Page").
let personsWordSurnames = WordSet([
    "page", "cook", "baker", "mason", "hunter", "price", "bishop", "fox", "moss", "lamb", "bell", "young", "little",
    "turner", "walker", "knight", "bond", "frost", "noble", "chase", "grant", "wade", "burns",
])

/// Whether `t[s..<e]` is a German compound ending in an institution's noun: "Universitätsklinikum",
/// "Filmuniversität", "Musikhochschule" (longer than the noun, so not "Klinikum" alone).
private func endsInAGermanInstitutionsCompound(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    e - s >= 10 && germanInstitutionEndings.endWord(t, s, e)
}
/// The institutions' nouns that end German compounds.
private let germanInstitutionEndings = CompoundEndings(
    ["klinikum", "universität", "hochschule", "schule", "institut", "akademie", "gymnasium", "krankenhaus"], minimumPrefix: 3)

/// Whether a known given name ends right before the blanks before `w`.
private func followsAGivenName(_ t: Text, _ w: Int) -> Bool {
    let q = t.skipBlanksBack(w)
    guard q < w else { return false }
    let s = t.letterRunStart(before: q)
    return s < q && t.isUppercaseLetter(at: s) && givenNames.contains(t, s, q)
}

/// Whether the name at `s` is a brand or a famous person ("Hugo Boss", "Max Planck").
func isBrandOrFamous(_ t: Text, _ s: Int) -> Bool {
    // the given name and the next word
    let we = t.letterWordEnd(s)
    guard t[we] == 0x20 else { return false }
    let ne = t.letterWordEnd(we + 1)
    guard ne > we + 1 else { return false }
    t.work.add(ne - s)
    // ("Emily Dickinson's Fascicles": the possessive aside)
    let pairEnd = ne - s > 2 && t[ne - 2] == 0x27 && t[ne - 1] == 0x73 ? ne - 2 : ne
    if brandAndFamousNames.contains(t.string(s, pairEnd).lowercased()) { return true }
    // or with the capitalised word before it, when that is no given name: "Lockheed Martin
    // Rotary and Mission Systems" (not "John Lewis Carter", "Jean Paul Lefèvre": people)
    guard s >= 3, t[s - 1] == 0x20, t.isLetter(at: t.scalarStart(before: s - 1)) else { return false }
    var ps = t.scalarStart(before: s - 1)
    while ps > 0 && t.isLetter(at: t.scalarStart(before: ps)) && s - ps < 24 { ps = t.scalarStart(before: ps) }
    guard t.isUppercaseLetter(at: ps), !t.isWordChar(before: ps), !givenNames.contains(t, ps, s - 1) else { return false }
    t.work.add(s - ps)
    return brandAndFamousNames.contains(t.string(ps, we).lowercased())
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
