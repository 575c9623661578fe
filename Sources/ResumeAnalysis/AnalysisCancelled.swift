/// Thrown by ``GapAnalyzer/analyze(resume:job:shouldStop:)`` when its `shouldStop` check returns true.
///
/// The analysis is abandoned: nothing partial is returned.
public struct AnalysisCancelled: Error, Sendable, Hashable, CustomStringConvertible {
    /// Creates the error.
    public init() {}

    /// A fixed text: "analysis cancelled".
    public var description: String { "analysis cancelled" }
}
