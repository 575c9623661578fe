import ResumeTestSupport
import Foundation
import Testing
@testable import ResumeAnalysis

/// The shipped document-frequency table is exactly what the corpus gives.
@Suite struct CorpusFrequencyTests {
    @Test func theCorpusHasSixtyDocumentsInTwelveFields() throws {
        let corpus = try Fixtures.corpus()
        #expect(corpus.count == 60)
        #expect(Set(corpus.map(\.id)).count == 60, "document ids are unique")
        let fields = Set(corpus.map { $0.id.split(separator: "-")[0] })
        #expect(fields == ["backend", "frontend", "data", "devops", "mobile", "security", "product", "design",
                           "marketing", "finance", "healthcare", "education"])
        #expect(corpus.allSatisfy { $0.text.count > 200 })
    }

    /// Fails when the corpus, the tokenizer, the vocabulary or a word list changed without
    /// regenerating the table. `RESUME_ANALYSIS_REGENERATE=1` rewrites it instead.
    @Test func theGeneratedTableMatchesTheCorpus() throws {
        let computed = DocumentFrequencyTable.compute(documents: try Fixtures.corpus().map(\.text))
        let source = computed.render()
        if ProcessInfo.processInfo.environment["RESUME_ANALYSIS_REGENERATE"] == "1" {
            try source.write(to: Fixtures.generatedTable, atomically: true, encoding: .utf8)
        }
        let shipped = try Fixtures.read(Fixtures.generatedTable)
        #expect(shipped == source, "regenerate: RESUME_ANALYSIS_REGENERATE=1 swift test --filter CorpusFrequencyTests")
        #expect(Bool(DocumentFrequencyTable.shipped == computed), "the compiled-in table differs from the corpus")
    }

    @Test func documentOrderDoesNotMatter() throws {
        let texts = try Fixtures.corpus().map(\.text)
        var rng = SplitMix64(seed: 7)
        let shuffled = texts.shuffled(using: &rng)
        #expect(shuffled != texts)
        let a = DocumentFrequencyTable.compute(documents: texts)
        let b = DocumentFrequencyTable.compute(documents: shuffled)
        #expect(a == b)
        #expect(a.render() == b.render())
        let resume = texts[3], job = texts[0]
        #expect(try GapAnalyzer(frequencies: a).analyze(resume: resume, job: job)
                == GapAnalyzer(frequencies: b).analyze(resume: resume, job: job))
    }

    @Test func renderedTablesParseBack() {
        let table = DocumentFrequencyTable(documentCount: 3, skills: ["C++": 2, "Machine learning": 1],
                                           words: ["ledger": 1, "payment": 3])
        var parsed = DocumentFrequencyTable.parse(table.render())
        parsed.documentCount = 3
        #expect(parsed == table)
    }

    /// Hand-counted: which of three tiny documents contain which terms.
    @Test func frequenciesCountDocumentsNotOccurrences() {
        let table = DocumentFrequencyTable.compute(documents: [
            "Postgres postgres POSTGRES ledger",
            "PostgreSQL and Kubernetes; ledgers",
            "k8s, reconciliation",
        ])
        #expect(table.documentCount == 3)
        #expect(table.skills == ["PostgreSQL": 2, "Kubernetes": 2, "Account reconciliation": 1])
        #expect(table.words == ["ledger": 2])
    }
}
