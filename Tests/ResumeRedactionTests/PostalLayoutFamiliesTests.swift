@testable import ResumeRedaction
import Testing

/// Address families the development corpus still missed after the fourth batch: French
/// house numbers with a comma or "bis", a postcode and place after a house number's segment
/// or on the line under an address, an Indian PIN after an en dash, regions written out.
@Suite struct PostalLayoutFamiliesTests {
    @Test(arguments: [
        ("Direction RH\n40, boulevard Haussmann\n", "Direction RH\n[ADDRESS]\n"),
        ("45 bis, avenue Jean Jaurès, 69007 Lyon", "[ADDRESS]"),
        ("7, allée des Tilleuls, 78280 Guyancourt · 06 39 98 12 34", "[ADDRESS] · [PHONE]"),
        ("Bâtiment C\n3, avenue Didier Daurat\n31700 Blagnac\n", "Bâtiment C\n[ADDRESS]\n[ADDRESS]\n"),
    ])
    func frenchHouseNumbersWithACommaOrBis(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "In 2019, place de la République was closed.",
        "We grew 2020, route Nationale traffic doubled.",
        "Top 3, avenue of growth",
    ])
    func yearsAndProseBeforeAStreetTypeAreNoAddress(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Vicolo San Pietro 3, 37121 Verona", "[ADDRESS]"),
        ("Am Weiher 8, 91074 Herzogenaurach\nMobil", "[ADDRESS]\nMobil"),
        ("Carl-Zeiss-Promenade 10, 07745 Jena", "[ADDRESS]"),
        ("→ Kale Nagusia, 18, 20500 Arrasate/Mondragón (Gipuzkoa)", "→ [ADDRESS]"),
    ])
    func aPostcodeAfterAHouseNumbersSegment(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Release 2020, 12000 Users migrated",
        "Version 3, 10000 Requests per second",
        "team of 8, 25000 Customers",
        "Windows 10, 50000 Users",
        "déplacements ponctuels (vol AF 1234 Lille–Nice)",
        "Top 3, 25000 Participants.",
    ])
    func countsAfterANumberAreNoPostcode(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Straße, Hausnummer:\tLauterbadstraße 7\nPLZ, Ort:\t\t72250 Freudenstadt\nTelefon",
         "Straße, Hausnummer:\t[ADDRESS]\nPLZ, Ort:\t\t[ADDRESS]\nTelefon"),
        ("Via Roma 12\n00047 Marino (RM)\nCellulare", "[ADDRESS]\n[ADDRESS]\nCellulare"),
        ("PROFIL\t\tEppendorfer Weg 211\nBackend-Entwickler\t\t20253  Hamburg\n",
         "PROFIL\t\t[ADDRESS]\nBackend-Entwickler\t\t[ADDRESS]\n"),
    ])
    func aPostcodeLineUnderAnAddress(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Via Roma 12\n\n30000 Euro Jahresgehalt",
        "Via Roma 12\nWe shipped 12000 Units in a year",
        "Via Roma 12\nGehaltsvorstellung: 65000 Euro",
    ])
    func aNumberUnderAnAddressThatEndsNoFieldIsNoPostcode(input: String) {
        #expect(job(input) == input.replacingOccurrences(of: "Via Roma 12", with: "[ADDRESS]"))
    }

    @Test(arguments: [
        ("Plot No. 14, Hosur Road\nBengaluru – 560100\n", "[ADDRESS]\n[ADDRESS]\n"),
        ("Flat 4B, Golf Links Apartments, Lodhi Road, New Delhi – 110003", "[ADDRESS]"),
        ("Plot 56, Road No. 10, Jubilee Hills, Hyderabad, Telangana 500033", "[ADDRESS]"),
        ("1804 Ridgewood Drive\nFort Worth, Texas 76107\n", "[ADDRESS]\n[ADDRESS]\n"),
    ])
    func indianPinsAndRegionsWrittenOut(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Revenue in Texas 76107 units",
        "Sales – 560100 units shipped in total",
        "Monthly active users – 250000",
        "Reached Uttar Pradesh 250000 farmers",
        "Covered New Jersey 12000 homes",
    ])
    func aRegionOrDashBeforeANumberAloneIsNoAddress(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Rúa Real, 58, 2.º izda.\n15003 A Coruña\nMóvil", "[ADDRESS]\n[ADDRESS]\nMóvil"),
        ("Vicolo del Pozzo 4\n", "[ADDRESS]\n"),
    ])
    func moreStreetTypesWrittenFirst(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Royal Albert Edward Infirmary, Wigan Lane, Wigan WN1 2ZZ", "Royal Albert Edward Infirmary, [ADDRESS]"),
        ("C-204, Kumar Primavera, Baner Road, Pune – 411045", "[ADDRESS]"),
    ])
    func anInstitutionsNameBeforeItsAddressIsKept(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Austin Texas 78701", "[ADDRESS]"),
        ("Flat 4B, 12 MG Road Bengaluru - 560001", "[ADDRESS]"),
        ("DK 2100 København", "[ADDRESS]"),
        ("The Old School, Church Lane, Bampton OX18 2NB", "[ADDRESS]"),
    ])
    func addressesAnOutsideReviewFound(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Projekt T-Zell-Migration, DFG-Geschäftszeichen WA 4471/2-1",
        "zuletzt bei der Aldi Einkauf SE & Co. oHG (HRA 2207 AG Essen)",
    ])
    func fileAndRegisterNumbersAreNoPostcodes(input: String) {
        #expect(job(input) == input)
    }
}
