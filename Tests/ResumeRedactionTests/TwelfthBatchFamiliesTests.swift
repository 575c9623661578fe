@testable import ResumeRedaction
import Testing

/// The families the twelfth batch's writers found (ordinary text that looks like personal data
/// beside it, in six countries; contact data as six countries write it).
@Suite struct TwelfthBatchFamiliesTests {
    @Test(arguments: [
        ("Referees\nProf. C. Ó Briain, University College Cork", "Referees\nProf. [NAME], University College Cork"),
        ("Referee: Dr Niamh Ní Chonaill, Trinity College Dublin", "Referee: Dr [NAME], Trinity College Dublin"),
        ("Contact: Mr. Ruairí Mac Lochlainn", "Contact: Mr. [NAME]"),
    ])
    func gaelicParticlesArePartOfTheName(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        "Pflegefachkraft, Klinikum Kaiserin Auguste Victoria, Berlin",
        "Praktikum im Krankenhaus Königin Luise Hospital, Potsdam",
        "Ward nurse at Queen Elizabeth Hospital Birmingham",
        "Accès : métro ligne 7, station Pierre Curie, puis 5 minutes à pied",
        "Próximo à Estação Carlos Gomes do metrô",
        "Standort: direkt an der Haltestelle Anna Seghers",
    ])
    func royalNamesakesAndStopsNamedAfterPeopleStay(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Mentored by Station Manager Sarah Hughes at Leeds Fire Station.",
         "Mentored by Station Manager [NAME] at Leeds Fire Station."),
        ("Our Queen's Park office is led by Anna Weber.", "Our Queen's Park office is led by [NAME]."),
    ])
    func aPersonAfterARoleNamedLikeAStopIsStillOne(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        "Interaction designer at Anna Vos Design, Utrecht",
        "Graduate Summer Vacation Scheme, Linklaters, London",
        "Sales Assistant, John Lewis Kingston (2019 – 2021)",
        "Own the Mr. Clean brand in the UK and Ireland.",
        "Regional operations at Max Bögl, Sengenthal",
        "Congresso Brasileiro de Automática, João Pessoa, 2019",
    ])
    func firmsSchemesAndPlacesNamedLikePeopleStay(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("KATHERINE O'DWYER CA\nChartered accountant.\nMember, Chartered Accountants Ireland (CA) since 2019.",
         "[NAME] CA\nChartered accountant.\nMember, Chartered Accountants Ireland (CA) since 2019."),
        ("Tom Reilly FCCA\nQualified: FCCA, 2018", "[NAME] FCCA\nQualified: FCCA, 2018"),
    ])
    func postNominalLettersAreNoPartOfTheName(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("References\nJenny Park, Former Store Manager, Myer – (02) 5550 4411",
         "References\n[NAME], Former Store Manager, Myer – [PHONE]"),
        ("References\nDean Walsh, Site Manager – 0161 496 0733", "References\n[NAME], Site Manager – [PHONE]"),
        ("Referees:\nDenise Cook, Human Resources, Acme Corp", "Referees:\n[NAME], Human Resources, Acme Corp"),
    ])
    func aKnownGivenNameBeforeARoleIsAPersonWhateverTheSurname(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        "Cut cloud spend by 31 % (report FIN-OPS-2024-11).",
        "Ticket SSN-MIG-2025-3 closed.",
    ])
    func aCodeWhosePrefixIsAnIdLabelStays(input: String) {
        #expect(job(input) == input)
    }
}
