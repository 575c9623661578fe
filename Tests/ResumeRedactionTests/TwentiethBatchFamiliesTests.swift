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
