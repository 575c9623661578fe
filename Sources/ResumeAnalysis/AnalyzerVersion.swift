/// The version of the analysis method; part of every stored analysis and cache key.
///
/// Bump ``current`` whenever the output for some input can change: the tokenizer, the
/// vocabulary, the word lists, the headings, the corpus (and so its document frequencies),
/// a weight, a threshold, the score or similarity formulas, or the wording of suggestions.
/// docs/ANALYSIS.md lists what each version changed.
public enum AnalyzerVersion {
    /// The version of the method this build implements.
    public static let current = 1
}
