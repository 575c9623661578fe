// The candidate's own name (resumes only).
//
// 1. The heading name: the first of the first few non-empty lines that is not a
//    document title ("Resume", "Curriculum Vitae", "Lebenslauf"), a job-title line or a
//    contact line, and whose first field (text before '|', '·', ',', ' — ', '(' …)
//    is 2–4 capitalised name words (hyphens, apostrophes, diacritics allowed) with
//    optional middle initials and particles ("van der", "de"), optionally after an
//    honorific ("Dr.") or a "Name:"/"Applicant:" label. A section header or any
//    other line ends the search: then there is no heading name.
// 2. Later occurrences: the full name, "First Last", the first two name words, and the
//    first and last name words on their own, as whole words, in their heading case,
//    in capitals, and (for an all-caps heading) in title case.

private let nameLabels = KeywordTable([
    "name", "full name", "candidate", "candidate name", "applicant", "applicant name", "nom", "nom complet",
    "nombre", "nombre completo", "vollständiger name", "nome", "naam",
    // the personal-data blocks of European CVs (Europass and national templates)
    "vor- und nachname", "vorname und nachname", "vorname, nachname", "name, vorname", "nachname, vorname",
    "nombre y apellidos", "apellidos y nombre",
    "nom et prénom", "nom, prénom", "prénom et nom", "prénom nom", "nome completo", "nome e cognome",
    "cognome e nome", "volledige naam", "voor- en achternaam", "naam en voornaam",
    "candidate's name", "candidate’s name", "name of the candidate", "name of candidate", "applicant's name",
    "name of applicant", "name of the applicant", "nome do candidato", "nome da candidata", "nombre del candidato",
    "nom du candidat", "nom de la candidate", "nome del candidato", "naam kandidaat", "name in full",
])
/// The name field of the older Europass CV, whose value follows a column gap, no colon:
/// "Apellido(s) / Nombre(s)      Martínez Ruiz, Lucía".
private let europassNameLabels = KeywordTable([
    "surname(s) / first name(s)", "surname / first name", "apellido(s) / nombre(s)", "apellidos / nombre",
    "nome(s) / apelido(s)", "apelido(s) / nome(s)", "cognome(i) / nome(i)", "cognome/i / nome/i", "cognome / nome",
    "nom(s) / prénom(s)", "nom / prénom", "nachname(n) / vorname(n)", "nachname / vorname",
    "achternaam / voornamen", "achterna(a)m(en) / voorna(a)m(en)", "naam / voornamen",
])
private let honorifics = WordSet([
    "dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "herr", "frau", "mme", "mlle",
    "sr", "sra", "srta", "ing", "dipl", "mag", "rev", "capt", "eng",
])
/// Given names written short with a full stop before the rest of a name, as South Asian
/// headings write them: "MD. RAFIQUL ISLAM MONDAL", "Mohd. Arif", "CH. NAGA LAKSHMI", "Sk. Rahim".
private let abbreviatedGivenNames = WordSet(["md", "mohd", "muhd", "ch", "sk"])
private let nameSuffixes = WordSet([
    "jr", "sr", "ii", "iii", "iv", "phd", "ph.d", "mba", "md", "cpa", "pe", "esq", "msc", "bsc", "ma", "ba",
    "rn", "cfa", "pmp", "dds", "ca", "aca", "fca", "acca", "fcca", "caanz", "cta", "cisa", "cissp", "frm",
])
let particles = WordSet([
    "van", "von", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le", "bin", "binti", "ibn", "al",
    "el", "ter", "ten", "dos", "das", "y", "zu", "af", "av", "los", "las", "lo", "degli", "dei",
    // Welsh patronymics: "Rhys ap Gwilym" (not "ab": German "ab Montag"); Catalan surnames: "Montserrat Vilanova i Roca"
    "ap", "i",
    // Irish and Scottish Gaelic surnames: "Seán Ó Dónaill", "Aoife Ní Bhriain", "Róisín Nic Aodha", "Cathal Mac Giolla Phádraig"
    "ó", "ní", "nic", "uí", "mac", "mhic",
])
let documentWords = WordSet([
    "resume", "résumé", "resumé", "cv", "curriculum", "vitae", "lebenslauf", "cover", "letter", "page", "europass",
    "portfolio", "bio", "biography", "profile", "updated", "draft", "final", "of", "my", "the",
    // document titles in the ten locales' languages ("Carta de recomendação", "Dossier d'inscription")
    "carta", "lettre", "lettera", "brief", "schreiben", "recomendação", "recomendación", "recommandation",
    "certificado", "certificat", "certificato", "empresa",
    // Dutch organisations heading a letter: "Stichting Kinderopvang Humanitas", "Hogeschool Rotterdam"
    "stichting", "hogeschool", "zorggroep", "kinderopvang", "woonzorg", "scholengroep", "onderwijsgroep",
    "raccomandazione", "referenze", "referentiebrief", "aanbevelingsbrief", "empfehlungsschreiben", "zeugnis",
    "arbeitszeugnis", "motivatiebrief", "sollicitatiebrief", "anschreiben", "bewerbung", "motivation",
    "motivación", "motivazione", "apresentação", "presentación", "presentazione", "perfil", "profilo", "profiel",
    "profil", "profissional", "profesional", "professionale", "professionnel", "ficha", "inscrição", "inscripción",
    "inscription", "iscrizione", "inschrijving", "solicitud", "candidatura", "candidato", "candidata", "candidat",
    "candidate", "dossier", "dichiarazione", "sostitutiva", "certificazione", "autocertificazione", "declaração",
    "declaración", "déclaration", "erklärung", "verklaring", "sobre", "autora", "autor", "auteur", "autrice",
    "about", "over", "à", "propos", "acerca", "chi", "sono", "über", "mich", "currículum", "currículo", "ciego",
    "cego", "anonimo", "anónimo", "anonyme", "anoniem", "anonymisiert", "blind", "application", "form",
    "formulário", "formulario", "modulo", "formulaire", "formular", "aanmeldformulier", "bio-data", "biodata",
    "ponente", "palestrante", "relatore", "relatrice", "intervenant", "spreker", "referent", "speaker",
    // a form attached to a CV: "Personalfragebogen – Anlage zum Lebenslauf"
    "personalfragebogen", "fragebogen", "anlage", "zum", "bewerberbogen",
    // appraisals, applications and selection minutes: "ANNUAL PERFORMANCE APPRAISAL", "DIENSTLICHE
    // BEURTEILUNG", "DOMANDA DI ASSUNZIONE", "VERBALE DELLA COMMISSIONE DI SELEZIONE"
    "appraisal", "beurteilung", "beoordeling", "valutazione", "évaluation", "evaluación", "avaliação", "domanda",
    "assunzione", "verbale", "scheda", "commissione", "selezione", "minutes", "notulen", "protokoll", "acta", "ata",
    "evaluation", "procès-verbal", "procès",
    // a profile's recommendations: "SEGNALAZIONI — Federica Russo", "Recommendations received"
    "recommendations", "segnalazioni", "raccomandazioni", "recomendaciones", "recomendações", "empfehlungen",
    "aanbevelingen", "received",
])
/// Lines starting with one of these are section headers: no heading name after them.
let sectionWords = WordSet([
    "summary", "objective", "experience", "experiences", "education", "skills", "skill", "projects",
    "publications", "certifications", "certificates", "languages", "interests", "hobbies", "references",
    "contact", "details", "personal", "professional", "work", "employment", "history", "career",
    "achievements", "awards", "honors", "honours", "volunteering", "volunteer", "activities", "training",
    "courses", "qualifications", "competencies", "expertise", "about", "overview", "highlights", "key",
    "timeline", "tooling", "tools", "technical", "core", "additional", "selected", "relevant", "compensation",
    "customer", "published", "infrastructure", "berufserfahrung", "ausbildung", "kenntnisse", "kontakt",
    "profil", "expérience", "formation", "compétences", "experiencia", "educación", "habilidades",
    "esperienza", "istruzione", "reference", "notes", "employment", "leadership", "teaching", "research",
    "clinical", "wissenschaftlicher", "werdegang", "persönliche", "angaben", "daten", "datos", "informations",
    "informazioni", "personali", "personales", "pessoais", "gegevens", "persoonlijke", "personnelles",
    "competências", "competencias", "competenze", "competenties", "certificações", "certificaciones",
    "certificazioni", "riconoscimenti", "conhecimentos", "conocimientos", "conoscenze", "idiomas", "lingue",
    "langues", "talen", "sprachen", "formação", "formazione", "opleidingen", "vaardigheden", "werkervaring",
    "experiência", "ervaring", "referências", "referencias", "referenties", "referenzen", "références",
    "prêmios", "premios", "premi", "prix", "auszeichnungen", "interesses", "intereses", "interessi",
    "centres", "loisirs", "freizeit", "projetos", "proyectos", "progetti", "projecten", "projekte", "projets",
    // achievements and highlights in the other languages: "LOGROS DESTACADOS", "REALIZZAZIONI"
    "logros", "destacados", "conquistas", "realizações", "realizzazioni", "risultati", "réalisations",
    "erfolge", "resultaten", "prestaties", "publicaciones", "publicações", "pubblicazioni", "publikationen",
])
/// Degrees, memberships and registrations written after a name: "Chloe Griffith BEng (Hons)
/// MIEAust", "Ruaraidh MacDonald BSc CEng MICE", "Mr Oluwaseun Adeyemi MBBS BSc (Hons) MRCS (Eng)".
let postNominalLetters = [
    "beng", "meng", "bsc", "msc", "phd", "mba", "hons", "ceng", "ieng", "cpa", "cfa", "pmp", "llb", "llm", "bcom",
    "mcom", "btech", "mtech", "mphil", "dphil", "frcs", "mrcp", "frcp", "cipd", "acca", "cima", "mieaust", "mimeche",
    "miet", "mrics", "fca", "ca", "aca", "fcca", "caanz", "cta", "cisa", "cissp", "frm",
]
/// Post-nominal letters that end a heading's name (`endBeforePostNominals`): those above and
/// more that are also surnames or words ("Riba", "Mice"), so never taken as no name's words.
let postNominalSet = WordSet(postNominalLetters + [
    "mbbs", "mbchb", "mrcs", "mrcgp", "mrcog", "mrcpsych", "frcpath", "frcgp", "fhea", "sfhea", "mice", "fice",
    "mistructe", "fistructe", "fimeche", "fiet", "frics", "fcipd", "mcipd", "chcipd", "fcma", "cgma", "rgn", "rmn",
    "pgce", "qts", "mrpharms", "mcsp", "fcii", "acii", "mciob", "mrtpi", "riba", "arb",
])
/// Words that are never part of a person's name in a heading (titles, organisations,
/// places, common resume vocabulary, post-nominal letters).
let nonNameWords = WordSet([
    // titles and roles
    "engineer", "engineering", "developer", "development", "manager", "management", "designer", "design",
    "senior", "junior", "lead", "staff", "principal", "head", "chief", "director", "officer", "president",
    // "Summer Vacation Scheme": no one's surname
    "vacation",
    "vice", "vp", "intern", "internship", "associate", "assistant", "analyst", "architect", "consultant",
    "specialist", "scientist", "researcher", "coordinator", "administrator", "executive", "representative",
    "technician", "nurse", "teacher", "accountant", "writer", "editor", "strategist", "operator",
    "supervisor", "electrician", "barista", "product", "project", "program", "programmer", "software",
    "hardware", "data", "machine", "learning", "full", "stack", "frontend", "front", "end", "backend", "back",
    "mobile", "ios", "android", "web", "cloud", "devops", "sre", "site", "reliability", "platform",
    "systems", "system", "security", "network", "qa", "test", "testing", "quality", "automation", "support",
    "sales", "marketing", "business", "finance", "financial", "operations", "success", "human", "resources",
    "hr", "recruiter", "recruiting", "content", "ux", "ui", "graphic", "distributed", "payments",
    "observability", "embedded", "firmware", "application", "applications", "solutions", "solution",
    "account", "brand", "creative", "digital", "growth", "people", "talent", "office", "warehouse",
    "forklift", "shift", "logistics", "legal", "counsel", "paralegal", "professor", "lecturer", "student",
    "graduate", "freelance", "freelancer", "contractor", "founder", "cofounder", "co-founder", "owner",
    "partner", "ceo", "cto", "cfo", "coo", "expert", "generalist", "entwickler", "entwicklerin", "ingenieur",
    "ingénieure", "ingénieur", "développeuse", "développeur", "diseñador", "diseñadora", "desarrollador",
    "desarrolladora", "architetta", "architetto", "engenheira", "engenheiro", "auditor", "registered",
    "general", "mathematics", "secondary", "infrastructure", "customer", "service", "services", "research",
    "clinical", "medical", "health", "care", "team", "member", "trainee", "apprentice", "worker", "driver",
    "hoofd", "technische", "dienst", "medewerker", "adviseur", "beheerder", "leider", "sciences", "science",
    "studies", "biology", "chemistry", "physics", "economics", "law", "arts", "humanities", "medicine",
    "nursing", "psychology", "statistics", "informatics", "informatica", "informatique",
    // branches of a degree written after its letters: "B.E. Civil", "B.Tech Mechanical", "M.E. Structural"
    "civil", "mechanical", "electrical", "electronics", "chemical", "structural", "computer", "instrumentation",
    "aeronautical", "aerospace", "automobile", "metallurgical", "metallurgy", "biotechnology", "biomedical",
    "textile", "petroleum", "commerce", "agricultural", "environmental",
    "chef", "cook", "cashier", "clerk", "agent", "advisor", "adviser", "officer", "pilot", "pharmacist",
    "physician", "therapist", "dentist", "lawyer", "attorney", "journalist", "photographer", "artist",
    "musician", "economist", "statistician", "mathematician", "physicist", "chemist", "biologist",
    "professional", "certified", "licensed", "chartered", "remote", "hybrid", "contract", "part-time",
    "full-time", "open", "available", "seeking", "looking", "aspiring", "experienced", "passionate",
    // organisations and places
    "university", "universität", "université", "universidad", "università", "college", "school",
    "institute", "academy", "corp", "corporation", "inc", "ltd", "limited", "llc", "gmbh", "ag", "plc", "group", "bank",
    "hospital", "company", "labs", "lab", "technologies", "technology", "tech", "partners", "capital",
    "consulting", "agency", "studio", "studios", "foundation", "association", "council", "department",
    "ministry", "government", "city", "county", "state", "new", "york", "san", "francisco", "los",
    "angeles", "london", "berlin", "paris", "united", "states", "kingdom", "street", "road", "avenue",
    "são", "santo", "santa", "saint", "sainte", "sankt",
    // Portuguese titles and grades: "Desenvolvedor Back-end Pleno"
    "desenvolvedor", "desenvolvedora", "analista", "pleno", "plena", "sênior", "júnior", "estagiário", "estagiária",
    "técnico", "técnica", "coordenador", "coordenadora", "gerente", "assistente", "auxiliar", "vendedor", "vendedora",
    // firms' first words: "À Construtora Moura Dubeux", "Transportadora Irmãos Lima"
    "construtora", "incorporadora", "distribuidora", "transportadora", "imobiliária", "constructora", "inmobiliaria",
    "contractors", "dredging", "preference", "preferences", "advisors", "advisers", "securities", "investments",
    "insurance", "bancorp",
    // Spanish titles and firms' words in letterheads: "INGENIERO DE CAMINOS — JEFE DE OBRA", "Cabinet
    // Roussel Avocats", "Crédit Agricole Aquitaine", "Hotel Costa Serena"
    "ingeniero", "ingeniera", "jefe", "jefa", "encargado", "encargada", "cocinero", "cocinera", "enfermero", "enfermera",
    "cabinet", "avocats", "avocat", "notaires", "abogados", "advogados", "avvocati", "rechtsanwälte", "crédit",
    "credit", "agence", "hotel", "hôtel", "hotels",
    // roles a letter greets: "Gentile Responsabile,", "Estimado Reclutador,"
    "responsabile", "responsable", "direttore", "direttrice", "selezionatore", "selezionatrice", "reclutador",
    "reclutadora", "recrutador", "recrutadora", "recruteur", "recruteuse", "collega", "colleghi",
    // public bodies and institutions: "Al Comune di Palermo", "Politecnico di Milano"
    "politecnico", "comune", "provincia", "regione", "ministero", "ospedale", "liceo", "istituto", "scuola",
    "ayuntamiento", "prefeitura", "mairie", "gemeente", "hochschule", "fachhochschule", "gymnasium", "lycée",
    "école", "escola", "colegio", "instituto", "clinica", "clínica", "klinik", "ziekenhuis", "infirmary",
    "studiorum", "ysgol", "coleg",
    // events: "XII Congresso Brasileiro de Enfermagem"
    "congress", "congresso", "congreso", "congrès", "kongress", "congres", "conference", "conferência", "conferencia",
    "conferenza", "konferenz", "symposium", "simpósio", "simposio", "seminar", "seminário", "seminario", "summit",
    "forum", "fórum", "jornada", "jornadas", "encontro", "convegno", "tagung", "workshop", "expo", "festival",
    "park", "international", "global", "national", "systems", "software", "media", "health", "partnership",
    // section and document words
    "summary", "objective", "experience", "education", "skills", "projects", "publications",
    "certifications", "languages", "interests", "references", "contact", "details", "personal",
    "information", "work", "employment", "history", "career", "achievements", "awards", "highlights",
    "numbers", "timeline", "tooling", "tools", "book", "resume", "curriculum", "vitae", "lebenslauf",
    "profile", "about", "me", "overview", "key", "core", "volunteering", "payments", "notes",
    // common words
    "the", "and", "of", "for", "with", "in", "at", "to", "a", "an", "my", "our", "your", "is", "are", "hello",
    "dear", "thanks", "thank", "welcome", "hi", "page", "version", "confidential", "private", "public",
    // a testimonials heading: "WHAT MANAGERS SAY"
    "what", "say", "says", "said",
    "hoi", "hallo", "ciao", "olá", "hola", "bonjour", "buongiorno", "buonasera", "beste", "caro", "cara", "gentile",
    "estimado", "estimada", "prezado", "prezada", "lieber", "liebe", "salut", "hey", "goedemiddag", "goedemorgen",
    "yes", "ja", "oui", "sí", "sim", "hiring", "madam", "sir", "grüße", "grüssen", "groeten", "groet", "regards",
    "wishes", "saludos", "saluti", "saudações", "salutations", "authorization", "authorisation", "background",
    "check", "checks", "consent", "declaration", "ecology", "marine", "fiche", "renseignements", "no", "nil",
    "none", "n/a", "approved", "pending", "attached", "required", "enclosed", "available", "upon", "request",
    "previously", "currently", "present", "today", "monday", "friday", "english",
    "german", "french", "spanish", "python", "java", "swift", "kotlin", "javascript", "typescript", "go",
    "rust", "react", "node", "cloud", "aws", "azure", "google", "microsoft", "apple", "amazon", "meta",
] + postNominalLetters)
/// Honorific-free tokens with these words mark a job-title / document line that may precede the name.
private let titleLineWords = WordSet([
    "senior", "junior", "lead", "staff", "principal", "head", "chief", "software", "engineer", "developer",
    "manager", "designer", "analyst", "architect", "consultant", "specialist", "scientist", "product",
    "project", "program", "data", "full", "stack", "frontend", "backend", "mobile", "ios", "android", "web",
    "cloud", "devops", "site", "reliability", "platform", "systems", "security", "qa", "test", "sales",
    "marketing", "director", "intern", "associate", "assistant", "machine", "learning", "research",
    "researcher", "ux", "ui", "engineering", "and", "&", "of", "resume", "résumé", "cv", "curriculum",
    "vitae", "lebenslauf", "the", "for", "-", "–", "—", "executive", "officer", "representative", "technical",
    "writer", "recruiter", "operations", "business", "customer", "success", "support", "nurse", "teacher",
])

/// A parsed name: span in the text and the byte ranges of its name words.
struct ParsedName {
    var start: Int
    var end: Int
    var words: [Range<Int>]     // capitalised name words (not initials, not particles)
    var firstTwoEnd: Int?        // end of the second name word when it directly follows the first
    var allCaps: Bool
    /// A nickname written inside the heading: `Bob` in `ROBERT (BOB) HALE`, `Seun` in `OLUWASEUN "SEUN" BAKARE`.
    var nickname: Range<Int>? = nil
    /// Given names and surname written `SURNAME, Given` ("KING, Marcus"): the surname's word.
    var surnameFirst: Range<Int>? = nil
}

private struct Tok { var start: Int; var end: Int }

/// Splits `[s, e)` into blank-separated tokens.
private func tokens(_ t: Text, _ s: Int, _ e: Int) throws(RedactionStopped) -> [Tok] {
    var out = [Tok]()
    var i = s
    while i < e {
        while i < e && isBlank(t.b[i]) { i += 1; try t.work.tick() }
        let ts = i
        while i < e && !isBlank(t.b[i]) { i += 1; try t.work.tick() }
        if i > ts { out.append(Tok(start: ts, end: i)) }
        if out.count > 12 { break }
    }
    return out
}

