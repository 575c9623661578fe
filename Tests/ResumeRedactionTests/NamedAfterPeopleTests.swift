@testable import ResumeRedaction
import Testing

/// Firms, institutions and works named after people (the fifth batch's KEEP traps), and the
/// name fields and familiar-name phrases of forms and profiles.
@Suite struct NamedAfterPeopleTests {
    @Test(arguments: [
        "Yes, she started at Wendy's, Tampa, FL (2011–2013).",
        "10 % off at Dan Murphy's and 5 % off at Woolworths.",
        "Farmacista ospedaliera, AORN Antonio Cardarelli, Napoli",
        "Docente, SENAI Roberto Simonsen, São Paulo",
        "I led the Betty Crocker baking mix relaunch.",
        "Investigadora Ramón y Cajal, CNIO",
        "2011 – 2016   Steuerfachangestellte, Kanzlei Dr. Wendt & Partner mbB, Magdeburg",
        "Staff Nurse, Royal Albert Edward Infirmary, Wigan",
        "Atendimento conforme a Lei Maria da Penha (Lei 11.340/2006).",
        "Cardiologo, Azienda Ospedaliera Antonio Cardarelli, Napoli",
    ])
    func firmsAndWorksNamedAfterPeopleAreKept(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Taylor Reed's client notes are required reading.", "[NAME]'s client notes are required reading."),
        ("Supervisor: LTC Michael Reyes, (253) 555-0161", "Supervisor: LTC [NAME], [PHONE]"),
        ("Contact: Dr. Anna Weber (Head of HR)", "Contact: Dr. [NAME] (Head of HR)"),
        // an outside review's cases: people beside the words that mark firms and works
        ("Reference: Dr. Anna Berg & Prof. Tom Lee", "Reference: Dr. [NAME] & Prof. [NAME]"),
        ("Contact: Maria Lopez & Tom Lee", "Contact: [NAME] & [NAME]"),
        ("Contact: NHS Anna Berg", "Contact: NHS [NAME]"),
        ("Reporting to CMO Maria Lopez.", "Reporting to CMO [NAME]."),
        ("Please reply at John Smith's request.", "Please reply at [NAME]'s request."),
        ("Reference: Dr. Anna Berg Group Leader", "Reference: Dr. [NAME] Group Leader"),
        ("Contact: the Maria Lopez team", "Contact: the [NAME] team"),
        ("Surname: Rivas Forename: Ana", "Surname: [NAME] Forename: [NAME]"),
    ])
    func peopleAroundThoseWordsAreStillNamed(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("RESUME Jane Doe\nAnalyst\nJane Doe led things.", "RESUME [NAME]\nAnalyst\n[NAME] led things."),
        ("Jane Doe (PMP)\nAnalyst\nPMP, 2019. Relocated to Berlin.", "[NAME] (PMP)\nAnalyst\nPMP, 2019. Relocated to Berlin."),
        ("José Ortega y Gasset\nFilósofo\nSr. Ortega y Gasset escribió.", "[NAME]\nFilósofo\nSr. [NAME] escribió."),
        ("Jane Doe\nAnalyst\nDirect questions at Jane or at Doe.", "[NAME]\nAnalyst\nDirect questions at [NAME] or at [NAME]."),
        ("Jane Doe\nAnalyst\nThe design was Jane Doe's. Jane's on top.", "[NAME]\nAnalyst\nThe design was [NAME]'s. [NAME]'s on top."),
    ])
    func theCandidateBesideThoseWordsIsStillNamed(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Preferred name:          Annie\nD.O.B.:", "Preferred name:          [NAME]\nD.O.B.:"),
        ("Geburtsname:                 Krause", "Geburtsname:                 [NAME]"),
        ("Primer apellido: Rivas          Segundo apellido: Quintero", "Primer apellido: [NAME]          Segundo apellido: [NAME]"),
        ("Previous surname(s): Mensah", "Previous surname(s): [NAME]"),
    ])
    func nameFieldsOfForms(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func anEmptyNameFieldBeforeAnotherLabelNamesNoOne() {
        #expect(job("Surname:   Forename: \nNationality: British") == "Surname:   Forename: \nNationality: British")
    }

    @Test(arguments: [
        ("Em casa todo mundo me chama de Malu. Sou de Franca.", "Em casa todo mundo me chama de [NAME]. Sou de Franca."),
        ("most people call me Ally.", "most people call me [NAME]."),
        ("Conhecida como Beatriz, ela organiza o meetup", "Conhecida como [NAME], ela organiza o meetup"),
    ])
    func familiarNamePhrases(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    /// "known as" and its kind also name methods and products: only a known given name after them.
    @Test(arguments: [
        "We use a methodology known as Kanban.",
        "Our platform, known as Atlas, and a service known as Spring.",
        "I'm Austin based and I'm Python-certified.",
    ])
    func weakPhrasesBeforeOtherWordsNameNoOne(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Daniel Ford\nEngineer\n\nAt Ford I led the build farm migration. Ford is a big employer.",
         "[NAME]\nEngineer\n\nAt Ford I led the build farm migration. [NAME] is a big employer."),
    ])
    func theCandidatesSurnameAfterAtIsAWorkplace(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    /// A second outside review's cases.
    @Test(arguments: [
        ("Contact: Maria Smith\nMaria Smith's had three papers.", "Contact: [NAME]\n[NAME]'s had three papers."),
        ("Our lead Jonathan Price, known as Jono, joined.", "Our lead [NAME], known as [NAME], joined."),
        ("Juana López, conocida como Chiqui, dirige.", "[NAME], conocida como [NAME], dirige."),
        ("I was known as Bakes.", "I was known as [NAME]."),
        ("Referentin: Anna Schmidt, geboren Müller", "Referentin: [NAME], geboren [NAME]"),
        ("Ref: dhr. J.A.M.H. de Vries", "Ref: dhr. [NAME]"),
        ("Contact: Mr Tom Lee, born London 1970", "Contact: Mr [NAME], born London 1970"), // a place, no birth name
    ])
    func secondReviewsPeople(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Our platform, known as Atlas, runs.",
        "Capacity 20 mw. Solar.",
    ])
    func secondReviewsOrdinaryText(input: String) {
        #expect(job(input) == input)
    }

    /// From the seventh batch: brands in a list of brands, a mall, a building, "Dr. Oetker".
    @Test(arguments: [
        "Offer consultations for brands including Estée Lauder, Charlotte Tilbury and Jo Malone London.",
        "Store Manager — Croma (A Tata Enterprise), Phoenix Marketcity, Kurla",
        "prédio Edifício João Calvino, entrada pela Rua da Consolação",
        "Kunden: Haribo, Dr. Oetker, Lidl",
    ])
    func brandsMallsAndBuildingsAreKept(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Chloe Griffith BEng (Hons) MIEAust\nBrisbane QLD\n\nGriffith joined in 2019.",
         "[NAME] BEng (Hons) MIEAust\nBrisbane QLD\n\n[NAME] joined in 2019."),
    ])
    func degreesAfterTheHeadingNameAreNoName(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Madame Fournier,\nje vous écris", "Madame [NAME],\nje vous écris"),
        ("Ich bin Mira, Designerin.", "Ich bin [NAME], Designerin."),
    ])
    func spelledOutHonorificsAndMoreGivenNames(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    /// From the eighth batch: places, schemes, wards and hospitals named after people.
    @Test(arguments: [
        "Enrolled customers in Pradhan Mantri Jan Dhan Yojana during FY2023-24.",
        "Staff Nurse, Vikram Sarabhai Cardiac ICU, Ahmedabad",
        "Network Operations Technician — Walter Reed National Military Medical Center, Bethesda, MD",
        "Residence near Sarita Vihar metro station",
        "Wells Fargo Advisors, Senior Analyst, 2019",
    ])
    func placesSchemesAndWardsAreKept(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Sgt. Maj. (Ret.) Elijah Fairweather, 910.555.0163", "Sgt. Maj. (Ret.) [NAME], [PHONE]"),
        ("the model-portfolio committee chaired by Howard Lindqvist.", "the model-portfolio committee chaired by [NAME]."),
        ("Eingang am 05.01.2026, bearbeitet von T. Hollweg", "Eingang am 05.01.2026, bearbeitet von [NAME]"),
    ])
    func retiredRanksAndPeopleWhoDidSomething(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aLabelledNameWithANicknameInQuotes() {
        #expect(resume("APPLICATION\nName: Reginald \"Reggie\" Toussaint\nDate of birth: 07/22/1984").hasPrefix("APPLICATION\nName: [NAME]"))
    }
}
