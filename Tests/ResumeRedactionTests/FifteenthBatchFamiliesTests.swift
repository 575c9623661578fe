@testable import ResumeRedaction
import Testing

/// The families the fifteenth batch's writers found (UK and Indian names in rarer genres; ES and
/// NL phones in sentences, signatures and tables; keep-heavy US and German documents).
@Suite struct FifteenthBatchFamiliesTests {
    @Test(arguments: [
        ("Oficinas\n  Burgos     Av. Reyes Católicos, 51, 09006 Burgos           947 28 15 00\n  Segovia    Plaza Mayor, 5, 40001 Segovia             921 41 71 00",
         "Oficinas\n  Burgos     [ADDRESS]           [PHONE]\n  Segovia    [ADDRESS]             [PHONE]"),
        ("Vestigingen\nHaarlem ..... 023 567 65 43\nLeiden ...... 071 512 34 56", "Vestigingen\nHaarlem ..... [PHONE]\nLeiden ...... [PHONE]"),
    ])
    func spanishAndDutchTownsSayWhereANumberIsFrom(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Delegación Granada | Camino de Ronda, 171, 18003 Granada | 958 25 09 12 ext. 3 | 10:00–20:00",
         "Delegación Granada | [ADDRESS] | [PHONE] | 10:00–20:00"),
        ("Handy 0160 – 97 54 32 10", "Handy [PHONE]"),
    ])
    func anExtensionAfterAMatchedNumberAndAnEnDashAfterAnAreaCode(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Clínicas Dentales Doctor Aguirre, S.L. · NIF B41527383", "Clínicas Dentales Doctor Aguirre, S.L. · NIF B41527383"),
        ("CIF: A-08152860", "CIF: A-08152860"),
        ("NIF: 11525722P", "NIF: [SSN]"),
        ("Passport no. P4705832E", "Passport no. [SSN]"),
    ])
    func aSpanishFirmsTaxIDIsNoPersonalID(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Law clerk, Robert C. Byrd United States Courthouse, Charleston",
        "Teaching assistant, Ysgol Gyfun Glan Ebbw, Ebbw Vale",
        "Youth coach, Bobby Robson Juniors, Newcastle",
        "Site manager, Taylor Wimpey, Leeds",
        "Thesis: Reading Emily Dickinson's Fascicles",
    ])
    func buildingsClubsAndFirmsNamedAfterPeopleStay(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("| Ir. W. (Willem) Smit | Projectleider |", "| Ir. [NAME] | Projectleider |"),
        ("mr. A.M. (Annemiek) Dekker, directeur Wetgeving", "mr. [NAME], directeur Wetgeving"),
        ("ir. R.J. (Roel) van den Berg", "ir. [NAME]"),
        ("See section B. (Optional) Fields", "See section B. (Optional) Fields"),
    ])
    func initialsWithACallNameInBracketsAreAName(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("A – Chukwuemeka (Emeka) Obi: presentation 14/20", "A – [NAME]: presentation 14/20"),
        ("Foreman: Paddy McGinley; site agent: Siobhan Doherty.", "Foreman: [NAME]; site agent: [NAME]."),
        ("For a chat please ring Revd Olusegun on 020 7946 0228", "For a chat please ring Revd [NAME] on [PHONE]"),
    ])
    func revdsForemenAndANameGoneByInBrackets(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Engineering (Software) Manager",
        "Bristol (Clifton) Office",
        "Marketing (Sophie) Team",
        "Python (Django) Developer",
    ])
    func aWordInBracketsBetweenOrdinaryWordsIsNoName(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("2018 – 2021  Engineer, Philips Innovation Services, High Tech Campus 7, 5656 AE Eindhoven",
         "2018 – 2021  Engineer, Philips Innovation Services, [ADDRESS]"),
        ("Jane Roe\nAnalyst\n\nCurtis Center, 601 Walnut Street, Suite 540 West, Philadelphia, PA 19106 · (215) 555-0190",
         "[NAME]\nAnalyst\n\nCurtis Center, [ADDRESS] · [PHONE]"),
        // a district before its postcode stays in the address
        ("Funcionários, Belo Horizonte - MG, 30140-010", "[ADDRESS]"),
    ])
    func aFirmBeforeTheStreetItsPostcodeGrewToIsNoAddress(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Ons adres: Industrieweg 21, 5145 PV Waalwijk (bus 136, halte Industrieweg)",
         "Ons adres: [ADDRESS] (bus 136, halte Industrieweg)"),
        ("Address: 12 MG Road (opp. City Mall), Bengaluru 560001", "Address: [ADDRESS]"),
    ])
    func anAsideInLowerCaseEndsALabelledAddress(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Vacancy ref: 381-PH-2025-044", "Vacancy ref: 381-PH-2025-044"),
        ("Cell 184(11):2970–2985, 2021. doi:10.1016/j.cell.2021.04.012", "Cell 184(11):2970–2985, 2021. doi:10.1016/j.cell.2021.04.012"),
        ("Call 1-800-555-0199 now", "Call [PHONE] now"),
        ("Tel.0171 2345678", "Tel.[PHONE]"),
        ("Cell-0171 2345678", "Cell-[PHONE]"),
    ])
    func aNumberThatEndsAnIdentifierIsNoPhone(input: String, expected: String) {
        let r = PIIRedactor(defaultRegion: "GB")
        #expect(r.redact(input, as: .jobDescription).text == expected)
    }

    @Test(arguments: [
        "Acompanhamento da Usina Hidrelétrica Governador José Richa; R$ 42 milhões em medições",
        "2009 – 2011 · Escola Estadual Professor Alberto Conte (professor eventual)",
    ])
    func institutionsNamedAfterTitledPeopleStay(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Meu orientador, Professor Alberto Conte, disse", "Meu orientador, Professor [NAME], disse"),
        ("A/C Sra. Helena Carvalho Brito – Gerente de RH", "A/C Sra. [NAME] – Gerente de RH"),
        ("Honours project with Dr Tom Hadley", "Honours project with Dr [NAME]"),
        ("Reported to Project Director Mr. Harpreet Singh Bedi", "Reported to Project Director Mr. [NAME]"),
    ])
    func aTitledPersonAfterOtherWordsIsStillAPerson(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Founded in 1987 by Harriet Bishop and the late Edward King, Bishop King is a firm of 14 partners. Write to Bishop King Solicitors LLP.",
         "Founded in 1987 by [NAME] and the late [NAME], Bishop King is a firm of 14 partners. Write to Bishop King Solicitors LLP."),
        ("D. Francisco López Carrasco, director gerente de Frutas Hermanos López Carrasco, S.A.",
         "D. [NAME], director gerente de Frutas Hermanos López Carrasco, S.A."),
    ])
    func surnamesNamingAFirmStay(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        // one person's two surnames side by side are still that person
        ("Carmen\nGallardo Pizarro\nProfesora\nEscríbeme: carmen.gallardo.p@example.com", "[NAME]\n[NAME] [NAME]\nProfesora\nEscríbeme: [EMAIL]"),
    ])
    func aCandidatesTwoSurnamesAreStillHers(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Houghton Library, MS Am 1118.3 and MS Am 1118.5", "Houghton Library, MS Am 1118.3 and MS Am 1118.5"),
        ("Contact MS Jane Doe", "Contact MS [NAME]"),
        ("(Approved by AICTE, New Delhi & affiliated to JNTU Anantapur)", "(Approved by AICTE, New Delhi & affiliated to JNTU Anantapur)"),
        ("Approved by PRIYA", "Approved by [NAME]"),
        ("Nom de naissance : MOREAU", "Nom de naissance : [NAME]"),
        ("1. Lakshmi Narayanan R, Ramesh K, Anand V. Journal of Materials Processing Technology, 318 (2023) 118021.",
         "1. [NAME], [NAME], [NAME]. Journal of Materials Processing Technology, 318 (2023) 118021."),
    ])
    func manuscriptsAcronymsAndJournalsAreNoOne(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aWelshSchoolHeadingALetterIsNoName() {
        #expect(resume("Ysgol Gyfun Glan Ebbw\nCae Mawr Lane\n\nI teach at Ysgol Owain Glyndŵr.").hasPrefix("Ysgol Gyfun Glan Ebbw"))
        #expect(job("I currently teach Welsh at Ysgol Owain Glyndŵr, where I run the eisteddfod.")
            == "I currently teach Welsh at Ysgol Owain Glyndŵr, where I run the eisteddfod.")
    }
}