/// Parses a person's name filling exactly `[s, e)` (after trimming).
func parseName(_ t: Text, _ s: Int, _ e: Int) throws(RedactionStopped) -> ParsedName? {
    var toks = try tokens(t, s, e)
    guard toks.count >= 2, toks.count <= 8 else { return nil }
    // strip honorifics ("Dr.", "Prof.") in front and suffixes ("Jr.", "PhD") at the end
    func bare(_ k: Tok) -> (Int, Int) { (k.start, t[k.end - 1] == 0x2E ? k.end - 1 : k.end) }
    while let f = toks.first, toks.count > 2, honorifics.contains(t, bare(f).0, bare(f).1) { toks.removeFirst() }
    while let l = toks.last, toks.count > 2, nameSuffixes.contains(t, bare(l).0, bare(l).1),
          !particles.contains(t, l.start, l.end) {
        toks.removeLast()
    }
    // (a long name's particles are no words: "María del Mar SÁNCHEZ-ARJONA DE LA TORRE"; in capitals only in
    // a name of mixed case, whose given name is not in capitals: "ACTA DE LA REUNIÓN DEL COMITÉ" is none)
    let inner = toks.dropFirst().dropLast()
    let particleCount = inner.reduce(0) { $0 + (particles.contains(t, $1.start, $1.end) ? 1 : 0) }
    let mixedCase = toks.count >= 2 && t.isLetter(at: toks[0].start + t.scalar(at: toks[0].start).length)
        && !t.isUppercaseLetter(at: toks[0].start + t.scalar(at: toks[0].start).length)
    guard toks.count >= 2, toks.count - particleCount <= 6 else { return nil }
    var words = [Range<Int>]()
    var sawLong = false
    var allCaps = true
    var firstTwoEnd: Int? = nil
    var previousWasName = false
    var initials = 0
    for (idx, k) in toks.enumerated() {
        let len = k.end - k.start
        // initial: "T." or "T"
        if t.isUppercaseLetter(at: k.start) {
            let l1 = t.scalar(at: k.start).length
            if len == l1 || (len == l1 + 1 && t[k.end - 1] == 0x2E) {
                // initials lead ("R. K. Sharma") or trail ("Sharma Rahul K.") too
                initials += 1
                previousWasName = false
                continue
            }
            // "R.K." or "K.V.S." as one token
            if let n = dottedInitials(t, k.start, k.end), n >= 2 {
                initials += n
                previousWasName = false
                continue
            }
            // "MD. RAFIQUL ISLAM MONDAL": a given name written short, first
            if idx == 0, t[k.end - 1] == 0x2E, abbreviatedGivenNames.contains(t, k.start, k.end - 1) {
                initials += 1
                previousWasName = false
                continue
            }
        }
        // a particle in capitals between name words: "SÁNCHEZ DE LA TORRE", "MARIA DOS SANTOS"
        if mixedCase, t.isUppercaseLetter(at: k.start), idx > 0, idx < toks.count - 1, previousWasName || words.count > 0,
           k.end - k.start <= 3, particles.contains(t, k.start, k.end), t.isUppercaseLetter(at: k.end - 1) {
            previousWasName = false
            continue
        }
        if !t.isUppercaseLetter(at: k.start) {
            guard idx > 0, idx < toks.count - 1, particles.contains(t, k.start, k.end) else { return nil }
            // Catalan "i" joins two surnames after a known given name ("Montserrat Vilanova i Roca"),
            // not a heading's nouns ("Administració i Finances", "Direcció Comercial i Vendes")
            if k.end - k.start == 1, t[k.start] == 0x69, !(idx >= 2 && givenNames.contains(t, toks[0].start, toks[0].end)) { return nil }
            previousWasName = false
            continue
        }
        guard t.letterWordEnd(k.start) == k.end else { return nil }
        if (nonNameWords.contains(t, k.start, k.end) && !isAPlaceNamedSurname(t, toks, idx) && !isGivenNameBeforeAWordSurname(t, toks, idx))
            || isAGermanRoleCompound(t, k.start, k.end) || endsInAFirmsCompound(t, k.start, k.end)
            || documentWords.contains(t, k.start, k.end)
            || sectionWords.contains(t, k.start, k.end) {
            return nil
        }
        // letters after the first: all lowercase, all uppercase, or Mc/Mac/O'/hyphen patterns
        var q = k.start + t.scalar(at: k.start).length
        var hasLower = false
        while q < k.end {
            try t.work.tick()
            if t.isLetter(at: q) && !t.isUppercaseLetter(at: q) { hasLower = true }
            q += t.scalar(at: q).length
        }
        if hasLower { allCaps = false }
        if len >= 3 { sawLong = true }
        if words.count == 1 && previousWasName { firstTwoEnd = k.end }
        words.append(k.start..<k.end)
        previousWasName = true
    }
    // two to five name words, or one after initials ("R. K. Sharma"); never initials alone
    guard (2...5).contains(words.count) || (words.count == 1 && initials > 0), sawLong else { return nil }
    let start = min(words[0].lowerBound, toks[0].start), end = max(words[words.count - 1].upperBound, toks[toks.count - 1].end)
    return ParsedName(start: start, end: t[end - 1] == 0x2E && initials == 0 ? end - 1 : end, words: words,
                      firstTwoEnd: words.count >= 3 ? firstTwoEnd : nil, allCaps: allCaps)
}

/// Whether `t[s..<e]` is a German compound naming a role or a trade's branch: "Bauleiter",
/// "Projektingenieurin", "Industriekaufmann", "Hochbau" (longer than its ending: "Leiter" is a surname).
func isAGermanRoleCompound(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    e - s >= 7 && germanRoleEndings.endWord(t, s, e)
}
/// The endings of German role compounds (not "meister" nor "mann": "Baumeister", "Zimmermann" are surnames).
private let germanRoleEndings = CompoundEndings([
    "leiter", "leiterin", "ingenieur", "ingenieurin", "techniker", "technikerin", "referent", "referentin", "berater",
    "beraterin", "assistent", "assistentin", "entwickler", "entwicklerin", "managerin", "kaufmann", "kauffrau",
    "fachkraft", "fachwirt", "fachwirtin", "bearbeiter", "bearbeiterin", "therapeut", "therapeutin", "pfleger",
    "pflegerin", "arbeiter", "arbeiterin", "bau",
], minimumPrefix: 3)

/// The number of initials when `t[s..<e]` is capitals each followed by a full stop ("R.K.",
/// "K.V.S."), else nil.
private func dottedInitials(_ t: Text, _ s: Int, _ e: Int) -> Int? {
    var q = s, n = 0
    while q < e {
        t.work.step()
        guard t.isUppercaseLetter(at: q) else { return nil }
        let l = t.scalar(at: q).length
        guard t[q + l] == 0x2E else { return nil }
        q += l + 1
        n += 1
    }
    return q == e ? n : nil
}

/// A name of one word after a name label ("Name : Selvaraj"): people who have one name, as many
/// in South India do, write it so. The word: capitalised or in capitals, three letters or more,
/// no title, document, section or ordinary word, no honorific; its range as a name.
private func labelledSingleName(_ t: Text, _ a: Int, _ b: Int) -> ParsedName? {
    let we = t.letterWordEnd(a)
    guard we == b, t.isUppercaseLetter(at: a), t.string(a, b).count >= 3,
          !nonNameWords.contains(t, a, b), !documentWords.contains(t, a, b), !sectionWords.contains(t, a, b),
          !personHonorifics.contains(t, a, b), !singleNameRefusals.contains(t, a, b) else { return nil }
    var q = a + t.scalar(at: a).length, lower = 0, upper = 0
    while q < b {
        t.work.step()
        if t.isUppercaseLetter(at: q) { upper += 1 } else { lower += 1 }
        q += t.scalar(at: q).length
    }
    guard lower == 0 || upper == 0 else { return nil } // "McKinsey", "iPhone" shapes are no one's lone name
    return ParsedName(start: a, end: b, words: [a..<b], firstTwoEnd: nil, allCaps: lower == 0)
}

/// Words a form's name field holds when it gives no name.
private let singleNameRefusals = WordSet([
    "anonymous", "anonymised", "anonymized", "withheld", "redacted", "unknown", "blank", "tbc", "tbd", "optional",
    "anonyme", "anónimo", "anonimo", "anônimo", "anonym", "anoniem", "vide", "vacío", "vazio", "leer",
])

/// Cities that are also surnames ("Julien Paris", "Berlin, Thomas"): a name's word beside a known
/// given name, though a heading of them is otherwise a place ("London", "Paris, France").
/// ("Reading" is a word too: "Reading" alone is the town or the word, never the candidate.)
let placeNamedSurnames = WordSet(["london", "berlin", "paris", "york", "reading"])

/// Greetings that are also surnames ("Marco Gentile", "Julio Caro"): a name's second word after a
/// known given name, though a heading of them alone is a greeting.
let greetingNamedSurnames = WordSet(["gentile", "caro"])

/// Whether token `idx` of two is a place-named surname beside a known given name that is no
/// ordinary word, or a greeting-named one after it.
private func isAPlaceNamedSurname(_ t: Text, _ toks: [Tok], _ idx: Int) -> Bool {
    guard toks.count == 2 else { return false }
    let other = toks[1 - idx]
    // "MASON PARK", "Denise Cook": a surname that is also a word, after a known given name (one
    // that is a word too included: the pair is the heading's)
    if idx == 1, wordSurnames.contains(t, toks[1].start, toks[1].end) { return givenNames.contains(t, other.start, other.end) }
    guard placeNamedSurnames.contains(t, toks[idx].start, toks[idx].end)
            || (idx == 1 && greetingNamedSurnames.contains(t, toks[1].start, toks[1].end)) else { return false }
    return givenNames.contains(t, other.start, other.end) && !ambiguousGiven.contains(t, other.start, other.end)
}

/// Whether token `idx` is the first of two, a known given name that is also a word ("Mason",
/// "Hunter"), before a surname that is a word too ("MASON PARK").
private func isGivenNameBeforeAWordSurname(_ t: Text, _ toks: [Tok], _ idx: Int) -> Bool {
    idx == 0 && toks.count == 2 && givenNames.contains(t, toks[0].start, toks[0].end)
        && wordSurnames.contains(t, toks[1].start, toks[1].end)
}

/// Surnames that alone are as often an everyday verb or noun opening a sentence ("Cook and plate …", "Grant
/// access to …", "Page 2"): not searched for alone as a found person's later mention.
private let surnamesAloneAsWords = WordSet([
    "cook", "page", "park", "hall", "hill", "bill", "grant", "chase", "wade", "hope", "joy", "rich", "long", "sharp", "banks",
    "strong", "day", "field", "lane", "street", "church", "stone", "frost", "snow", "winter", "bell", "lamb", "bush",
    "ford", "swan", "crane", "bird", "lake", "heath", "dale", "marsh", "brook", "castle", "moss", "fox", "rose",
])

/// Surnames that are also ordinary words (places, trades, things): a name's last word after a known
/// given name in a heading ("Mason Park", "Paris Cook", "Harper Page"), and behind an honorific, a
/// label or an introducer after one that is no word ("Mrs Ceri Street", "Name: Stephen Page").
let wordSurnames = WordSet([
    "park", "hill", "hall", "cook", "page", "banks", "baker", "mason", "hunter", "king", "price", "lord",
    "street", "moss", "fox", "wood", "stone", "bishop", "lane", "bell", "lamb", "marsh", "brook", "castle", "field",
    "rose", "young", "little", "church", "mills", "turner", "walker", "ward", "wells", "west", "green", "brown",
    "white", "black", "grey", "gray", "long", "sharp", "bird", "swan", "crane", "knight", "bond", "frost", "snow",
    "winter", "day", "rich", "strong", "noble", "ford", "heath", "dale", "bush", "rivers", "lake", "chase", "grant",
    "wade", "hope", "joy", "bill", "burns",
])

/// End of the first field of a heading line (before '|', '·', '•', ',', '(', ':', ' — ', ' - ', tab, two blanks).
private func firstFieldEnd(_ t: Text, _ s: Int, _ e: Int) throws(RedactionStopped) -> Int {
    var j = s
    while j < e {
        try t.work.tick()
        let c = t.b[j]
        if c == 0x7C || c == 0x2C || c == 0x28 || c == 0x3A || c == 0x09 || c == 0x3B || c == 0x2F { break }
        if c == 0x20 && t[j + 1] == 0x20, let w = secondWordAfterTwoBlanks(t, s, j, e) {
            // "DEREK  HOLLOWAY": a name's two words two blanks apart, as pdftotext spaces a heading
            j = w
            continue
        }
        if c == 0x20 && (t[j + 1] == 0x20 || (t[j + 1] == 0x2D && t[j + 2] == 0x20)) { break }
        if c == 0xC2 && t[j + 1] == 0xB7 { break } // ·
        if c == 0xE2 && t[j + 1] == 0x80 && (t[j + 2] == 0xA2 || t[j + 2] == 0x93 || t[j + 2] == 0x94) { break }
        j += 1
    }
    return j
}

/// The end of the word after exactly two blanks at `j`, when `s..<j` is one word and the two are
/// written alike (both in capitals, or both capitalised), and the second ends the field (the line's
/// end, or two blanks or more: the next column): "DEREK  HOLLOWAY      PROFESSIONAL EXPERIENCE".
private func secondWordAfterTwoBlanks(_ t: Text, _ s: Int, _ j: Int, _ e: Int) -> Int? {
    let k = j + 2
    guard k < e, t[k] != 0x20, t.isUppercaseLetter(at: s), t.isUppercaseLetter(at: k) else { return nil }
    let firstEnd = t.letterWordEnd(s), secondEnd = t.letterWordEnd(k)
    guard firstEnd == j, secondEnd > k + 1, j - s >= 2,
          secondEnd >= e || isLineBreak(t[secondEnd]) || (t[secondEnd] == 0x20 && t[secondEnd + 1] == 0x20) else { return nil }
    t.work.add(secondEnd - s)
    guard isAllCaps(t, s, j) == isAllCaps(t, k, secondEnd) else { return nil }
    return secondEnd
}

/// Trims blanks, markdown markers, bullets and emoji from both ends of a line.
private func trimLine(_ t: Text, _ s: Int, _ e: Int) throws(RedactionStopped) -> (Int, Int) {
    var a = s, b = e
    while a < b {
        try t.work.tick()
        let c = t.b[a]
        if isBlank(c) || c == 0x23 || c == 0x2A || c == 0x5F || c == 0x3E || c == 0x2D || c == 0x3D { a += 1; continue }
        if c >= 0x80 && !t.isLetter(at: a) { a += t.scalar(at: a).length; continue }
        break
    }
    while b > a {
        try t.work.tick()
        let c = t.b[b - 1]
        if isBlank(c) || c == 0x0D || c == 0x2A || c == 0x5F || c == 0x23 { b -= 1; continue }
        if c >= 0x80 {
            let ps = t.scalarStart(before: b)
            if !t.isLetter(at: ps) { b = ps; continue }
        }
        break
    }
    return (a, b)
}

/// Whether every word of `[s, e)` is a document or job-title word.
private func isTitleOnly(_ t: Text, _ s: Int, _ e: Int) throws(RedactionStopped) -> Bool {
    let toks = try tokens(t, s, e)
    guard !toks.isEmpty else { return false }
    t.work.add(toks.count)
    return toks.allSatisfy { k in
        let we = t[k.end - 1] == 0x2E || t[k.end - 1] == 0x3A ? k.end - 1 : k.end
        return titleLineWords.contains(t, k.start, we) || documentWords.contains(t, k.start, we)
    }
}

/// First words of the section headers that open a personal-data block (Europass
/// "Personal information", "Dati personali", "Persönliche Daten", "Personalia", ...).
private let personalDataHeaders = WordSet([
    "personal", "persönliche", "dati", "datos", "dados", "informations", "personalia", "details", "état",
    "informazioni", "información", "informação", "gegevens", "persoonlijke",
])

/// After a leading document title and its joining word ("Resume of", "CV –",
/// "Curriculum Vitae:", "Lebenslauf von", "Currículo de"), the start of the rest; nil if
/// the line does not start so.
private func afterDocumentTitle(_ t: Text, _ s: Int, _ e: Int) throws(RedactionStopped) -> Int? {
    var k = s
    var titleWords = 0
    while k < e {
        try t.work.tick()
        let we = t.letterWordEnd(k)
        guard we > k, documentWords.contains(t, k, we) || titleJoiners.contains(t, k, we) else { break }
        if documentWords.contains(t, k, we) { titleWords += 1 }
        k = we
        while k < e && (isBlank(t.b[k]) || t.b[k] == 0x3A || t.b[k] == 0x2D || t.b[k] == 0x2C) { k += 1 }
        if t[k] == 0xE2 && t[k + 1] == 0x80 && (t[k + 2] == 0x93 || t[k + 2] == 0x94) { k = t.skipBlanks(k + 3) }
    }
    return titleWords > 0 && k < e && k > s ? k : nil
}

private let titleJoiners = WordSet(["of", "von", "de", "di", "van", "du", "del", "da", "for"])

/// Forms that ask for the given name and the surname in separate fields
/// ("Nombre: Lucía" / "Apellidos: Fernández Ortega", "Vorname:" / "Nachname:").
private let givenNameLabels = KeywordTable([
    "first name", "firstname", "given name", "given names", "forename", "vorname", "vornamen", "prénom", "prenom",
    "nombre", "nome", "voornaam", "voornamen", "roepnaam", "prénom(s)", "prénoms", "rufname", "nombres",
])
private let surnameLabels = KeywordTable([
    "last name", "lastname", "surname", "family name", "nachname", "familienname", "nom de famille", "nom",
    "apellidos", "apellido", "sobrenome", "cognome", "achternaam", "familienaam", "nom d'usage", "nom de naissance",
    "primer apellido", "apellido paterno", "geburtsname",
])

/// A given name and a surname asked for in separate labelled fields within the first
/// `labelledNameLines` lines, each one to three capitalised words; nil unless both are there.
func findSplitName(_ t: Text) throws(RedactionStopped) -> (given: Range<Int>, surname: Range<Int>)? {
    var given: Range<Int>?, surname: Range<Int>?
    var lineStart = 0, lines = 0
    while lineStart < t.count && lines < labelledNameLines && lineStart < labelledNameBytes {
        try t.work.tick()
        let le = try t.lineEnd(lineStart)
        let next = le < t.count ? le + 1 : le
        defer { lineStart = next }
        let (s, e) = try trimLine(t, lineStart, le)
        guard s < e else { continue }
        lines += 1
        let g = givenNameLabels.longestMatch(in: t, at: s), f = surnameLabels.longestMatch(in: t, at: s)
        guard let n = max(g ?? 0, f ?? 0) as Int?, n > 0, !t.isLetter(at: s + n) else { continue }
        let c = t.skipBlanks(s + n)
        guard t[c] == 0x3A else { continue }
        let vs = t.skipBlanks(c + 1)
        guard let value = capitalisedWords(t, vs, e) else { continue }
        if (g ?? 0) >= (f ?? 0) { given = given ?? value } else { surname = surname ?? value }
        if let given, let surname { return (given, surname) }
    }
    return nil
}

/// One to three capitalised words of two letters or more (particles between) from `s`,
/// ending the field; their range.
private func capitalisedWords(_ t: Text, _ s: Int, _ e: Int) -> Range<Int>? {
    var p = s, end = -1, words = 0
    while p < e && words < 3 {
        t.work.step()
        let we = t.letterWordEnd(p)
        guard we > p else { break }
        if t.isUppercaseLetter(at: p) && we > p + t.scalar(at: p).length {
            words += 1
            end = we
        } else if !(words > 0 && particles.contains(t, p, we)) {
            return nil
        }
        guard t[we] == 0x20 else { break }
        p = we + 1
    }
    guard end > s, words > 0 else { return nil }
    // the field ends there (end of line, a separator)
    let rest = t.skipBlanks(end)
    guard rest >= e || t[rest] == 0x2C || t[rest] == 0x7C || t[rest] == 0x3B else { return nil }
    return s..<end
}

/// Lines read for a labelled name ("Nome: …") at most: European CVs put it in a
/// personal-data block after a title and a section header.
private let labelledNameLines = 60
/// Bytes read for a labelled name at most.
private let labelledNameBytes = 6_000

