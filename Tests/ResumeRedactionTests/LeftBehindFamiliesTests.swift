@testable import ResumeRedaction
import Testing

/// Families that earlier stops' notes listed as left alone: a degree's branch after its letters, a
/// German trade that is the candidate's surname, a health service before a town's line, an initial
/// and a surname after "worked with".
@Suite struct LeftBehindFamiliesTests {
    @Test(arguments: [
        "Resume\nB.E. Civil, Site Engineer, L&T Construction",
        "CURRICULUM VITAE\nM.E. Structural, Design Engineer, Tata Projects",
    ])
    func aDegreesBranchAfterItsLettersIsNoName(input: String) {
        #expect(resume(input) == input)
    }

    @Test(arguments: [
        ("Hans Koch\nKoch mit Leidenschaft\n2015 – 2018 Koch, Hotel Adlon Berlin",
         "[NAME]\nKoch mit Leidenschaft\n2015 – 2018 Koch, Hotel Adlon Berlin"),
        ("Anna Kaufmann\nAusbildung: Kaufmann im Einzelhandel, 2012", "[NAME]\nAusbildung: Kaufmann im Einzelhandel, 2012"),
        // the person: before a verb, after an honorific, before a given name
        ("Hans Koch\nKoch leitete das Team.", "[NAME]\n[NAME] leitete das Team."),
        ("Anna Kaufmann\nFrau Kaufmann war stets zuverlässig.", "[NAME]\nFrau [NAME] war stets zuverlässig."),
        ("Hans Koch\nAnsprechpartner: Koch, Hans", "[NAME]\nAnsprechpartner: [NAME]"),
    ])
    func aGermanTradeThatIsTheSurnameStaysWhereItIsTheTrade(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Jan 2016 – Jan 2019  RN Grade 1, Austin Health, Heidelberg VIC 3084",
         "Jan 2016 – Jan 2019  RN Grade 1, Austin Health, [ADDRESS]"),
        ("Graduate Nurse, Monash Health, Clayton VIC 3168", "Graduate Nurse, Monash Health, [ADDRESS]"),
        // a street after the service is the address; a unit and a street start it
        ("Austin Health, 145 Studley Road, Heidelberg VIC 3084", "Austin Health, [ADDRESS]"),
        ("Level 3, 120 Collins Street, Melbourne VIC 3000", "[ADDRESS]"),
    ])
    func aRoleOrAHealthServiceBeforeATownsLineIsNoPartOfIt(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Worked with S. Adeyemi on the audit.", "Worked with [NAME] on the audit."),
        ("Together with A. Novak, I ran the lab.", "Together with [NAME], I ran the lab."),
        ("Collaborated with N. America sales teams.", "Collaborated with N. America sales teams."),
        ("Worked with U.S. Army units.", "Worked with U.S. Army units."),
        ("Worked with Kubernetes Operators.", "Worked with Kubernetes Operators."),
    ])
    func anInitialAndASurnameAfterWorkedWithAreAPerson(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}
