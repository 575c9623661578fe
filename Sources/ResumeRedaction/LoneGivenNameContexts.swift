// Where a known given name alone (no surname after it) can only be a person's, beyond the
// contexts `standsAloneAsAPerson` reads itself (a role after a comma, "from" and a team, a
// closing, a possessive and what only a person has): the object of a verb that takes only a person
// ("supervising Deepika during her contract", "We met Sophie at the fair"), and a relative's word in
// brackets after it ("Marcos (irmão)"). Firms, places, tools, bots and shows carry given names too
// (Douglas, Nancy, Luigi, Matilda), so each context is one they rarely stand in; two outside reviews
// found them in every looser one (a sentence's subject, "thanks to", "asked for", Dutch "met", a
// role in brackets). Each reads a few words around the name, a step each.

/// Whether the given name alone at `s..<e` is the object of a verb that takes only a person, written
/// right before it, directly or with its preposition ("We met Sophie", "supervising Deepika", "spoke
/// with Tom", "reporting to Dai", "falar com Jéssica"), and what follows ends the mention (see
/// `endsAPersonsMention`); or the `second` of two names joined by "and" or "or", the first such an
/// object ("interviewed Luis and Brianna"). After a verb of working and "with" ("worked
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
    // the second of two: "interviewed Luis and Brianna"
    if second, a >= 3, t[a - 1] == 0x20, andWords.contains(t, a, s - 1) || orWords.contains(t, a, s - 1) {
        let p = t.letterRunStart(before: a - 1)
        return p < a - 1 && t.isUppercaseLetter(at: p) && givenNames.contains(t, p, a - 1)
            && isAPersonsVerbObject(t, p, a - 1, second: false) && endsAPersonsMention(t, e)
    }
    if verbsTakingAPerson.contains(t, a, s - 1) {
        // ("met": English after its subject, "I met Olu"; Dutch "met" is "with": "gebouwd met Jasper")
        if metWord.contains(t, a, s - 1), !(a >= 2 && t[a - 1] == 0x20 && subjectsBeforeMet.contains(t, t.letterRunStart(before: a - 1), a - 1)) { return false }
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
        // (not Dutch "met" after a talking verb: "Praat met Anna, de virtuele assistent")
        guard verbsOfTalkingWith.contains(t, va, vb), !metWord.contains(t, a, s - 1) else { return false }
    } else if toWords.contains(t, a, s - 1) {
        guard verbsBeforeTo.contains(t, va, vb) else { return false }
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
    "mum", "mom", "mother", "dad", "father", "brother", "sister", "wife", "husband", "son", "daughter",
    "fiancé", "fiancée", "moeder", "vader", "broer", "zus", "vrouw", "man", "mère", "père", "frère", "sœur", "épouse",
    "époux", "madre", "padre", "hermano", "hermana", "esposa", "esposo", "marido", "mãe", "pai", "irmão", "irmã",
    "filho", "filha", "moglie", "marito", "sorella", "fratello", "mutter", "vater", "bruder", "schwester", "ehefrau",
    "ehemann",
])

/// Verbs whose object is only ever a person, right before a given name: "I met Olu", "supervising Deepika".
private let verbsTakingAPerson = WordSet([
    "met", "meet", "meeting", "invited", "supervising", "supervised", "supervise", "mentored", "mentoring",
    "coached", "coaching", "interviewed", "thank", "thanked", "sending", "shadow", "shadowing", "hired",
    "hire",
    // "bel Joyce of Ahmet": call, in Dutch
    "bel",
])
/// Prepositions between a verb and the person it takes: "spoke with", "reporting to".
private let withWords = WordSet(["with", "con", "avec", "met", "mit", "com"])
private let toWords = WordSet(["to", "naar"])
/// Verbs of working together before "with": "worked with Luca", "ho lavorato con Serena", "samen met Daan".
private let workingVerbs = WordSet([
    "worked", "working", "work", "collaborated", "collaborating", "partnered", "lavorato", "lavoro", "collaborato",
    "travaillé", "travaille", "collaboré", "trabajado", "trabajé", "trabajo", "colaborado", "trabalhei", "trabalhado",
    "trabalho", "gewerkt", "werk", "werkte", "samen", "gearbeitet", "arbeite", "zusammen", "insieme", "ensemble",
    "junto", "juntos", "samenwerken",
])
/// Verbs of talking before "with": "spoke with Tom", "falar com Jéssica" (Dutch "met" takes tools and
/// bots as often: "Praat met Anna, de virtuele assistent").
private let verbsOfTalkingWith = WordSet([
    "spoke", "speak", "speaking", "talked", "talking", "chatted", "met", "meeting", "falar", "fale", "fala",
    "conversar", "sprechen", "sprach", "gesprochen", "parlare", "parlato", "parla", "hablar", "habla", "hable",
    "parler", "parlé", "parlez",
])
/// Verbs before "to" and a person: "spoke to Gavin", "reporting to Dai", "senior to Ana" (not "thanks to":
/// "Thanks to Jasper, our reports …").
private let verbsBeforeTo = WordSet([
    "spoke", "talked", "reporting", "reported", "reports", "senior", "junior",
])
/// English "met", which Dutch writes for "with", and the subjects before it that make it the verb.
private let metWord = WordSet(["met"])
private let subjectsBeforeMet = WordSet(["i", "we", "you", "they", "she", "he", "have", "had", "has", "first", "also", "then", "recently"])
/// Words in lower case after a person's name that end the mention: prepositions and adverbs.
private let wordsEndingAPersonsMention = WordSet([
    "at", "from", "for", "in", "on", "during", "directly", "again", "over", "as", "about", "who", "when", "while",
    "before", "after", "into", "via", "van", "uit", "da", "do", "del", "della", "dal", "du", "de", "aus", "vom",
])
private let orWords = WordSet(["or", "o", "ou", "oder", "of"])
/// Given names that are also brands or tools, as a verb's object: "met Hugo" (a site generator's meetup),
/// "spoke with Alexa", "thank Claude" (an assistant).
private let givenNamesOfBrandsAndTools = WordSet([
    "claude", "hugo", "alexa", "siri", "cortana", "zara", "tiffany", "celine", "chanel", "oscar", "lola", "nando",
    "jasmine", "sage", "athena", "travis", "hudson", "harvey", "devin", "jarvis", "watson", "django", "karma",
    "cassandra", "dior",
])