/// Finds the candidate's name: the heading name (the first of the first few lines
/// that is one, before any section header), else a labelled name field ("Name:",
/// "Nome:", "Nom :", "Vor- und Nachname:") within the first `labelledNameLines` lines. The first
/// label holding one name word only ("Name : Selvaraj") leaves it in `singleName`.
func findHeadingName(_ t: Text, singleName: inout ParsedName?) throws(RedactionStopped) -> ParsedName? {
    var lineStart = 0
    var nonEmpty = 0
    var headingOpen = true
    // after a job title over the heading ("ELECTRICIAN (A-GRADE)", "Senior Quantity Surveyor"), a
    // name starting with a known given name only
    var afterJobTitle = false
    // lines after a personal-data header still read as a heading
    var personalBlockLines = 0
    while lineStart < t.count && nonEmpty < labelledNameLines && lineStart < labelledNameBytes {
        try t.work.tick()
        let le = try t.lineEnd(lineStart)
        let next = le < t.count ? (t[le] == 0x0D && t[le + 1] == 0x0A ? le + 2 : le + 1) : le
        defer { lineStart = next }
        let (s, lineEnd) = try trimLine(t, lineStart, le)
        var e = lineEnd
        guard s < e else { continue }
        nonEmpty += 1
        // "Name: Jane Doe", "Nom : Camille Durand"
        let europass = europassNameLabels.longestMatch(in: t, at: s)
        if let n = europass ?? nameLabels.longestMatch(in: t, at: s), !t.isLetter(at: s + n) {
            let c = t.skipBlanks(s + n)
            // (the older Europass: a column gap after its label)
            if t[c] == 0x3A || (europass != nil && c - (s + n) >= 2 && c < e) {
                let vs = t[c] == 0x3A ? t.skipBlanks(c + 1) : c
                let ve = try firstFieldEnd(t, vs, e)
                // surnames first, by the label: "Martínez Ruiz, Lucía"
                if europass != nil, let name = try surnameCommaGivenHeading(t, vs, ve, e) { return name }
                let (a, b) = try trimLine(t, vs, ve)
                if let name = try parseName(t, a, b) { return name }
                if singleName == nil { singleName = labelledSingleName(t, a, b) }
                if let name = try surnameCommaGivenHeading(t, vs, ve, e) { return name }
                // "Name: Reginald \"Reggie\" Toussaint"
                if let name = try headingWithNickname(t, vs, e) { return name }
                continue
            }
        }
        // "Ruaraidh MacDonald BSc CEng MICE": the heading's name ends before its letters
        e = try endBeforePostNominals(t, s, e)
        let inPersonalBlock = personalBlockLines > 0
        if inPersonalBlock { personalBlockLines -= 1 }
        // Europass: "PERSONAL INFORMATION" then the name on its own line
        let lineTokens = try tokens(t, s, e)
        if let header = lineTokens.first, lineTokens.count <= 3,
           personalDataHeaders.contains(t, header.start, t.letterWordEnd(header.start)) {
            personalBlockLines = 2
            continue
        }
        guard (headingOpen && nonEmpty <= 6 && lineStart < 4000) || inPersonalBlock else { continue }
        let fe = try firstFieldEnd(t, s, e)
        // "Tax File Number: …", "Father's Name   : Murugesan": a labelled line is not a heading name
        if t[t.skipBlanks(fe)] == 0x3A { continue }
        // "ROBERT (BOB) HALE", "KING, Marcus", "J O R D A N    E L L I S"
        if let name = try headingWithNickname(t, s, e) { return name }
        // "NADIA      EXPÉRIENCES" over "BENALI": a two-column heading's name on two lines
        if nonEmpty == 1, let name = try nameOverTwoLines(t, s, fe, next) { return name }
        if let name = try letterSpacedHeading(t, s, e) { return name }
        let (a, b) = try trimLine(t, s, fe)
        guard a < b else { continue }
        let firstTok = try tokens(t, a, b).first!
        let fwEnd = t.letterWordEnd(firstTok.start)
        if sectionWords.contains(t, firstTok.start, fwEnd), try tokens(t, s, e).count <= 5 {
            headingOpen = false
            continue
        }
        if try isTitleOnly(t, a, b) {
            // "Lebenslauf – Leonie Hoffmann", "CV - Jane Doe": the title's field, then the name's
            // ("Curriculum Vitae — Oluwaseun (Seun) ADEYEMI": with a nickname inside)
            if let after = try afterDocumentTitle(t, s, e), after > fe {
                if let name = try parseName(t, after, e) { return name }
                if let name = try headingWithNickname(t, after, e) { return name }
            }
            continue
        }
        // contact line (e-mail, phone) before the name
        var digits = 0
        var at = false
        for k in a..<b {
            try t.work.tick()
            if isDigit(t.b[k]) { digits += 1 } else if t.b[k] == 0x40 { at = true }
        }
        if at || digits >= 3 { continue }
        // a letter's place and date: "São Paulo, 3 de fevereiro de 2025."
        if t[fe] == 0x2C, try containsYear(t, fe, e) { continue }
        // a firm's letterhead: "Transportes Hermanos López, S.L.", "Van Houten Techniek B.V."
        if try lineHasCompanySuffix(t, s, e) { headingOpen = false; continue }
        // (after a job title, not with a given name that is also a place: "Registered Nurse" over
        // "Melbourne, Victoria"; "GONZÁLEZ-ARRIBAS, PABLO" is the candidate)
        if let name = try surnameCommaGivenHeading(t, s, fe, e),
           !(afterJobTitle && name.words.contains { ambiguousGiven.contains(t, $0.lowerBound, $0.upperBound) }) { return name }
        if let name = try parseName(t, a, b),
           !afterJobTitle || givenNames.contains(t, name.words[0].lowerBound, name.words[0].upperBound) { return name }
        // "MEENAKSHI" over "D/o Mr. Ramasamy": one name, as many in South India write it, and whose child it is
        if fe == e, startsWithARelationMark(t, t.skipBlanks(next)), let name = labelledSingleName(t, a, b) { return name }
        if inPersonalBlock { continue }
        // "Resume of Jane Doe", "Lebenslauf von Jonas Becker", "CV de Léa Martin"
        if let after = try afterDocumentTitle(t, s, e), let name = try parseName(t, after, e) { return name }
        // a job title first ("INGENIERO DE CAMINOS — JEFE DE OBRA") leaves the heading open once
        // ("Dear Hiring Manager,", "The Talent Team" are no title)
        if !afterJobTitle, nonEmpty <= 3, nonNameWords.contains(t, firstTok.start, fwEnd) || roleWords.contains(t, firstTok.start, fwEnd),
           !greetingWords.contains(t, firstTok.start, fwEnd), !sentenceStartWords.contains(t, firstTok.start, fwEnd) {
            afterJobTitle = true
            continue
        }
        // any other line ends the heading: only a labelled name may follow
        headingOpen = false
    }
    return nil
}

/// Whether `i` starts with "D/o", "S/o" or "W/o" (daughter, son or wife of; any case), as Indian
/// bio-data write them under a name; not "C/o" (care of: an address).
private func startsWithARelationMark(_ t: Text, _ i: Int) -> Bool {
    let c = t[i] | 0x20
    return (c == 0x64 || c == 0x73 || c == 0x77) && t[i + 1] == 0x2F && t[i + 2] | 0x20 == 0x6F && !t.isLetter(at: i + 3)
}

/// Whether `t[a..<b]` is post-nominal letters written as such: in capitals or with a capital
/// inside ("MBBS", "BSc", "CEng"; "Riba", "Cima" are surnames).
func isPostNominal(_ t: Text, _ a: Int, _ b: Int) -> Bool {
    guard postNominalSet.contains(t, a, b) else { return false }
    t.work.add(b - a)
    return ((a + 1)..<b).contains { t.isUppercaseLetter(at: $0) }
}

/// Where the line `t[s..<e]` ends once the post-nominal letters after its first two words are
/// cut ("Mr Oluwaseun Adeyemi MBBS BSc (Hons) MRCS (Eng)" ends after "Adeyemi"): at the first
/// token from the third on (the second after an honorific) that is post-nominal letters, bare
/// or in brackets ("(Hons)"), with the blanks before it; `e` when there is none.
private func endBeforePostNominals(_ t: Text, _ s: Int, _ e: Int) throws(RedactionStopped) -> Int {
    let toks = try tokens(t, s, e)
    guard toks.count >= 3 else { return e }
    let first = honorifics.contains(t, toks[0].start, t[toks[0].end - 1] == 0x2E ? toks[0].end - 1 : toks[0].end) ? 1 : 0
    for k in toks.dropFirst(first + 2) {
        var a = k.start, b = k.end
        let bracketed = t[a] == 0x28 && t[b - 1] == 0x29
        if bracketed { a += 1; b -= 1 }
        if b > a && t[b - 1] == 0x2E { b -= 1 }
        // written as letters, or in brackets ("(Hons)"): "Jordi Riba", "Marta Cima" are surnames
        guard b > a, t.letterWordEnd(a) == b, bracketed ? postNominalSet.contains(t, a, b) : isPostNominal(t, a, b) else { continue }
        return t.skipBlanksBack(k.start)
    }
    return e
}

/// A nickname in brackets or quotes right after a heading name ending at `end`: ` ("Connie")`,
/// ` (Kees)`, ` "Dazza"`, ` “Bill”`: one capitalised word, not in capitals; in brackets without
/// quotes, a known given name or familiar form only.
private func trailingNickname(_ t: Text, _ end: Int) -> Range<Int>? {
    guard t[end] == 0x20 else { return nil }
    var k = end + 1
    var closers: [UInt8] = []
    if t[k] == 0x28 { closers.append(0x29); k += 1 }
    if t[k] == 0x22 || t[k] == 0x27 { closers.insert(t[k], at: 0); k += 1 }
    else if t[k] == 0xE2, t[k + 1] == 0x80, t[k + 2] == 0x9C { closers.insert(0x9D, at: 0); k += 3 } // “…”
    guard !closers.isEmpty, t.isUppercaseLetter(at: k) else { return nil }
    let we = t.letterWordEnd(k)
    guard we > k, we - k <= 20 else { return nil }
    // "Jane Doe (PMP)": an acronym; "John Smith (Berlin)": in brackets alone, only a given name
    // or a familiar form is a nickname (quotes say so themselves)
    if t.isUppercaseLetter(at: k + t.scalar(at: k).length) { return nil }
    if closers == [0x29] && !givenNames.contains(t, k, we) && !familiarFormWords.contains(t, k, we) { return nil }
    var c = we
    for closer in closers {
        if closer == 0x9D { guard t[c] == 0xE2, t[c + 1] == 0x80, t[c + 2] == 0x9D else { return nil }; c += 3 }
        else { guard t[c] == closer else { return nil }; c += 1 }
    }
    return k..<we
}

/// A heading name written over two lines, as two-column layouts put it: a known given name
/// alone in the first line's first field (`s..<fe`), and one or two capitalised words alone in
/// the next line's first field ("NADIA" over "BENALI", "ALEJANDRO" over "LEÓN IGLESIAS").
/// The name's range is the given name's; its words are both lines'.
private func nameOverTwoLines(_ t: Text, _ s: Int, _ fe: Int, _ nextLine: Int) throws(RedactionStopped) -> ParsedName? {
    let (a, b) = try trimLine(t, s, fe)
    let we = t.letterWordEnd(a)
    guard we == b, we > a + 1, t.isUppercaseLetter(at: a), givenNames.contains(t, a, we), nextLine < t.count else { return nil }
    let ne = try t.lineEnd(nextLine)
    let (ns, _) = try trimLine(t, nextLine, ne)
    let nfe = try firstFieldEnd(t, ns, ne)
    let (c, d) = try trimLine(t, ns, nfe)
    // one or two surname words, particles before them aside ("VAN DER MEER"); not a firm's line
    // ("JOÃO" over "DA SILVA LTDA")
    guard c < d, !(try lineHasCompanySuffix(t, ns, ne)), let surname = try parseNameWords(t, c, d), surname.initials == 0,
          (1...2).contains(surname.words.filter({ !particles.contains(t, $0.lowerBound, $0.upperBound) }).count) else { return nil }
    for w in surname.words where nonNameWords.contains(t, w.lowerBound, w.upperBound) || sectionWords.contains(t, w.lowerBound, w.upperBound) {
        return nil
    }
    return ParsedName(start: a, end: we, words: [a..<we] + surname.words, firstTwoEnd: nil,
                      allCaps: surname.allCaps && t.string(a, we) == t.string(a, we).uppercased(),
                      surnameFirst: surname.words[surname.words.count - 1])
}

/// A heading name with a nickname inside it, in brackets or quotes, within its first 60 bytes:
/// `ROBERT (BOB) HALE`, `OLUWASEUN "SEUN" BAKARE`, `William J. “Bill” O'Malley III`.
private func headingWithNickname(_ t: Text, _ s: Int, _ e: Int) throws(RedactionStopped) -> ParsedName? {
    // the opening bracket or quote after one to three words
    var o = s
    while o < min(e, s + 60), t[o] != 0x28, t[o] != 0x22, !(t[o] == 0xE2 && t[o + 1] == 0x80 && t[o + 2] == 0x9C) { o += 1 }
    t.work.add(o - s)
    guard o < min(e, s + 60), o > s, t[o - 1] == 0x20 else { return nil }
    let open = t[o] == 0xE2 ? 3 : 1
    let closeByte: UInt8 = t[o] == 0x28 ? 0x29 : (t[o] == 0x22 ? 0x22 : 0x9D)
    var c = o + open
    while c < min(e, o + 30), t[c] != closeByte { c += 1 }
    t.work.add(c - o)
    guard c < min(e, o + 30) else { return nil }
    var nickStart = o + open, nickEnd = closeByte == 0x9D ? c - 2 : c
    // quotes inside the brackets: `Catherine ("Kate") Mulholland`, `Robert ('Bob') McAllister`
    if closeByte == 0x29, nickEnd - nickStart > 2, t[nickStart] == 0x22 || t[nickStart] == 0x27, t[nickEnd - 1] == t[nickStart] {
        nickStart += 1
        nickEnd -= 1
    }
    guard nickEnd > nickStart, t.isUppercaseLetter(at: nickStart), t.letterWordEnd(nickStart) == nickEnd else { return nil }
    let after = c + 1
    guard t[after] == 0x20 else { return nil }
    guard let before = try parseNameWords(t, s, o - 1), let rest = try parseNameWords(t, after + 1, try firstFieldEnd(t, after + 1, e)),
          !before.words.isEmpty, !rest.words.isEmpty else { return nil }
    return ParsedName(start: s, end: rest.end, words: before.words + rest.words, firstTwoEnd: nil,
                      allCaps: before.allCaps && rest.allCaps, nickname: nickStart..<nickEnd)
}

/// `KING, Marcus`, `O'BRIEN, Siobhán M.`, `Okafor, Denise A.`: a surname (one or two words)
/// as the heading's first field, a comma, and given names with initials ending the line or a field.
private func surnameCommaGivenHeading(_ t: Text, _ s: Int, _ fe: Int, _ e: Int) throws(RedactionStopped) -> ParsedName? {
    guard t[fe] == 0x2C, t[fe + 1] == 0x20 else { return nil }
    guard let surname = try parseNameWords(t, s, fe, placeNamedSurnames: true), (1...2).contains(surname.words.count),
          surname.initials == 0 else { return nil }
    let gs = fe + 2
    let ge = try firstFieldEnd(t, gs, e)
    guard let given = try parseNameWords(t, gs, ge), (1...3).contains(given.words.count) else { return nil }
    // "KING, Marcus" or "Okafor, Denise": the surname in capitals, or a known given name after
    // the comma (not "Denver, Colorado", "Porto, Portugal"); "Berlin, Thomas" only with a given
    // name that is no ordinary word ("Paris, Texas" is a place)
    let g = given.words[0]
    guard surname.allCaps || givenNames.contains(t, g.lowerBound, g.upperBound) else { return nil }
    if surname.words.contains(where: { placeNamedSurnames.contains(t, $0.lowerBound, $0.upperBound) }),
       !givenNames.contains(t, g.lowerBound, g.upperBound) || ambiguousGiven.contains(t, g.lowerBound, g.upperBound) { return nil }
    return ParsedName(start: s, end: given.end, words: given.words + surname.words, firstTwoEnd: nil,
                      allCaps: surname.allCaps && given.allCaps, surnameFirst: surname.words[surname.words.count - 1])
}

/// A letter-spaced heading, `J O R D A N    E L L I S`: single capitals one blank apart, words two
/// blanks or more apart. Its words are the letters' runs; the name is the whole run.
private func letterSpacedHeading(_ t: Text, _ s: Int, _ e: Int) throws(RedactionStopped) -> ParsedName? {
    var k = s, letters = 0, words = 1, lastLetterEnd = s
    while k < e {
        try t.work.tick()
        guard t.isUppercaseLetter(at: k) else { return nil }
        let l = t.scalar(at: k).length
        letters += 1
        lastLetterEnd = k + l
        k += l
        guard k < e else { break }
        guard t[k] == 0x20 else { return nil }
        if t[k + 1] == 0x20 {
            // a gap of six blanks or more: the next column of a two-column layout
            if t.skipBlanks(k) - k >= 6 { break }
            words += 1
            k = t.skipBlanks(k)
        } else {
            k += 1
        }
    }
    guard letters >= 6, (2...4).contains(words) else { return nil }
    // "C U R R I C U L U M   V I T A E" is a title
    for w in letterSpacedWords(t.string(s, lastLetterEnd)) {
        let lower = w.lowercased()
        if documentWords.contains(lower) || sectionWords.contains(lower) || nonNameWords.contains(lower) { return nil }
    }
    return ParsedName(start: s, end: lastLetterEnd, words: [s..<lastLetterEnd], firstTwoEnd: nil, allCaps: true)
}

/// The words of a name filling `[s, e)`: capitalised words, initials and particles only; with
/// `placeNamedSurnames`, also the cities that are surnames (the caller checks the given name).
private func parseNameWords(_ t: Text, _ s: Int, _ e: Int, placeNamedSurnames placeSurnames: Bool = false) throws(RedactionStopped)
    -> (words: [Range<Int>], initials: Int, allCaps: Bool, end: Int)? {
    let toks = try tokens(t, s, e)
    guard !toks.isEmpty, toks.count <= 5 else { return nil }
    var words = [Range<Int>](), initials = 0, allCaps = true, end = s
    for k in toks {
        let len = k.end - k.start
        if t.isUppercaseLetter(at: k.start) {
            let l1 = t.scalar(at: k.start).length
            if len == l1 || (len == l1 + 1 && t[k.end - 1] == 0x2E) { initials += 1; end = k.end; continue }
            if nameSuffixes.contains(t, k.start, t[k.end - 1] == 0x2E ? k.end - 1 : k.end) || romanSuffixes.contains(t, k.start, k.end) {
                end = k.end; continue
            }
            guard t.letterWordEnd(k.start) == k.end,
                  !nonNameWords.contains(t, k.start, k.end) || (placeSurnames && placeNamedSurnames.contains(t, k.start, k.end)),
                  !documentWords.contains(t, k.start, k.end), !sectionWords.contains(t, k.start, k.end) else { return nil }
            var q = k.start + l1
            while q < k.end {
                try t.work.tick()
                if t.isLetter(at: q) && !t.isUppercaseLetter(at: q) { allCaps = false }
                q += t.scalar(at: q).length
            }
            words.append(k.start..<k.end)
            end = k.end
        } else if particles.contains(t, k.start, k.end) {
            continue
        } else {
            return nil
        }
    }
    return words.isEmpty ? nil : (words, initials, allCaps, end)
}

private let romanSuffixes = WordSet(["ii", "iii", "iv"])

/// Finds the heading name and all its later occurrences.
func detectNames(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    // a name of one word after a name label ("Name : Selvaraj") when no other name is found: not
    // when the form asks for the given name and the surname apart ("Nom : DUPONT", "Prénom : Jean")
    var singleName: ParsedName? = nil
    var heading = try findHeadingName(t, singleName: &singleName)
    if heading == nil {
        if let split = try findSplitName(t) { try detectSplitName(t, split, into: &out); return }
        heading = singleName
    }
    guard var name = heading else { return }
    // `DELA CRUZ, Maria Consuelo ("Connie")`: a nickname right after the heading name
    if name.nickname == nil { name.nickname = trailingNickname(t, name.end) }
    out.append(Candidate(kind: .name, start: name.start, end: name.end))
    // "K.V.S. Prasad" over "(Kota Venkata Satya Prasad)": the initials written out
    if let expanded = initialsWrittenOut(t, name) { out.append(Candidate(kind: .name, start: expanded.lowerBound, end: expanded.upperBound)) }
    // forms to search for: the name as written, first + last in both orders, each
    // alone, the first initial with the last ("M. Rossi"); each also in capitals and
    // title case ("Marco ROSSI" is later "Marco Rossi")
    var forms = Set<String>()
    let full = t.string(name.start, name.end)
    forms.insert(full)
    // the surname: the one word in capitals of a mixed-case heading ("WEBER Anna",
    // "Marco ROSSI"), else the last word; the given name: the first other word
    // a letter-spaced heading: its words are the runs of letters ("J O R D A N" is "Jordan")
    if name.words.count == 1, name.words[0].count >= 11, t[name.words[0].lowerBound + t.scalar(at: name.words[0].lowerBound).length] == 0x20 {
        let words = letterSpacedWords(t.string(name.start, name.end))
        var spaced = Set<String>(words)
        if let f = words.first, let l = words.last, let initial = f.first {
            let pairs: [String] = [f + " " + l, l + " " + f, String(initial) + ". " + l, l.uppercased() + ", " + f]
            spaced.formUnion(pairs)
        }
        // a file's name: "CV_James_Okafor_2025.pdf"
        if let f = words.first, let l = words.last, words.count >= 2 { spaced.formUnion([f + "_" + l, l + "_" + f]) }
        try findMentions(t, forms: spaced, nameWords: Set(words.map { $0.lowercased() }), except: name.start, into: &out)
        return
    }
    let capsWords = name.allCaps ? [] : name.words.filter { w in t.string(w.lowerBound, w.upperBound).allSatisfy { !$0.isLetter || $0.isUppercase } }
    let surnameRange = name.surnameFirst ?? (capsWords.count == 1 ? capsWords[0] : name.words[name.words.count - 1])
    let givenRange = name.words.first { $0 != surnameRange } ?? name.words[0]
    let first = t.string(givenRange.lowerBound, givenRange.upperBound)
    let last = t.string(surnameRange.lowerBound, surnameRange.upperBound)
    forms.insert(first + " " + last)
    forms.insert(last + " " + first)
    // a file's name: "CV_Marie_Dupont.pdf", "Okafor_James_CV.docx"
    for (a, b) in [(first, last), (titleCased(first), titleCased(last))] {
        forms.insert(a + "_" + b)
        forms.insert(b + "_" + a)
    }
    forms.insert(first)
    // "Julien Paris" is "Paris" alone nowhere: the city is
    if !placeNamedSurnames.contains(last) { forms.insert(last) }
    // "Jess" for "Jessica", "Fola" for "Folasade": the given name's first three to five letters;
    // "Bob" for "Robert", "Connie" for "Constance"; a nickname written in the heading
    // (as written only: "VIC" or "IVA" in capitals are no one's short name)
    var familiar = Set(shortForms(of: first))
    familiar.formUnion(nicknames(of: first))
    // "Cida" for a Maria Aparecida: the familiar forms of every given name before the surname
    for w in name.words where w != surnameRange && w != givenRange {
        familiar.formUnion(nicknames(of: t.string(w.lowerBound, w.upperBound)))
    }
    if let nick = name.nickname {
        let n = titleCased(t.string(nick.lowerBound, nick.upperBound))
        forms.formUnion([n, n + " " + titleCased(last), n + " " + last])
    }
    // "McALLISTER" in a heading is "McAllister" later (its case does not say which word is the surname)
    for word in [first, last] { if let mc = mcForm(word) { forms.insert(mc) } }
    if let initial = titleCased(first).first {
        forms.insert("\(initial). \(titleCased(last))")
        forms.insert("\(initial). \(last)")
        // "Rhys ap Gwilym" is "R. ap Gwilym", "Montserrat Vilanova i Roca" "M. Vilanova i Roca": the
        // initial with the rest of the name
        if givenRange == name.words[0], surnameRange == name.words[name.words.count - 1], name.words.count <= 3,
           surnameRange.upperBound - givenRange.upperBound <= 40, t[givenRange.upperBound] == 0x20 {
            forms.insert("\(initial).\(t.string(givenRange.upperBound, surnameRange.upperBound))")
        }
    }
    if let f2 = name.firstTwoEnd { forms.insert(t.string(name.words[0].lowerBound, f2)) }
    // "Lucía Fernández Ortega" is "la Sra. Fernández", "Ana Paula Ribeiro da Silva" "Ribeiro":
    // with three name words or more, each surname word alone and the given name with each
    var surnameWords: Set<String> = [last]
    if name.words.count >= 3 {
        for w in name.words.dropFirst() where w != givenRange && w.count >= 3 {
            let word = t.string(w.lowerBound, w.upperBound)
            surnameWords.insert(word)
            forms.insert(word)
            forms.insert(first + " " + word)
        }
    }
    // the familiar forms too: "Mitch O'Rourke" is the person, not a proper noun around "O'Rourke"
    let nameWords = Set(name.words.map { t.string($0.lowerBound, $0.upperBound).lowercased() }).union(familiar.map { $0.lowercased() })
    try findMentions(t, forms: forms, familiarForms: familiar, nameWords: nameWords, surnames: surnameWords, except: name.start, into: &out)
}

