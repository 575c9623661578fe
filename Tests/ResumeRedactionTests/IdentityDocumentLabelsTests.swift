@testable import ResumeRedaction
import Testing

private let redactor = PIIRedactor()
private func job(_ s: String) -> String { redactor.redact(s, as: .jobDescription).text }

/// National ids after labels the development corpus still missed: driver licences with a state
/// or class before the number, the German tax id's long name, a value on the label's next line.
@Suite struct IdentityDocumentLabelsTests {
    @Test(arguments: [
        ("California Driver License: P6307304 (clean record)", "California Driver License: [SSN] (clean record)"),
        ("Driver's license (state / no.):\tTX / 13534405", "Driver's license (state / no.):\tTX / [SSN]"),
        ("Driver licence: ACT C class, no. 2738419 · DOB", "Driver licence: ACT C class, no. [SSN] · DOB"),
        ("Steuer-Identifikationsnummer:\t81 064 878 923", "Steuer-Identifikationsnummer:\t[SSN]"),
        ("Passport number\nX1234567\n", "Passport number\n[SSN]\n"),
    ])
    func labelledIDs(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Driver licence: Class B since 2015, own car",
        "Passport: valid, EU citizen",
        "Passport\nSkills: Python, SQL",
    ])
    func labelsWithoutAnIDValueLeaveTheTextAlone(input: String) {
        #expect(job(input) == input)
    }
}
