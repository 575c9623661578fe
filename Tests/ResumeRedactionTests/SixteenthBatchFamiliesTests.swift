@testable import ResumeRedaction
import Testing

/// The families the sixteenth batch's writers found (UK and Indian names in more genres, Brazilian
/// links, Dutch phones, keep-heavy US, German and Indian documents).
@Suite struct SixteenthBatchFamiliesTests {
    @Test(arguments: [
        ("Supervisors: Prof. Eilidh Fraser and Dr Iain McAllister.\nVisiting researcher (hosted by Dr Szymon Nowak).",
         "Supervisors: Prof. [NAME] and Dr [NAME].\nVisiting researcher (hosted by Dr [NAME])."),
        ("Contact Mrs Gwenllian Pritchard today.", "Contact Mrs [NAME] today."),
    ])
    func anHonorificStaysOutsideTheNameAndIsNoNameWord(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("For accommodation requests contact the AskGS team at 1-877-555-0104.", "For accommodation requests contact the AskGS team at [PHONE]."),
        ("Contact Jo-Ann Smith at the desk", "Contact [NAME] at the desk"),
        ("Contact Angus MacLEOD today", "Contact [NAME] today"),
    ])
    func aBrandInCamelCaseIsNoOne(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "2016 – present  Senior Marine Surveyor, Lloyd's Register, Belfast",
        "U.S. Army, 1st Battalion, 75th Ranger Regiment, Hunter Army Airfield, GA (2010 – 2016)",
        "Professor Adjunto – Departamento de Ciência da Computação, UFMG",
        "Online applications open from 01.09.2025 (10:00 hrs) to 30.09.2025 (23:59 hrs).",
        "Single-atom catalysts on ceria. ACS Catalysis, v. 13, p. 10244-10256, 2023.",
    ])
    func rolesRanksBasesDatesAndPageRangesStay(input: String) {
        let r = PIIRedactor(defaultRegion: "IN")
        #expect(r.redact(input, as: .jobDescription).text == input)
    }

    @Test(arguments: [
        ("BHARAT HEAVY ELECTRICALS LIMITED\nName of the Candidate: SUNITA YADAV", "BHARAT HEAVY ELECTRICALS LIMITED\nName of the Candidate: [NAME]"),
        ("WHAT MANAGERS SAY\n\"Calm and reliable.\" — Janet Oyelaran-Smith, Store Manager", "WHAT MANAGERS SAY\n\"Calm and reliable.\" — [NAME], Store Manager"),
    ])
    func aFirmOrASectionHeadingIsNoCandidate(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("\"Present: Cllr Nusrat Begum (Chair), Tahmina Chowdhury (Treasurer), J. O'Driscoll, K. Osei-Bonsu. In attendance: Lena Price (Manager).",
         "\"Present: Cllr [NAME] (Chair), [NAME] (Treasurer), [NAME], [NAME]. In attendance: [NAME] (Manager)."),
        ("Team: G. V. Sai Kiran, P. Lakshmi, Md. Imran, K. Ganga Bhavani.", "Team: [NAME], [NAME], [NAME], [NAME]."),
        ("Panel: Dr A. Shah, Mr B. Lowe and Fiona Drummond", "Panel: Dr [NAME], Mr [NAME] and [NAME]"),
        ("Team: Platform, Payments and Search", "Team: Platform, Payments and Search"),
        ("Team: John Lewis, Marks & Spencer", "Team: John Lewis, Marks & Spencer"),
        ("Present: 2019", "Present: 2019"),
    ])
    func thePeopleOfAListAfterAPresentOrTeamLabel(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Present: Nusrat Begum (Chair), Tahmina Chowdhury, Lena Price.\nItem 6. TC presented the accounts. NB asked LP to draft the policy.",
         "Present: [NAME] (Chair), [NAME], [NAME].\nItem 6. [NAME] presented the accounts. [NAME] asked [NAME] to draft the policy."),
        ("Present: Abdul Karim Miah, Bethan Hughes.\nscored by BH and AKM only. AKM to telephone the candidate.",
         "Present: [NAME], [NAME].\nscored by [NAME] and [NAME] only. [NAME] to telephone the candidate."),
        // initials of no one found, or a place's or a unit's letters, stay
        ("Present: Dana Cole, Mark Walsh.\nWe met in Washington DC and built 72 MW of solar. TC presented.",
         "Present: [NAME], [NAME].\nWe met in Washington DC and built 72 MW of solar. TC presented."),
        ("Present: Jane Smith, Ian Taylor.\nSkills: JS and TS", "Present: [NAME], [NAME].\nSkills: JS and TS"),
    ])
    func aFoundPersonsInitialsActingInASentenceAreThem(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Apologies were received from Cllr Moira.", "Apologies were received from Cllr [NAME]."),
        ("Friday prayers were led by Imam Hafiz.", "Friday prayers were led by Imam [NAME]."),
        ("Marshal to HHJ Philippa, Snaresbrook Crown Court", "Marshal to HHJ [NAME], Snaresbrook Crown Court"),
        ("Cllr Casework Team", "Cllr Casework Team"),
        ("Father Christmas visited", "Father Christmas visited"),
    ])
    func titlesThatNameAPersonBeforeAKnownGivenName(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("two of our players (Isla and Morven) went on", "two of our players ([NAME] and [NAME]) went on"),
        ("my parents, Pádraig and Nuala Ó Briain.", "my parents, [NAME] and [NAME]."),
        ("(team of 6, with Ishita and Rahul M.)", "(team of 6, with [NAME] and [NAME])"),
        ("Marks and Spencer", "Marks and Spencer"),
        ("Ben and Jerry's", "Ben and Jerry's"),
        ("Victoria and Albert Museum", "Victoria and Albert Museum"),
        ("Peter and Paul Fortress", "Peter and Paul Fortress"),
    ])
    func twoKnownGivenNamesJoinedByAndAreTwoPeople(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("R. S. Lakshmi Narayanan\nEngineer\n[2] S. Muthukumar, R. S. Lakshmi Narayanan, and T. V. Vijayalakshmi, \"Deep unfolding,\" IEEE Commun. Lett., 2023.",
         "[NAME]\nEngineer\n[2] [NAME], [NAME], and [NAME], \"Deep unfolding,\" IEEE Commun. Lett., 2023."),
        // a journal's abbreviations after an author are no author
        ("Lena Berg\nChemist\nL. Berg, J. Am. Chem. Soc. 2023, 145, 11842.", "[NAME]\nChemist\n[NAME], J. Am. Chem. Soc. 2023, 145, 11842."),
    ])
    func authorsWithTheirInitialsFirst(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Bel of app Esther op 06-28 37 46 19 (tussen 18.00 en 20.00 uur) of bel Rutger op 023 - 525 14 60.",
         "Bel of app [NAME] op [PHONE] (tussen 18.00 en 20.00 uur) of bel [NAME] op [PHONE]."),
        ("bel Anouk of Sven op 030 - 232 45 90", "bel [NAME] of [NAME] op [PHONE]"),
        ("Interesse? Bel of WhatsApp Ilse van ons recruitmentteam: 06 - 4532 1087", "Interesse? Bel of WhatsApp [NAME] van ons recruitmentteam: [PHONE]"),
        ("email Shirin Akhtar (shirin@example.org)", "email [NAME] ([EMAIL])"),
        ("call Reception on 0113 496 0000", "call Reception on [PHONE]"),
        ("Ring Sales Team on 0113 496 0001", "Ring Sales Team on [PHONE]"),
        ("Visit Hope Street on 0113 496 0002", "Visit Hope Street on [PHONE]"),
        ("Bel ons kantoor", "Bel ons kantoor"),
    ])
    func aPersonToRingOrWriteTo(input: String, expected: String) {
        #expect(PIIRedactor(defaultRegion: "NL").redact(input, as: .jobDescription).text == expected)
    }

    @Test(arguments: [
        ("Brother   : Aniket (elder, married) – Assistant Manager, Bajaj Auto", "Brother   : [NAME] (elder, married) – Assistant Manager, Bajaj Auto"),
        ("D/o             : Thiru Murugan", "D/o             : Thiru [NAME]"),
        ("Forenames: Mei Ling    Known as: Michelle", "Forenames: [NAME]    Known as: [NAME]"),
        ("Sister: Pursuing MBA", "Sister: Pursuing MBA"),
        ("where my manager, Tomasz, has trusted me", "where my manager, [NAME], has trusted me"),
        ("my mum, Rukhsana, went back to college", "my mum, [NAME], went back to college"),
        ("my favourite Python library and our Victoria office", "my favourite Python library and our Victoria office"),
    ])
    func relativesAndPeopleNamedByTheirRole(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("– Contentieux prud'homal : 35 dossiers par an, dont RG n° 22/01234 (CPH Lyon)", "– Contentieux prud'homal : 35 dossiers par an, dont RG n° 22/01234 (CPH Lyon)"),
        ("RG: 12.345.678-9", "RG: [SSN]"),
    ])
    func aFrenchCourtsCaseNumberIsNoBrazilianRG(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("NHS number for occupational health: 695 781 3517", "NHS number for occupational health: [SSN]"),
        ("4. Date of birth (as per High School certificate): 11-02-2000", "4. Date of birth (as per High School certificate): [DOB]"),
        ("Date of birth (see attached) 11-02-2000", "Date of birth (see attached) 11-02-2000"),
    ])
    func whatALabelledNumberOrDateIsForBeforeItsColon(input: String, expected: String) {
        #expect(PIIRedactor(defaultRegion: "GB").redact(input, as: .resume).text == expected)
    }
}
