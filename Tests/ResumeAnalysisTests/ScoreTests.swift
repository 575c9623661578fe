import Foundation
import Testing
@testable import ResumeAnalysis

@Suite struct ScoreTests {
    let analyzer = GapAnalyzer()

    @Test func emptyInputs() throws {
        let none = try analyzer.analyze(resume: "", job: "")
        #expect(none.matchScore == 0 && none.semanticSimilarity == 0)
        #expect(none.missingKeywords == [] && none.matchedKeywords == [])
        #expect(none.suggestions.count == 1 && none.suggestions[0].contains("names no skills"))
        #expect(none.analyzerVersion == AnalyzerVersion.current)

        let noResume = try analyzer.analyze(resume: "", job: "Go, PostgreSQL and Kubernetes")
        #expect(noResume.matchScore == 0 && noResume.semanticSimilarity == 0)
        #expect(Set(noResume.missingKeywords) == ["Go", "PostgreSQL", "Kubernetes"])
        #expect(noResume.matchedKeywords == [])

        let noJob = try analyzer.analyze(resume: "Go, PostgreSQL and Kubernetes", job: "   \n\t ")
        #expect(noJob.matchScore == 0 && noJob.semanticSimilarity == 0)
        #expect(noJob.missingKeywords == [] && noJob.matchedKeywords == [])
    }

    @Test func placeholdersAndGenericWordsAloneAreEmpty() throws {
        let r = try analyzer.analyze(resume: "[NAME] [EMAIL] [PHONE]", job: "[URL] strong team experience, excellent ability")
        #expect(r.matchScore == 0 && r.missingKeywords == [] && r.matchedKeywords == [])
    }

    /// Every corpus document against itself: 100 and ≈1.0.
    @Test func identicalTextsScoreOneHundred() throws {
        for doc in try Fixtures.corpus() {
            let r = try analyzer.analyze(resume: doc.text, job: doc.text)
            #expect(r.matchScore == 100, "\(doc.id)")
            #expect(r.semanticSimilarity >= 0.9999 && r.semanticSimilarity <= 1, "\(doc.id)")
            #expect(r.missingKeywords == [], "\(doc.id)")
        }
    }

    /// Resumes against jobs of an unrelated field score low.
    @Test(arguments: [("healthcare-resume-nurse", "backend-job-payments"), ("backend-resume-go", "healthcare-job-rn"),
                      ("design-resume-graphic", "devops-job-sre"), ("finance-resume-accountant", "mobile-job-ios"),
                      ("education-resume-teacher", "security-job-appsec"), ("marketing-resume-content", "data-job-engineer")])
    func unrelatedTextsScoreLow(_ resumeID: String, _ jobID: String) throws {
        let corpus = try Fixtures.corpus()
        let resume = corpus.first { $0.id == resumeID }!.text, job = corpus.first { $0.id == jobID }!.text
        let r = try analyzer.analyze(resume: resume, job: job)
        #expect(r.matchScore < 15, "\(r)")
        #expect(r.semanticSimilarity < 0.1, "\(r)")
    }

    /// A resume for the job scores higher than one for another job of the same field.
    @Test func theRightResumeScoresHigher() throws {
        let corpus = try Fixtures.corpus()
        func text(_ id: String) -> String { corpus.first { $0.id == id }!.text }
        let job = text("mobile-job-ios")
        let ios = try analyzer.analyze(resume: text("mobile-resume-ios"), job: job)
        let android = try analyzer.analyze(resume: text("mobile-resume-android"), job: job)
        #expect(ios.matchScore > android.matchScore + 20)
        #expect(ios.semanticSimilarity > android.semanticSimilarity)
    }

    @Test func sameInputsSameOutput() async throws {
        let corpus = try Fixtures.corpus()
        let resume = corpus[3].text, job = corpus[0].text
        let first = try analyzer.analyze(resume: resume, job: job)
        #expect(try analyzer.analyze(resume: resume, job: job) == first)
        #expect(try GapAnalyzer().analyze(resume: resume, job: job) == first)
        // Concurrently, from several tasks.
        let results = await withTaskGroup(of: GapAnalysis?.self) { group in
            for _ in 0..<8 { group.addTask { try? GapAnalyzer().analyze(resume: resume, job: job) } }
            var all = [GapAnalysis?]()
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.allSatisfy { $0 == first })
    }

    @Test func onlyTheFirstTokensOfALongDocumentCount() throws {
        let filler = String(repeating: "lorem ", count: GapAnalyzer.maxTokensPerDocument)
        let r = try analyzer.analyze(resume: "Kubernetes", job: "Terraform " + filler + "Kubernetes")
        #expect(r.missingKeywords == ["Terraform"])
        #expect(r.matchedKeywords == [])
    }

    @Test func scoresHaveTwoDecimalsAndSimilarityFour() throws {
        let corpus = try Fixtures.corpus()
        for (i, resume) in corpus.enumerated() where i % 5 == 3 {
            for job in corpus where job.id.contains("-job-") {
                let r = try analyzer.analyze(resume: resume.text, job: job.text)
                #expect(r.matchScore == (r.matchScore * 100).rounded() / 100)
                #expect(r.semanticSimilarity == (r.semanticSimilarity * 10_000).rounded() / 10_000)
                #expect((0...100).contains(r.matchScore) && (0...1).contains(r.semanticSimilarity))
            }
        }
    }
}
