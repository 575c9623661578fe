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

    @Test(arguments: [
        ("Lessingweg 2, 33602 Bielefeld", "[ADDRESS]"),
        ("Anschrift: Hamburger Straße 117, 22083 Hamburg", "Anschrift: [ADDRESS]"),
        ("Frankfurter Allee 5\n10247 Berlin", "[ADDRESS]\n[ADDRESS]"),
        ("Standort: Alte Gasse 12 · 35037 Marburg", "Standort: [ADDRESS]"),
        ("Sitz: Breite Str. 9, 14467 Potsdam", "Sitz: [ADDRESS]"),
        ("Postanschrift: Kölner Straße 51–53, 50226 Frechen", "Postanschrift: [ADDRESS]"),
    ])
    func aGermanStreetTypeAsAWordOfItsOwnIsAStreet(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Die Deutsche Bahn fährt 5 Mal am Tag.",
        "Berliner Philharmoniker 2019, Leipziger Buchmesse 2020",
        "Wir bieten: Neuer Weg 2025 – Programm für Quereinsteiger",
    ])
    func germanPhrasesWithoutAStreetTypeAndNumberStay(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Leipziger Straße 8, Hinterhaus, 2. OG\n04109 Leipzig", "[ADDRESS]\n[ADDRESS]"),
        ("Wohnung: Musterweg 4, 2. Etage links, 10115 Berlin", "Wohnung: [ADDRESS]"),
    ])
    func aGermanFloorAndBuildingPartArePartOfTheAddress(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Calle Real, 7, 2.º\n38400 Puerto de la Cruz (Santa Cruz de Tenerife)", "[ADDRESS]\n[ADDRESS]"),
        ("Rúa Nova, 3\n27001 Lugo (Lugo)", "[ADDRESS]\n[ADDRESS]"),
    ])
    func aProvinceOfSeveralWordsInBracketsEndsThePlace(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Northgate Analytics\n2nd Floor, 21–23 Cloth Fair\nLondon EC1A 7JQ", "Northgate Analytics\n[ADDRESS]\n[ADDRESS]"),
        ("Flat 4, 9 Kings Parade\nCambridge CB2 1SJ", "[ADDRESS]\n[ADDRESS]"),
        ("Employer's address\nByker Station Road\nNewcastle upon Tyne\nNE6 1AB", "Employer's address\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]"),
    ])
    func aUKStreetWithoutANumberOrTypeOverItsPostcodeLine(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "2019 Annual Report\nLondon EC1A 7JQ",
    ])
    func aYearOverAPostcodeLineIsNoStreet(input: String) {
        #expect(job(input).hasPrefix("2019 Annual Report"))
    }

    @Test(arguments: [
        ("Dúvidas: 3224-1100 ou (31) 3224-1180.", "Dúvidas: [PHONE] ou [PHONE]."),
        ("Fones: (21) 2555-0101 / 98811-2233", "Fones: [PHONE] / [PHONE]"),
        ("Tel: (11) 3061-2200, 3061-2211", "Tel: [PHONE], [PHONE]"),
    ])
    func aLocalNumberJoinedToAFullOneIsAPhone(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        "Períodos: 2019-2023 / 2020-2024",
        "Pedido 1234-5678 ou 4321-8765",
        "Turmas 2023-0412, 2023-0413",
    ])
    func numbersJoinedToNoPhoneStay(input: String) {
        #expect(resume(input) == input)
    }

    // MARK: the thirteenth batch (names in UK, Indian, Australian and US documents; phones beside numbers)

    @Test(arguments: [
        ("Dear Mr Baker,", "Dear Mr [NAME],"),
        ("Mrs Hope Banks\nHead of Year 9", "Mrs [NAME]\nHead of Year 9"),
        ("Ms. Summer Holmes, Cooperating Teacher", "Ms. [NAME], Cooperating Teacher"),
    ])
    func aCommonWordAfterAnHonorificIsTheName(input: String, expected: String) {
        #expect(resume("Referees\n" + input) == "Referees\n" + expected)
    }

    @Test(arguments: [
        "Own the Mr. Clean brand in the UK and Ireland.",
        "Dr. Data Science meetup, Berlin",
    ])
    func aProductOrAFieldAfterAnHonorificStays(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Sri K. Raghavan, General Manager (Retd.)", "Sri [NAME], General Manager (Retd.)"),
        ("Dr. (Mrs.) Anjali Deshmukh, Professor of Botany", "Dr. (Mrs.) [NAME], Professor of Botany"),
    ])
    func indianHonorificsBeforeAName(input: String, expected: String) {
        #expect(resume("References\n" + input) == "References\n" + expected)
    }

    @Test(arguments: [
        "Sri Lanka Telecom PLC, Colombo",
        "Sri Ram College of Commerce, Delhi",
        "Worked at Sri Ganesh Traders, Pune",
        "Inventory Analyst, Olive Branch, MS | 2017 – 2020",
    ])
    func placesAndFirmsNamedLikePeopleStay(input: String) {
        #expect(resume("Experience\n" + input) == "Experience\n" + input)
    }

    @Test(arguments: [
        ("Móvil 600 123 456", "Móvil [PHONE]"),
        ("Prefer a call? 07700900512 any time.", "Prefer a call? [PHONE] any time."),
    ])
    func aNumberAfterAPhoneLabelIsAPhone(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Firmado: L. Ortega, Sevilla", "Firmado: [NAME], Sevilla"),
        ("Llama y pregunta por Nerea en recepción.", "Llama y pregunta por [NAME] en recepción."),
        ("Please ask for Joyce at reception.", "Please ask for [NAME] at reception."),
        ("Priya Raman, Finance Director     |  Amira Shah, Head of FP&A", "[NAME], Finance Director     |  [NAME], Head of FP&A"),
    ])
    func signersPeopleToAskForAndNamesInColumns(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("HUNTER HALL\nRetail manager\n\nHunter led the store's refit.", "[NAME]\nRetail manager\n\n[NAME] led the store's refit."),
        ("Harper Cook\nChef de partie", "[NAME]\nChef de partie"),
    ])
    func aHeadingOfAGivenNameAndASurnameThatAreWords(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        "Batch ref FIN-MUM-25-0193 closed.",
        "Ledger SSN-KOL-2024-118 archived.",
    ])
    func aCodeAfterAnIdLabelsLettersStays(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Location: 8 MG Road, Indiranagar, Bengaluru – 560038 (hybrid)", "Location: [ADDRESS] (hybrid)"),
        ("Office: 12 Park Street, Kolkata – 700016 (near the metro)", "Office: [ADDRESS] (near the metro)"),
    ])
    func anIndianPinBeforeABracket(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aGovernmentBodyBeforeItsAddressStays() {
        #expect(resume("Experience\nPolicy Intern – NSW Treasury, 52 Martin Place, Sydney NSW 2000")
                == "Experience\nPolicy Intern – NSW Treasury, [ADDRESS]")
    }

    @Test func wordsBeforeAGradesNumberAreAScale() {
        #expect(job("- District Coordinator: Pay Level 8 equivalent, consolidated pay") == "- District Coordinator: Pay Level 8 equivalent, consolidated pay")
    }

    @Test func aPersonBeforeAPhoneIsStillOne() {
        #expect(job("Contact: Emma Wilson 07700 900123") == "Contact: [NAME] [PHONE]")
    }

    @Test(arguments: [
        ("Reach me on 07700900418 after six.", "Reach me on [PHONE] after six."),
        ("Reach me on 01632960771 any time.", "Reach me on [PHONE] any time."),
        ("Joignable au 0639981234 en semaine", "Joignable au [PHONE] en semaine"),
        ("Reach me at 0491570006 in Sydney", "Reach me at [PHONE] in Sydney"),
        ("Reach me at 2125550143 today", "Reach me at [PHONE] today"),
    ])
    func aNumberOfAFictionRangeWrittenWithoutSeparatorsIsAPhone(input: String, expected: String) {
        #expect(resume("Contact\n" + input) == "Contact\n" + expected)
    }

    @Test(arguments: [
        "Order 0770090012345 shipped",
        "Ref 07700900 closed",
        "Batch 1234555012 released",
    ])
    func otherNumbersOfThoseDigitsStay(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Lucía Gómez\nIngeniera de datos\n612 34 56 78 · lucia@example.com", "[NAME]\nIngeniera de datos\n[PHONE] · [EMAIL]"),
        ("Sanne de Vries\nMedewerker klantenservice, ervaring in retail\n06 12 34 56 78", "[NAME]\nMedewerker klantenservice, ervaring in retail\n[PHONE]"),
    ])
    func aShortCVsWordsTellItsRegionForItsLocalNumbers(input: String, expected: String) {
        #expect(resume(input) == expected)
    }
}
