@testable import ResumeRedaction
import Testing

/// What a second outside review (of the fifteenth batch's rules) found before they landed:
/// each case was redacted right before those rules and wrong with their first version.
@Suite struct FifteenthBatchReviewFindingsTests {
    @Test(arguments: [
        "Site Agent: Kier Construction, Leeds (2015 – 2019)",
        "Examiner: Pearson Edexcel",
        "Foreman: Balfour Beatty, Crossrail C510",
        "Tutor: Maths, Physics",
        "Mentor: Teach First Leadership Programme",
        "Mastered feature films to DCI Specification v1.4 and DCI Compliant DCPs",
        "Wrote the Insp. Report; Insp Date logged in SAP",
        "Supported Cllr Enquiries and Cllr Casework",
        "Coca-Cola U.S. (Georgia) Headquarters",
    ])
    func rolesAcronymsAndPlacesInBracketsNameNoOne(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        "Order reference 612 345 678 shipped from Toledo; University of Toledo alumni",
        "Student ID 912345678; exchange at Universidad de Granada, Granada",
        "Employee no. 0612345678. Erasmus in Leiden and Delft.",
        "Einsatzgebiet: PLZ 06108 – 06132 (Halle)",
        "Zona CAP 00118 – 00199",
    ])
    func placesOfAnotherCountryAndRangesMakeNoPhones(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Foreman: Paddy McGinley; site agent: Siobhan Doherty.", "Foreman: [NAME]; site agent: [NAME]."),
        ("Handy 0160 – 97 54 32 10", "Handy [PHONE]"),
    ])
    func theFamiliesTheseRulesWereForStillHold(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}
