import Testing
@testable import ResumeAnalysis

private func keyTerms(_ job: String) throws -> [String] {
    var meter = WorkMeter()
    return try GapAnalyzer().report(resume: "", job: job, meter: &meter, shouldStop: { false }).keyTerms.map(\.display)
}

@Suite struct PhraseTests {
    @Test func knownPhrasesWinOverTheirParts() throws {
        let terms = try keyTerms("Machine learning, machine learning and more machine learning. Deep learning too.")
        #expect(terms == ["Machine learning", "Deep learning"])
    }

    @Test func theLongestAliasWins() throws {
        #expect(try keyTerms("React Native") == ["React Native"])
        #expect(try keyTerms("Google Cloud Platform") == ["Google Cloud"])
        #expect(try keyTerms("Ruby on Rails") == ["Ruby on Rails"])
        #expect(try keyTerms("SOC 2 and a SOC") == ["SOC 2", "Security operations"])
    }

    @Test func phrasesDoNotCrossPunctuationOrLines() throws {
        #expect(try keyTerms("machine, learning").isEmpty)
        #expect(try keyTerms("Machine\nLearning").isEmpty)
        #expect(try keyTerms("machine-learning pipelines") == ["Machine learning"])
        #expect(try keyTerms("distributed   systems") == ["Distributed systems"])
    }

    @Test func phrasesMatchAcrossSpellings() throws {
        #expect(try keyTerms("Distributed Systems") == ["Distributed systems"])
        #expect(try keyTerms("distributed system") == ["Distributed systems"])
        #expect(try keyTerms("Continuous Integration") == ["CI/CD"])
        #expect(try keyTerms("CICD") == ["CI/CD"])
    }

    @Test func genericWordsAreNeverKeyTerms() throws {
        let job = """
        Requirements: strong experience, excellent communication, ability to work in a team.
        Requirements: strong experience, excellent communication, ability to work in a team.
        """
        #expect(try keyTerms(job).isEmpty)
    }

    @Test func theWordGoIsNotTheLanguage() throws {
        #expect(try keyTerms("We go the extra mile; go-to person; go live soon. Go-live in May.").isEmpty)
        #expect(try keyTerms("Services in Go and Golang") == ["Go"])
    }
}

/// An alias on one side matches the canonical term on the other, both ways round.
@Suite struct SynonymTests {
    static let pairs: [(alias: String, canonical: String, display: String)] = [
        ("JS", "JavaScript", "JavaScript"),
        ("Postgres", "PostgreSQL", "PostgreSQL"),
        ("k8s", "Kubernetes", "Kubernetes"),
        ("ML", "machine learning", "Machine learning"),
        ("GCP", "Google Cloud", "Google Cloud"),
        ("golang", "Go", "Go"),
        ("AWS", "Amazon Web Services", "AWS"),
        ("NodeJS", "Node.js", "Node.js"),
        ("CI/CD", "continuous delivery", "CI/CD"),
        ("pen testing", "penetration testing", "Penetration testing"),
        ("EMR", "electronic health records", "EHR"),
        ("financial modelling", "financial modeling", "Financial modeling"),
        ("IEPs", "individualized education program", "IEP"),
        ("user testing", "usability testing", "Usability testing"),
        ("sklearn", "scikit-learn", "scikit-learn"),
        ("RN", "registered nurse", "Registered nurse"),
    ]

    @Test(arguments: SynonymTests.pairs.indices)
    func aliasInTheResumeMatchesTheJob(_ i: Int) throws {
        let p = SynonymTests.pairs[i]
        let r = try GapAnalyzer().analyze(resume: "Skills: \(p.alias)", job: "We need \(p.canonical).")
        #expect(r.matchedKeywords == [p.display], "\(p)")
        #expect(r.missingKeywords == [])
        #expect(r.matchScore == 100)
    }

    @Test(arguments: SynonymTests.pairs.indices)
    func canonicalInTheResumeMatchesAnAliasInTheJob(_ i: Int) throws {
        let p = SynonymTests.pairs[i]
        let r = try GapAnalyzer().analyze(resume: "Skills: \(p.canonical)", job: "We need \(p.alias).")
        #expect(r.matchedKeywords == [p.display], "\(p)")
        #expect(r.matchScore == 100)
    }

    @Test func aSpecificSkillCoversItsPlatformButNotTheReverse() throws {
        let a = try GapAnalyzer().analyze(resume: "Ran EKS clusters", job: "Kubernetes on AWS")
        #expect(Set(a.matchedKeywords) == ["Kubernetes", "AWS"])
        let b = try GapAnalyzer().analyze(resume: "Kubernetes on AWS", job: "Ran EKS clusters")
        #expect(b.missingKeywords == ["Amazon EKS"])
    }

    @Test func similarSkillsAreNotSynonyms() throws {
        let r = try GapAnalyzer().analyze(resume: "Java, C, Power BI, Flutter", job: "JavaScript, C++, Tableau, React Native")
        #expect(r.matchedKeywords == [])
        #expect(r.matchScore == 0)
    }
}
