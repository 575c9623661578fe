import Testing
@testable import ResumeAnalysis

/// TF-IDF on a tiny corpus, against figures worked out by hand (N = 8 documents).
@Suite struct WeightingTests {
    /// PostgreSQL in 1 of 8 documents, Kubernetes in all 8, "ledger" in 2.
    static let tiny = DocumentFrequencyTable(documentCount: 8, skills: ["PostgreSQL": 1, "Kubernetes": 8],
                                             words: ["ledger": 2])
    let analyzer = GapAnalyzer(frequencies: WeightingTests.tiny)

    @Test func termFrequencyIsSublinear() {
        #expect(TermWeighting.tf(0) == 0)
        #expect(TermWeighting.tf(0.25) == 0.25)
        #expect(TermWeighting.tf(0.5) == 0.5)
        #expect(TermWeighting.tf(1) == 1)
        #expect(abs(TermWeighting.tf(2) - 1.693147) < 1e-6)
        #expect(abs(TermWeighting.tf(4) - 2.386294) < 1e-6)
    }

    @Test func inverseDocumentFrequencyIsSmoothed() {
        let w = TermWeighting(frequencies: WeightingTests.tiny, lexicon: .shared)
        // ln((1 + 8) / (1 + df)) + 1
        #expect(abs(w.idf(documentFrequency: 0) - 3.197225) < 1e-6)
        #expect(abs(w.idf(documentFrequency: 1) - 2.504077) < 1e-6)
        #expect(abs(w.idf(documentFrequency: 2) - 2.098612) < 1e-6)
        #expect(w.idf(documentFrequency: 8) == 1)
    }

    /// Job: PostgreSQL ×3, Kubernetes ×1, ledger ×2. Resume: Kubernetes, ledger.
    ///   w(PostgreSQL) = (1 + ln 3) × (ln(9/2) + 1)       = 2.098612 × 2.504077 = 5.255088
    ///   w(Kubernetes) = 1 × (ln(9/9) + 1)                = 1
    ///   w(ledger)     = (1 + ln 2) × (ln(9/3) + 1) × 0.5 = 1.693147 × 2.098612 × 0.5 = 1.776630
    ///   score = 100 × (1 + 1.776630) / (5.255088 + 1 + 1.776630) = 34.57
    ///   resume weights: Kubernetes 1, ledger 1 × 2.098612 × 0.5 = 1.049306
    ///   cosine = (1 + 1.776630 × 1.049306) / (|(5.255088, 1, 1.776630)| × |(1, 1.049306)|) = 0.3506
    @Test func aHandComputedExample() throws {
        let job = "PostgreSQL, postgres and PostgreSQL. Kubernetes. A ledger, ledgers."
        let resume = "Kubernetes and a ledger."
        var meter = WorkMeter()
        let r = try analyzer.report(resume: resume, job: job, meter: &meter, shouldStop: { false })
        try #require(r.keyTerms.map(\.display) == ["PostgreSQL", "ledger", "Kubernetes"])
        #expect(abs(r.keyTerms[0].weight - 5.255088) < 1e-5)
        #expect(abs(r.keyTerms[1].weight - 1.776630) < 1e-5)
        #expect(abs(r.keyTerms[2].weight - 1) < 1e-9)
        #expect(r.analysis.matchScore == 34.57)
        #expect(r.analysis.semanticSimilarity == 0.3506)
        #expect(r.analysis.matchedKeywords == ["ledger", "Kubernetes"])
        #expect(r.analysis.missingKeywords == ["PostgreSQL"])
    }

    /// Section factors: "Nice to have" counts 0.5, "About us" 0.25.
    ///   PostgreSQL 1 × 2.504077; Kubernetes tf(0.5) × 1 = 0.5; ledger ×4 in About us: tf(1) × 2.098612 × 0.5,
    ///   but free words need a weighted count of 2 to be key terms: ledger (count 1) is not one.
    @Test func sectionsWeighOccurrences() throws {
        let job = "Requirements\nPostgreSQL\n\nNice to have\nKubernetes\n\nAbout us\nledger ledger ledger ledger"
        var meter = WorkMeter()
        let r = try analyzer.report(resume: "", job: job, meter: &meter, shouldStop: { false })
        try #require(r.keyTerms.map(\.display) == ["PostgreSQL", "Kubernetes"])
        #expect(abs(r.keyTerms[0].weight - 2.504077) < 1e-5)
        #expect(abs(r.keyTerms[1].weight - 0.5) < 1e-9)
    }

    @Test func freeWordsMustBeRepeatedKnownAndSpecific() throws {
        // Free words need count ≥ 2, df ≥ 1 and df ≤ floor(0.25 × 8) = 2: "ledger" (df 2) qualifies,
        // "widget" (df 0) does not however often it occurs.
        var meter = WorkMeter()
        let r = try analyzer.report(resume: "", job: "ledger ledger widget widget widget", meter: &meter, shouldStop: { false })
        #expect(r.keyTerms.map(\.display) == ["ledger"])
        let once = try analyzer.report(resume: "", job: "ledger", meter: &meter, shouldStop: { false })
        #expect(once.keyTerms.isEmpty)
    }

    @Test func cosineEdgeCases() {
        #expect(TermWeighting.cosine([], []) == 0)
        #expect(TermWeighting.cosine([0, 0], [1, 2]) == 0)
        #expect(TermWeighting.cosine([1, 0], [0, 1]) == 0)
        #expect(abs(TermWeighting.cosine([1, 2, 3], [2, 4, 6]) - 1) < 1e-12)
        #expect(abs(TermWeighting.cosine([1, 1], [1]) - 0.7071068) < 1e-6)
    }

    @Test func roundingIsHalfAwayFromZero() {
        #expect(GapAnalyzer.round(34.565, places: 2) == 34.57 || GapAnalyzer.round(34.565, places: 2) == 34.56)
        #expect(GapAnalyzer.round(0.99995, places: 4) == 1.0)
        #expect(GapAnalyzer.round(12.5, places: 0) == 13)
        #expect(GapAnalyzer.round(0.35056, places: 4) == 0.3506)
    }
}
