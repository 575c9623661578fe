@testable import ResumeRedaction
import Foundation
import Testing

/// The lines of a postal address block that hold no number or postcode of their own (the tenth
/// batch's addresses file: house names, localities, post towns, counties and countries on lines
/// of their own), and the lines next to an address that are no part of it.
@Suite struct AddressBlockLinesTests {
    @Test(arguments: [
        ("Hannah Price\n3 Mill Road\nLittle Wratting\nHaverhill\nSuffolk\nCB9 7UD\nMobile: 07700 900123",
         "[NAME]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\nMobile: [PHONE]"),
        ("Mr Tom Baker\nBrackenside\nPortinscale\nKESWICK\nCA12 5RE\n\nMountain Leader.",
         "Mr [NAME]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n\nMountain Leader."),
        ("Gwen Morgan\nTŷ Gwyn\nHeol y Felin\nLlanarth\nSA47 0NP\nWales, United Kingdom\nPhone: 01632 960123",
         "[NAME]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\nPhone: [PHONE]"),
        ("Rafael Lima\nFuncionários – Belo Horizonte/MG\n30130-009\nAdvogado.",
         "[NAME]\n[ADDRESS]\n[ADDRESS]\nAdvogado."),
    ])
    func theLinesOfABlockAroundAPostcodeAreTheAddress(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        // a recipient's name, role, department and firm above the address; labels and prose around it
        ("Ms Priya Raman\nHead of Quality\nDepartamento de Recursos Humanos\nSmith & Nephew plc\nCB9 7UD\nTelefon\nDear Ms Raman,",
         "Ms [NAME]\nHead of Quality\nDepartamento de Recursos Humanos\nSmith & Nephew plc\n[ADDRESS]\nTelefon\nDear Ms [NAME],"),
        ("Our office is in the old mill\nCB9 7UD\nWe are hiring.", "Our office is in the old mill\n[ADDRESS]\nWe are hiring."),
        ("Priya Raman\nCB9 7UD", "[NAME]\n[ADDRESS]"),
        // over a town and postcode line, without a street line: a title, a firm, contract types
        ("Jane Doe\nMidwife\nLeeds LS1 4AP\nMon - Fri, Days", "[NAME]\nMidwife\n[ADDRESS]\nMon - Fri, Days"),
        ("Bauleiter Tiefbau\nHochtief Infrastructure\nFestanstellung\nVollzeit\n45128 Essen\nEnglisch, Deutsch",
         "Bauleiter Tiefbau\nHochtief Infrastructure\nFestanstellung\nVollzeit\n[ADDRESS]\nEnglisch, Deutsch"),
    ])
    func linesThatAreNoPartOfTheBlockStay(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aBlockWithCRLFLineEndsIsTheSame() {
        let lf = "Hannah Price\n3 Mill Road\nLittle Wratting\nHaverhill\nCB9 7UD\nEngland, United Kingdom\nMobile: 07700 900123"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(resume(lf) == "[NAME]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\nMobile: [PHONE]")
        #expect(resume(crlf) == resume(lf).replacingOccurrences(of: "\n", with: "\r\n"))
    }
}
