// Where a known given name alone (no surname after it) can only be a person's, beyond the
// contexts `standsAloneAsAPerson` reads itself (a role after a comma, "from" and a team, a
// closing, a possessive and what only a person has): the object of a verb that takes only a person
// ("supervising Deepika during her contract", "ask for Luis or Brianna"), the subject of a verb
// opening a sentence that a person's pronoun follows ("Agnieszka joined Deloitte … She rebuilt"),
// and a role or relation in brackets after it ("Notes: Sophie (HR Adviser)", "Marcos (irmão)").
// Firms, places, tools and shows carry given names too (Douglas, Nancy, Luigi, Matilda), so each
// context is one they rarely stand in. Each reads a few words around the name, a step each.

/// Whether the given name alone at `s..<e` is the object of a verb that takes only a person, written
/// right before it, directly or with its preposition ("met Olu", "supervising Deepika", "spoke with
/// Tom", "thanks to Gavin", "ask for Luis", "preguntar por Inma", "spreekt met Bas"), and what follows
/// ends the mention (see `endsAPersonsMention`); or the `second` of two names joined by "and" or "or",
/// the first such an object ("ask for Luis or Brianna"). After a verb of working and "with" ("worked
/// with Priya."), which takes tools and firms as often ("worked with Luigi on batch jobs"), only
/// punctuation or "and"/"or" and another person may follow. Never a list of capitalised words
/// ("met Nancy, Metz and …"), a word in capitals ("PIM", "BART") nor a brand's or a tool's given name
/// but after a verb of working ("worked with Claude." is a colleague).
func isAPersonsVerbObject(_ t: Text, _ s: Int, _ e: Int, second: Bool = true) -> Bool {
    guard s >= 3, t[s - 1] == 0x20, isWrittenAsAName(t, s, e) else { return false }
    let a = t.letterRunStart(before: s - 1)
    guard a < s - 1, isLowerASCII(t[a]) || t.isLetter(at: a) && !t.isUppercaseLetter(at: a) else { return false }
    t.work.step()
    // (not a list: "visited Nancy, Metz and Strasbourg", "worked with Claude, ChatGPT and Gemini")
    if t[e] == 0x2C, t[t.skipBlanks(e + 1)] != 0x0A, t.isUppercaseLetter(at: t.skipBlanks(e + 1)) { return false }
    // the second of two: "ask for Luis or Brianna"
    if second, a >= 3, t[a - 1] == 0x20, andWords.contains(t, a, s - 1) || orWords.contains(t, a, s - 1) {
        let p = t.letterRunStart(before: a - 1)
        return p < a - 1 && t.isUppercaseLetter(at: p) && givenNames.contains(t, p, a - 1)
            && isAPersonsVerbObject(t, p, a - 1, second: false) && endsAPersonsMention(t, e)
    }
    if verbsTakingAPerson.contains(t, a, s - 1) {
        return !givenNamesOfBrandsAndTools.contains(t, s, e) && endsAPersonsMention(t, e)
    }
    // a preposition, and before it a verb that takes it with a person
    guard a >= 2, case let vb = t.skipBlanksBack(a), vb < a, case let va = t.letterRunStart(before: vb), va < vb else { return false }
    if withWords.contains(t, a, s - 1) {
        if workingVerbs.contains(t, va, vb) {
            // ("worked with Luigi on …": tools and firms too; a person before punctuation or another person)
            let c = t[e]
            if e >= t.count || c == 0x2C || c == 0x2E || c == 0x3B || c == 0x29 || isLineBreak(c) { return true }
            guard c == 0x20, case let w = t.letterWordEnd(e + 1), w > e + 1, andWords.contains(t, e + 1, w) || orWords.contains(t, e + 1, w) else { return false }
            let n = t.skipBlanks(w)
            let ne = t.letterWordEnd(n)
            return ne > n && (!t.isUppercaseLetter(at: n) || givenNames.contains(t, n, ne))
        }
        guard verbsOfTalkingWith.contains(t, va, vb) else { return false }
    } else if toWords.contains(t, a, s - 1) {
        guard verbsBeforeTo.contains(t, va, vb) else { return false }
    } else if forWords.contains(t, a, s - 1) {
        guard verbsOfAskingFor.contains(t, va, vb) else { return false }
    } else {
        return false
    }
    return !givenNamesOfBrandsAndTools.contains(t, s, e) && endsAPersonsMention(t, e)
}

