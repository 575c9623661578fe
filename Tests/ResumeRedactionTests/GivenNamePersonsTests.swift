@testable import ResumeRedaction
import Testing

/// People named by a known given name and a surname, with no label, honorific or heading
/// (GivenNamePersons.swift), and the contexts that make such words a firm, a place, a prize
/// or a brand instead.
@Suite struct GivenNamePersonsTests {
    @Test(arguments: [
        ("Priya Raman led the migration; Priya now runs the team.", "[NAME] led the migration; [NAME] now runs the team."),
        ("I worked under Ana Paula Ribeiro at the plant.", "I worked under [NAME] at the plant."),
        ("Mentored by Rajesh K. Iyer for two years.", "Mentored by [NAME] for two years."),
        ("Questions go to Jan van der Berg or Mark de Vries.", "Questions go to [NAME] or [NAME]."),
        ("Thanks to Siobhan O'Neill and Gonçalo Araújo-Pires.", "Thanks to [NAME] and [NAME]."),
        ("REFEREES\nJOHN MCKENZIE, Head of IT", "REFEREES\n[NAME], Head of IT"),
        ("Marie-Luise Brandt hat das Projekt geleitet.", "[NAME] hat das Projekt geleitet."),
        ("Okafor, Denise A.\nCompliance Analyst", "[NAME]\nCompliance Analyst"),
        ("- WEBER, Anna | Teamleiterin", "- [NAME] | Teamleiterin"),
    ])
    func knownGivenNameAndSurnameIsAPerson(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Internship at Robert Bosch GmbH, Stuttgart.",
        "Studium an der Ludwig-Maximilians-Universität München.",
        "Taught at Escola Estadual Paulo Freire for two years.",
        "Our office is on Via Giuseppe Verdi in Parma.",
        "Spoke at the Grace Hopper Celebration 2023.",
        "Sales assistant at Hugo Boss and Massimo Dutti.",
        "Visited the Anna Freud Centre and Victoria Station.",
        "Heijestraat and Jan Pieter Heijestraat are in Amsterdam.",
        "Drove trucks on the Bruce Highway for John Holland.",
        "Job ID: 48213",
        "Will Power is a musical.",
        "Rose Garden Hotel, Room 12",
        "Hannah works at VMware Bulgaria, Sofia.",
        "Università degli Studi di Napoli Federico II",
        "Hannah Whitworth MEng PhD",
        "Lunch at Ruby Tuesday with the Georgia Pacific team",
    ])
    func firmsPlacesPrizesAndBrandsStay(input: String) {
        let out = job(input)
        // a person may be named in a line (Hannah Whitworth), but none of the other words goes
        for keep in ["Bosch", "Maximilians", "Paulo Freire", "Giuseppe Verdi", "Grace Hopper", "Hugo Boss", "Massimo Dutti",
                     "Anna Freud", "Victoria Station", "Jan Pieter", "Bruce Highway", "John Holland", "Job ID", "Will Power",
                     "Rose Garden", "Sofia", "Federico II", "MEng PhD", "Ruby Tuesday", "Georgia Pacific"] where input.contains(keep) {
            #expect(out.contains(keep), "\(keep) was redacted in \(out)")
        }
    }

    @Test(arguments: [
        ("Kind regards,\nSarah O'Neill\nTalent Acquisition", "Kind regards,\n[NAME]\nTalent Acquisition"),
        ("Thanks, Marco", "Thanks, [NAME]"),
        ("Mit freundlichen Grüßen\n\nZoran Petković", "Mit freundlichen Grüßen\n\n[NAME]"),
        ("Atenciosamente,\nFulana Tal | RH", "Atenciosamente,\n[NAME] | RH"),
        ("Met vriendelijke groet,\nDhr. Okke Zijlstra", "Met vriendelijke groet,\nDhr. [NAME]"),
    ])
    func theNameUnderALettersClosingIsRedacted(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Kind regards,\nThe Talent Team",
        "Best,\nAcme Recruiting",
        "Thanks for reading this CV.",
        "Best practices: Python 3.11, Node.js",
    ])
    func closingsFollowedByTeamsOrTextStay(input: String) {
        #expect(job(input) == input)
    }

    /// The candidate's surname alone is redacted, but not where it is part of a firm's, a
    /// place's or another person's name around it.
    @Test(arguments: [
        ("Laura Costa\nAuditora em Costa & Prado Auditores. Costa lidera a equipe.", "[NAME]\nAuditora em Costa & Prado Auditores. [NAME] lidera a equipe."),
        ("Helena Campos\nFérias em Campos do Jordão; a Sra. Campos voltou.", "[NAME]\nFérias em Campos do Jordão; a Sra. [NAME] voltou."),
        ("Giulia Moretti\nBuyer per Birra Moretti e Ferrari S.p.A.; Moretti parla inglese.", "[NAME]\nBuyer per Birra Moretti e Ferrari S.p.A.; [NAME] parla inglese."),
        ("Lucía Prado\nGuía en el Museo Nacional del Prado. Prado habla inglés.", "[NAME]\nGuía en el Museo Nacional del Prado. [NAME] habla inglés."),
        ("Pieter de Vries\nDe Vries werkte met W. van der Veen.", "[NAME]\n[NAME] werkte met W. van der Veen."),
    ])
    func aLoneSurnameInsideAnotherProperNounStays(input: String, expected: String) {
        #expect(redactor.redact(input, as: .resume).text == expected)
    }

    /// A letter's place and date line is no heading name: "São Paulo, 3 de fevereiro de 2025."
    @Test func aPlaceAndDateLineIsNoHeadingName() {
        let s = "São Paulo, 3 de fevereiro de 2025.\n\nA/C Sra. Renata Albuquerque – RH"
        #expect(redactor.redact(s, as: .resume).text == "São Paulo, 3 de fevereiro de 2025.\n\nA/C Sra. [NAME] – RH")
    }

    /// The given-name lists hold names only, lower-cased, each once per locale.
    @Test func givenNameListsAreWellFormed() {
        for (locale, names) in givenNamesByLocale {
            for n in names {
                #expect(n == n.lowercased() && !n.contains(" ") && n.count >= 2, "\(locale): \(n)")
            }
        }
        #expect(givenNames.contains("priya") && givenNames.contains("élodie") && givenNames.contains("joão"))
    }
}
