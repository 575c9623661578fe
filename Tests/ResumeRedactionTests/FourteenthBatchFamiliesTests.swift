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

    @Test(arguments: [
        ("Mr Oluwaseun Adeyemi MBBS BSc (Hons) MRCS (Eng)\nSpecialty Registrar\nQUALIFICATIONS\nMRCS (Royal College), 2021\nMBBS, 2018; BSc (Hons) Anatomy",
         "Mr [NAME] MBBS BSc (Hons) MRCS (Eng)\nSpecialty Registrar\nQUALIFICATIONS\nMRCS (Royal College), 2021\nMBBS, 2018; BSc (Hons) Anatomy"),
        ("Ruaraidh MacDonald BSc CEng MICE\nChartered civil engineer\nRuaraidh led the team.",
         "[NAME] BSc CEng MICE\nChartered civil engineer\n[NAME] led the team."),
    ])
    func aHeadingNameEndsBeforeItsPostNominalLetters(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Dr Siân Pritchard-Evans FHEA\nNeuroscientist\n\nPUBLICATIONS\nPritchard-Evans S, Okoro T, Hughes DJ, McCrindle E (2024). Microglial pruning. Nat Neurosci 27:1103–1115.",
         "Dr [NAME] FHEA\nNeuroscientist\n\nPUBLICATIONS\n[NAME], [NAME], [NAME], [NAME] (2024). Microglial pruning. Nat Neurosci 27:1103–1115."),
        ("Pieter-Jan Vermeulen\nHydroloog\n\nVermeulen, P.-J., de Groot, S. & Brouwer, H.A. (2022). Drought propagation. Water Resources Research, 58(4).",
         "[NAME]\nHydroloog\n\n[NAME], [NAME] & [NAME] (2022). Drought propagation. Water Resources Research, 58(4)."),
        ("Bruna Nogueira Campos\nCientista de dados\n\nCAMPOS, B. N.; ROSA, M.. Detecção de discurso tóxico. In: STIL 2021.",
         "[NAME]\nCientista de dados\n\n[NAME]; [NAME]. Detecção de discurso tóxico. In: STIL 2021."),
    ])
    func theCoAuthorsOfAFoundPersonAreNames(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        "Smith J, Jones K (2020). A study. Lancet 395:1–9.",
        "Funding: Wellcome Trust, NIHR, MRC (2019–2024).",
        "Skills: SQL, R, SAS, SPSS, Python.",
    ])
    func anAuthorListWithNoFoundPersonIsLeftAlone(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        "2012  Reisbeurs Dr. Hendrik Muller's Vaderlandsch Fonds",
        "Grant from Sir John Cass's Foundation, 2019",
    ])
    func aFundNamedWithAPersonsPossessiveStays(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("References: Alasdair Grant, Director, Wood.", "References: [NAME], Director, Wood."),
        ("Referees: Dominic Jordan, Managing Director, Jordan & Sons", "Referees: [NAME], Managing Director, Jordan & Sons"),
        ("Referências: Wanderley Campos (gerente regional, Jacto)", "Referências: [NAME] (gerente regional, Jacto)"),
    ])
    func aRefereeListNamesItsPeople(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "References: Available on request",
        "References: Available Upon Request",
        "References: Provided upon request",
        "Referências: Disponíveis mediante solicitação",
        "Referenzen: Gerne auf Anfrage",
        "References: See attached",
    ])
    func aRefereeListOnRequestNamesNoOne(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        "Billing provider: Cedars-Sinai Medical Care Foundation, organizational NPI 1847293051, Tax ID 95-3924518.",
        "Contract vehicle: GSA MAS SIN 54151S; prime contract 47QTCA22D00BK",
    ])
    func aFirmsEINAndASpecialItemNumberAreNoPersonalIDs(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Tax ID: 123-45-6789", "Tax ID: [SSN]"),
        ("SIN: 046 454 286", "SIN: [SSN]"),
    ])
    func aPersonsTaxIDAndSINStillAre(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Lockheed Martin Rotary and Mission Systems, Owego, NY",
        "Eligible for the Lockheed Martin Salaried Savings Plan Plus.",
        "Campagnes voor HEMA, Hans Brinker Budget Hotels",
        "Interests: Chelsea Flower Show volunteer",
        "Assistente de loja, Leroy Merlin Campinas",
    ])
    func brandsNamedLikePeopleStay(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("The survey was led by Dominic Jordan and the client.", "The survey was led by [NAME] and the client."),
        ("Ask Everton Lins about the schedule.", "Ask [NAME] about the schedule."),
        ("Bespreek dit met Mariëlle Hoogendoorn voor vrijdag.", "Bespreek dit met [NAME] voor vrijdag."),
    ])
    func givenNamesOfTheNationalListsNameAPerson(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("pasar por C/ Navas, 17, 18009 Granada de 11:00 a 13:00", "pasar por [ADDRESS] de 11:00 a 13:00"),
        ("Oficina: C/ Monasterio de Urdax, 32, 1º, 31011 Pamplona · web", "Oficina: [ADDRESS] · web"),
        ("Java, C/ Python 3, Go", "Java, C/ Python 3, Go"),
        ("Lenguajes: C/ C++, Java", "Lenguajes: C/ C++, Java"),
    ])
    func calleWrittenCSlashInTextWithItsNumberAfterAComma(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("El Corte Inglés, C/ Hermosilla, 112, 28009 Madrid", "El Corte Inglés, [ADDRESS]"),
        ("Duty location: Wilkes-Barre VA Medical Center, 1111 East End Blvd, Wilkes-Barre, PA 18711",
         "Duty location: Wilkes-Barre VA Medical Center, [ADDRESS]"),
    ])
    func aFirmsNameBeforeItsStreetIsNoPartOfTheAddress(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Max-Planck-Ring 4, 72076 Tübingen", "[ADDRESS]"),
        ("Robert-Bosch-Campus 1, 71272 Renningen", "[ADDRESS]"),
        ("Token-Ring 16 Ports", "Token-Ring 16 Ports"),
    ])
    func aHyphenatedNameEndingInAWeakStreetTypeBeforeItsPostcode(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Rua Dr. Seng, 320, apto. 81, Bela Vista, São Paulo - SP, 01331-020", "[ADDRESS]"),
        ("Rua Augusta, 1500 - Consolação, São Paulo - SP", "[ADDRESS]"),
        ("Rua Augusta, 1500 - Developer at Acme", "[ADDRESS] - Developer at Acme"),
    ])
    func aBrazilianAddressJoinsItsPlaceAndStateByDashes(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Office: 4th Floor, Cyber Gateway, Block A, HITEC City, Madhapur, Hyderabad, Telangana 500081", "Office: [ADDRESS]"),
        ("Skills: Python, SQL, Leeds LS1 4AB", "Skills: Python, SQL, [ADDRESS]"),
    ])
    func anOfficeLabelsValueStartingWithAUnitIsItsAddress(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("DNI 11525722-P · Nacida en 1986 · Disponibilidad inmediata", "DNI [SSN] · Nacida en [DOB] · Disponibilidad inmediata"),
        ("Un proyecto nacido en 2015 en Madrid.", "Un proyecto nacido en 2015 en Madrid."),
    ])
    func aBirthYearAfterNacidoEnStartingAField(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Referência: Enf.ª Regina Toledo, coordenadora da UTI", "Referência: Enf.ª [NAME], coordenadora da UTI"),
        ("À Construtora Moura Dubeux\nRecife, 3 de março de 2026", "À Construtora Moura Dubeux\nRecife, 3 de março de 2026"),
        ("emissão de NF-e (série 1, nº 000.482.117), relatórios no SAP", "emissão de NF-e (série 1, nº 000.482.117), relatórios no SAP"),
    ])
    func aNursesTitleAFirmsFirstWordAndAnInvoiceNumber(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Álvaro Sanz Gómez\nDesarrollador\nalvarosanz.es (Personal) · talentonorte.es · alvaro-sanz.dev/blog.",
         "[NAME]\nDesarrollador\n[URL] (Personal) · talentonorte.es · [URL]."),
        ("JOOST                    ERVARING\nVAN DER MEER             2021 - nu  Art Director\njoostvandermeer.nl       OPLEIDING",
         "[NAME]                    ERVARING\n[NAME]             2021 - nu  Art Director\n[URL]       OPLEIDING"),
    ])
    func aBareHostSpellingTheCandidatesNameIsALink(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Tweede Jan Steenstraat 41-2               Gerrit Rietveld Academie", "[ADDRESS]               Gerrit Rietveld Academie"),
        ("Adres: Burgemeester de Vlugtlaan 125, 1063 BJ Amsterdam", "Adres: [ADDRESS]"),
        ("Werkzaam bij Jan Hoofdstraat 5", "Werkzaam bij Jan [ADDRESS]"),
    ])
    func aDutchStreetsNameWordsBeforeItsCompoundWord(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Curriculum vitae\nEuropass\n\nInformación personal\nApellido(s) / Nombre(s)      Martínez Ruiz, Lucía\nLucía trabajó en Madrid.",
         "Curriculum vitae\nEuropass\n\nInformación personal\nApellido(s) / Nombre(s)      [NAME]\n[NAME] trabajó en Madrid."),
        ("Catherine (\"Kate\") Mulholland — Electrician\nEveryone on site calls me Kate.",
         "[NAME] — Electrician\nEveryone on site calls me [NAME]."),
    ])
    func anOldEuropassNameFieldAndAQuotedNicknameInBrackets(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Tel. recado: (11) 2091-6634 (falar com Sônia)", "Tel. recado: [PHONE] (falar com [NAME])"),
        ("Aplica en la web o escribe a Laura (laura.b@kubolabs.example).", "Aplica en la web o escribe a [NAME] ([EMAIL])."),
        ("Es importante hablar con Recursos Humanos.", "Es importante hablar con Recursos Humanos."),
    ])
    func whomToTalkOrWriteToIsAPersonByAKnownGivenName(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Pieter-Jan de Vries | 06-87654321 | 390996038\nWerkervaring bij Gemeente Utrecht, woonplaats Amsterdam",
         "[NAME] | [PHONE] | [SSN]\nWerkervaring bij Gemeente Utrecht, woonplaats Amsterdam"),
        ("Sanne Bakker\nDen Burg · geboortedatum 14-02-1972 · 1830.16.610 · rijbewijs B\nWerkervaring: monteur, opleiding MBO",
         "[NAME]\nDen Burg · geboortedatum [DOB] · [SSN] · rijbewijs B\nWerkervaring: monteur, opleiding MBO"),
    ])
    func anUnlabelledBSNOnADutchPersonalDataLine(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        // an English document: not read as Dutch
        "Jane Doe | 555-0142 | 390996038",
        // a Dutch one, but no personal data on the number's line
        "Werkervaring bij Gemeente Utrecht, woonplaats Amsterdam, opleiding MBO\nOrdernummer vacature 390996038",
        // a firm's RSIN
        "Sanne Bakker | 06-87654321 | RSIN 390996038\nWerkervaring, opleiding, woonplaats Utrecht",
    ])
    func nineDigitsElsewhereAreNoBSN(input: String) {
        #expect(!resume(input).contains("[SSN]"))
    }
}