/// Whether `t[s..<e]` is written as a name: a capital, then letters not all capitals ("Emma", not "PIM",
/// "BART", "RoBERTa").
private func isWrittenAsAName(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    guard t.isUppercaseLetter(at: s) else { return false }
    var q = s + t.scalar(at: s).length
    guard q < e else { return false }
    while q < e {
        t.work.step()
        if t.isUppercaseLetter(at: q) { return false }
        q += t.scalar(at: q).length
    }
    return true
}

/// Whether what follows a name ending at `e` ends a mention of a person: the line's or the
/// text's end, punctuation, a bracket, a dash, "and"/"or" and a word in lower case or another
/// given name, or a preposition or adverb in lower case ("at the careers fair", "during her
/// contract", "directly", "again").
func endsAPersonsMention(_ t: Text, _ e: Int) -> Bool {
    guard e < t.count else { return true }
    let c = t[e]
    if isLineBreak(c) || c == 0x2C || c == 0x2E || c == 0x3B || c == 0x29 || c == 0x3A || c == 0x21 || c == 0x3F { return true }
    guard c == 0x20 else { return false }
    let n = e + 1
    if t[n] == 0x28 || t[n] == 0x2D || (t[n] == 0xE2 && t[n + 1] == 0x80 && (t[n + 2] == 0x93 || t[n + 2] == 0x94)) { return true }
    let w = t.letterWordEnd(n)
    guard w > n, isLowerASCII(t[n]) else { return false }
    t.work.step()
    if wordsEndingAPersonsMention.contains(t, n, w) { return true }
    if andWords.contains(t, n, w) || orWords.contains(t, n, w) {
        let q = t.skipBlanks(w)
        let qe = t.letterWordEnd(q)
        return qe > q && (!t.isUppercaseLetter(at: q) || givenNames.contains(t, q, qe))
    }
    return false
}