/// The name a heading of initials and one name word ("K.V.S. Prasad", "R. K. Sharma") writes out in
/// brackets right after it, on its line or the next: "(Kota Venkata Satya Prasad)", a capitalised
/// word for each initial, with its letter, then the same last word; the bracket's inside.
func initialsWrittenOut(_ t: Text, _ name: ParsedName) -> Range<Int>? {
    guard name.words.count == 1, name.start < name.words[0].lowerBound else { return nil }
    // the initials' letters, in order
    var letters: [UInt8] = []
    var q = name.start
    while q < name.words[0].lowerBound, letters.count <= 6 {
        t.work.step()
        if isUpperASCII(t[q]) { letters.append(t[q]) }
        q += 1
    }
    guard !letters.isEmpty, letters.count <= 6 else { return nil }
    // past blanks and at most one line break, the opening bracket
    var p = t.skipBlanks(name.end)
    if t[p] == 0x0D { p += 1 }
    if t[p] == 0x0A { p = t.skipBlanks(p + 1) }
    t.work.add(p - name.end)
    guard t[p] == 0x28 else { return nil }
    var w = p + 1
    for letter in letters {
        t.work.step()
        let we = t.letterWordEnd(w)
        guard we > w + 1, t[w] == letter, t[we] == 0x20 else { return nil }
        w = we + 1
    }
    let last = name.words[0]
    let we = t.letterWordEnd(w)
    t.work.add(we - w)
    guard we - w == last.count, t[we] == 0x29, t.string(w, we).lowercased() == t.string(last.lowerBound, last.upperBound).lowercased()
    else { return nil }
    return (p + 1)..<we
}

/// "J O R D A N    E L L I S" → ["Jordan", "Ellis"]: runs of letters two blanks or more apart.
func letterSpacedWords(_ s: String) -> [String] {
    var words: [String] = [], current = "", blanks = 0
    for ch in s {
        if ch == " " {
            blanks += 1
            continue
        }
        if blanks >= 2, !current.isEmpty { words.append(titleCased(current)); current = "" }
        blanks = 0
        current.append(ch)
    }
    if !current.isEmpty { words.append(titleCased(current)) }
    return words
}

/// The short forms a given name is called by that begin it ("Jess", "Javi", "Fola"): its first
/// four or five letters, leaving two at least, except words that are also abbreviations; the
/// three-letter ones ("Ben", "Sam") come from `familiarForms`, where they are known names.
func shortForms(of given: String) -> [String] {
    guard given.utf8.count <= 40 else { return [] } // no one's given name; and titleCased reads it all
    let letters = Array(titleCased(given))
    guard letters.count >= 6, letters.allSatisfy(\.isLetter) else { return [] }
    return (4...min(5, letters.count - 2)).map { String(letters[0..<$0]) }.filter { !shortFormExclusions.contains($0.lowercased()) }
}

private let shortFormExclusions: Set<String> = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri",
    "sat", "sun", "art", "can", "car", "max", "pro", "dev", "man", "mat", "pat", "sol", "ser", "gen", "pet", "con", "ana",
    // words and names of their own: "Vale of Glamorgan", "Vale ressaltar", "Stan" (a streaming service)
    "vale", "stan",
]

/// "McALLISTER" or "MCALLISTER" as it is written in running text: "McAllister".
func mcForm(_ surname: String) -> String? {
    let lower = surname.lowercased()
    guard lower.hasPrefix("mc"), lower.count > 3, lower.allSatisfy(\.isLetter) else { return nil }
    return "Mc" + titleCased(String(lower.dropFirst(2)))
}

/// Adds every whole-word mention of `forms`, each also in capitals and title case
/// (a "Marco ROSSI" heading is later "Marco Rossi"). A lone name word (not at `except`,
/// the heading itself) followed by another capitalised word that is not one of
/// `nameWords` (lower-cased) is part of another proper noun ("Costa Coffee",
/// "Baker Street") and stays; so is a surname alone before a firm's word ("Carrasco, S.A.") and,
/// when the forms are `severalPersons`' names, one beside another person's surname ("Bishop King").
private func findMentions(_ t: Text, forms: Set<String>, familiarForms: Set<String> = [], nameWords: Set<String>,
                          surnames: Set<String> = [], severalPersons: Bool = false, except: Int? = nil,
                          into out: inout [Candidate]) throws(RedactionStopped) {
    // the surnames alone, in their forms as searched (as written, capitals, title case)
    let surnameForms = Set(surnames.flatMap { [$0, $0.uppercased(), titleCased($0)] }.map { Array($0.utf8) })
    // a "name" of more than 80 bytes is no one's (a heading of one long word): not searched for
    var forms = forms.filter { $0.utf8.count <= 80 }
    for f in Array(forms) {
        try t.work.checkpoint()
        t.work.add(3 * f.utf8.count)
        forms.insert(f.uppercased())
        forms.insert(titleCased(f))
    }
    // short and familiar forms as they are written in running text only
    forms.formUnion(familiarForms)
    // The patterns in one order: the candidates come out, and the later passes count their steps, the same in
    // every process; a set's order changes with each process' hash seed, and with it the
    // step-count suite's figures, by up to 6 steps a byte.
    let patterns = forms.filter { f in
        var letters = 0
        for u in f.unicodeScalars where scalarFlags(u) & alphabeticFlag != 0 {
            letters += 1
            if letters == 2 { return true }
        }
        return false
    }.map { Array($0.utf8) }.map { (p: [UInt8]) -> (key: UInt64, p: [UInt8]) in
        // (sorted by their first eight bytes, packed, then whole: a cheap order, the same in every process)
        var key: UInt64 = 0
        for k in 0..<8 { key = key << 8 | UInt64(k < p.count ? p[k] : 0) }
        return (key, p)
    }.sorted { $0.key != $1.key ? $0.key < $1.key : $0.p.lexicographicallyPrecedes($1.p) }.map(\.p)
    t.work.add(2 * forms.reduce(0) { $0 + $1.utf8.count })
    let starts = try wordStarts(t, pairs: Set(patterns.map { Int($0[0]) << 8 | Int($0[1]) }))
    // two words that follow each other in one person's name ("Gallardo Pizarro"): no two persons'
    // surnames (made when a surname alone first stands beside another)
    var namePairs: Set<[UInt8]>? = nil
    func pairs() -> Set<[UInt8]> {
        if let namePairs { return namePairs }
        var made = Set<[UInt8]>()
        for p in patterns {
            let words = p.split(separator: 0x20)
            t.work.add(p.count)
            for k in words.indices.dropFirst() { made.insert(Array(words[k - 1]) + [0x20] + Array(words[k])) }
        }
        namePairs = made
        return made
    }
    for p in patterns {
        let single = !p.contains(0x20) && !p.contains(0x5F)
        let surname = surnameForms.contains(p)
        try findOccurrences(t, p, starts) { s, e in
            if single && s != except && (beginsAnotherProperNoun(t, after: e, nameWords: nameWords)
                || (surname && (surnameNamesNoOne(t, s) || wordAfterNamesAFirm(t, e) || isASeasonBeforeAYear(t, s, e)
                    || isATradeNamedLikeTheSurname(t, s, e)
                    || (severalPersons && besideAnotherSurname(t, s, e, surnameForms, pairs))))
                || isInsideAnotherProperNoun(t, s, e, nameWords: nameWords) || namesAPlace(t, s, e, nameWords: nameWords)) { return }
            out.append(Candidate(kind: .name, start: single ? capitalisedParticlesStart(t, before: s) : s, end: e))
        }
    }
}

/// Whether the words before a surname alone at `s` (the candidate's or another person's) make it no one: a trade after
/// German "zum" or "als" ("Ausbildung zum Koch"), a school or a firm after a preposition fused with an article
/// ("am Schiller", "al Fermi"; not English "I am Morrison"), a street named in running text ("oficinas de la
/// calle Serrano"). Asked of the surname only: a given name or a referee's name after these words
/// is still the person ("bekannt als Max").
func surnameNamesNoOne(_ t: Text, _ s: Int) -> Bool {
    guard let (a, b) = wordBefore(t, s) else { return false }
    // a community's field in Indian bio-data: "Caste : Agrawal (Vaishya)", "Gotra: Garg"
    if t[b - 1] == 0x3A {
        if b - a >= 2 ? communityLabels.contains(t, a, b - 1) : wordBefore(t, a).map({ communityLabels.contains(t, $0.0, $0.1) }) ?? false {
            return true
        }
    }
    // a German comparison: "schlau wie ein Fuchs", "stark wie ein Bär" (not "ein Krupp bei thyssenkrupp")
    if b - a <= 5, b - a >= 3, t[a] == 0x65, indefiniteArticles.contains(t, a, b), let (c, d) = wordBefore(t, a),
       d - c == 3, t[c] == 0x77, t[c + 1] == 0x69, t[c + 2] == 0x65 { return true }
    // English "I am Morrison", "9 am Hughes": no German "am"
    if b - a == 2, t[a] == 0x61, t[a + 1] == 0x6D, a >= 2, t[a - 1] == 0x20 || t[a - 1] == 0x0A,
       isDigit(t[a - 2]) || (t[a - 2] == 0x49 && (a == 2 || !t.isWordChar(before: a - 2))) {
        return false
    }
    if wordsBeforeASurnameNamingNoOne.contains(t, a, b) {
        // the fused articles in lower case only: "Dal Maso", "Al Mansouri" are surnames' particles
        return isLowerASCII(t[a]) || !fusedArticles.contains(t, a, b)
    }
    return isLowerASCII(t[a]) && streetTypesInProse.contains(t, a, b)
}

/// Whether the surname alone at `s..<e` stands beside another person's surname, one blank
/// between: a firm named after its founders ("Bishop King is a firm of 14 partners" after
/// "Harriet Bishop and the late Edward King").
private func besideAnotherSurname(_ t: Text, _ s: Int, _ e: Int, _ surnameForms: Set<[UInt8]>,
                                  _ namePairs: () -> Set<[UInt8]>) -> Bool {
    if t[e] == 0x20, t.isUppercaseLetter(at: e + 1), case let n = t.letterWordEnd(e + 1), n > e + 1, !t.isLetter(at: n) {
        t.work.add(n - s)
        let next = Array(t.b[(e + 1)..<n])
        if next != Array(t.b[s..<e]), surnameForms.contains(next), !namePairs().contains(Array(t.b[s..<n])) { return true }
    }
    if s >= 2, t[s - 1] == 0x20, case let ps = t.letterRunStart(before: s - 1), ps < s - 1, t.isUppercaseLetter(at: ps),
       !t.isWordChar(before: ps) {
        t.work.add(e - ps)
        let previous = Array(t.b[ps..<(s - 1)])
        if previous != Array(t.b[s..<e]), surnameForms.contains(previous), !namePairs().contains(Array(t.b[ps..<e])) { return true }
    }
    return false
}

/// The word of at most 16 bytes ending right before the blanks before `s`, on its line.
private func wordBefore(_ t: Text, _ s: Int) -> (Int, Int)? {
    let b = t.skipBlanksBack(s)
    guard b < s, b > 0 else { return nil }
    var a = b
    while a > 0, b - a < 16, !isBlank(t.b[a - 1]), !isLineBreak(t.b[a - 1]) { a -= 1 }
    t.work.add(b - a + 1)
    guard a < b, a == 0 || isBlank(t.b[a - 1]) || isLineBreak(t.b[a - 1]) else { return nil }
    return (a, b)
}

/// The labels of an Indian bio-data's community fields, whose values are surnames too.
private let communityLabels = WordSet(["caste", "sub-caste", "subcaste", "gotra", "community", "religion", "clan"])
/// German indefinite articles after "wie" in a comparison ("wie ein Fuchs").
private let indefiniteArticles = WordSet(["ein", "eine", "einer", "einen", "einem"])
/// The fused articles of `wordsBeforeASurnameNamingNoOne`, which capitalised are a surname's particles.
private let fusedArticles = WordSet(["am", "im", "beim", "al", "allo", "nel", "dal"])
/// German "zum" and "als" before a trade ("Ausbildung zum Koch"); a preposition fused with an article
/// before a school or a firm named after a person ("Frau Schiller am Schiller", "la prof. Fermi insegna al
/// Fermi"); a German possessive before a noun ("unser Engel"). One set: asked of every surname alone.
/// (Not Italian "alla", "nella", "dalla": "ho affidato alla Bianchi il progetto" is a woman called so.)
private let wordsBeforeASurnameNamingNoOne = WordSet([
    "zum", "als", "am", "im", "beim", "al", "allo", "nel", "dal",
    // German nouns after a possessive in lower case: "Sie war unser Engel" (not "ein": "ein Krupp bei
    // thyssenkrupp" is a person of that name)
    "unser", "unsere", "unseren", "unserem",
])
/// Street types that, in lower case in running text, name a street: "la calle Serrano", "na rua Augusta".
private let streetTypesInProse = WordSet([
    "calle", "rua", "rue", "avenida", "piazza", "plaza", "paseo", "praça", "travessa", "alameda", "viale", "largo",
    "boulevard", "carrer", "straat",
])

/// Other people a document names (`detectOtherPersonNames`: after an honorific, a label, a
/// greeting, an introducing phrase; `detectGivenNamePersons`: a known given name and a surname),
/// their later mentions, and their birth names; not the firms, institutions and works named
/// after people (NamedAfterPeople.swift).
func detectOtherPersons(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    let found = out.count
    try detectOtherPersonNames(t, into: &out)
    try detectNamesBeforeRoles(t, into: &out)
    let byGivenName = out.count
    try detectGivenNamePersons(t, into: &out)
    // people found by a given name alone may be institutions named after them, which are not
    // followed: "SENAI Roberto Simonsen" is no Simonsen
    var kept = [Candidate]()
    var brandLists: BrandListWords? = nil
    for (k, c) in out[found...].enumerated() {
        try t.work.tick()
        // "Dan Murphy's is hiring": a business's possessive, whoever found it
        if isABusinessPossessive(t, c) { continue }
        if found + k >= byGivenName, try namesAFirmOrWork(t, c, brandLists: &brandLists) { continue }
        let h = honorificStart(before: c.start, in: t)
        // "Don Revie Stand", "Dr. Horst Schmidt Kliniken", "Dr. K. S. Krishnan Research Associateship":
        // a place, a prize or a post named after a titled person (not "Prof. Tom Lee School of Medicine")
        if let h, namedAfterTitledPerson(t, c, title: h) { continue }
        // "Kita „Don Bosco“": a saint or a famous person with the title (`brandAndFamousNames`)
        // (the pair is the whole name: "Don Bosco Fernandes" is a person)
        if let h, isBrandOrFamous(t, h), t.letterWordEnd(t.letterWordEnd(h) + 1) == c.end { continue }
        // "The Sir Ralph Abercromby", "The Lord Nelson": a pub's name
        if afterTheAndATitle(t, c.start) { continue }
        // public figures, however found: an author without a title after a reading word ("Reading Arundhati Roy"),
        // a holder of a public office ("Prime Minister Anthony Albanese")
        // (the given names' own detector asks of its people whether a works' word or an office stands before them)
        if found + k < byGivenName, case let s = h ?? c.start,
           !hasATitle(t, h) && followsAWorksWord(t, s) && !roleAfterAComma(t, c.end) || followsAPublicOffice(t, s) {
            continue
        }
        // "Escola Estadual Professor Alberto Conte": an institution named after a titled person
        // (a capitalised word of two letters or more before the honorific, no role and no end of an
        // institution's name: not "A/C Sra. Helena Carvalho Brito", "a project with Dr Tom Hadley",
        // "Project Director Mr. Harpreet …", "Cardiff University Professor Gareth Price")
        if let h, !doctorsTitles.contains(t, h, t.letterWordEnd(h)), case let p = t.skipBlanksBack(h), p < h,
           case let ws = t.letterRunStart(before: p), p - ws >= 2,
           t.isUppercaseLetter(at: ws), !roleWords.contains(t, ws, p), !institutionNouns.contains(t, ws, p),
           followsAnInstitutionsWord(t, h) { continue }
        // "Approved by AICTE", "affiliated to JNTU": one word of up to six capitals after a body's
        // verb ("approved", "affiliated", "accredited" … and "by" or "to") is an acronym (not "led by
        // OKAFOR", "Contact MOREAU")
        if h == nil, let verb = afterABodysVerb(t, c.start), isAnAcronym(t, c),
           // "Reported to NAIDU (Plant Head)": a role in brackets after it makes it a person (not its
           // own name spelled out: "reported to CDSCO (Central Drugs Standard Control Organisation)")
           verb == .approval || !roleInBrackets(t, t.skipBlanks(c.end)) { continue }
        kept.append(withoutLeadingHonorifics(t, c))
    }
    out.removeSubrange(found...)
    out += kept
    let persons = Array(out[found...])
    try detectOtherPersonMentions(t, persons, into: &out)
    try detectBirthNames(t, Array(out[found...]), into: &out)
}

/// Whether the honorific found at `h` is a title ("Dr.", "Prof."), not nil nor a letter the honorifics
/// share with initials ("M." is "Monsieur" and the "M." of "M. T. Vasudevan Nair").
private func hasATitle(_ t: Text, _ h: Int?) -> Bool {
    guard let h else { return false }
    return t.letterWordEnd(h) - h > 1
}

/// Whether a role in brackets stands at `b`: "(Plant Head)", one to three words.
private func roleInBrackets(_ t: Text, _ b: Int) -> Bool {
    guard t[b] == 0x28 else { return false }
    var k = b + 1, words = 0
    while words < 4, k < t.count {
        t.work.step()
        let we = t.letterWordEnd(k)
        guard we > k else { return false }
        words += 1
        if t[we] == 0x29 { return words <= 3 }
        guard t[we] == 0x20 else { return false }
        k = we + 1
    }
    return false
}

/// What a body's verb before a name says of it.
private enum BodysVerb { case approval, report }

/// Which of "approved by", "affiliated to", "accredited by" … (an approval) or "reported to",
/// "notified to" … (a report, which goes to people too) stand right before `s`, if any.
private func afterABodysVerb(_ t: Text, _ s: Int) -> BodysVerb? {
    let p = t.skipBlanksBack(s)
    guard p < s, p > 0 else { return nil }
    let ws = t.letterRunStart(before: p)
    guard ws < p, bodysPrepositions.contains(t, ws, p) else { return nil }
    let q = t.skipBlanksBack(ws)
    guard q < ws, q > 0 else { return nil }
    let vs = t.letterRunStart(before: q)
    guard vs < q else { return nil }
    if bodysVerbs.contains(t, vs, q) { return .approval }
    return reportVerbs.contains(t, vs, q) ? .report : nil
}
private let bodysPrepositions = WordSet(["by", "to", "with", "under"])
private let bodysVerbs = WordSet([
    "approved", "affiliated", "accredited", "recognised", "recognized", "certified", "regulated", "sanctioned",
    "funded", "sponsored", "registered", "authorised", "authorized", "licensed", "ranked", "audited",
])
/// Verbs of a body data or cases go to: "data reported to IDSP", "cases notified to NCDC".
private let reportVerbs = WordSet(["reported", "reporting", "submitted", "notified", "escalated", "referred"])

/// Whether `c` is one word of two to six ASCII capitals that is no known given name ("AICTE", not "PRIYA").
private func isAnAcronym(_ t: Text, _ c: Candidate) -> Bool {
    guard c.kind == .name, c.end - c.start >= 2, c.end - c.start <= 6 else { return false }
    for k in c.start..<c.end where !isUpperASCII(t[k]) { return false }
    return !givenNames.contains(t, c.start, c.end)
}

