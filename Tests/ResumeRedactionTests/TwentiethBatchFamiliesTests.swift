@testable import ResumeRedaction
import Testing

/// The families the twentieth batch's outside testers found on arrival: students' and bank
/// accounts' numbers after their labels, a caste's field, brands in camel case, firms, curricula
/// and honours named after people, Dutch firms' compounds.
@Suite struct TwentiethBatchFamiliesTests {
    let india = PIIRedactor(defaultRegion: "IN")

    @Test(arguments: [
        ("University Roll No.: 1702310045", "University Roll No.: 1702310045"),
        ("Register No. 9014181045", "Register No. 9014181045"),
        ("A/c No. 50100123456789 (HDFC Bank)", "A/c No. 50100123456789 (HDFC Bank)"),
        ("Account No. 50100123456789", "Account No. 50100123456789"),
        // a phone's and a card's labels still make them
        ("Mobile No.: 9876543210", "Mobile No.: [PHONE]"),
        ("Card No. 4111 1111 1111 1111", "Card No. [CARD]"),
    ])
    func studentsAndAccountsNumbersAfterTheirLabelsAreNoPhonesOrCards(input: String, expected: String) {
        #expect(india.redact(input, as: .jobDescription).text == expected)
    }

    @Test(arguments: [
        ("Rohit Agrawal\nCaste : Agrawal (Vaishya)\nGotra: Garg", "[NAME]\nCaste : Agrawal (Vaishya)\nGotra: Garg"),
        ("Rohit Agrawal\nAgrawal led the audit.", "[NAME]\n[NAME] led the audit."),
    ])
    func aCommunitysFieldHoldsNoPerson(input: String, expected: String) {
        #expect(india.redact(input, as: .resume).text == expected)
    }

    @Test(arguments: [
        ("Audits by Dr. Lal PathLabs (bioanalytical).", "Audits by Dr. Lal PathLabs (bioanalytical)."),
        ("Dr. Lal examined the samples.", "Dr. [NAME] examined the samples."),
        ("Referee: Dr. Sean FitzGerald", "Referee: Dr. [NAME]"),
        ("Contact Mr. Aidan McDonald", "Contact Mr. [NAME]"),
    ])
    func aBrandsCamelCaseWordIsNoPersons(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("SOX 404 testing for Emerson Electric and Edward Jones.", "SOX 404 testing for Emerson Electric and Edward Jones."),
        ("We used Lucy Calkins Units of Study daily.", "We used Lucy Calkins Units of Study daily."),
        ("Charles B. Rangel Graduate Fellow, 2019", "Charles B. Rangel Graduate Fellow, 2019"),
        ("Verpleegkundige, Onze Lieve Vrouwe Gasthuis, Amsterdam", "Verpleegkundige, Onze Lieve Vrouwe Gasthuis, Amsterdam"),
        // a person and her post
        ("Anna Weber Research Fellow", "[NAME] Research Fellow"),
    ])
    func firmsCurriculaAndHonoursNamedAfterPeopleStay(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aDutchFirmsCompoundAfterTheSurnameIsTheFirm() {
        #expect(resume("Jeroen Kuipers\nEigenaar, Kuipers Projectmanagement (ZZP)\nKuipers werkte bij ons.")
                == "[NAME]\nEigenaar, Kuipers Projectmanagement (ZZP)\n[NAME] werkte bij ons.")
    }
}

