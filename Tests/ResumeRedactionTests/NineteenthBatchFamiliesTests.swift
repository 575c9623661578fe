@testable import ResumeRedaction
import Testing

/// The families the nineteenth batch's writers found on arrival: numbers after German and Dutch
/// compounds naming a thing's number, saints, firms and pioneers named like people, namesakes after
/// "named after", a firm leading a labelled address, initials before a referee's role, given names.
@Suite struct NineteenthBatchFamiliesTests {
    @Test(arguments: [
        ("Leiterin einer Emmy Noether-Nachwuchsgruppe (DFG, Projektnummer 498712365)",
         "Leiterin einer Emmy Noether-Nachwuchsgruppe (DFG, Projektnummer 498712365)"),
        ("Rechnungsnummer: 0301234567, Kunden-Nr. 0301234567", "Rechnungsnummer: 0301234567, Kunden-Nr. 0301234567"),
        // a phone's and a person's numbers stay personal data
        ("Telefonnummer 030 1234567", "Telefonnummer [PHONE]"),
        ("Sozialversicherungsnummer: 16 170896 B 537", "Sozialversicherungsnummer: [SSN]"),
        ("Bel overdag op mijn werknummer 030-2318847.", "Bel overdag op mijn werknummer [PHONE]."),
    ])
    func aThingsNumberAfterAGermanOrDutchCompound(input: String, expected: String) {
        #expect(PIIRedactor(defaultRegion: "DE").redact(input, as: .jobDescription).text == expected)
    }

    @Test(arguments: [
        "Kita \"Don Bosco\" auf dem Gelände, 30 Tage Urlaub.",
        "Baker Hughes, Graduate Commercial Analyst, Sep 2016 - Aug 2019",
        "Mary Seacole Leadership Programme, completed 2022.",
        "John Lewis Partnership – Distribution Centre Automation Project",
    ])
    func saintsFirmsAndPioneersNamedLikePeople(input: String) {
        #expect(resume(input) == input)
    }

    @Test(arguments: [
        "Named after Sir William Fairbairn, the Victorian engineer, we are a consultancy.",
        "Der Preis ist benannt nach Hedwig Dohm.",
        "Borsa intitolata a Giulio Natta.",
    ])
    func aNamesakeAfterNamedAfter(input: String) {
        #expect(job(input) == input)
    }

    @Test func aFirmLeadingALabelledAddressIsNoPartOfIt() {
        let input = "Office address:\nVasudha Techlabs Pvt. Ltd., 3rd Floor, Tower B, Embassy Tech Square\nOuter Ring Road, Bengaluru, Karnataka 560103"
        #expect(job(input) == "Office address:\nVasudha Techlabs Pvt. Ltd., [ADDRESS]\n[ADDRESS]")
    }

    @Test(arguments: [
        ("We support her application.\n\nK. Kent-Walsh, Head of Sixth Form", "We support her application.\n\n[NAME], Head of Sixth Form"),
        ("Referees\nJ. Smith, Head of Sixth Form", "Referees\n[NAME], Head of Sixth Form"),
        // a degree written with an initial is none
        ("M. Tech, Software Engineer", "M. Tech, Software Engineer"),
    ])
    func initialsBeforeARefereesRole(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test func olderEnglishGivenNames() {
        #expect(resume("She volunteers with her grandmother,\nMaureen Bishop, and sings.") == "She volunteers with her grandmother,\n[NAME], and sings.")
    }
}

extension NineteenthBatchFamiliesTests {
    @Test(arguments: [
        ("Brasileira, solteira, 14/09/1994", "Brasileira, solteira, [DOB]"),
        ("Deutsch · ledig · 14.09.1994", "Deutsch · ledig · [DOB]"),
        // a licence's field nearer the date dates the licence; no status, no birth date
        ("Italiana, Patente B, 12/03/2008", "Italiana, Patente B, 12/03/2008"),
        // a letter's place and date
        ("São Paulo, 14/09/2024", "São Paulo, 14/09/2024"),
    ])
    func aDateAfterNationalityAndMaritalStatusIsTheBirthDate(input: String, expected: String) {
        #expect(resume(input) == expected)
    }
}