/// Whether "The" and a title ("Sir", "Lord", "Duke" …) stand right before `s`: a pub or a ship
/// named after a person ("The Sir Ralph Abercromby").
private func afterTheAndATitle(_ t: Text, _ s: Int) -> Bool {
    var p = t.skipBlanksBack(s)
    guard p < s, p > 0 else { return false }
    if t[p - 1] == 0x2E { p -= 1 }
    let ws = t.letterRunStart(before: p)
    guard ws < p, t.isUppercaseLetter(at: ws), pubTitles.contains(t, ws, p) else { return false }
    let q = t.skipBlanksBack(ws)
    guard q == ws - 1, q >= 3, t[q - 3] == 0x54, t[q - 2] == 0x68, t[q - 1] == 0x65 else { return false }
    return q == 3 || !t.isWordChar(before: q - 3)
}
/// Titles that "the" precedes before a person: "the Rev. Sarah Block", "the Hon. Mark Stand".
private let theTitles = WordSet(["rev", "revd", "reverend", "hon", "honourable", "honorable", "fr", "father", "pastor", "rabbi", "imam", "very", "right", "rt"])

/// Whether a lower-case "the" ends right before the blanks before `s`.
private func followsLowerCaseThe(_ t: Text, _ s: Int) -> Bool {
    let p = t.skipBlanksBack(s)
    guard p < s, p >= 3, t[p - 3] == 0x74, t[p - 2] == 0x68, t[p - 1] == 0x65 else { return false }
    return p == 3 || !t.isWordChar(before: p - 3)
}
private let pubTitles = WordSet(["sir", "lord", "lady", "duke", "duchess", "earl", "marquis", "admiral", "general", "captain", "king", "queen", "prince", "princess"])

/// Whether a word of a place, a prize or a post named after a person ends the name `c` (after the
/// honorific at `title`) or follows it (one blank; a capitalised word between: "Research
/// Associateship"), not followed by "of" ("School of Medicine" is a professor's department).
private func namedAfterTitledPerson(_ t: Text, _ c: Candidate, title: Int) -> Bool {
    // its own last word: "Dr. Horst Schmidt Kliniken"; a word that is a surname too only after a
    // title that names the dead as often as the living ("Don Revie Stand", not "Mrs Anne Stand")
    let last = t.letterRunStart(before: c.end)
    if last < c.end, last > c.start, namesakeWordsAfter.contains(t, last, c.end) {
        if !surnameNamesakeWords.contains(t, last, c.end) { return true }
        if memorialTitles.contains(t, title, t.letterWordEnd(title)) { return true }
        // or after "the": "accommodation in the Dr. Rangarajan Block", a building, not a person (not
        // after a clergy's or an honourable's title, which "the" precedes: "the Rev. Sarah Block")
        if followsLowerCaseThe(t, title), !theTitles.contains(t, title, t.letterWordEnd(title)) { return true }
    }
    // not after a possessive ("Prof. Anna Berg's Research Institute group" is her group): "'s", "’s"
    if c.end >= 2, t[c.end - 2] == 0x27 || t[c.end - 1] == 0x27 || t[c.end - 2] == 0x99 { return false }
    var q = c.end
    for _ in 0..<2 {
        guard t[q] == 0x20 else { return false }
        let w = t.letterWordEnd(q + 1)
        guard w > q + 1 else { return false }
        t.work.add(w - q)
        if namesakeWordsAfter.contains(t, q + 1, w) {
            let n = t.letterWordEnd(w + 1)
            return !(t[w] == 0x20 && n == w + 3 && t[w + 1] == 0x6F && t[w + 2] == 0x66)
        }
        guard t.isUppercaseLetter(at: q + 1) else { return false }
        q = w
    }
    return false
}
private let namesakeWordsAfter = WordSet([
    "stand", "stadium", "kliniken", "klinik", "klinikum", "associateship", "fellowship", "professorship", "lectureship",
    "memorial", "papers", "lecture", "award", "prize", "medal", "scholarship", "trophy", "cup", "building",
    "centre", "center", "institute", "hospital", "school", "college", "library", "foundation", "stiftung",
    "prêmio", "premio", "auditorium", "block",
])
/// Titles before a name that a stand or a hall keeps after its bearer: "Don Revie Stand", "Sir Alf
/// Ramsey Stand" (not "Mrs Anne Stand", "Herr Markus Preis": surnames).
private let memorialTitles = WordSet(["don", "sir", "dame", "lord", "lady"])
/// Words of `namesakeWordsAfter` that are surnames too.
private let surnameNamesakeWords = WordSet(["stand", "block"])

/// A doctor's titles: a clinic or a practice named after one is the practising doctor's ("Clínica
/// Dra. Helena Prado"), unlike a school or a plant named after a governor or a professor.
private let doctorsTitles = WordSet(["dr", "dra", "doctor", "doutor", "doutora", "doctora", "doc"])

/// Where a capitalised honorific right before `s` starts ("Professor ", "Prof. "), if one does.
private func honorificStart(before s: Int, in t: Text) -> Int? {
    var p = t.skipBlanksBack(s)
    guard p < s, p > 0 else { return nil }
    if t[p - 1] == 0x2E { p -= 1 }
    let ws = t.letterRunStart(before: p)
    return ws < p && t.isUppercaseLetter(at: ws) && personHonorifics.contains(t, ws, p) ? ws : nil
}

private let givenNameDon = Array("Don ".utf8)

/// `c` without the honorifics it starts with, when a capitalised word follows them: "Dr Iain
/// McAllister" after "and" in a list of supervisors is "Iain McAllister" (and "Dr" is no name word
/// to follow through the text).
private func withoutLeadingHonorifics(_ t: Text, _ c: Candidate) -> Candidate {
    guard c.kind == .name else { return c }
    var s = c.start
    for _ in 0..<3 {
        let we = t.letterWordEnd(s)
        // (not an initial, "M. Chandrasekhar Naidu", nor the given name "Don")
        guard we > s + 1, we < c.end, personHonorifics.contains(t, s, we) || titlesBeforeGivenNames.contains(t, s, we),
              !t.matches(givenNameDon, at: s) else { break }
        let n = t.skipBlanks(t[we] == 0x2E ? we + 1 : we)
        guard n > we, n < c.end, t.isUppercaseLetter(at: n) else { break }
        s = n
    }
    return s == c.start ? c : Candidate(kind: .name, start: s, end: c.end)
}

/// The birth name after a person's name: "Claudia Fischer, geb. Brandt", "Jane Doe (née Smith)".
private func detectBirthNames(_ t: Text, _ names: [Candidate], into out: inout [Candidate]) throws(RedactionStopped) {
    for c in names where c.kind == .name {
        try t.work.tick()
        var k = c.end
        if t[k] == 0x2C { k += 1 }
        guard t[k] == 0x20 else { continue }
        k += 1
        if t[k] == 0x28 { k += 1 }
        guard let n = birthNameMarkers.longestMatch(in: t, at: k), !t.isLetter(at: k + n), t[k + n] == 0x20 else { continue }
        let s = k + n + 1
        let e = t.letterWordEnd(s)
        guard e > s + 1, t.isUppercaseLetter(at: s), !isMonthName(t, s) else { continue }
        // "born London 1970", "geboren Köln, 1980": a place before a year, not a birth name
        var a = e
        if t[a] == 0x2C { a += 1 }
        if isDigit(t[t.skipBlanks(a)]) { continue }
        out.append(Candidate(kind: .name, start: s, end: e))
    }
}

private let birthNameMarkers = KeywordTable(["geb.", "geborene", "geboren", "née", "nee", "born", "nata", "nascida"])

/// The later mentions of people named in full (two words or more) by
/// `detectOtherPersonNames`: the name again, the first word or the last
/// alone ("Contact Siobhan O'Neill … Siobhan will call you"), the first
/// initial with the last. At most `maxOtherPersons` people are followed.
/// With `lateFound` (people found in lists, beside an e-mail address or a number, or before their
/// pronouns, whose words no label or honorific vouches for), not the surname alone ("Sophie March" makes no month a name) and the given
/// name alone only when it is a known one that is no word.
private func detectOtherPersonMentions(_ t: Text, _ persons: [Candidate], lateFound: Bool = false,
                                       into out: inout [Candidate]) throws(RedactionStopped) {
    var forms = Set<String>(), familiar = Set<String>(), nameWords = Set<String>(), surnames = Set<String>()
    for p in persons.prefix(maxOtherPersons) {
        var words: [String] = []
        // where the words after the first start and where the last but one ends
        var secondStart = -1, lastButOneEnd = -1, lastEnd = -1
        var i = p.start
        while i < p.end {
            let e = nameWordEnd(t, i)
            if e > i, t.isUppercaseLetter(at: i), e - i > 1 || t[e] != 0x2E {
                // "Rebecca “Bec” Sullivan": the nickname in quotes is followed alone, not as the first or last name
                if let nick = quotedNickname(t, t[i - 1] == 0x9C ? i - 3 : i - 1), nick.word.lowerBound == i {
                    forms.insert(t.string(i, e))
                    nameWords.insert(t.string(i, e).lowercased())
                } else {
                    words.append(t.string(i, e))
                    lastButOneEnd = lastEnd
                    lastEnd = e
                }
            }
            i = max(e, i + 1)
            while i < p.end, !t.isLetter(at: i) { i += 1 }
            if secondStart < 0, !words.isEmpty { secondStart = i }
        }
        // "Darren Hollis (“Daz”)": a nickname right after the name
        if let nick = trailingNickname(t, p.end) {
            forms.insert(t.string(nick.lowerBound, nick.upperBound))
            nameWords.insert(t.string(nick.lowerBound, nick.upperBound).lowercased())
        }
        // a person named by a known given name alone ("Hi, I'm Finn", "Dear Tom,"): that name again
        if words.count == 1, let only = words.first, givenNames.contains(only), !ambiguousGivenNames.contains(only.lowercased()) {
            forms.insert(only)
            familiar.formUnion(nicknames(of: only))
            nameWords.insert(only.lowercased())
            continue
        }
        guard words.count >= 2, let first = words.first, let last = words.last else { continue }
        forms.formUnion([t.string(p.start, p.end), first + " " + last])
        if !lateFound || (givenNames.contains(first) && !ambiguousGivenNames.contains(first.lowercased())) { forms.insert(first) }
        // "Ellie Reading" is "Reading" alone nowhere: the town is; nor is "Sam Cook" "Cook" alone ("Cook and
        // plate breakfasts"): the verb is (not "Brown", "Walker", "Turner": a reference's "Brown consistently …")
        if !placeNamedSurnames.contains(last) && !surnamesAloneAsWords.contains(last) && !lateFound { forms.insert(last) }
        surnames.insert(last)
        // "Tom" for a Thomas, "Bob" for a Robert
        familiar.formUnion(nicknames(of: first))
        if let initial = first.first { forms.insert("\(initial). \(last)") }
        // a first surname of two (Spanish, Portuguese) after the initial: "C. de la Fuente" for "Carmen
        // de la Fuente Rubio", "S. León" for "Sergio León Cabrera" (of three letters or more)
        if words.count >= 3, let initial = first.first, secondStart > p.start, lastButOneEnd > secondStart,
           lastButOneEnd - t.letterRunStart(before: lastButOneEnd) >= 3 {
            forms.insert("\(initial). " + t.string(secondStart, lastButOneEnd))
        }
        nameWords.formUnion(words.map { $0.lowercased() })
    }
    guard !forms.isEmpty else { return }
    try findMentions(t, forms: forms, familiarForms: familiar, nameWords: nameWords, surnames: surnames,
                     severalPersons: true, into: &out)
}

/// The later mentions of the people found after `detectOtherPersons` (in lists, beside their e-mail
/// address or number, before their pronouns): searched only when there are some.
func detectMentionsOfLateFoundPersons(_ t: Text, _ found: [Candidate], into out: inout [Candidate]) throws(RedactionStopped) {
    let persons = found.filter { $0.kind == .name }
    guard !persons.isEmpty else { return }
    try detectOtherPersonMentions(t, persons, lateFound: true, into: &out)
}

/// People followed through a document at most (each adds a few forms to search).
private let maxOtherPersons = 16

/// The tables `detectOtherPersonNames` asks at every word start after the honorifics: most
/// words start none of their keywords, and are passed over with one look-up. (Mail header
/// labels and greetings, short words such as "a" and "hi", are asked only at a line's start.)
private let personIntroducingKeywords = KeywordPrefixFilter([
    selfIntroductions, refereeLabels, personIntroducers, roleIntroducers,
])

private func detectOtherPersonNames(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    let introducing = personIntroducingKeywords, honorifics = personHonorifics
    var i = 0
    while i < t.count {
        i = try t.nextASCIIWordStart(from: i)
        guard i < t.count else { break }
        let we = t.letterWordEnd(i)
        guard we > i else { i += 1; continue }
        var k = -1
        var greeting = false
        var mailHeader = false
        var labelled = false
        // "Herr", "Mme", and the abbreviations also written in lower case ("dott.", "ing.")
        let anHonorific = honorifics.contains(t, i, we)
            && (t.isUppercaseLetter(at: i) ? (t[we] == 0x2E || we - i > 1)
                : (t[we] == 0x2E ? lowercaseHonorifics.contains(t, i, we)
                    : lowercaseHonorificsWithoutStop.contains(t, i, we) && (t[i] != 0x64 || followedByAGivenName(t, we))))
            && !followsStreetWord(t, i)
            // "Capacity 20 mw.": a unit after a number
            && !(isLowerASCII(t[i]) && i >= 2 && t[i - 1] == 0x20 && isDigit(t[i - 2]))
            // "M." and "D." alone, not inside "Ph.D." or "M.Sc."
            && (we - i > 1 || i == 0 || t[i - 1] == 0x20 || t[i - 1] == 0x0A || t[i - 1] == 0x28)
            || (t.b[i] == 0x53 && sriBeforeAPerson(t, i, we))
            // "Cllr Moira Young", "Imam Hafiz Shamsul Islam": titles of things as often ("Cllr
            // Casework"), so only before a known given name
            || (t.isUppercaseLetter(at: i) && titlesBeforeGivenNames.contains(t, i, we) && followedByAGivenName(t, we))
            // "Er. Rajinder Pal Singh", "Sh. Amandeep Singh", "Fr. Sylvanus Lamare": Indian and clerical
            // titles, with their full stop and a capitalised word after it
            || (t.isUppercaseLetter(at: i) && t[we] == 0x2E && t[we + 1] == 0x20 && t.isUppercaseLetter(at: we + 2)
                && dottedTitles.contains(t, i, we) && !afterAWeekday(t, i))
        let honorific = anHonorific && !isAShelfmark(t, i, we)
        let mayIntroduce = !honorific && introducing.mayMatch(in: t, at: i)
        if honorific {
            k = titleEnd(t, we)
            guard t[k] == 0x20 else { i = we; continue }
            k = skipTitles(t, from: k + 1)
        } else if mayIntroduce, let n = selfIntroductions.longestMatch(in: t, at: i), !t.isLetter(at: i + n), t[i + n] == 0x20,
                  case let p = t.skipBlanks(i + n), t.isUppercaseLetter(at: p),
                  namingSelfIntroductions.longestMatch(in: t, at: i) == n
                    || (givenNames.contains(t, p, t.letterWordEnd(p)) && !ambiguousGiven.contains(t, p, t.letterWordEnd(p)))
                    || introducesAPersonsNickname(t, i, p) {
            // "Hi, I'm Finn", "Please call me Ray", "Mi chiamo Vittoria": after "I'm", "ich bin" or
            // "known as" a known given name that is no word or place ("I'm Python-certified",
            // "I'm Austin based", "known as Kanban" are no one), or a nickname after a person
            // ("Jonathan Price, known as Jono", "I was known as Bakes")
            k = p
        } else if mailHeaderLabels.mayMatch(in: t, at: i), startsALine(t, i), let n = mailHeaderLabels.longestMatch(in: t, at: i), !t.isLetter(at: i + n),
                  case let j = t.skipBlanks(i + n), t[j] == 0x3A {
            // "Aan: Noor El Amrani <noor@…>": the display name of a mail header's address
            k = t.skipBlanks(j + 1)
            mailHeader = true
        } else if mayIntroduce, let n = refereeLabels.longestMatch(in: t, at: i), !t.isLetter(at: i + n),
                  case let j = labelColon(t, after: i + n), t[j] == 0x3A || t[j] == 0x2D {
            k = skipTitles(t, from: t.skipBlanks(j + 1))
            // "Enquiries: Please contact …", "Enquiries: Practice Manager": an instruction or a role
            // opens these labels' values as often as a person; only a known given name is one
            if enquiryLabels.contains(t, i, t.letterWordEnd(i)), !givenNames.contains(t, k, t.letterWordEnd(k)) { k = -1 }
            if k >= 0, refereeListLabels.contains(t, i, t.letterWordEnd(i)), !refereeListNamesAPerson(t, k) { k = -1 }
            // "Site Agent: Kier Construction", "Examiner: Pearson Edexcel", "Tutor: Maths, Physics":
            // a role's label names a firm or a subject as often; a person by a known given name or
            // an initial (after an honorific too)
            // (nor a society or a firm: "Secretary: Jane Austen Society", "Trainee: Josh Wood Colour salon")
            if k >= 0, roleLabels.contains(t, i, i + n) {
                let le = try t.lineEnd(k)
                if !startsWithAGivenNameOrAnInitial(t, k) || namesATeamOrInstitution(t, k, le) || isBrandOrFamous(t, k)
                    || t.containsWord(of: studioAndSocietyWords, from: k, to: le) { k = -1 }
            }
            if k >= 0, relativeLabels.longestMatch(in: t, at: i) == n,
               !(t.isUppercaseLetter(at: i) && startsALine(t, i)) || !startsWithAGivenNameOrAnInitial(t, k) { k = -1 }
            // "Firmado: Convenio Erasmus", "Unterschrieben: Arbeitsvertrag": what was signed, as often as
            // who signed; only a known given name or an initial is a person
            if k >= 0, signedLabels.contains(t, i, t.letterWordEnd(i)), !startsWithAGivenNameOrAnInitial(t, k) { k = -1 }
            labelled = true
        } else if mayIntroduce, let n = personIntroducers.longestMatch(in: t, at: i), !t.isLetter(at: i + n), t[i + n] == 0x20 {
            // "You will report to the Head of Data, Tom Ashworth", "Reportarás a Óscar Beltrán"
            k = nameStart(afterIntroducer: t, from: t.skipBlanks(i + n))
            // "pregunta por Nerea", not "Fragen Sie nach Verfügbarkeit", "ask for Help": whom to ask
            // for is a person only when a known given name follows
            // (nor a brand: "Bel Albert Heijn op …", "ring Ted Baker on …")
            // (or a person with a role after a comma: "Bel Noor Boukhari, teamleider Vergunningen")
            if k >= 0, askForIntroducers.longestMatch(in: t, at: i) == n,
               !(givenNames.contains(t, k, t.letterWordEnd(k)) && !ambiguousGiven.contains(t, k, t.letterWordEnd(k))) || isBrandOrFamous(t, k),
               isBrandOrFamous(t, k) || nameBeforeRole(t, k) == nil {
                k = -1
            }
            if k >= 0, byPersonOrFirmIntroducers.longestMatch(in: t, at: i) == n,
               !(startsWithAGivenNameOrAnInitial(t, k) && !ambiguousGiven.contains(t, k, t.letterWordEnd(k))) || isBrandOrFamous(t, k)
                || followedByAnAmpersand(t, t.letterWordEnd(k)),
               nameBeforeRole(t, k) == nil {
                k = -1 // (nor "Trained by Toni & Guy Academy", "Hired by Ben & Jerry's": a firm)
            }
        } else if mayIntroduce, let n = roleIntroducers.longestMatch(in: t, at: i), !t.isLetter(at: i + n), t[i + n] == 0x20 {
            // "work closely with the Head of Lending, Chris Papadopoulos": only after a role
            k = nameStart(afterIntroducer: t, from: t.skipBlanks(i + n), roleRequired: true)
        } else if greetings.mayMatch(in: t, at: i), startsALine(t, i), let n = greetings.longestMatch(in: t, at: i), !t.isLetter(at: i + n),
                  t[i + n] == 0x20 || (t[i + n] == 0x2C && t[i + n + 1] == 0x20) {
            // "Hi Hope,", "Buonasera Federica,", "Sehr geehrte Frau Dr. Weber,": a greeting starting a line;
            // "Olá, Camila, tudo bem?", "Hola, Irene:": a comma after the greeting too
            k = skipTitles(t, from: t.skipBlanks(t[i + n] == 0x2C ? i + n + 1 : i + n))
            // "Hello, Good Morning,", "Hallo, Guten Tag,", "Hola, Buenas Tardes,", "Hallo, Zusammen,":
            // a second greeting or a group, no one
            if greetingFollowers.contains(t, k, t.letterWordEnd(k)) { k = -1 }
            greeting = true
        }
        guard k >= 0 else { i = we; continue }
        // one to three capitalised name words of two letters or more, initials ("T.")
        // and particles between them
        var end = -1, previousEnd = -1, words = 0, initials = 0, initialsEnd = -1, p = k
        // the first name word (a known given name that is no word may stand before a surname that is a word)
        var firstWord = 0..<0
        while words < 3 && initials < 6 {
            t.work.step()
            let e = nameWordEnd(t, p)
            guard e > p else { break }
            var next = e
            if t.isUppercaseLetter(at: p) && e == p + t.scalar(at: p).length && t[e] == 0x2E {
                next = e + 1 // an initial
                initials += 1
                initialsEnd = next
                // "A.M. Kok", "P.J. Hendriks": initials written together
                if t.isUppercaseLetter(at: next), t[next + t.scalar(at: next).length] == 0x2E { p = next; continue }
            } else if honorific, words == 0, initials == 0, isUpperASCII(t[p]), e == p + 1, t[e] == 0x20, t.isUppercaseLetter(at: e + 1),
                      t.letterWordEnd(e + 1) - e - 1 >= 3, !t.isUppercaseLetter(at: e + 2) {
                // "Mr T Evans": an initial without its full stop, behind an honorific
                initials += 1
                initialsEnd = e
            } else if words == 0, initials == 0, e - p >= 6, t[e] == 0x20, academicRanks.contains(t, p, e), t.isUppercaseLetter(at: e + 1),
                      !academicRanks.contains(t, e + 1, nameWordEnd(t, e + 1)) {
                // "Professor Associado Rui Costa", "Profesor Titular Luis Vidal": the rank before the name
                k = e + 1
                p = e + 1
                continue
            } else if t.isUppercaseLetter(at: p) && (companySuffixes.contains(t, p, e) || notPersons.contains(t, p, e)
                                                       || isABrandsCamelCaseWord(t, p, e) || hasInstitutionSuffix(t, p, e)
                                                       || endsInAFirmsCompound(t, p, e)) {
                end = -1 // "Dr. Oetker Nahrungsmittel KG", "Mr. Robot", "Professor Adjunto", "Dr. Lal PathLabs": not a person
                break
            } else if words > 0 && t[e] == 0x2E && personHonorifics.contains(t, p, e) {
                break // "el Dr. Álvaro Sánchez y la Dra. Núria Casals": the next person's honorific
            } else if words > 0 && isPostNominal(t, p, e) {
                break // "Mr Oluwaseun Adeyemi MBBS", "Dr Siân Pritchard-Evans FHEA": letters after the name
            } else if words == 1, t.isUppercaseLetter(at: p),
                      honorific || mailHeader ? wordSurnames.contains(t, p, e) : personsWordSurnames.contains(t, p, e),
                      givenNames.contains(t, firstWord.lowerBound, firstWord.upperBound),
                      !ambiguousGiven.contains(t, firstWord.lowerBound, firstWord.upperBound) {
                // "Mrs Ceri Street", "Proposed: Owain Page": a surname that is a word after a given name that is
                // none (one naming a place only behind an honorific: "Contact: George Street, Edinburgh" is one)
                words += 1
                previousEnd = end
                end = e
            } else if t.isUppercaseLetter(at: p) && !sectionWords.contains(t, p, e)
                        && (!nonNameWords.contains(t, p, e)
                            || (honorific && placeNamedSurnames.contains(t, p, e) && !isDigit(t[t.skipBlanks(e)]))
                            || (honorific && words < 2 && !isAllCaps(t, i, we) && personalHonorifics.contains(t, i, we)
                                && isWordSurnameAfterHonorific(t, p, e))) {
                // "Herr Berlin", "M. Paris": after an honorific a city's name is a surname (not in
                // "Miss London 2019")
                // "Contact: Talent Acquisition"; "Reference: JH-48213", "Ref: SSL-2025-004417": a code
                // ("Prof. S. Ó Dónaill": a one-letter particle after a name or an initial is no code)
                if teamWords.contains(t, p, e) || institutionNouns.contains(t, p, e)
                    || (isCodeWord(t, p, e) && !((words > 0 || initials > 0) && particles.contains(t, p, e))
                        && !givenNameInACapitalisedName(t, p, e)) { end = -1; break }
                // "Dr. Reddy's Laboratories": a possessive inside the name is a firm's
                if words > 0, t[p - 1] == 0x20, p >= 3, t[p - 3] == 0x27, t[p - 2] == 0x73 { end = -1; break }
                if words == 0, initials == 0 { firstWord = p..<e }
                words += 1
                previousEnd = end
                end = e
            } else if !((words > 0 || initials > 0 || labelled) && particles.contains(t, p, e)) {
                break // "dhr. W. van der Veen": particles after initials too; a field's "Achternaam: de Boer"
            } else if words > 0, t[e] == 0x20, let gaelicEnd = gaelicSurnameEnd(t, particle: p, e) {
                // "Ms Seònaid Nic an t-Saoir": a Gaelic particle, its article and a mutated surname
                end = gaelicEnd
                break
            }
            guard t[next] == 0x20, t.isLetter(at: next + 1) else { break }
            p = next + 1
        }
        // "Dr. August Oetker Nahrungsmittel KG", "Shri Ram College": a firm or an institution
        if end > k, wordAfterNamesAFirm(t, end) { end = -1 }
        // "Programme Manager: Pay Level 7 equivalent": words before a grade's number of one or two
        // digits are a scale, not a person (a phone after a name has more digits)
        if end > k, t[end] == 0x20, isDigit(t[end + 1]), case let d = t.digitsEnd(end + 1), d - end - 1 <= 2,
           d >= t.count || isBlank(t[d]) || t[d] == 0x2C || t[d] == 0x2E || t[d] == 0x29 || isLineBreak(t[d]) { end = -1 }
        // a greeting's name ends the greeting: "Hi Hope," / "Hallo Anna!" / "Dear Tom\n"
        if greeting, end > k, !(t[end] == 0x2C || end >= t.count || isLineBreak(t[end])
                                || ((t[end] == 0x21 || t[end] == 0x3A) && givenNames.contains(t, k, t.letterWordEnd(k)))) {
            // "Hello World!", "Hello Kitty:" are no one: after "!" or ":" only a known given name
            end = -1
        }
        // "Surname:  Forename: …": an empty field's neighbour label is no name; in "Surname: Rivas
        // Forename: Ana" the name ends before the next label
        if labelled, end > k, t[end] == 0x3A { end = previousEnd > k ? previousEnd : -1 }
        // a mail header's name stands before its address: "Noor El Amrani <noor@…>", "… [mailto:…]"
        if mailHeader, end > k, !(t[t.skipBlanks(end)] == 0x3C || t[t.skipBlanks(end)] == 0x5B) { end = -1 }
        // a form's initials alone: "Voorletters: J.H."
        if labelled, words == 0, initials > 0, initialsEnd > k, initialsLabels.contains(t, i, we) {
            out.append(Candidate(kind: .name, start: k, end: initialsEnd))
            i = initialsEnd
            continue
        }
        if end > k, words > 0 {
            out.append(Candidate(kind: .name, start: k, end: end))
            i = end
            // "Filiação: João da Silva e Maria Souza", "Referees: Anna Weber and Tom Lee"
            if let second = secondPersonAfter(t, end) {
                out.append(Candidate(kind: .name, start: second.lowerBound, end: second.upperBound))
                i = second.upperBound
            } else if labelled {
                // "Prénom(s) : Léa, Jeanne", "Given names: Maria, Teresa": more given names in the field
                var p = end
                for _ in 0..<4 {
                    t.work.step()
                    guard t[p] == 0x2C, t[p + 1] == 0x20, case let w = t.letterWordEnd(p + 2), w > p + 3,
                          t.isUppercaseLetter(at: p + 2), givenNames.contains(t, p + 2, w), !ambiguousGiven.contains(t, p + 2, w),
                          w >= t.count || t[w] == 0x2C || isLineBreak(t[w]) || t[w] == 0x3B else { break }
                    out.append(Candidate(kind: .name, start: p + 2, end: w))
                    p = w
                }
                i = max(i, p)
            }
        } else {
            i = we
        }
    }
}

