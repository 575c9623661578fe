/// An analysis with the figures behind it (tests and benchmarks).
struct AnalysisReport {
    let analysis: GapAnalysis
    /// Key terms by rank.
    let keyTerms: [KeyTerm]
    let rawScore: Double
    let rawSimilarity: Double
    let jobTokens: Int
    let resumeTokens: Int
}
