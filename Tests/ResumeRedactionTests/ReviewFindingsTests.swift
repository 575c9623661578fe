@testable import ResumeRedaction
import Testing

/// What an outside review of redactor version 3 found, each kept right by a test: personal
/// data a broad rule let through, and ordinary text a new rule took.
@Suite struct ReviewFindingsTests {
    @Test(arguments: [
        ("Reference: Jane Smith 555-123-4567", "[PHONE]"),
        ("Reference Anna Weber +49 151 23456789", "[PHONE]"),
        ("Policy Holder SSN 123-45-6789", "[SSN]"),
        ("Case Worker Tel. +1 415 555 0132", "[PHONE]"),
        ("Company Phone: (415) 555-0132", "[PHONE]"),
        ("SSN-123-45-6789", "[SSN]"),
    ])
    func numbersAfterPeopleAndLabelsAreStillRedacted(input: String, placeholder: String) {
        #expect(job(input).contains(placeholder), "\(job(input))")
    }

    @Test(arguments: [
        "Job Title: Senior Engineer", "Job Description", "Floor Plan review", "Harm Reduction programme",
        "Best Paper, NeurIPS 2021", "Best Buy, 2019", "Hello World!", "Welcome Aboard!", "Thanks Giving Drive, 2019",
        "Firma: Schmidt Logistik, Hamburg", "Software Engineer, bol.com, 2019 - 2021", "@pytest.fixture()",
        "Dale Carnegie course", "Raymond James Financial",
    ])
    func ordinaryTextStays(input: String) {
        #expect(job(input) == input)
    }

    @Test func candidatesSurnameNextToAYearIsTheCandidate() {
        #expect(resume("Jane Doe\nEngineer\nAwards (Doe, 2019); Doe, 2018.") == "[NAME]\nEngineer\nAwards ([NAME], 2019); [NAME], 2018.")
        #expect(resume("Jane Doe\nEngineer\nAs Doe, a senior engineer, said") == "[NAME]\nEngineer\nAs [NAME], a senior engineer, said")
    }

    @Test func headingsThatAreNoNames() {
        #expect(resume("Porto, Portugal | +351 912 345 678\nJoão Silva\nEngenheiro").hasPrefix("Porto, Portugal"))
        #expect(resume("C U R R I C U L U M   V I T A E\nJane Doe\nCurriculum highlights") == "C U R R I C U L U M   V I T A E\n[NAME]\nCurriculum highlights")
    }

    @Test func aMonthNamedLikeAPersonStaysAMonth() {
        #expect(job("Contact June Lee for details. In June 2020 we shipped.") == "Contact [NAME] for details. In June 2020 we shipped.")
    }

    @Test func windowsLineEnds() {
        #expect(job("Kind regards,\r\n\r\nXyla Quorn") == "Kind regards,\r\n\r\n[NAME]")
        #expect(job("nato a Modena il\r\n12/01/1985") == "nato a Modena il\r\n[DOB]")
    }
}