/// People named, then their role after a comma, where a list of referees or an attribution
/// puts them: at the start of a line or after a dash, two or three capitalised name words, ", ",
/// then a role within four words ("Troy Baxter, former Store Manager, JB Hi-Fi", "— Jasmine
/// Whitaker, Managing Director"). Not "Oracle Cloud, Senior Manager" (no person's words: a
/// team, a firm's suffix, a section or resume word ends it).
private func detectNamesBeforeRoles(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    var i = 0
    while i < t.count {
        // a line start, a dash (– —) or a column's bar ("Finance Director  |  Amira Shah, Head of FP&A"):
        // where such a name can start
        i = try t.skip(from: i, to: StopBytes(0x0A, 0xE2, 0x7C))
        guard i < t.count else { break }
        try t.work.tick()
        var k: Int
        if t.b[i] == 0x0A || t.b[i] == 0x7C { k = i + 1 }
        else if t[i + 1] == 0x80, t[i + 2] == 0x93 || t[i + 2] == 0x94 { k = i + 3 }
        else { i += 1; continue }
        i = k
        while k < t.count, isBlank(t.b[k]) || t.b[k] == 0x2D || t.b[k] == 0x2A { k += 1 } // blanks, "- ", "* "
        if let (s, e) = nameBeforeRole(t, k) {
            out.append(Candidate(kind: .name, start: s, end: e))
            i = e
        }
    }
    if let (s, e) = nameBeforeRole(t, t.skipBlanks(0)) { out.append(Candidate(kind: .name, start: s, end: e)) }
}

/// Two or three capitalised name words at `k`, then ", " and a role within four words; the
/// name's range.
private func nameBeforeRole(_ t: Text, _ k: Int) -> (Int, Int)? {
    var p = k, words = 0, end = -1
    // a known given name first: the words after it may be common words and trades ("Jenny Park,
    // Former Store Manager", "Denise Cook, Human Resources"), and it may be one itself ("Dean Hughes, Site Manager")
    // the words and the comma after them first (most lines have none), then what each word is
    var spans = (first: 0..<0, second: 0..<0, third: 0..<0)
    while words < 3 {
        t.work.step()
        let e = nameWordEnd(t, p)
        guard e > p + 1, t.isUppercaseLetter(at: p), !isCodeWord(t, p, e) else { break }
        switch words {
        case 0: spans.first = p..<e
        case 1: spans.second = p..<e
        default: spans.third = p..<e
        }
        words += 1
        end = e
        guard t[e] == 0x20, t.isUppercaseLetter(at: e + 1) else { break }
        p = e + 1
    }
    guard words >= 2, t[end] == 0x2C, t[end + 1] == 0x20, !isBrandOrFamous(t, k) else { return nil }
    let givenFirst = givenNames.contains(t, k, t.letterWordEnd(k))
    for n in 0..<words {
        let word = n == 0 ? spans.first : n == 1 ? spans.second : spans.third
        let (p, e) = (word.lowerBound, word.upperBound)
        if sectionWords.contains(t, p, e) || teamWords.contains(t, p, e) || companySuffixes.contains(t, p, e)
            || institutionNouns.contains(t, p, e) || personHonorifics.contains(t, p, e) || sentenceStartWords.contains(t, p, e)
            || (!givenFirst && (nonNameWords.contains(t, p, e) || roleWords.contains(t, p, e)))
            || (givenFirst && n > 0 && roleWords.contains(t, p, e) && t[e] != 0x2C)
            // a firm named after a given name ("Jordan Engineering", "Ivy Solutions"), not a place-like surname ("Jenny Park")
            || (givenFirst && n > 0 && firmWordsAfterGivenNames.contains(t, p, e))
            // "Bel Noor Boukhari, teamleider": a call's word before the person
            || (n == 0 && phoneLabelWords.contains(t, p, e)) {
            return nil // "Mrs …", "As Doe, …"
        }
    }
    // the role: up to four words, one a role word ("former Store Manager", "Managing Director")
    var q = end + 2
    for _ in 0..<4 {
        t.work.step()
        let w = t.letterWordEnd(q)
        guard w > q else { return nil }
        if roleWords.contains(t, q, w) || extraRoleWords.contains(t, q, w) || (givenFirst && departmentRoleWords.contains(t, q, w)) {
            return (k, end)
        }
        guard t[w] == 0x20 else { return nil }
        q = w + 1
    }
    return nil
}

/// Role words of referee lists beside `roleWords`: "Managing Director", "Franchisee", "Nurse"; an address
/// line's parts before its town hold none (`addressLineStart`).
let extraRoleWords = WordSet([
    "managing", "franchisee", "owner", "recruiter", "mentor", "colleague", "coworker", "co-worker", "client", "professor",
    "engineer", "nurse", "consultant", "analyst", "advisor", "adviser", "controller", "architect", "specialist",
    "teamleider", "teamleidster", "leidinggevende",
])

/// A department standing for a role after a person whose given name is known: "Denise Cook, Human
/// Resources" (not after a firm: "Deutsche Telekom, Human Resources Intern").
private let departmentRoleWords = WordSet(["human", "hr"])
/// A firm's words after a given name before a role ("Jordan Engineering, Site Manager"); not place
/// and street words, which are surnames too ("Glenn Close", "Margaret Court", "Jenny Park").
private let firmWordsAfterGivenNames = WordSet([
    "engineering", "digital", "software", "solutions", "technology", "technologies", "tech", "financial", "finance",
    "logistics", "consulting", "systems", "media", "energy", "capital", "ventures", "labs", "group", "partners",
    "holdings", "services", "studio", "studios", "design", "designs", "marketing", "analytics", "health", "foods",
])

/// Whether the short word in capitals at `p..<e` is a known given name before another name word in
/// capitals: "Father's Name: RAM NARESH YADAV" (not "SSL Certificate").
private func givenNameInACapitalisedName(_ t: Text, _ p: Int, _ e: Int) -> Bool {
    guard t[e] == 0x20, isUpperASCII(t[e + 1]), case let n = t.letterWordEnd(e + 1), n - e - 1 >= 3, isAllCaps(t, e + 1, n),
          givenNames.contains(t, p, e) else { return false }
    return true
}

/// Whether `t[p..<e]` is a brand's word in camel case: a capital after four letters or more
/// ("PathLabs", "HomePlace"); not a name's ("McDonald", "DeVries", "MacLeod", "FitzGerald").
func isABrandsCamelCaseWord(_ t: Text, _ p: Int, _ e: Int) -> Bool {
    guard e - p >= 6, isUpperASCII(t[p]) else { return false }
    var q = p + 1
    while q < e, isLowerASCII(t[q]) { q += 1 }
    t.work.add(q - p)
    guard q < e, q - p >= 4, isUpperASCII(t[q]), q + 1 < e, isLowerASCII(t[q + 1]) else { return false }
    // a surname's prefix ("FitzGerald", "DellaValle", "VanderBeek"), a network's or a tool's word ("LinkedIn",
    // "WhatsApp", "SharePoint", "JavaScript") after a name
    return !camelCasePrefixes.contains(t, p, q) && !camelCaseProductWords.contains(t, p, e)
}
/// The prefixes of surnames written in camel case: "FitzGerald", "DellaValle", "VanderBeek", "DelaCruz".
private let camelCasePrefixes = WordSet(["fitz", "della", "delle", "dalla", "dello", "vander", "vanden", "vonder", "dela", "dala", "mac"])
/// Networks', tools' and products' words in camel case, which follow a person's name on contact lines and
/// in headlines ("Sarah Jones LinkedIn:", "Anna Weber SharePoint Administrator").
private let camelCaseProductWords = WordSet([
    "linkedin", "whatsapp", "sharepoint", "javascript", "typescript", "powerpoint", "youtube", "github", "gitlab",
    "facebook", "instagram", "tiktok", "wechat", "powershell", "onedrive", "dropbox", "salesforce", "hubspot",
    "quickbooks", "autocad", "solidworks", "photoshop", "indesign", "wordpress", "postgresql", "mongodb", "graphql",
    "devops", "mysql", "openai", "chatgpt", "deepmind", "paypal", "skype", "facetime", "bitbucket", "jupyter",
])

/// Whether `t[p..<e]` is a code rather than a name word: capitals only, three letters or fewer
/// ("JH", "SSL"), or followed by a dash and a digit ("DJ-VM-2025-118").
private func isCodeWord(_ t: Text, _ p: Int, _ e: Int) -> Bool {
    if t[e] == 0x2D, isDigit(t[e + 1]) { return true }
    var q = p, letters = 0, lowercase = false
    while q < e {
        t.work.step()
        // a brand's camel case, two capitals after a small letter: "AskGS", "MyHR" (not "McDONALD",
        // "MacLEOD" in a heading's capitals)
        if q > p + 1, isLowerASCII(t[q - 1]), isUpperASCII(t[q]), q + 1 < e, isUpperASCII(t[q + 1]),
           !(t[p] == 0x4D && (q - p == 2 ? t[p + 1] == 0x63 : q - p == 3 && t[p + 1] == 0x61 && t[p + 2] == 0x63)) {
            return true
        }
        if t.isLetter(at: q) && !t.isUppercaseLetter(at: q) {
            lowercase = true
            q += t.scalar(at: q).length
            continue
        }
        if t[q] == 0x2D, isUpperASCII(t[q + 1]), e - p <= 6, !lowercase { return true } // "DJ-VM"
        letters += 1
        q += t.scalar(at: q).length
    }
    return letters <= 3 && !lowercase
}

/// After a person's name ending at `end`: " e ", " and ", " & ", " y ", " und ", " et ", " en "
/// and two or three capitalised words (particles between), ending there; their range, or nil.
private func secondPersonAfter(_ t: Text, _ end: Int) -> Range<Int>? {
    guard t[end] == 0x20 else { return nil }
    let cs = end + 1
    let ce = t[cs] == 0x26 ? cs + 1 : t.letterWordEnd(cs)
    guard ce > cs, t[cs] == 0x26 || secondPersonConnectors.contains(t, cs, ce), t[ce] == 0x20 else { return nil }
    var p = ce + 1, words = 0, last = -1
    for _ in 0..<5 {
        t.work.step()
        let w = t.letterWordEnd(p)
        guard w > p else { break }
        if t.isUppercaseLetter(at: p), w - p > 1, !nonNameWords.contains(t, p, w), !teamWords.contains(t, p, w),
           !companySuffixes.contains(t, p, w) {
            words += 1
            last = w
        } else if !(words > 0 && particles.contains(t, p, w)) {
            break
        }
        guard t[w] == 0x20, t.isLetter(at: w + 1) else { break }
        p = w + 1
    }
    guard words >= 2, last > ce else { return nil }
    return (ce + 1)..<last
}

private let secondPersonConnectors = WordSet(["e", "and", "y", "und", "et", "en"])

/// Greetings that open a letter or an e-mail, before the addressee's name.
private let greetings = KeywordTable([
    "dear", "hi", "hello", "hey", "hallo", "hoi", "beste", "ciao", "olá", "ola", "oi", "hola", "bonjour", "salut",
    "buongiorno", "buonasera", "caro", "cara", "gentile", "gentilissima", "gentilissimo", "estimado", "estimada",
    "querido", "querida", "prezado", "prezada", "lieber", "liebe", "sehr geehrte", "sehr geehrter", "geachte",
    "bom dia", "boa tarde", "buenos días", "buenas tardes", "goedemorgen", "goedemiddag", "guten tag",
    "good morning", "good afternoon", "moin", "servus",
])

/// Whether the word before `i` names a street ("Rua Dr. Renato Paes de Barros", "Via Dott. …"):
/// then an honorific starts a street's name, not a person's.
private func followsStreetWord(_ t: Text, _ i: Int) -> Bool {
    var s = t.skipBlanksBack(i)
    if t[s - 1] == 0x2E { s -= 1 }
    var b = s
    while b > 0, t.isLetter(at: b - 1) { b -= 1 }
    t.work.add(s - b)
    // "A/C Sra. Renata …" (aos cuidados de) is no "C/ Mayor"
    if s - b == 1, b > 0, t[b - 1] == 0x2F { return false }
    return b < s && streetWordsBeforeNames.contains(t, b, s)
}

let streetWordsBeforeNames = WordSet([
    "rua", "av", "avenida", "calle", "c", "via", "viale", "piazza", "piazzale", "rue", "avenue", "boulevard", "bd",
    "praça", "travessa", "trav", "tv", "alameda", "largo", "plaza", "paseo", "straße", "strasse", "platz", "street", "road", "st", "rd",
])

/// The end of a name word at `p`, through an apostrophe that joins two capitalised parts
/// ("O'Neill", "D’Angelo"); else `letterWordEnd`.
private func nameWordEnd(_ t: Text, _ p: Int) -> Int {
    let e = t.letterWordEnd(p)
    guard e > p, t.isUppercaseLetter(at: p) else { return e }
    if t[e] == 0x27, t.isUppercaseLetter(at: e + 1) { return t.letterWordEnd(e + 1) }
    // U+2019 RIGHT SINGLE QUOTATION MARK: E2 80 99
    if t[e] == 0xE2, t[e + 1] == 0x80, t[e + 2] == 0x99, t.isUppercaseLetter(at: e + 3) { return t.letterWordEnd(e + 3) }
    return e
}

/// Whether an honorific's word ends right before the blank before `k` ("Mr D.", "Dr. M."): the letter at
/// `k` is then an initial.
private func isHonorificBefore(_ t: Text, _ k: Int) -> Bool {
    var b = t.skipBlanksBack(k)
    guard b < k, b > 0 else { return false }
    if t[b - 1] == 0x2E { b -= 1 }
    let a = t.letterRunStart(before: b)
    return a < b && b - a >= 2 && personHonorifics.contains(t, a, b)
}

/// Past honorifics and academic qualifiers, at most four: "Herr Dr.", "Prof. Dr. med.", "Dr. rer. nat.",
/// "Late Shri".
func skipTitles(_ t: Text, from start: Int) -> Int {
    var k = start
    for _ in 0..<4 {
        // "Sgt. Maj. (Ret.) Elijah Fairweather": a retired rank
        if t[k] == 0x28, lowerASCII(t[k + 1]) == 0x72, t[k + 2] == 0x65, t[k + 3] == 0x74, t[k + 4] == 0x2E, t[k + 5] == 0x29 {
            k = t.skipBlanks(k + 6)
            continue
        }
        // "Dr. (Mrs.) Vaishali Kulkarni": an honorific in brackets
        if t[k] == 0x28, case let w = t.letterWordEnd(k + 1), w > k + 1, personHonorifics.contains(t, k + 1, w) {
            let close = t[w] == 0x2E ? w + 1 : w
            if t[close] == 0x29 {
                k = t.skipBlanks(close + 1)
                continue
            }
        }
        let w = t.letterWordEnd(k)
        guard w > k else { break }
        // (one letter after another title is an initial, not "M." or "D.": "Mr D. Ashcroft", "Dr M. Rutherford")
        let title = (personHonorifics.contains(t, k, w) || titlesBeforeNamesOnly.contains(t, k, w)) && (t[w] == 0x2E || t.isUppercaseLetter(at: k))
            && !(w - k == 1 && isHonorificBefore(t, k))
        let qualifier = !t.isUppercaseLetter(at: k) && t[w] == 0x2E && academicQualifiers.contains(t, k, w)
        guard title || qualifier else { break }
        k = t.skipBlanks(titleEnd(t, w))
    }
    return k
}

