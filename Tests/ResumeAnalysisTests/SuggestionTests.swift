import Testing
@testable import ResumeAnalysis

@Suite struct SuggestionTests {
    let analyzer = GapAnalyzer()
    let job = """
    Backend Engineer
    Requirements
    - Go and PostgreSQL; Go services on Kubernetes; more Go
    - Terraform and Kafka
    """

    @Test func namesTheSkillsSectionWhenTheResumeHasOne() throws {
        let resume = "Summary\nBackend developer.\n\nExperience\nBuilt services in Go.\n\nSkills\nGo, PostgreSQL"
        let s = try analyzer.analyze(resume: resume, job: job).suggestions
        // Each named once; Kafka is in fewer corpus documents (5) than Terraform (7) and Kubernetes (8).
        #expect(s.first == "Add Kafka, Terraform and Kubernetes to your Skills section if you have used them: "
                + "the job asks for them and your resume does not mention them.")
        #expect(s.contains("Strengthen PostgreSQL: it appears only in your Skills section; add Experience bullets "
                           + "that show how you used it."))
        #expect(!s.contains { $0.contains("Add a Skills section") })
    }

    @Test func saysWhereToPutThingsWhenTheResumeHasNoSections() throws {
        let resume = "Backend developer who built services in Go and PostgreSQL."
        let s = try analyzer.analyze(resume: resume, job: job).suggestions
        #expect(s.first == "Add a Skills section listing Kafka, Terraform and Kubernetes, if you have used them: "
                + "the job asks for them and your resume does not mention them.")
        #expect(!s.contains { $0.contains("your Skills section") || $0.contains("Experience section") })
        #expect(s.contains("The job mentions Go 3 times but your resume only once: give it more room in your resume."))
    }

    @Test func repeatedMissingSkillsGetASentenceOfTheirOwn() throws {
        let s = try analyzer.analyze(resume: "Experience\nPython scripts.", job: "Kubernetes, Kubernetes and Kubernetes; Helm.")
            .suggestions
        #expect(s.contains("The job mentions Kubernetes 3 times: if you have used it, add a bullet to your Experience "
                           + "section saying what you did with it and the result."))
        #expect(!s.contains { $0.contains("mentions Helm") })
    }

    @Test func missingWordsGoToTheSummaryOrExperience() throws {
        let job = "Payments engineer. Our ledger and ledger services; reconcile the ledger."
        let withBoth = try analyzer.analyze(resume: "Summary\nEngineer.\nExperience\nBuilt APIs.", job: job).suggestions
        #expect(withBoth.contains("Where it is true of your work, use the job's own wording: mention ledger in your "
                                  + "Summary or Experience section."))
        let withNone = try analyzer.analyze(resume: "Engineer who built APIs.", job: job).suggestions
        #expect(withNone.contains { $0.hasSuffix("mention ledger in a short Summary at the top of your resume.") })
    }

    @Test func everythingCovered() throws {
        let resume = "Experience\nGo services, Go tools and Go libraries with PostgreSQL, Kubernetes, Terraform and Kafka."
        let s = try analyzer.analyze(resume: resume, job: job).suggestions
        // Go ×3 (df 5), then Kafka (df 5), PostgreSQL (df 6).
        #expect(s == ["Your resume covers every key term of this job; keep the most important (Go, Kafka and "
                      + "PostgreSQL) visible in your most recent Experience entries."])
        // Mentioned once against three times in the job: the resume should give Go more room.
        let once = try analyzer.analyze(resume: "Experience\nGo, PostgreSQL, Kubernetes, Terraform, Kafka", job: job)
        #expect(once.suggestions.first == "The job mentions Go 3 times but your resume only once: give it more room in "
                + "your Experience section.")
    }

    @Test func listsReadNaturally() {
        #expect(SuggestionWriter.list([]) == "")
        #expect(SuggestionWriter.list(["A"]) == "A")
        #expect(SuggestionWriter.list(["A", "B"]) == "A and B")
        #expect(SuggestionWriter.list(["A", "B", "C"]) == "A, B and C")
    }
}
