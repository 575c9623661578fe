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
}