/// The end of an honorific word ending at `w`: its full stop, and a feminine ending after it
/// ("dott.ssa", "D.ª", "Sr.ª", "Dott.ssa").
private func titleEnd(_ t: Text, _ w: Int) -> Int {
    guard t[w] == 0x2E else { return w }
    if t[w + 1] == 0x73, t[w + 2] == 0x73, t[w + 3] == 0x61, !t.isLetter(at: w + 4) { return w + 4 } // ".ssa"
    if t[w + 1] == 0x72, t[w + 2] == 0x61, !t.isLetter(at: w + 3) { return w + 3 } // "sig.ra"
    if t[w + 1] == 0x6E, t[w + 2] == 0x61, !t.isLetter(at: w + 3) { return w + 3 } // "sig.na"
    if t[w + 1] == 0xC2, t[w + 2] == 0xAA || t[w + 2] == 0xBA { return w + 3 } // ".ª", ".º"
    // a German degree's field: "Dipl.-Ing.", "Dipl.-Kfm.", "Dr.-Ing."
    if t[w + 1] == 0x2D, t.isUppercaseLetter(at: w + 2), case let f = t.letterWordEnd(w + 2), f - w - 2 <= 6, t[f] == 0x2E {
        return f + 1
    }
    return w + 1
}

/// Whether a capitalised common word at `p..<e` after an honorific is a surname or a given name
/// there ("Dear Ms Page,", "Ms Harper Page\n", "Ms. Page Whitaker, Teacher"): it ends the name
/// (a comma, colon, bracket or line end follows) or a name word that is no common word follows it;
/// not a firm's or a product's word ("Mr. Clean", "Dr. Data Science").
private func isWordSurnameAfterHonorific(_ t: Text, _ p: Int, _ e: Int) -> Bool {
    guard !notPersons.contains(t, p, e), !companySuffixes.contains(t, p, e), !roleWords.contains(t, p, e),
          !teamWords.contains(t, p, e), !institutionNouns.contains(t, p, e), !addresseeRoles.contains(t, p, e),
          !sentenceStartWords.contains(t, p, e) else { return false }
    let c = t[e]
    if e >= t.count || c == 0x2C || c == 0x3A || c == 0x3B || c == 0x29 || isLineBreak(c) { return true }
    guard c == 0x20 else { return false }
    let n = e + 1, ne = nameWordEnd(t, n)
    return ne > n + 1 && t.isUppercaseLetter(at: n) && !isAllCaps(t, n, ne) && !nonNameWords.contains(t, n, ne)
        && !sectionWords.contains(t, n, ne) && !companySuffixes.contains(t, n, ne) && !institutionNouns.contains(t, n, ne)
        && !roleWords.contains(t, n, ne)
}

/// The honorifics of a private person (not "Sr." for senior, "Gen.", "Prof.", "Rev.", "Dr.", "Sister",
/// which stand before products, fields and titles as often): after them a common word may be the name.
private let personalHonorifics = WordSet([
    "mr", "mrs", "ms", "miss", "mx", "mme", "mlle", "madame", "monsieur", "herr", "frau", "dhr", "mevr", "mevrouw", "meneer",
])
/// Roles a letter is addressed to, after an honorific: "Dear Mr. Recruiter,", "Madame Recruteuse,".
private let addresseeRoles = WordSet([
    "recruiter", "recruteur", "recruteuse", "reclutador", "reclutadora", "recrutador", "recrutadora", "selezionatore",
    "selezionatrice", "direttore", "direttrice", "directeur", "directrice", "director", "directora", "diretor", "diretora",
    "student", "candidate", "applicant", "analista", "encargado", "encargada", "responsable", "gerente", "manager",
    "personalchef", "personalleiter", "personalleiterin", "sollicitant", "kandidaat", "bewerber", "bewerberin",
])

/// Whether "Sri" at `i..<we` is a person's honorific: before an initial ("Sri R. Subramaniam"; not
/// "Sri Lanka", nor a deity's name in a firm's or a college's, "Sri Krishna Arts and Science College").
private func sriBeforeAPerson(_ t: Text, _ i: Int, _ we: Int) -> Bool {
    guard we == i + 3, t[i] == 0x53, t[i + 1] == 0x72, t[i + 2] == 0x69, t[we] == 0x20 else { return false }
    return isUpperASCII(t[we + 1]) && t[we + 2] == 0x2E
}

/// Words skipped before a name after a label, never honorifics on their own: "Late Shri Ramesh Gupta".
private let titlesBeforeNamesOnly = WordSet(["late", "sri", "kumari", "km", "selvi", "thiru", "tmt", "assoc", "asst", "dipl"])
/// Lower-case abbreviations after a doctor's title: "Dr. med.", "Dr. rer. nat.", "Dr. h.c.".
private let academicQualifiers = WordSet(["med", "rer", "nat", "phil", "jur", "dent", "vet", "habil", "oec", "pol", "soc", "h.c", "c", "h"])
/// Company suffixes: a "name" that ends in one is a firm.
let companySuffixes = WordSet([
    "gmbh", "ag", "kg", "se", "ltd", "inc", "llc", "plc", "corp", "co", "bv", "nv", "sa", "spa", "srl", "sarl", "sas", "oy", "ab",
    "llp",
])
/// Capitalised words after an honorific that are not people ("Mr. Robot", "Dr. Pepper").
private let notPersons = WordSet([
    "robot", "pepper", "bean", "scholl", "martens", "oetker", "clean",
    // "MS Excel", "MS Teams": Microsoft's products
    "excel", "word", "office", "project", "teams", "access", "visio", "powerpoint", "outlook", "dynamics", "azure",
    "sql", "dos", "windows", "sharepoint", "navision", "exchange", "paint",
    // Indian schools after "Sr." (senior) or "Shri": "Khalsa Sr. Sec. School", "PM SHRI Kendriya Vidyalaya"
    "sec", "kendriya", "vidyalaya", "vidya", "mandir",
    // academic ranks after "Professor" ("Professor Adjunto", "Profesor Titular"), when no name follows
] + academicRankWords)
/// Academic ranks after "Professor": "Professor Adjunto", "Professora Associada", "Profesor Titular".
private let academicRankWords = [
    "adjunto", "adjunta", "associado", "associada", "titular", "visitante", "substituto", "substituta", "emérito",
    "emérita", "catedrático", "catedrática", "contratado", "contratada", "ayudante", "doutor",
]
private let academicRanks = WordSet(academicRankWords)

/// Where the name starts after a phrase that introduces a person ("report to",
/// "Envie seu currículo para"): past an article or possessive, past a role
/// ("the Head of Data Platform," up to its comma; "Engineering Manager", up to its
/// last role word), and past an honorific; -1 when a lower-case word comes first.
private func nameStart(afterIntroducer t: Text, from start: Int, roleRequired: Bool = false) -> Int {
    var p = start
    // "the", "our", "a", "al", "la" …
    var w = t.letterWordEnd(p)
    if w > p, introducerArticles.contains(t, p, w), t[w] == 0x20 { p = t.skipBlanks(w) }
    p = skipTitles(t, from: p) // "berichten an Herrn Dr. …"
    // The capitalised words up to a delimiter, at most eight: a role among them ends where the name begins.
    var q = p, afterRole = -1, words = 0
    while words < 8 {
        t.work.step()
        w = t.letterWordEnd(q)
        guard w > q else { break }
        let capitalised = t.isUppercaseLetter(at: q)
        if roleWords.contains(t, q, w) { afterRole = w } else if !capitalised && !roleLinkWords.contains(t, q, w) { break }
        words += 1
        if t[w] == 0x2C { // a comma: after a role, the name follows it
            if afterRole >= 0 { afterRole = w + 1 }
            break
        }
        guard t[w] == 0x20 else { break }
        q = w + 1
    }
    if afterRole >= 0 {
        p = t.skipBlanks(afterRole)
        // "VP Product Rohan Mehta": the role's department
        for _ in 0..<3 {
            w = t.letterWordEnd(p)
            guard w > p, t.isUppercaseLetter(at: p), nonNameWords.contains(t, p, w), t[w] == 0x20 else { break }
            p = w + 1
        }
        // "Riporterai al Responsabile Acquisti, dott. Federico Galli"
        w = t.letterWordEnd(p)
        if w > p, personHonorifics.contains(t, p, w), t[w] == 0x2E { p = t.skipBlanks(w + 1) }
    }
    // "worked with S. Adeyemi": an initial and a capitalised word after it are a person without a role
    // (not "work with U.S. teams": initials written together)
    guard afterRole >= 0 || !roleRequired || initialBeforeASurname(t, p) else { return -1 }
    guard t.isUppercaseLetter(at: p) else { return -1 }
    // "a 30-minute call Thursday at 2 PM": a day alone, no one
    let we = t.letterWordEnd(p)
    if weekdayNames.contains(t, p, we), t[we] != 0x20 || !t.isUppercaseLetter(at: we + 1) { return -1 }
    return p
}

/// The days of the week in the languages that capitalise them, English and German: after an
/// introducer ("call Thursday", "am Donnerstag anrufen") they say when, never whom. (French, Spanish,
/// Italian, Portuguese and Dutch write them in lower case, so a capitalised one there is as often a
/// given name: "llame a Domingo", "chiedere di Domenica".)
private let weekdayNames = WordSet([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
])

/// Whether `p` starts one initial and its full stop, then a capitalised word that is no ordinary
/// name-free word: "S. Adeyemi" (not "N. America", "Q. Engineering").
private func initialBeforeASurname(_ t: Text, _ p: Int) -> Bool {
    guard t.isUppercaseLetter(at: p), case let l = t.scalar(at: p).length, t[p + l] == 0x2E, t[p + l + 1] == 0x20,
          case let q = p + l + 2, t.isUppercaseLetter(at: q), case let w = t.letterWordEnd(q), w > q + 1 else { return false }
    return !nonNameWords.contains(t, q, w) && !placeWordsAfterACompassInitial.contains(t, q, w) && !firmsAfterAnInitial.contains(t, q, w)
}

let personHonorifics = WordSet([
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "mme", "mlle", "sr", "sra", "srta", "sig", "sig.ra",
    "dott", "dott.ssa", "dhr", "mevr", "shri", "smt", "col", "capt", "lt", "maj", "gen", "sgt", "rev",
    "herrn", "profa", "dra", "ing", "mw", "drs", "ir", "m",
    "eng", "d", "dña", "don", "doña", "pr", "professor", "professeur", "professora", "professoressa", "sister",
    // Portuguese "enfermeira": "Enf.ª Regina Toledo"; a reverend: "Revd Olusegun" (not "Cllr",
    // "DCI", "Insp": "Cllr Casework", "DCI Compliance", "Insp Records" are as often things)
    "enf", "revd",
    "heer", "mevrouw", "avv", "arch", "geom", "rag", "madame", "monsieur", "mademoiselle", "signora", "signore",
    "signor", "señora", "señor", "senhora", "senhor", "meneer",
    // "recado com Dona Cida", "à minha avó, dona Conceição" (in lower case only before a given name)
    "dona",
])
/// Honorifics also written in lower case, then always with a full stop ("dott.", "ing."),
/// or without one after "de" ("de heer R. Bakker").
private let lowercaseHonorifics = WordSet([
    "dott", "dott.ssa", "dr", "dra", "ing", "prof", "profa", "drs", "ir", "sig", "avv", "arch", "dhr", "mevr", "mw",
])
private let lowercaseHonorificsWithoutStop = WordSet(["heer", "mevrouw", "dona"])
/// Whether a known given name follows the word ending at `we`: lower-case "dona" is an honorific
/// only so ("dona Conceição"; Italian "AVIS dona Sangue" gives, Catalan "La dona Treballadora" is a woman).
private func followedByAGivenName(_ t: Text, _ we: Int) -> Bool {
    guard t[we] == 0x20 else { return false }
    let s = we + 1
    return givenNames.contains(t, s, t.letterWordEnd(s))
}

/// Whether "MS" in capitals at `i..<we` starts a manuscript's shelfmark, a short word and a number
/// after it ("Houghton Library, MS Am 1118.3"; not "MS Okafor, Head of Science").
private func isAShelfmark(_ t: Text, _ i: Int, _ we: Int) -> Bool {
    guard we == i + 2, t[i] == 0x4D, t[i + 1] == 0x53, t[we] == 0x20 else { return false }
    let w = t.letterWordEnd(we + 1)
    return w - (we + 1) <= 3 && t[w] == 0x20 && isDigit(t[w + 1])
}

/// Whether a weekday's abbreviation, "bis" or a dash stands before `i` ("Mo. bis Fr. Frühschicht",
/// "Mo.–Fr. Vormittags": "Fr." is Friday there).
private func afterAWeekday(_ t: Text, _ i: Int) -> Bool {
    var p = t.skipBlanksBack(i)
    guard p > 0 else { return false }
    if t[p - 1] == 0x2D || (p >= 3 && t[p - 3] == 0xE2 && t[p - 2] == 0x80) { return true }
    if t[p - 1] == 0x2E { p -= 1 }
    let ws = t.letterRunStart(before: p)
    return ws < p && weekdayWords.contains(t, ws, p)
}
private let weekdayWords = WordSet(["mo", "di", "mi", "do", "sa", "so", "bis", "und", "lu", "ma", "me", "je", "ve", "mon", "tue", "wed", "thu"])

/// Titles written with a full stop before a person: an engineer's "Er.", "Sh." for Shri, a priest's "Fr.".
private let dottedTitles = WordSet(["er", "sh", "fr", "sardar"])

/// Titles of a person that stand before things as often ("Cllr Casework", "HHJ Judgments"): a person
/// only before a known given name. (Not "Father", "Canon", "Pastor": "Father Ted", "Canon Ivy",
/// "Pastor Abogados" are a series, a printer and a firm.)
let titlesBeforeGivenNames = WordSet(["cllr", "councillor", "imam", "hhj", "alderman", "rabbi"])

/// Contact labels that open instructions and roles as often as a person ("Enquiries: Please …").
private let enquiryLabels = WordSet(["enquiries", "inquiries", "informal"])
/// Phrases of `personIntroducers` that ask for someone ("pregunta por Nerea", "ask for Joyce"): a
/// known given name must follow them.
private let askForPhrases = [
    "pregunta por", "preguntar por", "preguntad por", "ask for", "asking for", "chiedi di", "chiedere di", "vraag naar",
    "fragen sie nach", "frag nach", "demandez", "demander", "pergunte por", "perguntar por",
    // whom to talk or write to: "(falar com Sônia)", "escribe a Laura (laura.b@…)"
    "falar com", "fala com", "hablar con", "habla con", "hable con", "escribe a", "escriba a", "scrivere a", "scrivi a",
    "parlare con", "parla con", "spreek met", "sprechen sie mit",
    // whom to ring or text: "bel Anouk van team Recruitment", "WhatsApp Ilse" (not "email", "mail",
    // "app": "Email George at Asda", "the app Albert Heijn")
    "bel", "bel gerust", "bel of app", "bel of whatsapp", "whatsapp",
    // "Questions? Text Alyssa in Talent", "spreekt dan met Bas" (a known given name after them)
    "text", "spreekt met", "spreekt dan met",
]
private let askForIntroducers = KeywordTable(askForPhrases)
/// Who mentored, trained or hired someone: a person as often as a firm ("Hired by Google", "Referred by
/// Indeed"); a person only by a known given name, an initial, or a role after a comma ("Mentored by Chase
/// Young, Audit Partner").
private let byPersonOrFirmPhrases = [
    "mentored by", "coached by", "trained by", "hired by", "interviewed by", "recommended by", "referred by",
    // a grant's or a paper's partner: "(co-PI with L. Okonkwo)", "co-supervised with Dr A. Shah"
    "co-pi with", "co-investigator with", "co-i with", "co-authored with", "co-author with", "co-supervised with",
    "co-led with",
]
private let byPersonOrFirmIntroducers = KeywordTable(byPersonOrFirmPhrases)
/// Labels of `refereeLabels` of what was signed as often as of who signed it ("Firmado: L. Ortega",
/// "Firmado: Convenio Erasmus"): a known given name or an initial after them.
private let signedLabelWords = ["firmado", "firmato", "assinado", "getekend", "unterschrieben"]
private let signedLabels = WordSet(signedLabelWords)
/// After a label ending at `k`: past blanks and a bracketed hint ("Legal name (Last, First
/// Middle):"), where its colon or dash should stand.
private func labelColon(_ t: Text, after k: Int) -> Int {
    let j = t.skipBlanks(k)
    guard t[j] == 0x28 else { return j }
    var c = j + 1
    while c < t.count, c - j < 40, t[c] != 0x29, !isLineBreak(t[c]) { c += 1 }
    t.work.add(c - j)
    return t[c] == 0x29 ? t.skipBlanks(c + 1) : j
}

/// Whether `i` starts its line, after blanks and a mail quote's "> " ("> Buonasera Federica,").
func startsALine(_ t: Text, _ i: Int) -> Bool {
    var p = t.skipBlanksBack(i)
    while p > 0 && t[p - 1] == 0x3E { p = t.skipBlanksBack(p - 1) }
    return p == 0 || isLineBreak(t[p - 1])
}

/// Words after a greeting that greet again or address a group: "Good Morning", "Guten Tag",
/// "Buenas Tardes", "Boa Tarde", "Chère Madame", "Zusammen", "Ragazzi", "Future Colleagues".
private let greetingFollowers = WordSet([
    "good", "guten", "buenas", "buenos", "boa", "bom", "buon", "buona", "bonne", "bon", "goede", "goedemorgen",
    "cher", "chère", "chers", "chères", "dear", "liebe", "lieber", "estimado", "estimada", "caro", "cara", "beste",
    "zusammen", "allemaal", "ragazzi", "tutti", "equip", "equipo", "equipe", "équipe", "team", "future", "all",
    "everyone", "everybody", "folks", "there", "again", "recruiter", "recruiters", "hiring", "linkedin", "community",
])

/// The labels of a mail's header lines that name a sender or a recipient.
let mailHeaderLabels = KeywordTable([
    "from", "to", "cc", "bcc", "sender", "van", "aan", "da", "a", "de", "para", "von", "an", "à", "expéditeur",
    "destinataire", "envoyé par", "mittente", "destinatario", "remetente", "absender", "empfänger", "per",
])

/// Phrases that can only be followed by a name ("my name is", "call me") or that give a person's
/// familiar name ("me chama de Malu", "people call me Ally").
private let namingPhrases = [
    "call me", "please call me", "my name is", "my name's", "i go by", "je m'appelle", "je m’appelle", "mi chiamo",
    "me llamo", "mein name ist", "ich heiße", "mijn naam is", "ik heet", "meu nome é", "me chamo", "chamo-me",
    "people call me", "everyone calls me", "me chama de", "me chamam de", "a chamava de", "o chamava de",
    "a chamavam de", "o chamavam de", "mi chiamano", "me llaman", "on m'appelle", "on m’appelle", "nennen mich",
    "noemen me",
]
/// Phrases a writer introduces themselves or another with that also come before other words
/// ("I'm Python-certified", "known as Kanban"): a name follows only if it is a known given name.
private let introducingPhrases = [
    "i'm", "i’m", "i am", "je suis", "sono", "soy", "ich bin", "ik ben", "eu sou", "sou a", "sou o", "known as",
    "goes by", "conhecida como", "conhecido como", "conocida como", "conocido como", "surnommée", "surnommé", "genannt",
    "roepnaam", "rufname",
]
private let selfIntroductions = KeywordTable(namingPhrases + introducingPhrases)
/// The introducing phrases that give another name for someone ("known as", "genannt").
private let nicknamePhrases = KeywordTable([
    "known as", "goes by", "conhecida como", "conhecido como", "conocida como", "conocido como", "surnommée",
    "surnommé", "genannt", "roepnaam", "rufname",
])

