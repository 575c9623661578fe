@testable import ResumeRedaction
import Testing

/// What an outside review of the twentieth batch's rules found they did worse than the rules before
/// them (b8ab782), each mended: a word surname's later mentions, camel-case words after a name, works'
/// nouns and public offices before private people, English words after a German trade, firms after an
/// initial or an ampersand, tools after "worked with", helplines and cards after labels, counts read as
/// short numbers, a chip's UID, a doctor's practice, a closing's given name that is a word.
@Suite struct TwentiethBatchReviewFindingsTests {
    @Test(arguments: [
        ("Reference letter\n\nEmma Brown joined our team in 2019. Brown consistently exceeded her targets.",
         "Reference letter\n\n[NAME] joined our team in 2019. [NAME] consistently exceeded her targets."),
        ("Reference letter\n\nDaniel Walker worked with us. Walker led the migration project.",
         "Reference letter\n\n[NAME] worked with us. [NAME] led the migration project."),
    ])
    func aWordSurnamesLaterMentionIsStillThePerson(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Sarah Jones LinkedIn: linkedin.com/in/sjones", "[NAME] LinkedIn: [URL]"),
        ("Curriculum Vitae\nAnna Weber SharePoint Administrator", "Curriculum Vitae\n[NAME] SharePoint Administrator"),
        ("Referee: Ms. Anna DellaValle, HR Manager", "Referee: Ms. [NAME], HR Manager"),
        ("Coached players including James Wilson and Tom Baker.", "Coached players including [NAME] and [NAME]."),
        ("Organised a guest lecture by Sarah Jones, CFO of Acme Ltd.", "Organised a guest lecture by [NAME], CFO of Acme Ltd."),
        ("Drafted press releases quoting Sarah Jones, our CEO.", "Drafted press releases quoting [NAME], our CEO."),
        ("Edited novels by Claire Hughes and Priya Nair.", "Edited novels by [NAME] and [NAME]."),
        ("Reference: Staff Governor Helen Marsh, Oakfield Academy", "Reference: Staff Governor [NAME], Oakfield Academy"),
        ("References: Deputy Vice Chancellor Sarah Mitchell, University of Leeds",
         "References: Deputy Vice Chancellor [NAME], University of Leeds"),
        ("Reference letter\n\nAnna Weber worked for us. Weber in her role as team lead improved output.",
         "Reference letter\n\n[NAME] worked for us. [NAME] in her role as team lead improved output."),
    ])
    func privatePeopleBesideTheNewExclusionsAreStillPeople(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Partnered with J. Crew and Gap on seasonal campaigns.",
        "Worked with T. Rowe Price on fund reporting.",
        "Software engineer. Worked with Claude, ChatGPT and Gemini in production systems.",
        "Software engineer. Worked with Luigi and Airflow in production systems.",
        "Trained by Toni & Guy Academy in cutting and colour.",
        "Hired by Ben & Jerry's for the summer season.",
        "Firmware engineer: device UID 0x3F2A9C1B read over I2C.",
    ])
    func firmsAndToolsStay(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Admission Helpline No.: 1800 425 1234", "Admission Helpline No.: [PHONE]"),
        ("Application Helpline Number: 0800 123 4567", "Application Helpline Number: [PHONE]"),
        ("Credit card account number 4539 1488 0343 6467", "Credit card account number [CARD]"),
        ("Card Account No.: 4111 1111 1111 1111", "Card Account No.: [CARD]"),
        ("Receptionist, Dr. Patel's. Duties: booking, billing.", "Receptionist, Dr. [NAME]'s. Duties: booking, billing."),
        ("Bonne journée.\nMerci, Marine", "Bonne journée.\nMerci, [NAME]"),
    ])
    func phonesCardsAndPeopleAfterLabels(input: String, expected: String) {
        #expect(PIIRedactor(defaultRegion: "IN").redact(input, as: .jobDescription).text == expected)
    }

    @Test(arguments: [
        ("AU", "Led a call centre team of 40 handling 130 000 calls a year."),
        ("AU", "Contact centre serving 135 000 members across Victoria."),
        ("NL", "Klantcontactcentrum: telefonisch contact met 14 030 inwoners per jaar."),
        ("NL", "Teamleider telefonie, nummer van medewerkers: 14 020 gesprekken per maand afgehandeld."),
    ])
    func countsAreNoShortServiceNumbers(region: String, input: String) {
        #expect(PIIRedactor(defaultRegion: region).redact(input, as: .jobDescription).text == input)
    }
}

extension TwentiethBatchReviewFindingsTests {
    /// A private person who shares a public figure's name is taken as anyone else: a list of public
    /// figures kept wherever their names stood (withdrawn after an outside review) kept referees,
    /// contacts and senders named like them, and half a mail header's name.
    @Test(arguments: [
        ("Contact: Dr. M. S. Dhoni, Orthopaedic Surgeon, Ranchi", "Contact: Dr. [NAME], Orthopaedic Surgeon, Ranchi"),
        ("Referenz: Dr. Angela Merkel, Fachärztin für Allgemeinmedizin, Praxis am Markt, Bochum",
         "Referenz: Dr. [NAME], Fachärztin für Allgemeinmedizin, Praxis am Markt, Bochum"),
        ("Per informazioni contattare il sig. Matteo Salvini, responsabile di reparto",
         "Per informazioni contattare il sig. [NAME], responsabile di reparto"),
        ("Referee: Dr. C. V. Raman, Professor, Department of Chemistry, PSG College of Technology",
         "Referee: Dr. [NAME], Professor, Department of Chemistry, PSG College of Technology"),
        ("From: Kevin Rudd <kevin.rudd@bigpond.com>", "From: [NAME] <[EMAIL]>"),
    ])
    func aPrivatePersonNamedLikeAPublicFigureIsTaken(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}

extension TwentiethBatchReviewFindingsTests {
    /// Firms, forces, products, places and an index after people's labels stay. Names after new role
    /// labels (`Site superintendent:`, `Project lead:`, `Chair:`) and authors after grant labels
    /// (`Co-investigators:`, `CIs`) were withdrawn after an outside review found these taken.
    @Test(arguments: [
        "Change CHG0031337 — Affected CIs: Exchange DB, Citrix VDA, Oracle EBS; Risk: High",
        "PHOENIX — Investigators: Phoenix PD, Maricopa County SO. No arrests have been made.",
        "Independent review of rail fares (2022)\nAuthors: Deloitte LLP",
        "# model card\nModel authors: Mistral AI, NVIDIA\nLicense: Apache-2.0",
        "CONTENTS\n1 Introduction ........ 1\n12 Subject Index ........ 230\n13 Author Index A – Z ........ 245",
        "Project lead: Elizabeth Tower (conservation), 2017–2022",
        "Supervisor: Albert Hall Refurbishment",
        "Lead: Jordan Lake (dam safety review)",
        "Chair: Grace Church, Hillsborough",
    ])
    func whatFollowsAPeopleLabelAndIsNoOneStays(input: String) {
        #expect(job(input) == input)
    }

    @Test func aWardNamedLikeAPersonStaysAfterItsManagersLabel() {
        let input = "Chloe Bennett\nNurse Unit Manager\nWard manager: Elizabeth Ward (24-bed surgical), 2018–2023\n"
            + "Led Ward rounds and audits across Elizabeth Ward and Nightingale Ward."
        #expect(resume(input) == "[NAME]\nNurse Unit Manager\nWard manager: Elizabeth Ward (24-bed surgical), 2018–2023\n"
            + "Led Ward rounds and audits across Elizabeth Ward and Nightingale Ward.")
    }
}
