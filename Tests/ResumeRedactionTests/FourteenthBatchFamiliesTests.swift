@testable import ResumeRedaction
import Testing

/// The families the fourteenth batch's writers found (links and contact blocks as Brazilian,
/// Spanish and Dutch CVs write them; keep-heavy US, German and Indian documents; UK names).
@Suite struct FourteenthBatchFamiliesTests {
    @Test(arguments: [
        ("my old foreman Seamus Quigley (07700 900 186) is happy to help",
         "my old foreman [NAME] ([PHONE]) is happy to help"),
        ("Managing Director, Jordan & Sons (01632 960 217); Paul", "Managing Director, Jordan & Sons ([PHONE]); Paul"),
        ("Tel (07700 900 186) any time", "Tel ([PHONE]) any time"),
    ])
    func aWholeNumberInBracketsIsReadFromItsFirstDigit(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Werkstudent · 0152 / 0941 7382", "Werkstudent · [PHONE]"),
        ("Tel.: 06894 / 59 18 33", "Tel.: [PHONE]"),
    ])
    func aSlashBetweenBlanksJoinsAGermanAreaCode(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Mobile No.           : 9822 413 507", "Mobile No.           : [PHONE]"),
        ("Contato: 85 9 8704-3321 · gabriel@example.com", "Contato: [PHONE] · [EMAIL]"),
        ("Contacto: 658 12 43 79", "Contacto: [PHONE]"),
        ("Erreichbar unter 06894 38 71 20 oder per Mail", "Erreichbar unter [PHONE] oder per Mail"),
        ("Whatsapp al 658 12 43 79", "Whatsapp al [PHONE]"),
    ])
    func labelsPaddedToAColumnOrJoinedByAWordStillLabel(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "CONTACT                                         2016 - 2021  Ontwerper, Studio Dumbar",
        "Zeitraum 01 / 2019 bis 03 / 2021",
        "We work on 1 250 000 orders a year.",
    ])
    func paddingWithoutAColonAndDateSlashesAreNoLabelsNorPhones(input: String) {
        #expect(job(input) == input)
    }
}