extension TwentiethBatchFamiliesTests {
    @Test(arguments: [
        "Dr. Margarete Fischer-Bosch-Institut für Klinische Pharmakologie, Stuttgart",
        "Assistenzarzt, Dr. Becker Klinikgruppe",
        "Universitätsklinikum Carl Gustav Carus Dresden",
        "Filmuniversität Babelsberg Konrad Wolf",
        "Sprachkurs, Carl Duisberg Centren, Köln",
        "Associate, Taylor Wessing, Hamburg",
        "Visitor guide, Seamus Heaney HomePlace, Bellaghy",
    ])
    func germanAndIrishInstitutionsNamedAfterPeopleStay(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Blackstone Chambers, Blackstone House, Temple, London EC4Y 9BW", "Blackstone Chambers, [ADDRESS]"),
    ])
    func aSetOfChambersBeforeItsAddressIsNoPartOfIt(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aGermanRoleHeadingAndADegreesFieldAreNoNames() {
        let input = "Bauleiter Hochbau – Lebenslauf\n\nAndreas Zimmermann\n2014 – 2019   Bauleiter, Wolff & Müller, Stuttgart\nReferenz: Dipl.-Ing. Hermann Maurer, Niederlassungsleiter"
        #expect(resume(input) == "Bauleiter Hochbau – Lebenslauf\n\n[NAME]\n2014 – 2019   Bauleiter, Wolff & Müller, Stuttgart\nReferenz: Dipl.-Ing. [NAME], Niederlassungsleiter")
    }

    @Test(arguments: [
        ("1. Name: Stephen Page   Job title: Deputy Director", "1. Name: [NAME]   Job title: Deputy Director"),
        ("Present: Dr Owain Page (Chair), Mrs Ceri Street, Dr Holly Marsh", "Present: Dr [NAME] (Chair), Mrs [NAME], Dr [NAME]"),
        ("Proposed: Owain Page; seconded: Ceri Bell.", "Proposed: [NAME]; seconded: [NAME]."),
        // a place's word after a given name is a person's only behind an honorific
        ("Contact: George Street, Edinburgh", "Contact: George Street, Edinburgh"),
        // the word alone is the word
        ("Email Sam Cook (sam.cook@lodge.example) with your availability.\nCook and plate breakfasts.",
         "Email [NAME] ([EMAIL]) with your availability.\nCook and plate breakfasts."),
    ])
    func surnamesThatAreWordsAfterAGivenNameThatIsNone(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Students supervised: Moumita Das (Ph.D. 2021), Sayan Ghosh (ongoing)",
         "Students supervised: [NAME] (Ph.D. 2021), [NAME] (ongoing)"),
        ("Father's Name: RAM NARESH YADAV", "Father's Name: [NAME]"),
        ("Upgraded the RAM Disk Cache.", "Upgraded the RAM Disk Cache."),
    ])
    func bengaliNamesAndAGivenNameInCapitals(input: String, expected: String) {
        #expect(india.redact(input, as: .jobDescription).text == expected)
    }

    @Test(arguments: [
        ("Amsterdammers horen als ze 14 020 bellen.", "Amsterdammers horen als ze [PHONE] bellen."),
        ("via het algemene nummer 14 010 of bel 14 0297", "via het algemene nummer [PHONE] of bel [PHONE]"),
        ("bereikbaar op 06 – 12 34 56 78", "bereikbaar op [PHONE]"),
        // a count grouped by a blank
        ("Er werken 14 020 mensen bij de gemeente.", "Er werken 14 020 mensen bij de gemeente."),
    ])
    func dutchMunicipalNumbersAndAMobileAfterAnEnDash(input: String, expected: String) {
        #expect(PIIRedactor(defaultRegion: "NL").redact(input, as: .jobDescription).text == expected)
    }
}

extension TwentiethBatchFamiliesTests {
    @Test(arguments: [
        ("Anschrift: Im Gässle 7 / 66386 St. Ingbert", "Anschrift: [ADDRESS]"),
        ("Im Gässle 7, 66386 St. Ingbert", "[ADDRESS]"),
        ("Seite 7 / 12345 Treffer", "Seite 7 / 12345 Treffer"),
    ])
    func aStreetBeforeASlashAndASaintsPlace(input: String, expected: String) {
        #expect(PIIRedactor(defaultRegion: "DE").redact(input, as: .jobDescription).text == expected)
    }

    @Test(arguments: [
        ("Bram Kuipers\nKuipers Projectmanagement", "[NAME]\nKuipers Projectmanagement"),
        ("Lena Vogel\nKonrad Zuse-Wettbewerb der Gesellschaft für Informatik",
         "[NAME]\nKonrad Zuse-Wettbewerb der Gesellschaft für Informatik"),
        ("Lena Vogel\nVogel S, Hahn I. Marine Heatwaves Reshape Diatom Communities.",
         "[NAME]\n[NAME], [NAME]. Marine Heatwaves Reshape Diatom Communities."),
        ("Lena Vogel\nUte Fischer leitete die Schule.\nRegie: Tilman Frank",
         "[NAME]\n[NAME] leitete die Schule.\nRegie: [NAME]"),
    ])
    func firmsTitlesAndGermanGivenNamesInResumes(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Mentored by Chase Young, Audit Partner.", "Mentored by [NAME], Audit Partner."),
        ("Mentored by Sarah Whitfield.", "Mentored by [NAME]."),
        ("Referred by Indeed.", "Referred by Indeed."),
        ("Hired by Goldman Sachs in 2019.", "Hired by Goldman Sachs in 2019."),
        ("Bel Noor Boukhari, teamleider Vergunningen", "Bel [NAME], teamleider Vergunningen"),
        ("toestel 209 (Lisa, office manager).", "toestel 209 ([NAME], office manager)."),
        ("Skills (Python, data engineer)", "Skills (Python, data engineer)"),
        ("Day therapy, Priscilla Bacon Lodge, Norwich", "Day therapy, Priscilla Bacon Lodge, Norwich"),
        ("I worked under Helen Lodge at the council.", "I worked under [NAME] at the council."),
    ])
    func peopleByWhomSomeoneWasMentoredOrWhoHoldARole(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}

