@testable import ResumeRedaction
import Testing

/// National ids after labels the development corpus still missed: driver licences with a state
/// or class before the number, the German tax id's long name, a value on the label's next line.
@Suite struct IdentityDocumentLabelsTests {
    @Test(arguments: [
        ("California Driver License: P6307304 (clean record)", "California Driver License: [SSN] (clean record)"),
        ("Driver's license (state / no.):\tTX / 13534405", "Driver's license (state / no.):\tTX / [SSN]"),
        ("Driver licence: ACT C class, no. 2738419 · DOB", "Driver licence: ACT C class, no. [SSN] · DOB"),
        ("Steuer-Identifikationsnummer:\t81 064 878 923", "Steuer-Identifikationsnummer:\t[SSN]"),
        ("Passport number\nX1234567\n", "Passport number\n[SSN]\n"),
        ("CPF 993.092.306-30 · Título 6680 9321 0388", "CPF [SSN] · Título [SSN]"),
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

    /// Numbers that look like cards, ids or phones after the labels of parts, items and fiscal
    /// notes, and a 44-digit access key in groups of four.
    @Test(arguments: [
        "Sensorsoftware für Teilenummer 0 281 006 172 (Drucksensor)",
        "a typical key was SKU 204-118-3307.",
        "Cargas de autopeças com nota fiscal nº 000.184.372.",
        "Chave de acesso: 3524 0376 4283 1100 0118 5500 1000 1843 7214 8213 5097",
    ])
    func partItemAndFiscalNumbersAreKept(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Phone +91 98450 12345 2345 6789 0124", "Phone +91 98450 12345 [SSN]"),
        ("Chave PIX: (11) 98765-4321", "Chave PIX: [PHONE]"),
        ("Model Agency: +44 20 7946 0123", "Model Agency: [PHONE]"),
    ])
    func idsAndPhonesNextToOtherNumbers(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aCardBeforeShortGroupsIsStillACard() {
        #expect(job("Card 4539 1488 0343 6467 06 12 34 56").hasPrefix("Card [CARD]"))
    }

    @Test(arguments: [
        "National ID\nISO 27001 certified",
        "ID card\n2019-2024",
        "Título\n2015-2019 Grado en Derecho",
        "Título: 2015-2019 Grado en Derecho",
    ])
    func valuesOnTheNextLineOrAfterADegreeAreNoIDs(input: String) {
        #expect(job(input) == input)
    }

    @Test func spanishSocialSecurityAfterAnAbbreviatedLabel() {
        #expect(job("N.º afiliación S. S.: 28/87366851/55") == "N.º afiliación S. S.: [SSN]")
    }

    @Test(arguments: [
        "Integração com a SEFAZ: nota de homologação nº 000.004.517, emitida em 2021",
    ])
    func testNoteNumbersAreKept(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        "Amtsgericht Kassel HRB 4821 · Steuernummer 026 235 41870",
        "Amtsgericht Charlottenburg HRB 198412 B · USt-IdNr. DE 298 765 431 · Steuernummer 27/512/34567",
    ])
    func aFirmsTaxNumberOnItsRegisterLineIsKept(input: String) {
        #expect(job(input) == input)
    }

    @Test func aPersonsTaxNumberElsewhereIsStillAnID() {
        #expect(job("Steuer-ID: 81 064 878 923") == "Steuer-ID: [SSN]")
    }
}
