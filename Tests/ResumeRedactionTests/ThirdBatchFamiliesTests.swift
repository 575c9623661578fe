@testable import ResumeRedaction
import Testing

/// The families the third batch of the development corpus (Corpus/batch3-*.txt) showed:
/// personal details in tables and padded forms, birth dates after a birthplace and a line
/// break, Dutch numbers with a spaced dash, company and bank numbers that are no phones,
/// RuPay cards.
@Suite struct ThirdBatchFamiliesTests {
    @Test(arguments: [
        ("| Date de naissance | 12/03/1991 à Lyon |", "| Date de naissance | [DOB] à Lyon |"),
        ("Fecha de nacimiento | 21/01/1990", "Fecha de nacimiento | [DOB]"),
        ("l'ing. Rossi, nato a Modena il\n12/01/1985, ha lavorato", "l'ing. Rossi, nato a Modena il\n[DOB], ha lavorato"),
        ("Luíza nasceu em Blumenau, em 1979, e vive em Florianópolis.", "Luíza nasceu em Blumenau, em [DOB], e vive em Florianópolis."),
    ])
    func birthDatesInTablesAndSentences(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Sozialversicherungsnr.\t53 070990 A 147", "Sozialversicherungsnr.\t[SSN]"),
        ("Pasaporte (Colombia) | AT1827345", "Pasaporte (Colombia) | [SSN]"),
        ("N.º afiliación a la S. S.     08/53077379/15", "N.º afiliación a la S. S.     [SSN]"),
        ("Citizen service number (BSN): 526 580 707", "Citizen service number (BSN): [SSN]"),
        ("BSN            : 4481.37.185", "BSN            : [SSN]"),
    ])
    func idsInTablesAndPaddedForms(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Telefoon: 030 - 231 84 77", "Telefoon: [PHONE]"),
        ("Bel ons op 020 - 623 45 89 of mail.", "Bel ons op [PHONE] of mail."),
    ])
    func dutchNumbersWithASpacedDash(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Maison Dupont & Fils SAS – SIREN 099 964 066 – RCS Lyon 099 964 066",
        "Officine Galli S.r.l. – P.IVA 02871540361",
        "IBAN: NL91 ABNA 0417 1643 00",
        "Inschrijving KvK 12345678, btw NL001234567B01",
        "Working 2019 - 2021 in Utrecht",
    ])
    func companyAndBankNumbersAreNoPhones(input: String) {
        #expect(job(input) == input)
    }

    /// Headings with a nickname inside, written surname first, or letter-spaced, and the
    /// familiar forms of the given name later.
    @Test(arguments: [
        ("ROBERT (BOB) HALE\nContractor\nBob has led six migrations. Robert Hale, 2024.",
         "[NAME]\nContractor\n[NAME] has led six migrations. [NAME], 2024."),
        ("OLUWASEUN \"SEUN\" BAKARE\nGraduate\nSeun Bakare won the prize.", "[NAME]\nGraduate\n[NAME] won the prize."),
        ("KING, Marcus\nAnalyst · Leeds\nMarcus King joined in 2019; King leads QA.",
         "[NAME]\nAnalyst · Leeds\n[NAME] joined in 2019; [NAME] leads QA."),
        ("J O R D A N    E L L I S\nDesigner\nJordan Ellis, Portland", "[NAME]\nDesigner\n[NAME], Portland"),
        ("Constance Whitfield\nNurse\nConnie runs the ward.", "[NAME]\nNurse\n[NAME] runs the ward."),
    ])
    func headingsWithNicknamesSurnameFirstOrLetterSpaced(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    /// Family members, signers and second persons named in forms and bio-data.
    @Test(arguments: [
        ("Father's Name : Late Shri Ramesh Chandra Gupta", "Father's Name : Late Shri [NAME]"),
        ("Filiação: João Batista Souza e Maria Aparecida Souza", "Filiação: [NAME] e [NAME]"),
        ("Nome da mãe: Helena Ribeiro", "Nome da mãe: [NAME]"),
        ("Firma: Giulia Bianchi", "Firma: [NAME]"),
        ("Yours faithfully,\n(Priya Venkatesh)", "Yours faithfully,\n([NAME])"),
        ("Io sottoscritto Ettore Zanichelli dichiaro", "Io sottoscritto [NAME] dichiaro"),
        ("Je soussignée Amandine Peyrefitte certifie", "Je soussignée [NAME] certifie"),
    ])
    func familyMembersAndSigners(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    /// Each surname of a three-word name is the person alone too; a candidate's surname in a
    /// college's, a job title's or an institute's name is not.
    @Test(arguments: [
        ("Lucía Fernández Ortega\nAbogada\nLa Sra. Fernández colegiada en 2015.", "[NAME]\nAbogada\nLa Sra. [NAME] colegiada en 2015."),
        ("KING, Marcus\nStudied at King's College London; King tutored maths.", "[NAME]\nStudied at King's College London; [NAME] tutored maths."),
        ("Anna Koch\nKoch (m/w/d) gesucht? Anna Koch ist Köchin.", "[NAME]\nKoch (m/w/d) gesucht? [NAME] ist Köchin."),
        ("Paul Weber\nPraktikum am Robert Koch-Institut, Berlin", "[NAME]\nPraktikum am Robert Koch-Institut, Berlin"),
        ("Jane Doe\nSkills: MS Excel, MS Teams", "[NAME]\nSkills: MS Excel, MS Teams"),
    ])
    func surnamesAloneAndInOtherNames(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    /// A referee's line ending in the school's postcode: the address is the town and postcode, the
    /// person is a name ("Mrs Helen Watson" was swallowed by the address line).
    @Test func aRefereeLineEndingInAPostcode() {
        let s = "Mrs Helen Watson, Headteacher, St Mary's Primary School, Leeds LS6 2AB"
        #expect(job(s) == "Mrs [NAME], Headteacher, St Mary's Primary School, [ADDRESS]")
    }

    /// A candidate whose surname is a town: the town in work history, a letter's place and date,
    /// after "in", before its region or province, joined by a dash, stays.
    @Test(arguments: [
        "Audit Senior — Moore and Smalley LLP, Preston       Sep 2017 – Aug 2023",
        "born and raised in Preston, with six years in audit",
        "History Teacher, Lincoln Southeast High School, Lincoln, Nebraska        2016–present",
        "University of Nebraska–Lincoln",
        "Enologo, Cantina Sociale di Marino; Marino, 10/01/2025",
        "Lindau, im März 2025",
        "Stichting Catent (Kampen, Zwolle)",
        "Vinificazione: Marino (RM)",
    ])
    func aSurnameThatIsATownStaysWhereItIsTheTown(line: String) {
        let name = ["Preston", "Lincoln", "Marino", "Lindau", "Kampen"].first { line.contains($0) }!
        let doc = "Alex \(name)\nProfile\n\(line)\n\(name) is reliable."
        #expect(resume(doc) == "[NAME]\nProfile\n\(line)\n[NAME] is reliable.")
    }

    @Test func codesAndFirmsAfterLabelsAndTitles() {
        #expect(job("formation CPF « Anglais » – dossier n° CPF-2025-0093341") == "formation CPF « Anglais » – dossier n° CPF-2025-0093341")
        #expect(job("Manager – QA, Dr. Reddy's Laboratories, Bachupally") == "Manager – QA, Dr. Reddy's Laboratories, Bachupally")
        #expect(job("Reference: JH-48213") == "Reference: JH-48213")
        #expect(job("Controller, Dr. August Oetker Nahrungsmittel KG") == "Controller, Dr. August Oetker Nahrungsmittel KG")
    }

    @Test(arguments: [
        ("Fecha de nacimiento: 1987", "Fecha de nacimiento: [DOB]"),
        ("Geboortedatum .... 08-11-1990", "Geboortedatum .... [DOB]"),
        ("Personalausweis-Nr. (für die Sicherheitsüberprüfung): LKGPRZFL46", "Personalausweis-Nr. (für die Sicherheitsüberprüfung): [SSN]"),
        ("Nummer ID-kaart:  WLB8YKBF8", "Nummer ID-kaart:  [SSN]"),
        ("Carta d'identità elettronica n. CA48213KE", "Carta d'identità elettronica n. [SSN]"),
    ])
    func yearsDottedPaddingAndDocumentNumbers(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aFirmsLetterheadIsNoHeadingName() {
        let s = "Transportes Hermanos López, S.L.\nPolígono Industrial, nave 4\n\nCarta de recomendación"
        #expect(resume(s) == s)
    }

    @Test func aJobIDIsNoIdahoAddress() {
        let s = "Elevator Service Technician II — Job ID 88213 — Second shift"
        #expect(job(s) == s)
        #expect(job("Boise, ID 83702") == "[ADDRESS]")
    }

    @Test(arguments: [
        ("linkedin.com/in/joão-silva · São Paulo", "[URL] · São Paulo"),
        ("Instagram: @anasouza", "Instagram: [URL]"),
        ("Fotos em @joao.silva e @dev_anna", "Fotos em [URL] e [URL]"),
        ("Site: lucafontana.example.it", "Site: [URL]"),
        ("Portfolio online: karriere.example.de", "Portfolio online: [URL]"),
        ("anna@example.nl | 06 1234 5678 | annadevries.nl", "[EMAIL] | [PHONE] | [URL]"),
    ])
    func linksHandlesAndPersonalSites(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "2016 – 2020   Medewerker partnerservice, bol.com, Utrecht",
        "Booked 40 trips a year on booking.com for the team.",
        "Engineer @Google; CSS @media queries; Java @Override",
    ])
    func employersNamedByTheirDomainAndAtWordsStay(input: String) {
        #expect(job(input) == input)
    }

    @Test func ruPayCardsAfterACardWord() {
        #expect(job("paid with my RuPay card 8223 5882 5871 4078 today") == "paid with my RuPay card [CARD] today")
        // the same digits without a card word are no card
        #expect(!job("Ticket 8223 5882 5871 4078 closed").contains("[CARD]"))
    }
}
