@testable import ResumeRedaction
import Testing

private let redactor = PIIRedactor()
private func job(_ s: String) -> String { redactor.redact(s, as: .jobDescription).text }
private func resume(_ s: String) -> String { redactor.redact(s, as: .resume).text }

/// The address families of the tenth batch (postal addresses as each country writes them):
/// forms that give an address a field per part, the lines of a block above its street line,
/// landmarks and bracketed regions, spaced and hyphenated Indian PINs, Brazilian and Spanish
/// street abbreviations and unit words, CEDEX and boxes, and German streets after a preposition.
@Suite struct TenthBatchAddressFamiliesTests {
    // MARK: forms: a field per part of the address

    @Test(arguments: [
        ("Address line 1: Flat 2/1\nAddress line 2: 48 Garnethill Street\nTown/City: Glasgow\nPostcode: G3 6QE",
         "Address line 1: [ADDRESS]\nAddress line 2: [ADDRESS]\nTown/City: [ADDRESS]\nPostcode: [ADDRESS]"),
        ("Logradouro: Rua Tenente Durval Cunha\nComplemento: casa 2, fundos\nBairro: Vila Galvão",
         "Logradouro: [ADDRESS]\nComplemento: [ADDRESS]\nBairro: [ADDRESS]"),
        ("Straße und Hausnummer: Hauptstraße 112b\nOrtsteil: Haardt\nPLZ, Ort: 67433 Neustadt an der Weinstraße",
         "Straße und Hausnummer: [ADDRESS]\nOrtsteil: [ADDRESS]\nPLZ, Ort: [ADDRESS]"),
        ("Adresse : Villa Les Oliviers, chemin de la Garrigue\nComplément : Hameau de Saint-Pons\nCode postal / Ville : 34190 Ganges",
         "Adresse : [ADDRESS]\nComplément : [ADDRESS]\nCode postal / Ville : [ADDRESS]"),
        ("C.P. y localidad: 29649 Mijas Costa (Málaga)", "C.P. y localidad: [ADDRESS]"),
    ])
    func aFormsAddressPartsAreAddresses(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Address: available on request",
        "Address: via the candidate portal only",
        "Complemento salarial: 300 € al mes",
        "Town planning, City & Guilds Level 3",
        "Order code: 12345 Widgets",
        "Bairro do Limoeiro (série de TV), temporada 2",
    ])
    func fieldsThatHoldNoAddressPartStay(input: String) {
        #expect(job(input) == input)
    }
}
