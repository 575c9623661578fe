/// What a resume misses for a job: the result of ``GapAnalyzer/analyze(resume:job:shouldStop:)``.
///
/// Keywords are in their canonical display form ("PostgreSQL", "Kubernetes", "Machine learning",
/// "C++"; a word outside the vocabulary as the job first spelled it, case-folded).
public struct GapAnalysis: Sendable, Hashable {
    /// Key terms of the job the resume lacks, by weight, highest first (ties in byte order of the keyword).
    public let missingKeywords: [String]
    /// Key terms of the job the resume has (an alias or a more specific skill counts), by weight, highest first.
    public let matchedKeywords: [String]
    /// Concrete advice: what to add or strengthen, and in which section of the resume.
    public let suggestions: [String]
    /// 0 to 100, two decimals: the weighted share of the job's key terms the resume covers.
    public let matchScore: Double
    /// 0 to 1, four decimals: cosine of the two documents' TF-IDF term vectors.
    public let semanticSimilarity: Double
    /// The version of the method that produced this result (``AnalyzerVersion/current`` when computed).
    public let analyzerVersion: Int

    /// Creates a result, for example from a stored or cached analysis.
    public init(missingKeywords: [String], matchedKeywords: [String], suggestions: [String],
                matchScore: Double, semanticSimilarity: Double, analyzerVersion: Int) {
        self.missingKeywords = missingKeywords
        self.matchedKeywords = matchedKeywords
        self.suggestions = suggestions
        self.matchScore = matchScore
        self.semanticSimilarity = semanticSimilarity
        self.analyzerVersion = analyzerVersion
    }
}