/// Whether the phrase at `i` gives a person's nickname, one capitalised word at `p` ending its
/// clause: after a name and a comma ("Jonathan Price, known as Jono,") or after "I was" ("I was
/// known as Bakes"); "Our platform, known as Atlas" follows no name.
private func introducesAPersonsNickname(_ t: Text, _ i: Int, _ p: Int) -> Bool {
    guard nicknamePhrases.longestMatch(in: t, at: i) != nil else { return false }
    let we = t.letterWordEnd(p)
    guard we > p, !t.isUppercaseLetter(at: p + t.scalar(at: p).length), !t.isLetter(at: we) else { return false }
    let after = t[we]
    guard after == 0x2C || after == 0x2E || after == 0x29 || after == 0x3B || isLineBreak(after) || we >= t.count
            || (after == 0x20 && !t.isLetter(at: we + 1)) else { return false }
    var q = t.skipBlanksBack(i)
    // "Jonathan Price, known as Jono", "D.J. Visser (roepnaam Daan)"
    if q > 0, t[q - 1] == 0x2C || t[q - 1] == 0x28 {
        q = t.skipBlanksBack(q - 1)
        let ws = t.letterRunStart(before: q, hyphens: true, apostrophes: true)
        return ws < q && t.isUppercaseLetter(at: ws) && !nonNameWords.contains(t, ws, q)
    }
    // "I was known as", "I am known as"
    let ws = t.letterRunStart(before: q)
    guard ws < q, q - ws <= 3 else { return false }
    let word = t.string(ws, q).lowercased()
    guard word == "was" || word == "am" else { return false }
    let q2 = t.skipBlanksBack(ws)
    return q2 >= 1 && t[q2 - 1] == 0x49 && (q2 == 1 || !t.isLetter(at: t.scalarStart(before: q2 - 1)))
}
private let namingSelfIntroductions = KeywordTable(namingPhrases)
/// Phrases after which a person's name comes, in a job ad or a letter.
private let personIntroducers = KeywordTable([
    "contact", "report to", "reports to", "reporting to", "reported to", "report directly to", "reports directly to",
    "reporting directly to", "reported directly to", "paired with", "call", "speak to", "speak with", "reach out to",
    "send your cv to", "send your resume to", "send your application to",
    "envie seu currículo para", "envie o seu currículo para", "fale com", "reportando-se a", "subordinado a",
    "reportarás a", "reportará a", "reportando a", "reporta a", "contacta con", "contactar con", "envía tu cv a",
    // "chaired by Howard Lindqvist", "bearbeitet von T. Hollweg": a person who did something
    "chaired by", "led by", "managed by", "supervised by", "headed by", "signed by", "approved by", "reviewed by",
    "prepared by", "bearbeitet von", "unterzeichnet von", "geleitet von", "firmado por", "assinado por", "signé par",
    "rattaché à", "rattachée à", "rattaché(e) à", "sous la responsabilité de", "contactez",
    "riporterai a", "riporterai al", "riporterà a", "riportando a", "riporta a", "contattare",
    "rapporteert aan", "rapporteren aan", "neem contact op met", "stuur je cv naar",
    "berichten an", "berichten direkt an", "berichtest an", "berichtest direkt an", "berichtet an", "berichtet direkt an",
    "wenden sie sich an", "melde dich bei",
    // "D/o Ramesh Sharma": son, daughter, wife of; "C/o Sri. P. Srinivas": care of
    "s/o", "d/o", "w/o", "c/o",

    // the signer of a declaration: "La sottoscritta Giulia Bianchi", "Je soussignée Camille Durand"
    "sottoscritto", "sottoscritta", "soussigné", "soussignée", "soussigné(e)", "the undersigned", "undersigned",
    "abaixo assinado", "abaixo assinada", "ondergetekende", "der unterzeichnende", "die unterzeichnende",
    "el abajo firmante", "la abajo firmante", "quien suscribe",
] + askForPhrases + byPersonOrFirmPhrases)
/// Phrases after which a person's name comes only behind a role: "work closely with the Head of
/// Lending, Chris Papadopoulos", not "work with Kubernetes Operators".
private let roleIntroducers = KeywordTable([
    "work closely with", "working closely with", "work with", "working with", "alongside", "partnered with",
    "worked with", "worked closely with", "worked alongside", "working alongside", "collaborated with",
    "collaborating with", "together with", "teamed with",
    "trabajarás con", "travaillerez avec", "lavorerai con", "werkt samen met", "arbeitest eng mit",
])
/// Firms named by an initial and a surname: "J. Crew", "T. Rowe Price", "S. Pellegrino", "J. Walter Thompson".
private let firmsAfterAnInitial = WordSet([
    "crew", "rowe", "pellegrino", "hovnanian", "sainsbury", "walter", "leclerc", "samuel", "lindeberg", "heinz",
])

/// Whether " & " follows `e`: "Toni & Guy", "Ben & Jerry's".
private func followedByAnAmpersand(_ t: Text, _ e: Int) -> Bool { t[e] == 0x20 && t[e + 1] == 0x26 }

/// Places written after a compass point's initial: "N. America", "S. Korea" (no person's initial).
private let placeWordsAfterACompassInitial = WordSet([
    "america", "africa", "korea", "ireland", "europe", "asia", "wales", "yorkshire", "carolina", "dakota", "india",
    "island", "london", "sudan", "australia", "china", "germany", "italy", "scotland",
])
/// What may stand between an introducer and a role or name: "the Head", "our VP", "a Ana Paula".
private let introducerArticles = WordSet([
    "the", "our", "your", "a", "an", "al", "alla", "allo", "la", "le", "il", "lo", "el", "de", "del", "della", "au", "o",
])
/// Words that name a role ("Head of Data Platform", "Engineering Manager", "CTO").
let roleWords = WordSet([
    "head", "manager", "director", "directora", "directeur", "directrice", "cto", "ceo", "cfo", "coo", "cio", "ciso",
    "vp", "svp", "evp", "lead", "chief", "officer", "president", "founder", "partner", "principal", "supervisor",
    "responsable", "responsabile", "gestor", "gestora", "gerente", "leiter", "leiterin", "teamleiter", "teamleiterin",
    "coordinator", "coordinatore", "coordinatrice", "coordinador", "coordinadora", "servicemanager", "hr",
    "headteacher", "headmaster", "headmistress", "teacher", "professor", "lecturer", "dean",
])
/// Lower-case words inside a role: "Head of Data", "responsable de la plateforme".
private let roleLinkWords = WordSet(["of", "de", "la", "del", "della", "des", "du", "and", "&", "for", "van", "der", "für"])
/// Labels of a list of referees, whose value is as often "Available on request": a person
/// only when a known given name, or two or three capitalised words that are no ordinary words,
/// then a comma, semicolon, bracket or dash, follow ("References: Alasdair Grant, Director").
private let refereeListLabelWords = [
    "referees", "references", "referências", "referencias", "referenzen", "referenties", "referenze", "références",
]
private let refereeListLabels = WordSet(refereeListLabelWords)

/// Role labels of `refereeLabels` whose value is a firm or a subject as often as a person:
/// people a CV names by their role over the candidate ("Foreman: Paddy McGinley", "Internal
/// examiner: Dr …"), by a known given name or an initial.
private let roleLabelWords = [
    "foreman", "forewoman", "site agent", "mentor", "tutor", "examiner", "internal examiner", "external examiner",
    "director of studies", "pupil supervisor", "pupil master", "registered manager",
    // a board's and a practice's officers: "Company secretary: J. R. Okonkwo", "Trainee: Aoife Byrne"
    // (not "Chair:": a session's or an event's, "Chair: Grace Hopper Celebration")
    "company secretary", "secretary", "treasurer", "trustee", "associate", "trainee",
    // barristers' clerks and a meeting's minutes: "Senior Clerk: Rob Street", "Proposed: Owain Page; seconded: …"
    "clerk", "senior clerk", "practice manager", "proposed", "seconded", "proposed by", "seconded by", "proposer",
    "seconder", "also present", "in attendance",
]
private let roleLabels = WordSet(roleLabelWords)
/// A society's, a salon's or a studio's word after an officer's label: the value is no person.
private let studioAndSocietyWords = WordSet(["society", "salon", "colour", "color", "studio", "club", "association", "trust", "guild"])

/// Whether a known given name or an initial ("L. Ortega") starts at `k`: what a label that names
/// things as often as people needs after it.
private func startsWithAGivenNameOrAnInitial(_ t: Text, _ k: Int) -> Bool {
    givenNames.contains(t, k, t.letterWordEnd(k)) || (t.isUppercaseLetter(at: k) && t[k + t.scalar(at: k).length] == 0x2E)
}

/// Relatives' labels of bio-data (`refereeLabels`): "Brother : Aniket (elder, married)", "D/o :
/// Thiru Murugan". Their words are words of other languages too (Spanish "son:", "they are:") and
/// their values are as often what the relative does ("Wife: Homemaker", "Son: Studying in Class
/// VIII"): a person only as a capitalised label first on its line, before a known given name or an
/// initial.
private let relativeLabelWords = [
    "brother", "sister", "brother's name", "sister's name", "husband", "wife", "son", "daughter", "d/o", "s/o", "w/o",
]
private let relativeLabels = KeywordTable(relativeLabelWords)

/// Whether the value of a referee list's label, at `k`, starts with a person (`refereeListLabels`).
private func refereeListNamesAPerson(_ t: Text, _ k: Int) -> Bool {
    if givenNames.contains(t, k, t.letterWordEnd(k)), !ambiguousGiven.contains(t, k, t.letterWordEnd(k)) { return true }
    var p = k, words = 0
    // "References: K. Nowak, Transport Manager": an initial counts as a name's word
    if isUpperASCII(t[p]), t[p + 1] == 0x2E, t[p + 2] == 0x20, t.isUppercaseLetter(at: p + 3) { words = 1; p += 3 }
    while words < 3, t.isUppercaseLetter(at: p) {
        let e = t.letterWordEnd(p)
        t.work.add(e - p)
        guard e > p + t.scalar(at: p).length, !nonNameWords.contains(t, p, e) else { return false }
        words += 1
        p = e
        guard t[p] == 0x20, t.isUppercaseLetter(at: p + 1) else { break }
        p += 1
    }
    guard words >= 2 else { return false }
    // ("References: Auf Anfrage", "Referencias: Disponibles Bajo Petición" end their lines)
    let c = t[p]
    if c == 0x2C || c == 0x3B { return true }
    guard c == 0x20 else { return false }
    let d = t[p + 1]
    return d == 0x28 || d == 0x2D || (d == 0xE2 && t[p + 2] == 0x80 && (t[p + 3] == 0x93 || t[p + 3] == 0x94))
}

private let refereeLabels = KeywordTable([
    "referee", "reference", "referência", "referencia", "referenz", "referentie", "ansprechpartner", "ansprechpartnerin",
    "contact person", "personne de contact", "persona de contacto", "contactpersoon", "supervisor",
    // a job ad's contact
    "contact", "kontakt", "contacto", "contato", "recruiter", "hiring manager", "your contact", "votre contact",
    "ihre ansprechpartnerin", "ihr ansprechpartner", "referente", "talent partner", "recruitment contact",
    "gestor da vaga", "gestora da vaga", "intervenant", "intervenante", "speaker", "n+1", "manager", "line manager",
    // family members in bio-data and personal-details blocks
    "father's name", "father’s name", "mother's name", "mother’s name", "husband's name", "wife's name",
    "spouse's name", "spouse", "guardian's name", "guardian", "name of father", "name of mother", "father name",
    "mother name", "father", "mother", "filiação", "nome do pai", "nome da mãe", "pai", "mãe", "cônjuge",
    "nome del padre", "nome della madre", "padre", "madre", "nombre del padre", "nombre de la madre",
    "vater", "mutter", "ehepartner", "ehepartnerin", "père", "mère", "conjoint", "vader", "moeder", "partner",
    "next of kin", "emergency contact",
    // a job ad's or a letter's contact: "Enquiries: Matt Ferguson, Talent Acquisition Partner" (a
    // known given name must follow these: `enquiryLabels`)
    "enquiries", "inquiries", "enquiries to", "informal enquiries", "questions to",
    // the signer of a form or a declaration
    "signature", "signed", "countersigned", "witnessed", "witnessed by", "assinatura", "unterschrift", "fdo", "fdo.",
    "handtekening", "signé",
    // the name fields of a form: "Preferred name: Annie", "Geburtsname: Krause", "Primer apellido: Rivas"
    "preferred name", "middle name", "middle names", "previous surname", "previous surnames", "previous surname(s)",
    "maiden name", "birth name", "given name", "given names", "first name", "last name", "surname", "family name",
    "forename", "forenames", "geburtsname", "vorname", "vornamen", "nachname", "familienname", "nom de naissance",
    "nom d'usage", "nom de jeune fille", "prénom", "prénoms", "primer apellido", "segundo apellido", "apellido",
    "apellidos", "nombre de pila", "cognome", "cognome da nubile", "sobrenome", "nome de solteira", "voornaam",
    "voornamen", "achternaam", "roepnaam", "meisjesnaam", "geboortenaam", "legal name", "full legal name",
    // a form's initials field: "Voorletters: J.H." (Dutch forms ask initials and surname apart)
    "voorletters", "initials",
    "other names used", "other names", "aliases", "also known as", "known as",
] + signedLabelWords + relativeLabelWords + roleLabelWords + refereeListLabelWords)
/// Labels of `refereeLabels` whose value is initials alone: "Voorletters: J.H.".
private let initialsLabels = WordSet(["voorletters", "initials"])
/// Words that make a labelled "name" an organisational unit ("Contact: Talent Acquisition").
let teamWords = WordSet([
    "team", "talent", "acquisition", "department", "dept", "people", "hr", "recruiting", "recruitment", "office",
    "desk", "services", "service", "support", "group", "personal", "personalabteilung", "rh", "rrhh", "abteilung",
    "afdeling", "ufficio", "equipo", "équipe", "recursos", "humanos", "human", "resources", "risorse", "umane",
    "ressources", "humaines", "personeelszaken", "selezione", "selección", "seleção", "recrutement",
    "board", "committee", "council", "leadership", "directors", "management", "executive", "partners",
    "centre", "center", "centro", "centrum", "reception", "switchboard", "helpdesk",
    // a greeting to a group: "Hi All,", "Olá, Pessoal,"
    "all", "everyone", "everybody", "folks", "guys", "there", "pessoal", "todos", "todas", "tous", "tutti", "alle",
    "allemaal", "iedereen",
])

/// The candidate's name from separate given-name and surname fields, and its mentions:
/// each field, both names in either order, the first initial with the surname.
private func detectSplitName(_ t: Text, _ split: (given: Range<Int>, surname: Range<Int>),
                             into out: inout [Candidate]) throws(RedactionStopped) {
    out.append(Candidate(kind: .name, start: split.given.lowerBound, end: split.given.upperBound))
    out.append(Candidate(kind: .name, start: split.surname.lowerBound, end: split.surname.upperBound))
    let given = t.string(split.given.lowerBound, split.given.upperBound)
    let surname = t.string(split.surname.lowerBound, split.surname.upperBound)
    let firstGiven = given.split(separator: " ").first.map(String.init) ?? given
    var forms: Set<String> = [given, surname, firstGiven, given + " " + surname, firstGiven + " " + surname, surname + " " + given]
    if let initial = firstGiven.first { forms.insert("\(initial). \(surname)") }
    let nameWords = Set((given + " " + surname).lowercased().split(separator: " ").map(String.init))
    try findMentions(t, forms: forms, nameWords: nameWords, into: &out)
}

/// The start of the particles written with a capital right before a surname ("De Vries",
/// "Van der Berg", "Del Río"), else `s`.
private func capitalisedParticlesStart(_ t: Text, before s: Int) -> Int {
    var start = s, b = s
    for _ in 0..<2 {
        t.work.step()
        guard b >= 2, t[b - 1] == 0x20 else { break }
        var w = b - 1
        w = t.letterRunStart(before: w)
        guard w < b - 1, w == 0 || !t.isWordChar(before: w), particles.contains(t, w, b - 1) else { break }
        b = w
        if t.isUppercaseLetter(at: w) { start = w }
    }
    return start
}

/// Whether a company suffix ("S.L.", "B.V.", "GmbH", "Ltd") ends a word of `t[s..<e]`.
private func lineHasCompanySuffix(_ t: Text, _ s: Int, _ e: Int) throws(RedactionStopped) -> Bool {
    var k = s
    while k < e {
        try t.work.tick()
        if isUpperASCII(t[k]), k == s || t[k - 1] == 0x20, companySuffixAt(t, k) { return true }
        k += 1
    }
    return false
}

/// Whether a year (19xx or 20xx, as a whole number) stands in `t[s..<e]`.
private func containsYear(_ t: Text, _ s: Int, _ e: Int) throws(RedactionStopped) -> Bool {
    var k = s
    while k < e {
        try t.work.tick()
        if isDigit(t[k]) {
            let de = t.digitsEnd(k)
            if de - k == 4, (t[k] == 0x31 && t[k + 1] == 0x39) || (t[k] == 0x32 && t[k + 1] == 0x30) { return true }
            k = de
        } else {
            k += 1
        }
    }
    return false
}

/// Whether a capitalised word of two letters or more that is not one of `nameWords`
/// follows `end` after one blank.
private func beginsAnotherProperNoun(_ t: Text, after end: Int, nameWords: Set<String>) -> Bool {
    guard t[end] == 0x20, t.isUppercaseLetter(at: end + 1) else { return false }
    let we = t.letterWordEnd(end + 1)
    // a word of two letters or more: an initial ("Weiss H.") belongs to the name, and so do an author's
    // initials before a comma or a full stop ("Oyelaran SK.", "Fenwick R, Oyelaran SK,")
    guard we > end + 1 + t.scalar(at: end + 1).length else { return false }
    // (or before the year in brackets: "Nakamura Y, Ferrand TJ (2022)")
    if we - end <= 4, t[we] == 0x2C || t[we] == 0x2E || t[we] == 0x3B || (t[we] == 0x20 && t[we + 1] == 0x28 && isDigit(t[we + 2])),
       (end + 1..<we).allSatisfy({ isUpperASCII(t[$0]) }),
       !lettersThatAreNoInitials.contains(t, end + 1, we) { return false }
    t.work.add(we - end)
    return !nameWords.contains(t.string(end + 1, we).lowercased())
}

/// "OLIVER O'BRIEN-SMITH" → "Oliver O'Brien-Smith".
func titleCased(_ s: String) -> String {
    // ASCII (most names): the same, a byte at a time, without a String per character
    if s.utf8.allSatisfy({ $0 < 0x80 }) {
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        var startOfWord = true
        for c in s.utf8 {
            if isAlphaASCII(c) {
                out.append(startOfWord ? (isLowerASCII(c) ? c - 0x20 : c) : lowerASCII(c))
                startOfWord = false
            } else {
                out.append(c)
                startOfWord = c == 0x20 || c == 0x2D || c == 0x27
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
    var out = ""
    var startOfWord = true
    for ch in s {
        if ch.isLetter {
            out += startOfWord ? ch.uppercased() : ch.lowercased()
            startOfWord = false
        } else {
            out.append(ch)
            startOfWord = ch == " " || ch == "-" || ch == "'" || ch == "’"
        }
    }
    return out
}

/// The positions where a whole word can start (no letter or digit before them), by their first
/// two bytes, for the pairs in `pairs` (first byte × 256 + second byte): one pass over the text
/// for every pattern, and a pattern is compared only where its first two bytes stand.
private func wordStarts(_ t: Text, pairs: Set<Int>) throws(RedactionStopped) -> [Int: [Int]] {
    var starts = [Int: [Int]]()
    var wanted = [Bool](repeating: false, count: 256)
    // bit `key % 64` of entry `key / 64`: a pair of `pairs` (asked at every word start with a
    // wanted first byte, where hashing the key for the set cost more than the rest of the scan)
    var pairBits = [UInt64](repeating: 0, count: 65536 / 64)
    for p in pairs {
        wanted[p >> 8] = true
        pairBits[p >> 6] |= 1 << UInt64(p & 63)
    }
    @inline(__always) func isPair(_ key: Int) -> Bool { pairBits[key >> 6] & (1 << UInt64(key & 63)) != 0 }
    // patterns that all start with an ASCII letter: only the text's ASCII word starts (the Text's
    // table, the same "no letter or digit before it") are asked
    if pairs.allSatisfy({ isAlphaASCII(UInt8(truncatingIfNeeded: $0 >> 8)) }) {
        var i = try t.nextASCIIWordStart(from: 0)
        while i < t.count {
            let c = t.b[i]
            if wanted[Int(c)] {
                let key = Int(c) << 8 | Int(t[i + 1])
                if isPair(key) { starts[key, default: []].append(i) }
            }
            i = try t.nextASCIIWordStart(from: i + 1)
        }
        return starts
    }
    // a step per byte, as a tick per byte counted them
    var i = 0
    while i < t.count {
        i = try t.skip(from: i) { _, c in !wanted[Int(c)] }
        guard i < t.count else { break }
        try t.work.tick()
        if !t.isWordChar(before: i) {
            let key = Int(t.b[i]) << 8 | Int(t[i + 1])
            if isPair(key) { starts[key, default: []].append(i) }
        }
        i += 1
    }
    return starts
}

/// Calls `found` for each whole-word occurrence of `p` in the text, left to right; an
/// occurrence that starts inside the previous one found is skipped.
///
/// Only the word starts with `p`'s first two bytes (`starts`, from `wordStarts`) are compared
/// with `p`. The cost is linear: a comparison that runs k bytes into the text matched k bytes
/// of `p`, and the word starts it passes are word starts of `p`, so each byte of the text is
/// compared from at most as many word starts as `p` has words.
private func findOccurrences(_ t: Text, _ p: [UInt8], _ starts: [Int: [Int]], _ found: (Int, Int) -> Void) throws(RedactionStopped) {
    let m = p.count
    guard m > 1, m <= t.count else { return }
    var nextStart = 0 // occurrences starting before this overlap the last one found
    let joinedByUnderscore = p.contains(0x5F)
    for s in starts[Int(p[0]) << 8 | Int(p[1])] ?? [] {
        try t.work.tick()
        let e = s + m
        guard e <= t.count else { break }
        var k = 2
        while k < m && t.b[s + k] == p[k] { k += 1 }
        t.work.add(k)
        guard k == m, s >= nextStart else { continue }
        let pre = t[s - 1], post = t[e]
        let inLinkOrMail = pre == 0x40 || pre == 0x2F || pre == 0x2E || pre == 0x5F || pre == 0x2D
            || post == 0x40 || post == 0x5F || (post == 0x2E && isAlnumASCII(t[e + 1]))
            || (post == 0x2D && t.isLetter(at: e + 1))
        // a name written with "_" is a file's name ("CV_Marie_Dupont.pdf"), wherever it stands
        if !t.isWordChar(at: e) && (!inLinkOrMail || joinedByUnderscore) {
            found(s, e)
            nextStart = e
        }
    }
}