/// The second wave's families: public figures and characters in reading lists, hobbies and firms'
/// stories, festivals and hospitals named after people, order numbers that pass Luhn's check.
extension TwentiethBatchFamiliesTests {
    @Test(arguments: [
        "I have read every Jack Reacher novel.",
        "Reading Arundhati Roy and Toni Morrison.",
        "Dissertation on Virginia Woolf and modernism.",
        "Favourite novels by Stephen King.",
        "Stewarded the Ed Sheeran concert at Wembley.",
        "Dr. Reddy's, founded in 1984, makes generics.",
        "Rosters for Ganesh Chaturthi and Dr. Ambedkar Jayanti.",
        "Stage bij het Juliana Kinderziekenhuis (HMC).",
        "CERTIFICADO DE EMPRESA",
    ])
    func publicFiguresWorksAndNamesakesStay(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("I met Sarah Jones and Tom Lee at the depot.", "I met [NAME] and [NAME] at the depot."),
        ("Reading the report with Sarah Jones.", "Reading the report with [NAME]."),
    ])
    func peopleBesideTheseWordsAreStillPeople(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Vergabe-Nr. 4500 4555 5613 6755", "Vergabe-Nr. 4500 4555 5613 6755"),
        ("Número de pedido 2024 3322 1588 5703", "Número de pedido 2024 3322 1588 5703"),
        ("Kreditkarte 4111 1111 1111 1111", "Kreditkarte [CARD]"),
    ])
    func anOrdersNumberThatPassesLuhnsCheckIsNoCard(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}

/// The numbers tester's families: the first of a month in birth dates, ids in lower case after their
/// label, "UID" and "Identificación fiscal", Australia's "13" numbers, a time before a town's PIN, a
/// part's number.
extension TwentiethBatchFamiliesTests {
    @Test(arguments: [
        ("Jean Dupont\nNé le 1er avril 1989 à Nantes", "[NAME]\nNé le [DOB] à Nantes"),
        ("Marco Rossi\nNato il 1° giugno 1990 a Roma", "[NAME]\nNato il [DOB] a Roma"),
        ("Lucía Pérez\nNacida el 1º de marzo de 1987", "[NAME]\nNacida el [DOB]"),
        // a first of the month that is no birth date
        ("Jean Dupont\nDisponible dès le 1er avril 2024", "[NAME]\nDisponible dès le 1er avril 2024"),
    ])
    func theFirstOfAMonthInABirthDate(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("NI number: jk438217c", "NI number: [SSN]"),
        ("PAN: bqrpd5512k", "PAN: [SSN]"),
        ("UID No.: 7392 0518 4631", "UID No.: [SSN]"),
        ("Identificación fiscal: 48211379K", "Identificación fiscal: [SSN]"),
        ("PAN: applied for", "PAN: applied for"),
        ("uid: 1000023 on the host", "uid: 1000023 on the host"),
        ("nota fiscal nº 000123456", "nota fiscal nº 000123456"),
        ("Replaced harness P/N 800-123-4567 on line 3", "Replaced harness P/N 800-123-4567 on line 3"),
        ("Walk-in interviews 9:30 AM – 12:30 PM, Hyderabad 500081", "Walk-in interviews 9:30 AM – 12:30 PM, [ADDRESS]"),
    ])
    func idsAfterTheirLabelsAndNumbersThatAreNone(input: String, expected: String) {
        #expect(india.redact(input, as: .jobDescription).text == expected)
    }

    @Test(arguments: [
        ("Enquiries 13 22 21", "Enquiries [PHONE]"),
        ("Call 13 77 88 or TIS National on 131 450", "Call [PHONE] or TIS National on [PHONE]"),
        ("Scored 13 22 21 in three games", "Scored 13 22 21 in three games"),
    ])
    func australiasThirteenNumbersBesideACallingWord(input: String, expected: String) {
        #expect(PIIRedactor(defaultRegion: "AU").redact(input, as: .jobDescription).text == expected)
    }
}

