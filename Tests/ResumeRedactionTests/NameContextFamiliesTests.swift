@testable import ResumeRedaction
import Testing

/// Name families the development corpus still missed after the fourth batch: self-introductions,
/// a nickname after the heading name, mail headers' display names, greetings in a quoted mail,
/// a name after a sentence-opening adverb, birth names; and what must stay: events, a town
/// before a column of dates.
@Suite struct NameContextFamiliesTests {
    @Test(arguments: [
        ("About\n\nHi, I'm Finn — I build ledgers. Finn everywhere else.", "About\n\nHi, I'm [NAME] — I build ledgers. [NAME] everywhere else."),
        ("Please call me Ray.", "Please call me [NAME]."),
        ("Mi chiamo Vittoria Lombardi e sono ingegnera.\nOggi Vittoria coordina un gruppo.",
         "Mi chiamo [NAME] e sono ingegnera.\nOggi [NAME] coordina un gruppo."),
        ("Je m'appelle Inès et je suis infirmière.", "Je m'appelle [NAME] et je suis infirmière."),
    ])
    func selfIntroductions(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "I'm Python-certified and I'm Remote-first.",
        "I am Head of Data at Acme.",
        "Ich bin Teamleiter bei Bosch.",
    ])
    func selfIntroductionsBeforeOtherWordsNameNoOne(input: String) {
        #expect(job(input) == input)
    }

    @Test func aNicknameAfterTheHeadingName() {
        let input = "DELA CRUZ, Maria Consuelo (\"Connie\")\nServiceNow Developer\n\nConnie is a certified developer."
        #expect(resume(input) == "[NAME] (\"[NAME]\")\nServiceNow Developer\n\n[NAME] is a certified developer.")
    }

    @Test(arguments: [
        ("Van: Joost Smits <joost@example.nl>\nAan: Noor El Amrani <noor@example.nl>\n",
         "Van: [NAME] <[EMAIL]>\nAan: [NAME] <[EMAIL]>\n"),
        ("From: Grace Hope [mailto:g@example.com]", "From: [NAME] [mailto:[EMAIL]]"),
    ])
    func mailHeadersDisplayNames(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "To: Hiring Team <jobs@example.com>",
        "Da: Lunedì a Venerdì",
        "A: Remote Work",
    ])
    func mailHeadersWithoutAPersonsAddressNameNoOne(input: String) {
        #expect(!job(input).contains("[NAME]"))
    }

    @Test func aGreetingInAQuotedMail() {
        #expect(job("> Il 17/03 Lorenzo ha scritto:\n> Buonasera Federica,\n> grazie") == "> Il 17/03 Lorenzo ha scritto:\n> Buonasera [NAME],\n> grazie")
    }

    @Test(arguments: [
        ("Ehepartnerin: Claudia Fischer, geb. Brandt", "Ehepartnerin: [NAME], geb. [NAME]"),
        ("Referee: Dr. Jane Doe (née Smith), Leeds", "Referee: Dr. [NAME] (née [NAME]), Leeds"),
    ])
    func birthNames(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func anEventAfterADocumentTitleIsNoHeadingName() {
        let input = "FICHA DE INSCRIÇÃO – XII Congresso Brasileiro de Enfermagem Obstétrica\nProfissão: enfermeira"
        #expect(resume(input) == input)
    }

    @Test func aTownBeforeATabbedColumnOfDatesIsKept() {
        let input = "ANDRE L. WASHINGTON\nSergeant — Joint Base Lewis-McChord, Washington\t2017 – 2025"
        #expect(resume(input) == "[NAME]\nSergeant — Joint Base Lewis-McChord, Washington\t2017 – 2025")
    }

    @Test(arguments: [
        ("Mw. A.M. Kok, manager planning", "Mw. [NAME], manager planning"),
        ("drs. P.J. Hendriks\nTeamleider", "drs. [NAME]\nTeamleider"),
        ("Referentie: dhr. W. van der Veen, directeur vloot", "Referentie: dhr. [NAME], directeur vloot"),
        ("Bel met dhr. R. van den Berg, teamleider IC.", "Bel met dhr. [NAME], teamleider IC."),
    ])
    func initialsWrittenTogetherAndParticlesAfterInitials(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aTwoColumnHeadingsNameOverTwoLines() {
        let input = "NADIA                                 EXPÉRIENCES PROFESSIONNELLES\nBENALI\nInfirmière   Depuis 2020\nBenali a rejoint l'équipe."
        #expect(resume(input) == "[NAME]                                 EXPÉRIENCES PROFESSIONNELLES\n[NAME]\nInfirmière   Depuis 2020\n[NAME] a rejoint l'équipe.")
    }

    @Test(arguments: [
        "MARIA\nFerreira Consulting\nSão Paulo",
        "ANNA\nSummary\nI build things.",
    ])
    func aGivenNameOverAFirmOrASectionIsNoSplitName(input: String) {
        #expect(!resume(input).contains("\n[NAME]\n"))
    }

    @Test(arguments: [
        ("REFERENCES\nTroy Baxter, former Store Manager, JB Hi-Fi — troy@example.com",
         "REFERENCES\n[NAME], former Store Manager, JB Hi-Fi — [EMAIL]"),
        ("\"Best analyst I know.\" — Jasmine Whitaker, Managing Director", "\"Best analyst I know.\" — [NAME], Managing Director"),
        ("Legal name (Last, First Middle):\tNGUYEN, Bao Tran\nOther names used:\t\tTran Nguyen",
         "Legal name (Last, First Middle):\t[NAME], Bao Tran\nOther names used:\t\t[NAME]"),
    ])
    func namesBeforeTheirRoleAndLegalNameFields(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Oracle Cloud, Senior Manager for EMEA",
        "Data Platform, Head of Engineering",
        "Microsoft Azure, Solutions Architect track",
    ])
    func aProductOrTeamBeforeARoleIsNoName(input: String) {
        #expect(job(input) == input)
    }
}
