@testable import ResumeRedaction
import Testing

/// The families the ninth batch's writers found (links and contact lines; ordinary text beside
/// personal data): Catalan and abbreviated Spanish streets, elided French names, places of more
/// than one word, institutions before their address, surnames that are cities, and a
/// candidate's surname standing for a trade or a street.
@Suite struct NinthBatchFamiliesTests {
    @Test(arguments: [
        ("Plaça del Rei 4, 17600 Figueres", "[ADDRESS]"),
        ("C/ Mayor 18, 37002 Salamanca", "[ADDRESS]"),
        ("Oficina\nc/ de Sants, 112", "Oficina\n[ADDRESS]"),
        ("12 place de l'Iris, 92400 Courbevoie", "[ADDRESS]"),
        ("Feldmann GmbH\nIndustriestraße 9\n72160 Horb am Neckar\nTel.", "Feldmann GmbH\n[ADDRESS]\n[ADDRESS]\nTel."),
        ("Praia de Botafogo, 190", "[ADDRESS]"),
    ])
    func streetsAndPlacesOfOtherShapesAreAddresses(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func anInstitutionBeforeItsAddressStaysButAStreetNamedAfterOneDoesNot() {
        #expect(job("Technische Universiteit Eindhoven, Groene Loper 19, 5612 AP Eindhoven")
                == "Technische Universiteit Eindhoven, [ADDRESS]")
        #expect(job("Campus office: 350 University Avenue, Palo Alto, CA 94301") == "Campus office: [ADDRESS]")
    }

    @Test(arguments: [
        ("Julien Paris\n27 cours Lafayette, 69006 Lyon\n\nJe vis à Paris depuis 2010.",
         "[NAME]\n[ADDRESS]\n\nJe vis à Paris depuis 2010."),
        ("Personalfragebogen – Anlage zum Lebenslauf\n\nName, Vorname:   Berlin, Thomas\nGeburtsort: Hamburg\n\nHerr Berlin wohnt in Berlin.",
         "Personalfragebogen – Anlage zum Lebenslauf\n\nName, Vorname:   [NAME]\nGeburtsort: Hamburg\n\nHerr [NAME] wohnt in Berlin."),
    ])
    func aSurnameThatIsACityIsStillTheCandidates(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: ["Paris, Texas\nRoute 66 through the desert.", "London Paris\nRoute planning for the Eurostar."])
    func placesAloneAreNoHeadingName(input: String) {
        #expect(resume(input) == input)
    }

    @Test(arguments: [
        ("LEBENSLAUF\n\nName:  Jonas Koch\n\n2012 – 2015  Ausbildung zum Koch, Dallmayr Restaurant, München (IHK)",
         "LEBENSLAUF\n\nName:  [NAME]\n\n2012 – 2015  Ausbildung zum Koch, Dallmayr Restaurant, München (IHK)"),
        ("Javier Serrano Molina\nCalidad\n2011 – 2013  Becario, departamento de alimentación de El Corte Inglés, oficinas de la calle Serrano (Madrid)",
         "[NAME]\nCalidad\n2011 – 2013  Becario, departamento de alimentación de El Corte Inglés, oficinas de la calle Serrano (Madrid)"),
        // not after any preposition: "questions at Koch" is still the candidate
        ("Jan Koch\nKüchenchef\nQuestions at Koch or at Jan.", "[NAME]\nKüchenchef\nQuestions at [NAME] or at [NAME]."),
    ])
    func aCandidatesSurnameForATradeOrAStreetStays(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        "Ampliación de la Fundació Joan Miró (edificio de 1975).",
        "Convenzione con la Fondazione Giulio e Giovanna Lavazza.",
        "Capo laboratorio, Istituto di Ricerche Farmacologiche Mario Negri IRCCS, Milano",
        "Quantity Surveyor — Sir Robert McAlpine, Birmingham",
        "Assistant QS — Morgan Sindall, Bristol",
    ])
    func institutionsAndFirmsNamedAfterPeopleStay(input: String) {
        #expect(job(input) == input)
    }

    @Test func aCallNameInParenthesesIsTheCandidates() {
        #expect(resume("INSCHRIJVING\nNaam: dhr. Johannes Visser (roepnaam Daan)\nDaan zoekt werk.")
                == "INSCHRIJVING\nNaam: dhr. [NAME] (roepnaam [NAME])\n[NAME] zoekt werk.")
    }

    @Test func theCandidatesNameInAFilesNameIsRedacted() {
        #expect(resume("Marie Dupont\nComptable\nPièce jointe : CV_Marie_Dupont.pdf, Dupont_Marie_lettre.pdf")
                == "[NAME]\nComptable\nPièce jointe : CV_[NAME].pdf, [NAME]_lettre.pdf")
    }

    @Test func aSectionHeadingInSpanishIsNoName() {
        let text = "LOGROS DESTACADOS\n\n2021 – 2024 · Mercadona – Centro logístico de Ciempozuelos"
        #expect(resume(text) == text)
    }

    @Test(arguments: [
        ("Socials: @tahliamakes on Instagram and TikTok.", "Socials: [URL] on Instagram and TikTok."),
        ("Siga @marisolmakes no Instagram.", "Siga [URL] no Instagram."),
        ("Portfolio: @anasouza (Instagram)", "Portfolio: [URL] (Instagram)"),
        ("Use @media queries on screens.", "Use @media queries on screens."),
    ])
    func aHandleBeforeItsNetworksNameIsALink(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: ["Serialisation line; PO No. 7800012345; value ₹ 4.2 crore.", "PO# 9800012345 raised."])
    func purchaseOrderNumbersStay(input: String) {
        // Indian mobile numbers are ten digits from 6 to 9: read as India's, these would be phones
        #expect(PIIRedactor(defaultRegion: "IN").redact(input, as: .resume).text == input)
    }
}