/// Given names alone where only a person stands, and a mail header's surname that is a word.
extension TwentiethBatchFamiliesTests {
    @Test(arguments: [
        ("Queries: Debjani from TA – +91 90070 55321.", "Queries: [NAME] from TA – [PHONE]."),
        ("Vragen? Daan van het recruitmentteam is bereikbaar.", "Vragen? [NAME] van het recruitmentteam is bereikbaar."),
        ("Paid by card. Thanks, Kevin — 408-555-0132", "Paid by card. Thanks, [NAME] — [PHONE]"),
        ("In precedenza ho lavorato con Serena e con il giornalista.", "In precedenza ho lavorato con [NAME] e con il giornalista."),
        ("Kevin, Manager of Operations, signed it.", "[NAME], Manager of Operations, signed it."),
        // a tool, a language, a place
        ("Built with Hugo, Jekyll and Netlify.", "Built with Hugo, Jekyll and Netlify."),
        ("Skills: Python, R, Julia, SQL", "Skills: Python, R, Julia, SQL"),
        ("Appel avec Sofia, Talent Acquisition", "Appel avec Sofia, Talent Acquisition"),
    ])
    func aGivenNameAloneWhereOnlyAPersonStands(input: String, expected: String) {
        #expect(PIIRedactor(defaultRegion: "GB").redact(input, as: .jobDescription).text == expected)
    }
}

/// The third wave's first families: the bracket before a whole number in brackets, a possessive after a
/// name, the Marine Corps, a suburb and its state before a postcode.
extension TwentiethBatchFamiliesTests {
    @Test(arguments: [
        ("check in with security (719-555-0152) when you arrive", "check in with security ([PHONE]) when you arrive"),
        ("Contact Wietse Bouma (085-0601234).", "Contact [NAME] ([PHONE])."),
        ("I was Ms Okafor's headteacher.", "I was Ms [NAME]'s headteacher."),
        ("Mrs Patel’s office", "Mrs [NAME]’s office"),
        // a public office's holder
        ("Briefed Prime Minister Anthony Albanese and the Health Minister Mark Butler’s office.",
         "Briefed Prime Minister Anthony Albanese and the Health Minister Mark Butler’s office."),
        ("CPR HLTAID009 current; CPR-nr: 010190-1234", "CPR HLTAID009 current; CPR-nr: [SSN]"),
        ("Served in the U.S. Marine Corps, Camp Lejeune.", "Served in the U.S. Marine Corps, Camp Lejeune."),
        ("Office: Tuggeranong Office Park, 1 Bowes Place, Phillip ACT 2606\nLocation: Tuggeranong, ACT",
         "Office: Tuggeranong Office Park, [ADDRESS]\nLocation: Tuggeranong, ACT"),
    ])
    func bracketsPossessivesCorpsAndStates(input: String, expected: String) {
        #expect(PIIRedactor(defaultRegion: "AU").redact(input, as: .jobDescription).text == expected)
    }
}

/// The UK tester's families: an initial after an honorific that is also one ("Mr D. Ashcroft"), an
/// initial without its full stop, an initial and a surname in a referees' list, a countersigner, a given
/// name's possessive before what only a person has.
extension TwentiethBatchFamiliesTests {
    @Test(arguments: [
        ("Panel: Mr D. Ashcroft (Headteacher), Dr M. Rutherford", "Panel: Mr [NAME] (Headteacher), Dr [NAME]"),
        ("Mr T Evans attended.", "Mr [NAME] attended."),
        ("References: K. Nowak, Transport Manager, Eddie Stobart", "References: [NAME], Transport Manager, Eddie Stobart"),
        ("Countersigned: H. O'Neill (Grade 7)", "Countersigned: [NAME] (Grade 7)"),
        ("I missed my sister Leanne's graduation.", "I missed my sister [NAME]'s graduation."),
        // a brand's possessive, a lone French honorific
        ("Previous experience at places like Jewel-Osco, Mariano's or Walgreens helps.",
         "Previous experience at places like Jewel-Osco, Mariano's or Walgreens helps."),
        ("M. Dupont a signé.", "M. [NAME] a signé."),
    ])
    func initialsHonorificsAndPossessives(input: String, expected: String) {
        #expect(PIIRedactor(defaultRegion: "GB").redact(input, as: .jobDescription).text == expected)
    }
}

