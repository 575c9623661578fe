/// Compares a resume with a job description: which of the job's key terms the resume misses,
/// which it has, how well it matches, and what to add where (docs/ANALYSIS.md).
///
/// Deterministic (the same inputs give the same result, on every machine), offline (every
/// table is compiled in) and bounded: work is linear in the input, and only the first
/// ``maxTokensPerDocument`` tokens of each document are considered.
public struct GapAnalyzer: Sendable {
    /// Tokens considered per document (every piece the tokenizer finds, stop words included);
    /// the rest of a longer document is ignored. About 300 KB of English prose.
    public static let maxTokensPerDocument = 65_536
    /// At most this many key terms are taken from the job.
    public static let maxKeyTerms = 30
    /// A free word (one outside the skills vocabulary) must occur at least this often in the
    /// job (occurrences weighted by section) to be a key term.
    static let freeWordMinCount = 2.0
    /// … and in at least one, at most this share of the corpus documents.
    static let freeWordMaxDocumentShare = 0.25

    let weighting: TermWeighting
    let lexicon: Lexicon

    /// Creates an analyzer with the shipped vocabulary and corpus statistics.
    ///
    /// The first analyzer created in a process builds the compiled-in tables (about 12 ms in a
    /// release build, once); create one at start-up to keep that off the first request.
    public init() {
        weighting = .shipped
        lexicon = .shared
    }

    /// An analyzer with other corpus statistics (tests).
    init(frequencies: DocumentFrequencyTable, lexicon: Lexicon = .shared) {
        weighting = TermWeighting(frequencies: frequencies, lexicon: lexicon)
        self.lexicon = lexicon
    }

    /// Analyses a resume against a job description, both as redacted text (placeholders such as
    /// `[NAME]` or `[EMAIL]` are ignored).
    ///
    /// - Parameter shouldStop: polled every few thousand tokens (about every 16,000 bytes
    ///   scanned or steps taken); when it returns true the analysis stops and throws.
    /// - Throws: ``AnalysisCancelled`` when `shouldStop` says stop.
    public func analyze(resume: String, job: String,
                        shouldStop: () -> Bool = { false }) throws(AnalysisCancelled) -> GapAnalysis {
        var meter = WorkMeter()
        return try report(resume: resume, job: job, meter: &meter, shouldStop: shouldStop).analysis
    }

    /// The analysis with its intermediate figures; `meter` counts the work.
    func report(resume: String, job: String, meter: inout WorkMeter,
                shouldStop: () -> Bool) throws(AnalysisCancelled) -> AnalysisReport {
        try meter.poll(shouldStop)
        var table = TermTable(lexicon: lexicon)
        let jobProfile = try DocumentProfile.extract(from: job, table: &table, meter: &meter, shouldStop: shouldStop)
        let resumeProfile = try DocumentProfile.extract(from: resume, table: &table, meter: &meter, shouldStop: shouldStop)

        // Weight vectors over every term of the table, in id order.
        var jobWeights = [Double](repeating: 0, count: table.count)
        var resumeWeights = [Double](repeating: 0, count: table.count)
        for id in jobProfile.terms {
            jobWeights[Int(id)] = weighting.weight(of: id, count: jobProfile.weighted(id), in: table)
            try meter.charge(1, shouldStop)
        }
        for id in resumeProfile.terms {
            resumeWeights[Int(id)] = weighting.weight(of: id, count: resumeProfile.weighted(id), in: table)
            try meter.charge(1, shouldStop)
        }
        let similarity = try TermWeighting.cosine(jobWeights, resumeWeights, meter: &meter, shouldStop: shouldStop)

        // Skills the resume covers: its own, and their ancestors (`Amazon S3` covers `AWS`).
        var covered = [Bool](repeating: false, count: table.skillCount)
        for id in resumeProfile.terms where table.isSkill(id) {
            for c in lexicon.skills[Int(id)].covers { covered[Int(c)] = true }
        }

        // Candidates are skills (a few hundred) and free words with a corpus document frequency
        // (a few thousand): their number does not grow with the input, nor does the sort's cost.

        // Key terms of the job.
        let maxFreeDF = Int((Double(weighting.documentCount) * GapAnalyzer.freeWordMaxDocumentShare).rounded(.down))
        var candidates = [KeyTerm]()
        for id in jobProfile.terms {
            try meter.charge(1, shouldStop)
            let isSkill = table.isSkill(id)
            if !isSkill {
                let df = weighting.documentFrequency(of: id, in: table)
                guard jobProfile.weighted(id) >= GapAnalyzer.freeWordMinCount, df >= 1, df <= maxFreeDF else { continue }
            }
            let weight = jobWeights[Int(id)]
            guard weight > 0 else { continue }
            candidates.append(KeyTerm(
                id: id, display: table.display(id), weight: weight, isSkill: isSkill,
                covered: isSkill ? covered[Int(id)] : resumeProfile.occurrences(id) > 0 || resumeProfile.wordsInPhrases.contains(id),
                jobOccurrences: jobProfile.occurrences(id), resumeOccurrences: resumeProfile.occurrences(id),
                resumeSkillsSectionOccurrences: resumeProfile.skillsSectionOccurrences(id)))
        }
        candidates.sort(by: KeyTerm.ranks)
        let keyTerms = Array(candidates.prefix(GapAnalyzer.maxKeyTerms))
        try meter.charge(candidates.count, shouldStop)

        var total = 0.0, coveredWeight = 0.0
        for t in keyTerms {
            total += t.weight
            if t.covered { coveredWeight += t.weight }
        }
        let score = total > 0 ? 100 * coveredWeight / total : 0
        let suggestions = SuggestionWriter(keyTerms: keyTerms, resume: resumeProfile).suggestions()
        try meter.poll(shouldStop)

        let analysis = GapAnalysis(
            missingKeywords: keyTerms.filter { !$0.covered }.map(\.display),
            matchedKeywords: keyTerms.filter(\.covered).map(\.display),
            suggestions: suggestions,
            matchScore: GapAnalyzer.round(score, places: 2),
            semanticSimilarity: GapAnalyzer.round(similarity, places: 4),
            analyzerVersion: AnalyzerVersion.current)
        return AnalysisReport(analysis: analysis, keyTerms: keyTerms, rawScore: score, rawSimilarity: similarity,
                              jobTokens: jobProfile.tokenCount, resumeTokens: resumeProfile.tokenCount)
    }

    /// Rounds half away from zero to `places` decimals.
    static func round(_ x: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (x * scale).rounded(.toNearestOrAwayFromZero) / scale
    }
}
