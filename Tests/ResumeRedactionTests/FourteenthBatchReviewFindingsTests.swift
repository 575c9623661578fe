@testable import ResumeRedaction
import Testing

/// What an outside review of the fourteenth batch's rules found before they landed: each case
/// was redacted right before those rules and wrong with their first version.
@Suite struct FourteenthBatchReviewFindingsTests {
    @Test(arguments: [
        ("Jordi Riba\nEnginyer de camins", "[NAME]\nEnginyer de camins"),
        ("Núria Riba Soler\nEnginyera", "[NAME]\nEnginyera"),
        ("Laura García Riba\nArquitecta", "[NAME]\nArquitecta"),
        ("Emma Clarke\nREFERENCES\nPeter Jones\nHead of Finance, Acme Ltd", "[NAME]\nREFERENCES\n[NAME]\nHead of Finance, Acme Ltd"),
        ("Jane Doe\nReferees\nHans Brinker, Director, Brinker BV", "[NAME]\nReferees\n[NAME], Director, Brinker BV"),
        ("Robert ('Bob') McAllister\nSite Engineer", "[NAME]\nSite Engineer"),
    ])
    func surnamesLikeLettersOrBrandsAndQuotedNicknamesStayNames(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Para dúvidas, fale com a Ana.", "Para dúvidas, fale com a [NAME]."),
        ("Para dúvidas, fale com Ana.", "Para dúvidas, fale com [NAME]."),
        ("Worked closely with Peter Jones and Sarah Khan on the audit.", "Worked closely with [NAME] and [NAME] on the audit."),
        ("Referencia: Jordi Riba, jefe de obra", "Referencia: [NAME], jefe de obra"),
    ])
    func peopleStillNamedAfterTheNewRules(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Referenzen: Auf Anfrage",
        "Referenties: Op Aanvraag",
        "Referenze: Su Richiesta",
        "Referências: Mediante Solicitação",
        "Referencias: Disponibles Bajo Petición",
        "References: Harvard Style",
        "Community coach, Everton Football Club, Liverpool",
        "Kitchen Assistant, Toby Carvery, Leeds (2018–2020)",
        "Procurement Analyst, Barry Callebaut, Banbury",
        "Maintenance at Barry Docks, Vale of Glamorgan",
        "Bar staff at Leslie Arms, Barry Island",
        "Perfume consultant, Clive Christian, Harrods",
        "Dependienta en Paco Rabanne, Barcelona",
        "Must have own ute. Ute Allowance paid.",
    ])
    func onRequestPhrasesAndFirmsNamedLikePeopleStay(input: String) {
        #expect(job(input) == input)
    }

    @Test func aCatalanDoubleSurnameStaysWhole() {
        #expect(job("Tutor: Pau Puig i Ferrer") == "Tutor: [NAME]")
    }

    @Test(arguments: [
        ("Tunde Okoro\nPublications\n- Okoro T, Hughes DJ, NHS UK, PHE AMR. Antimicrobial report 2021.",
         "[NAME]\nPublications\n- [NAME], [NAME], NHS UK, PHE AMR. Antimicrobial report 2021."),
        ("Jan de Vries\nPublicaties\nDe Vries J, Bakker PJ, van Dijk M, TNO NL. Rapport. 2020.",
         "[NAME]\nPublicaties\n[NAME], [NAME], [NAME], TNO NL. Rapport. 2020."),
        ("John Smith\nJohn Smith CEO, Acme UK", "[NAME]\n[NAME] CEO, Acme UK"),
        ("JOÃO\nDA SILVA LTDA", "JOÃO\nDA SILVA LTDA"),
    ])
    func coAuthorListsAndHeadingLinesTakeOnlyPeople(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test func aLivingSupervisorsGroupIsNoFund() {
        #expect(job("Postdoc in Prof. Anna Berg's Research Institute group, Uppsala") == "Postdoc in Prof. [NAME]'s Research Institute group, Uppsala")
    }

    @Test(arguments: [
        "Conocimientos de C/ Unix, 2 años; vivo en Madrid.",
        "Programación en C/ Linux, 3 proyectos y 2 años en Indra.",
        "Sistemas embebidos (C/ RTOS, 4 años), Python.",
        "Ofrecemos coche de empresa c/ Gasolina, 2 días de teletrabajo.",
    ])
    func cSlashBeforeASkillOrInAnOfferIsNoStreet(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Condomínio Solar das Palmeiras, Rua das Flores, 123, Campinas - SP, 13000-000", "[ADDRESS]"),
        ("Residencial Alphaville, Rua das Acácias, 45, Barueri - SP, 06454-000", "[ADDRESS]"),
        ("Calle Mayor 5, 28013 Madrid Disponible para viajar", "[ADDRESS] Disponible para viajar"),
        ("Venue: 10am–4pm, Village Hall, Church Lane, Leeds LS6 2AB", "Venue: 10am–4pm, Village Hall, Church Lane, [ADDRESS]"),
    ])
    func addressesKeepTheirComplexAndLeaveProseAndTimes(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Softwareentwickler, SAP SE 02 / 2016 - 2019",
        "04 / 2012 - 12/2015 Projektleiter, Bosch GmbH",
        "Studium (09 / 2010 - 2014) TU München",
        "Software Engineer (01/2015 - 03/2018), Acme Ltd",
        "Referenz 0815 / 4711 00",
    ])
    func monthsAndYearsAndReferencesAreNoPhones(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        "La empresa, nacida en 2015, busca talento.",
        "Empresa familiar\nNacida en 2015 en Valencia, la startup crece rápido.",
        "Proyecto\nNacido en 2019 como spin-off de la UPM.",
    ])
    func aFirmsFoundingYearIsNoBirthYear(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Álvaro Sanz Gómez\nDesarrollador\nWeb: AlvaroSanz.es", "[NAME]\nDesarrollador\nWeb: [URL]"),
        ("Marta López\nAnalista\nPortfolio: lopezmarta.com", "[NAME]\nAnalista\nPortfolio: [URL]"),
        ("Llámame al 658 12 43 79", "Llámame al [PHONE]"),
        ("Kontakt unter 5918 3344", "Kontakt unter [PHONE]"),
    ])
    func holesTheReviewFoundAreMended(input: String, expected: String) {
        #expect(resume(input) == expected)
    }
}