extension TwentiethBatchFamiliesTests {
    @Test(arguments: [
        ("Ravi Kumar\n5. Aadhaar No.                                : 6323 1948 7574", "[NAME]\n5. Aadhaar No.                                : [SSN]"),
        ("Ravi Kumar\n3.  Date of Birth                              :  21/04/1997", "[NAME]\n3.  Date of Birth                              :  [DOB]"),
    ])
    func aFormsLabelPaddedToAWideColumn(input: String, expected: String) {
        #expect(india.redact(input, as: .resume).text == expected)
    }
}

extension TwentiethBatchFamiliesTests {
    /// A day of the week alone after an introducer says when, not whom; a person whose given name is a
    /// day is still one.
    @Test(arguments: [
        ("She'd like a 30-minute call Thursday at 2:00 PM MST.", "She'd like a 30-minute call Thursday at 2:00 PM MST."),
        ("Bel Donderdag voor een afspraak.", "Bel Donderdag voor een afspraak."),
        ("Please call Sarah at 2 PM.", "Please call [NAME] at 2 PM."),
        ("Please call Thursday Williams on extension 4.", "Please call [NAME] on extension 4."),
        ("Please call Domingo on extension 4.", "Please call [NAME] on extension 4."),
    ])
    func aWeekdayAfterAnIntroducerIsNoOne(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}

extension TwentiethBatchFamiliesTests {
    /// Common given names of working age the lists lacked (a check of national frequency lists), each a
    /// person with a surname; places, a magazine, a law firm and a tram stop named like people stay.
    @Test(arguments: [
        ("Referee: Renee Wallace, Store Manager", "Referee: [NAME], Store Manager"),
        ("Mentor: Rajinder Sahota (Finance)", "Mentor: [NAME] (Finance)"),
        ("Ansprechpartnerin ist Ramona Pietsch aus der Personalabteilung.", "Ansprechpartnerin ist [NAME] aus der Personalabteilung."),
        ("Worked under Carolyn Mercer and Jerry Okafor on the audit.", "Worked under [NAME] and [NAME] on the audit."),
        ("University of Michigan, Ann Arbor, MI", "University of Michigan, Ann Arbor, MI"),
        ("Scout leader, 1st Harold Wood Scout Group", "Scout leader, 1st Harold Wood Scout Group"),
        ("Editorial intern, Martha Stewart Living", "Editorial intern, Martha Stewart Living"),
        ("Associate, Cyril Amarchand Mangaldas, Mumbai", "Associate, Cyril Amarchand Mangaldas, Mumbai"),
        ("Oficinas junto al tranvía (parada Adolfo Aznar).", "Oficinas junto al tranvía (parada Adolfo Aznar)."),
        // names an outside review of the additions found as often the start of a body, a place or a product,
        // left out of them
        ("Member, Akhil Bharatiya Vidyarthi Parishad (2012–2014)", "Member, Akhil Bharatiya Vidyarthi Parishad (2012–2014)"),
        ("Office: Rohini Sector 7, New Delhi", "Office: Rohini Sector 7, New Delhi"),
        ("Configured Dante Controller and Dante Virtual Soundcard for the venue.",
         "Configured Dante Controller and Dante Virtual Soundcard for the venue."),
        // and institutions, ships and bodies named after people, by the word before or after them
        ("Grau en ADE, Universitat Ramon Llull (ESADE), 2018", "Grau en ADE, Universitat Ramon Llull (ESADE), 2018"),
        ("Marinero en la fragata Cristóbal Colón (F-105)", "Marinero en la fragata Cristóbal Colón (F-105)"),
        ("Sangeet Visharad, Akhil Bharatiya Gandharva Mahavidyalaya Mandal",
         "Sangeet Visharad, Akhil Bharatiya Gandharva Mahavidyalaya Mandal"),
    ])
    func moreGivenNamesAndWhatIsNamedLikeThem(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}
