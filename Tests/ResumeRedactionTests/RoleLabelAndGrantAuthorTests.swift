@testable import ResumeRedaction
import Testing

/// People after the label of their role and a colon: a site's, a project's and a committee's people
/// ("Site superintendent: Mark Hall; project executive: Hope Lane.", a thesis committee's "Chair: …"), and a
/// surname that is a word, even one naming a place, after an office's label ("Line manager: Daniel Hall",
/// "Clerk: Gary Street"). The twentieth batch missed them; the labels name teams, firms, places and events as
/// often, which stay.
@Suite struct RoleLabelPersonsTests {
    @Test(arguments: [
        ("• Site superintendent: Mark Hall; project executive: Hope Lane.",
         "• Site superintendent: [NAME]; project executive: [NAME]."),
        ("Project lead: Mark Hall", "Project lead: [NAME]"),
        ("Vice-chair: Mark Hall", "Vice-chair: [NAME]"),
        ("Chair: R. Baptiste (expected 2025); Tomás Ibarra (2023)", "Chair: [NAME] (expected 2025); [NAME] (2023)"),
        ("Committee: Mark Hall (chair), Joy Stone", "Committee: [NAME] (chair), [NAME]"),
    ])
    func aPersonAfterASitesAProjectsOrACommitteesRole(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Supervisor: Daniel Hall", "Supervisor: [NAME]"),
        ("Line manager: Mark Hall (Finance)", "Line manager: [NAME] (Finance)"),
        ("Clerk: Gary Street (Senior Clerk) – 020 7583 1770", "Clerk: [NAME] (Senior Clerk) – [PHONE]"),
        ("Senior Clerk: Rob Street – 020 7404 0102", "Senior Clerk: [NAME] – [PHONE]"),
    ])
    func aWordSurnameAfterAnOfficesLabel(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        // teams, firms, bodies and events after the new labels
        "Chair: Board of Governors",
        "Lead: Data Platform",
        "Supervisor: Siemens AG",
        "Project executive: Turner Construction",
        "Chair: Grace Hopper Celebration student track",
        "Executive: Hugo Boss",
        "Chair: Sessions 1 and 2",
        // a given name that is a word or a place before no surname that is a word
        "Chair: Austin Energy",
        "Committee: Rose Garden",
        "Executive: Georgia Power",
        // a name that does not end its field: a place or a building and what is done there
        "Lead: Victoria Station upgrade",
        "Lead: Jordan Valley expansion",
        "Lead: Albert Hall refurbishment",
        "Supervisor: Albert Hall refurbishment",
        "Lead: Grace Street project",
        "Project executive: Mark Hall Trust",
        // a contact's label still names a street
        "Contact: George Street, Edinburgh",
    ])
    func teamsFirmsPlacesAndEventsStay(input: String) {
        #expect(job(input) == input)
    }

    @Test func aPersonsWordSurnameNeedsNoFieldEnd() {
        // a surname that is a word but names no place ("Page", `personsWordSurnames`) is taken as before
        #expect(job("Proposed: Owain Page seconded the motion.") == "Proposed: [NAME] seconded the motion.")
    }
}

/// Authors written surname first, with initials, after a grant's or a paper's people label: "co-investigators:
/// Chen, A.; Whitfield, J. R.", "CIs Whitcombe E, Tran D", "Co-PIs: Okafor, C. & Lindqvist, M.". Only after such
/// a label and only in those two shapes; funders, partners, institutions, chemistry and a build pipeline's
/// tools after a label stay.
@Suite struct GrantPeopleAuthorsTests {
    @Test(arguments: [
        ("2019–2020  Spencer Foundation Small Grant, co-investigators: Chen, A.; Whitfield, J. R.",
         "2019–2020  Spencer Foundation Small Grant, co-investigators: [NAME]; [NAME]"),
        ("2020–2023  ARC Discovery Project DP200102871, CIs Whitcombe E, Tran D, Horvath P, $612,000",
         "2020–2023  ARC Discovery Project DP200102871, CIs [NAME], [NAME], [NAME], $612,000"),
        ("Co-PIs: Okafor, C. & Lindqvist, M.", "Co-PIs: [NAME] & [NAME]"),
        ("Co-investigator(s): Okafor, C.", "Co-investigator(s): [NAME]"),
        ("Chief investigators: Okafor C, Lindqvist M (2021–2024)", "Chief investigators: [NAME], [NAME] (2021–2024)"),
        // the label at a line's start is no author's surname
        ("CIs Whitcombe E, Tran D", "CIs [NAME], [NAME]"),
    ])
    func authorsAfterAGrantsPeopleLabel(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Funders: NIH, NSF",
        "Partners: Siemens AG, BASF SE",
        "co-investigators: University of Leeds, UCL",
        "Investigators: NHS England, NICE",
        // an element and its oxidation state, a unit, a supplementary table
        "Co-investigators: Fe II, Cu II",
        "Co-investigators: Fe II and Cu II complexes",
        "PIs: Na K-ATPase assays",
        "Authors Table S1 lists every contributor.",
        // a build pipeline; an abbreviation not in capitals
        "CI: Jenkins X, GitHub Actions",
        "pis: Okafor C",
    ])
    func whatIsNoAuthorStays(input: String) {
        #expect(job(input) == input)
    }

    @Test func anAuthorsInitialsAreNoWordToFollow() {
        // "KY" of "Lam KY" is no name searched for through the text (nor "Lam" alone)
        #expect(job("Co-authors: Lam KY, Fitzgerald R\nOffices in Louisville, KY and at Lam Research.")
                == "Co-authors: [NAME], [NAME]\nOffices in Louisville, KY and at Lam Research.")
    }
}
