@testable import ResumeRedaction
import Testing

/// What an outside review of the ninth batch's rules found: leaks and over-redaction, each mended.
@Suite struct NinthBatchReviewFindingsTests {
    @Test(arguments: [
        // the surname rule is the candidate's surname's only: a given name after "als" or "via" is the person
        ("Daan Visser\nKoch\nOok wel bekend als Daan. Contact via Daan.", "[NAME]\nKoch\nOok wel bekend als [NAME]. Contact via [NAME]."),
        ("Max Müller\nKoch\nAuch bekannt als Max.", "[NAME]\nKoch\nAuch bekannt als [NAME]."),
        ("Sarah Mitchell\nAnalyst\nI worked for Sarah at Acme; lucky to work for Mitchell.",
         "[NAME]\nAnalyst\nI worked for [NAME] at Acme; lucky to work for [NAME]."),
        ("Sarah Mitchell\nAnalyst\nReferee: Dr. Anna Berg. I worked for Berg at Acme.",
         "[NAME]\nAnalyst\nReferee: Dr. [NAME]. I worked for [NAME] at Acme."),
        // a joiner passes to an institution's word only: curators are no institution
        ("Jane Doe\nAnalyst\nMuseum curators Anna and Peter Weber, Tate Modern", "[NAME]\nAnalyst\nMuseum curators [NAME] and [NAME], Tate Modern"),
    ])
    func peopleStayNamed(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        // a flat's or a building's part is the address's, whatever words it holds
        ("Apt 3, Museum Tower, 5 Broad Street, New York, NY 10004", "[ADDRESS]"),
        ("Flat 9, Hospital View, 12 King Street, Leeds LS1 2HL", "[ADDRESS]"),
        ("School House Cottage, 4 Church Road, Haverhill CB9 7UD", "[ADDRESS]"),
        // "PO:" is no purchase order's label
        ("Mobile: +91 98765 43210\nPO: 98765 43211", "Mobile: [PHONE]\nPO: [PHONE]"),
    ])
    func personalDataStaysRedacted(input: String, expected: String) {
        #expect(PIIRedactor(defaultRegion: "IN").redact(input, as: .jobDescription).text == expected)
    }

    @Test(arguments: [
        "Skills: Java, C/ Python 3, Rust",
        "Languages: C/ Objective-C 2, Swift 5",
        "Projects: Praia Grande Surf School, 12 instructors",
        "Led the Plaça del Rei 4 exhibition.",
        "Crowned Miss London 2019.",
        "Follow @Microsoft on LinkedIn.",
    ])
    func ordinaryTextStays(input: String) {
        #expect(job(input) == input)
    }

    @Test func aPlaceUnderAStreetEndsBeforeOtherWords() {
        #expect(job("Hauptstraße 5\n10115 Berlin bei Siemens") == "[ADDRESS]\n[ADDRESS] bei Siemens")
    }
}
