/// The version of the analysis method; part of every stored analysis and cache key.
public enum AnalyzerVersion {
    public static let current = 1
}
