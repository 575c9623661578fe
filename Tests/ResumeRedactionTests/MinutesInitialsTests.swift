@testable import ResumeRedaction
import Testing

/// The people of a minutes' list and their initials later on: an initial without its full stop behind
/// an honorific and a surname that is a word no longer end the list ("Mr T Evans", "Mrs Ceri
/// Street"), and initials in a bracketed list of them are people ("The panel (JW, DA, IB)").
@Suite struct MinutesInitialsTests {
    @Test(arguments: [
        ("Panel: Dr R. J. Khan (Chair), Mr T Evans, Prof. S. K. Gupta, Ms D. O'Brien\nTE and SKG preferred Dr Obi; feedback to be given by DO'B.",
         "Panel: Dr [NAME] (Chair), Mr [NAME], Prof. [NAME], Ms [NAME]\n[NAME] and [NAME] preferred Dr [NAME]; feedback to be given by [NAME]."),
        ("Present: Dr Owain Page (Chair), Mrs Ceri Street, Dr Holly Marsh, Mr Huw Castle\nACTION: HM to report back in March.",
         "Present: Dr [NAME] (Chair), Mrs [NAME], Dr [NAME], Mr [NAME]\nACTION: [NAME] to report back in March."),
        ("Present: Mrs J. Whitworth (Chair), Mr D. Ashcroft, Cllr Imran Bashir\nThe panel (JW, DA, IB) recommended Miss Rachel Fairclough.",
         "Present: Mrs [NAME] (Chair), Mr [NAME], Cllr [NAME]\nThe panel ([NAME], [NAME], [NAME]) recommended Miss [NAME]."),
    ])
    func listedPeopleAndTheirInitials(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        // letters in brackets that are no listed person's, or not a list of initials
        ("Present: Mrs J. Whitworth (Chair), Mr D. Ashcroft\nStack (API, SQL) and the DA (JW) budget.",
         "Present: Mrs [NAME] (Chair), Mr [NAME]\nStack (API, SQL) and the DA (JW) budget."),
        // a list of things after the label, without honorifics or behind others' letters
        ("Team: Platform Page, Street Team\n", "Team: Platform Page, Street Team\n"),
        ("Team: Eng Platform, Gen AI\nYou will report to the Head of Engineering.", "Team: Eng Platform, Gen AI\nYou will report to the Head of Engineering."),
        // codes that happen to be listed people's initials, no group of people before them
        ("Present: Nadia Young, Sam Fox, Laura Adams\n2. Hiring in both hubs (NY, SF) continues.",
         "Present: [NAME], [NAME], [NAME]\n2. Hiring in both hubs (NY, SF) continues."),
    ])
    func whatIsNoListedPersonStays(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}

/// Recipients of a mail header written surname first, and a grant's or a paper's partner after
/// "co-PI with" and the like.
@Suite struct MailHeaderAndPartnerNamesTests {
    @Test(arguments: [
        ("To: Street, Gary; Moss, Hannah\nCc: Hill, Rose; Fox, Helen\nSubject: Reference",
         "To: [NAME]; [NAME]\nCc: [NAME]; [NAME]\nSubject: Reference"),
        ("From: Okafor, Ngozi <n.okafor@example.org>\nSent: Monday", "From: [NAME] <[EMAIL]>\nSent: Monday"),
        ("Grant JRG-317 (co-PI with L. Okonkwo), $150,000", "Grant JRG-317 (co-PI with [NAME]), $150,000"),
        ("Thesis co-supervised with L. Okonkwo.", "Thesis co-supervised with [NAME]."),
    ])
    func recipientsAndPartnersAreTaken(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        // no given name; a department and its firm; a city and its region
        ("To: Paris, France; Berlin, Germany\n", "To: Paris, France; Berlin, Germany\n"),
        ("From: Talent Acquisition, Unilever <talent@unilever.example>", "From: Talent Acquisition, Unilever <[EMAIL]>"),
        ("To: Melbourne, Victoria", "To: Melbourne, Victoria"),
    ])
    func placesAndFirmsStay(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}
