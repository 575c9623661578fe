@testable import ResumeRedaction
import Testing

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

    // MARK: blocks: a flat, a floor or a building over the street line; landmarks; bracketed regions

    @Test(arguments: [
        ("Term-time address:\nFlat 9, Beckett Hall\n21 Headingley Lane\nLeeds LS6 3AW",
         "Term-time address:\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]"),
        ("Where you'll work:\nUnit 5, The Biscuit Works\n100 Clements Lane\nLondon\nSE16 4DG",
         "Where you'll work:\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]"),
        ("Candidature\nAppartement 34 – 3e étage\nRésidence Les Tilleuls – Bât. B\n12 bis, rue des Tanneurs\n67000 Strasbourg",
         "Candidature\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]"),
        ("To,\nThe HR Manager,\nSundaram Infotech Pvt. Ltd.,\n3rd Floor, Tower B, Olympia Tech Park,\nPlot No. 1, SIDCO Industrial Estate, Guindy,\nChennai – 600 032.",
         "To,\nThe HR Manager,\nSundaram Infotech Pvt. Ltd.,\n[ADDRESS]\n[ADDRESS],\n[ADDRESS]."),
        ("Candidate\nApt 4B\n350 W 42nd St\nNew York, NY 10036", "Candidate\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]"),
        ("Office\nLevel 12 / Aurora Place\n88 Phillip Street\nSydney NSW 2000", "Office\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]"),
    ])
    func aFlatFloorOrBuildingOverTheStreetLineIsPartOfTheBlock(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        // a firm's name, a job title or a heading over the street line stays
        "Blue Heron Studio Ltd\n100 Clements Lane\nLondon\nSE16 4DG",
        "Level 3 Support Engineer\n100 Clements Lane\nLondon\nSE16 4DG",
        "Tower Hamlets Council\n100 Clements Lane\nLondon\nSE16 4DG",
        "Floor Manager\n100 Clements Lane\nLondon\nSE16 4DG",
    ])
    func aLineOverTheStreetLineThatNamesNoUnitStays(input: String) {
        let firstLine = String(input.split(separator: "\n")[0])
        #expect(job(input) == firstLine + "\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]")
    }

    @Test(arguments: [
        ("Venue:\nSkyline Global Services Pvt. Ltd.\nTower C, 7th Floor, Logix Cyber Park\nPlot C-28, Sector 62\nOpp. Fortis Hospital\nNoida, Uttar Pradesh – 201309",
         "Venue:\nSkyline Global Services Pvt. Ltd.\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]"),
        ("Address:\nD.No. 8-3-214/A, Srinivasa Colony\nOpp. Ameerpet Metro Station, Hyderabad\nTelangana – 500038",
         "Address:\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]"),
        ("H.No. 245, Ward No. 7\nNear Shiv Mandir, Gandhi Nagar\nItarsi, Distt. Narmadapuram (M.P.)\nPIN – 461111",
         "[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]"),
        ("Permanent Address:\nThekkeveettil House\nKainakary P.O., Kuttanad\nAlappuzha Dist., Kerala\nPIN: 688501",
         "Permanent Address:\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]"),
        ("Estrada do Gabinal, 15\nCondomínio Parque das Palmeiras – Freguesia (Jacarepaguá)\nRio de Janeiro – RJ\nCEP 22760-152",
         "[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]"),
    ])
    func landmarksAndBracketedRegionsArePartOfTheBlock(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Near real-time dashboards for the Opp. cost model.",
        "Opp. cost: Fortis Hospital tender lost.",
        "Near Shiv Mandir we ran a health camp for 200 people.",
        "Skills: Excel (Advanced), Tally (GST), SAP (FICO)",
    ])
    func landmarkWordsAndBracketsInProseStay(input: String) {
        #expect(job(input) == input)
    }

    // MARK: Indian PINs and house numbers

    @Test(arguments: [
        ("Plot No. 1, SIDCO Industrial Estate, Guindy, Chennai – 600 032.", "[ADDRESS]."),
        ("RZ-45A, Gali No. 3, Tughlakabad Extension, New Delhi-110019", "[ADDRESS]"),
        ("From,\nKarthik\nNo. 14/2, 2nd Cross, 5th Main,\nBengaluru – 560003.", "From,\nKarthik\n[ADDRESS],\n[ADDRESS]."),
        ("Plot C-28, Sector 62, Noida", "[ADDRESS]"),
        ("Tughlakabad Extension, New Delhi-110019", "[ADDRESS]"),
    ])
    func indianPinsAndHouseNumbersOfOtherShapes(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Clienti: Officine Reno S.r.l. (REA BO-512334, ATECO 25.62.00)",
        "Ranked No. 1 in sales, 2023.",
        "No. 1, the largest retailer in Kerala",
        "The plot 3 shows the error; Plot 2 shows the fix.",
        "Monthly active users – 250 000",
        "Flight AI-101234, Delhi to Mumbai",
    ])
    func codesAndRanksThatLookLikeIndianAddressesStay(input: String) {
        #expect(job(input) == input)
    }

    // MARK: Brazilian and Spanish streets: abbreviations, titles, "nº", thousands, units, boxes

    @Test(arguments: [
        ("Av. Afonso Pena, nº 3.880, sala 1204\nTel.", "[ADDRESS]\nTel."),
        ("Av. Eng. Domingos Ferreira, 4.060, sala 802\nTel.", "[ADDRESS]\nTel."),
        ("Local: Trav. Francisco Leonardo Truda, 40, sala 32", "Local: [ADDRESS]"),
        ("Estrada do Gabinal, 1.500, bloco 3, apto 402", "[ADDRESS]"),
        ("Pza. de España, 5, 4.ª planta\n50001 Zaragoza", "[ADDRESS]\n[ADDRESS]"),
        ("Polígono Industrial Can Salvatella, C/ de la Indústria, 37, nave 4\n08210 Barberà del Vallès (Barcelona)",
         "Polígono Industrial Can Salvatella, [ADDRESS]\n[ADDRESS]"),
        ("Dirección postal: Apartado de Correos 1043, 29640 Fuengirola (Málaga)", "Dirección postal: [ADDRESS]"),
        ("Bewerbungen per Post an:\nPostfach 20 04 17\n06005 Halle (Saale)", "Bewerbungen per Post an:\n[ADDRESS]\n[ADDRESS]"),
    ])
    func streetsWithAbbreviationsTitlesAndUnitsAreWhole(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Skills: Java, C/ C++ 17, Python",
        "Praça de alimentação, 3 lojas novas e 262 clientes.",
        "Apartado 3, letra b) del contrato.",
        "Reunião na sala 1204 às 10h.",
        "Apartado 3 del contrato: vacaciones.",
        "Versão 1.245 lançada, casa cheia.",
    ])
    func unitWordsTitlesAndNumbersInProseStay(input: String) {
        #expect(job(input) == input)
    }

    // MARK: German streets after a preposition, ranges, separators; French CEDEX, boxes, localities

    @Test(arguments: [
        ("Bewerber\nAm Mühlgraben 12-14\n06108 Halle (Saale)\nTel.", "Bewerber\n[ADDRESS]\n[ADDRESS]\nTel."),
        ("Schulz AG | Am Hochacker 3 | 85630 Grasbrunn | Tel. 089", "Schulz AG | [ADDRESS] | Tel. 089"),
        ("Bewerber · Im Wiesengrund 5/1 · 73447 Oberkochen", "Bewerber · [ADDRESS]"),
        ("Stadtwerke\nFriedrichstraße 3–5\n34117 Kassel", "Stadtwerke\n[ADDRESS]\n[ADDRESS]"),
        ("Candidatures papier : Service RH, CS 70045, 92773 Boulogne-Billancourt Cedex",
         "Candidatures papier : Service RH, [ADDRESS]"),
        ("Service RH\nBP 40217\n69364 Lyon Cedex 07", "Service RH\n[ADDRESS]\n[ADDRESS]"),
        ("Candidat\nLieu-dit La Croix Blanche\n71250 Cluny\n06 39 98 57 06",
         "Candidat\n[ADDRESS]\n[ADDRESS]\n[PHONE]"),
    ])
    func germanRangesAndSeparatorsAndFrenchCedexAndLocalities(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aBracketedProvinceEndsTheAddress() {
        #expect(job("Sede: Via Lecco 45, 20900 Monza (MB), P.IVA 03157890964") == "Sede: [ADDRESS], P.IVA 03157890964")
    }

    @Test(arguments: [
        "Im Jahr 2019 | 85630 Mitarbeitende weltweit",
        "BP oil spill response, CS 101 tutor",
        "Résidence permanente\n71250 Cluny",
        "Quartier général, 12 salariés",
        "Score 12-14 | 85630 Teilnehmer",
    ])
    func proseAndCodesNearPostcodesStay(input: String) {
        #expect(job(input) == input)
    }

    // MARK: a house's name before its street; a C/o person before a labelled address; numbered roads

    @Test(arguments: [
        ("Rose Cottage, 4 Mill Lane\nLittle Wratting\nSuffolk\nCB9 7UD", "[ADDRESS]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]"),
        ("Ravi Kumar\nFlat 12, 3rd Floor\nRoad No. 10, Banjara Hills\nHyderabad - 500 016", "[NAME]\n[ADDRESS]\n[ADDRESS]\n[ADDRESS]"),
    ])
    func houseNamesAndNumberedRoadsArePartOfTheAddress(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test func aCareOfPersonBeforeALabelledAddressIsNoPartOfIt() {
        #expect(job("Address for Correspondence: C/o Shri Mahesh Yadav, H.No. 3/117, Vikas Nagar, Lucknow – 226022")
                == "Address for Correspondence: C/o Shri [NAME], [ADDRESS]")
        #expect(job("Address: C/o the school office") == "Address: C/o the school office")
    }

    @Test(arguments: [
        "Rose Cottage Bakery, 4 varieties of bread",
        "Worked at Manor House, 12 years as head chef",
        "Road No. 1 priority is safety",
    ])
    func houseAndRoadWordsInProseStay(input: String) {
        #expect(job(input) == input)
    }
}