/// Whether the given name alone at `s..<e` opens a sentence as the subject of a verb that a person
/// does ("Agnieszka joined Deloitte", "Deepika drafted much of …", "Mo chairs the committee",
/// "Luca ha lavorato …"), or, after a label's colon, of "to" and a verb ("Action: Sophie to send
/// the offer letter").
func opensASentenceAsASubject(_ t: Text, _ s: Int, _ e: Int) -> Bool {
    guard t[e] == 0x20, isLowerASCII(t[e + 1]) || t[e + 1] >= 0xC3, isWrittenAsAName(t, s, e) else { return false }
    guard !givenNamesOfBrandsAndTools.contains(t, s, e), !givenNamesThatAreWords.contains(t, s, e) else { return false }
    // the sentence's start: the line's, or after ". ", "! ", "? ", an opening quote, a label's ": "
    var afterColon = false
    if s > 0 {
        var p = s
        // an opening quote: " “ « „
        if t[p - 1] == 0x22 { p -= 1 } else if p >= 3, t[p - 3] == 0xE2, t[p - 2] == 0x80, t[p - 1] == 0x9C || t[p - 1] == 0x9E { p -= 3 }
        else if p >= 2, t[p - 2] == 0xC2, t[p - 1] == 0xAB { p -= 2 }
        if p > 0, !isLineBreak(t[p - 1]) {
            guard p >= 2, t[p - 1] == 0x20 else { return false }
            let c = t[p - 2]
            guard c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3A else { return false }
            // (not after an initial's or an abbreviation's full stop: "J. Tom", "Dr. Luca", "l'Ing. Luca")
            if c == 0x2E, p >= 3, t.isLetter(at: t.scalarStart(before: p - 2)) {
                let ws = t.letterRunStart(before: p - 2)
                if p - 2 - ws <= 2 || abbreviationsBeforeAName.contains(t, ws, p - 2) { return false }
            }
            // after a colon only an action's label: "Action: Sophie to send …" (not "Roadmap: Luigi to be retired")
            if c == 0x3A {
                let lb = t.skipBlanksBack(p - 2)
                let la = t.letterRunStart(before: lb)
                guard la < lb, actionLabels.contains(t, la, lb) else { return false }
                afterColon = true
            }
        }
    }
    let n = e + 1
    let w = t.letterWordEnd(n)
    guard w > n, t[w] == 0x20 || t[w] == 0x2C || t[w] == 0x2E else { return false }
    t.work.step()
    if afterColon && w == n + 2 && t[n] == 0x74 && t[n + 1] == 0x6F { // "to"
        let v = w + 1
        let ve = t.letterWordEnd(v)
        return ve > v && isLowerASCII(t[v])
    }
    guard t[w] == 0x20, verbsOfASubject.contains(t, n, w) else { return false }
    // (not what a firm is: "Alan est une assurance santé", "Oscar is a health insurer")
    if copulas.contains(t, n, w) {
        let ae = t.letterWordEnd(w + 1)
        if ae > w + 1, indefiniteArticles.contains(t, w + 1, ae) { return false }
    }
    // a firm, a place, a show or a storm opens sentences with these verbs too ("Douglas hat über 1.800
    // Filialen", "Matilda has played to millions"): only a person's pronoun soon after says it is one
    return personsPronounFollows(t, w)
}

/// Bytes after a sentence's subject searched for a person's pronoun.
let personsPronounWindow = 240

/// Whether a person's pronoun ("she", "her", "he", "his", "him"; "lei", "lui", "ella", "él", "ela",
/// "ele", "hij", "haar") stands within `personsPronounWindow` bytes after `p`.
private func personsPronounFollows(_ t: Text, _ p: Int) -> Bool {
    let limit = min(t.count, p + personsPronounWindow)
    var q = p
    while q < limit {
        q = t.skipBlanks(q)
        let w = t.letterWordEnd(q)
        guard w > q else { q += 1; continue }
        if w - q <= 4, personsPronouns.contains(t, q, w) { return true }
        t.work.add(w - q)
        q = w
    }
    return false
}
private let personsPronouns = WordSet(["she", "her", "he", "his", "him", "lei", "lui", "ella", "él", "ela", "ele", "hij", "haar"])

/// Whether a relative's word in brackets follows the given name alone ending at `e`: "Marcos (irmão)",
/// "Cida (esposa)" (a role's would as often follow an employer: "Douglas (Consultant)").
func relationInBracketsAfter(_ t: Text, _ e: Int) -> Bool {
    guard t[e] == 0x20, t[e + 1] == 0x28 else { return false }
    let w = t.letterWordEnd(e + 2)
    t.work.step()
    return w > e + 2 && (t[w] == 0x29 || t[w] == 0x2C) && relativesWords.contains(t, e + 2, w)
}
/// Relatives, in brackets after a given name: "(irmão)", "(wife)", "(sister)".
private let relativesWords = WordSet([
    "mum", "mom", "mother", "dad", "father", "brother", "sister", "wife", "husband", "son", "daughter", "partner",
    "fiancé", "fiancée", "moeder", "vader", "broer", "zus", "vrouw", "man", "mère", "père", "frère", "sœur", "épouse",
    "époux", "madre", "padre", "hermano", "hermana", "esposa", "esposo", "marido", "mãe", "pai", "irmão", "irmã",
    "filho", "filha", "moglie", "marito", "sorella", "fratello", "mutter", "vater", "bruder", "schwester", "ehefrau",
    "ehemann",
])

/// Whether a role, a team or a relation in brackets follows the name ending at `e`: "Sophie (HR
/// Adviser)", "Bas (teamlead)", "Marcos (irmão)", "Gary Street (Senior Clerk)".
func roleInBracketsAfter(_ t: Text, _ e: Int) -> Bool {
    guard t[e] == 0x20, t[e + 1] == 0x28 else { return false }
    var p = e + 2
    for _ in 0..<2 {
        t.work.step()
        let w = t.letterWordEnd(p)
        guard w > p else { return false }
        // (the role's word ends the bracket or its first part: not "(Head Office)", "(HR team)")
        if roleWords.contains(t, p, w) || extraRoleWords.contains(t, p, w) || personRoleNouns.contains(t, p, w) {
            return t[w] == 0x29 || t[w] == 0x2C
        }
        // a team's acronym or a rank first: "(HR Adviser)", "(Senior Clerk)"
        guard t[w] == 0x20, w - p <= 3 && isUpperASCII(t[p]) && teamAcronyms.contains(t, p, w) || ranksBeforeARole.contains(t, p, w) else { return false }
        p = w + 1
    }
    return false
}

/// Verbs whose object is only ever a person, right before a given name: "I met Olu", "supervising Deepika".
private let verbsTakingAPerson = WordSet([
    "met", "meet", "meeting", "invited", "supervising", "supervised", "supervise", "mentored", "mentoring",
    "coached", "coaching", "interviewed", "thank", "thanked", "sending", "shadow", "shadowing", "introduced", "hired",
    "hire",
    // "bel Joyce of Ahmet": call, in Dutch
    "bel",
])
/// Prepositions between a verb and the person it takes: "spoke with", "thanks to", "ask for".
private let withWords = WordSet(["with", "con", "avec", "met", "mit", "com"])
private let toWords = WordSet(["to", "naar"])
private let forWords = WordSet(["for", "por"])
/// Verbs of working together before "with": "worked with Luca", "ho lavorato con Serena", "samen met Daan".
private let workingVerbs = WordSet([
    "worked", "working", "work", "collaborated", "collaborating", "partnered", "lavorato", "lavoro", "collaborato",
    "travaillé", "travaille", "collaboré", "trabajado", "trabajé", "trabajo", "colaborado", "trabalhei", "trabalhado",
    "trabalho", "gewerkt", "werk", "werkte", "samen", "gearbeitet", "arbeite", "zusammen", "insieme", "ensemble",
    "junto", "juntos", "samenwerken",
])
/// Verbs of talking before "with": "spoke with Tom", "falar com Jéssica", "spreekt met Bas".
private let verbsOfTalkingWith = WordSet([
    "spoke", "speak", "speaking", "talked", "talking", "chatted", "met", "meeting", "falar", "fale", "fala",
    "conversar", "spreekt", "spreek", "spreken", "praten", "praat", "sprechen", "sprach", "gesprochen", "parlare",
    "parlato", "parla", "hablar", "habla", "hable", "parler", "parlé", "parlez",
])
/// Verbs before "to" and a person: "thanks to Gavin", "reporting to Dai", "senior to Ana".
private let verbsBeforeTo = WordSet([
    "thanks", "spoke", "talked", "introduced", "reporting", "reported", "reports", "senior", "junior", "vraag",
])
/// Verbs of asking before "for" and a person: "ask for Luis", "preguntar por Inma".
private let verbsOfAskingFor = WordSet([
    "ask", "asking", "asked", "preguntar", "pregunte", "preguntad", "perguntar", "pergunte",
])
/// Words in lower case after a person's name that end the mention: prepositions and adverbs.
private let wordsEndingAPersonsMention = WordSet([
    "at", "from", "for", "in", "on", "during", "directly", "again", "over", "as", "about", "who", "when", "while",
    "before", "after", "into", "via", "van", "uit", "da", "do", "del", "della", "dal", "du", "de", "aus", "vom",
])
private let orWords = WordSet(["or", "o", "ou", "oder", "of"])
/// Verbs and adverbs after a person's given name that open a sentence: "Agnieszka joined", "Mo chairs".
private let verbsOfASubject = WordSet([
    "is", "was", "has", "had", "will", "would", "can", "could", "did", "does", "joined", "led", "leads", "ran", "runs",
    "built", "builds", "drafted", "managed", "manages", "turned", "came", "comes", "made", "makes", "took", "takes",
    "brought", "helped", "helps", "delivered", "designed", "developed", "wrote", "writes", "asked", "told", "started",
    "left", "moved", "volunteers", "volunteered", "chairs", "chaired", "consistently", "always", "never", "also",
    "quickly", "went", "gave", "knows", "knew", "loves", "loved", "worked", "works", "taught", "teaches", "created",
    "launched", "handled", "owned", "owns", "showed", "shows", "became", "stepped", "ships", "shipped", "rebuilt",
    "supported", "supports", "mentored", "coached", "trained", "organised", "organized", "presented", "won", "spent",
    "learned", "learnt", "said", "says", "thinks", "wants", "needs", "should",
    // other languages: "Luca ha lavorato", "Dani es metódico", "Noor helpt je graag", "Lena zeigt"
    "ha", "è", "era", "aveva", "es", "fue", "tiene", "é", "foi", "tem", "heeft", "helpt", "werkt", "ist", "war", "hat",
    "hatte", "arbeitet", "est", "était", "avait", "travaille",
])
/// Given names that are also brands or tools, as a verb's object or subject: "worked with Claude on the
/// contracts" (an assistant), "Zara has 2,000 stores", "Hugo is a static site generator".
private let givenNamesOfBrandsAndTools = WordSet([
    "claude", "hugo", "alexa", "siri", "cortana", "zara", "tiffany", "celine", "chanel", "oscar", "lola", "nando",
    "jasmine", "sage", "athena", "travis", "hudson", "harvey", "devin", "jarvis", "watson", "django", "karma",
    "cassandra", "dior",
])
/// Given names that are also words, opening a sentence as the words: "Bill has passed", "Mark is …".
private let givenNamesThatAreWords = WordSet([
    "bill", "mark", "frank", "rob", "drew", "carol", "jack", "penny", "heather", "daisy", "poppy", "hazel", "pearl",
    "ginger", "honey", "sandy", "cliff", "glen", "sunny", "rusty", "misty", "brook", "river", "sky", "storm",
    "autumn", "basil", "jasper", "berry", "pepper", "chip", "buck", "bud", "don", "jay", "ray", "gene", "earl",
    "duke", "king", "prince", "rex", "sterling", "miles", "grant", "chase", "wade", "lance", "pierce", "reed", "rod",
    "will", "neil", "page", "major", "bishop",
])
/// Abbreviations whose full stop stands before a name, not at a sentence's end: "Mrs. Sophie", "l'Ing. Luca".
private let abbreviationsBeforeAName = WordSet([
    "mrs", "ing", "sig", "sra", "srta", "dra", "prof", "dott", "avv", "arch", "geom", "rag", "dipl", "sgt", "capt",
    "col", "gen", "rev", "hon", "cllr", "dña", "sen", "rep", "gov", "cpl", "pvt", "sta", "sto", "dottssa",
])
/// The verbs "to be" of `verbsOfASubject`, and the indefinite articles after which they say what a firm is.
private let copulas = WordSet(["is", "was", "es", "era", "è", "é", "foi", "ist", "war", "est", "était"])
private let indefiniteArticles = WordSet(["a", "an", "un", "una", "uno", "une", "uma", "um", "ein", "eine", "een"])
/// Ranks before a role in brackets: "(Senior Clerk)", "(Deputy Head)".
private let ranksBeforeARole = WordSet(["senior", "junior", "deputy", "assistant", "chief", "principal", "associate", "trainee"])
