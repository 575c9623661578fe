import Testing
import ResumeAnalysis

@Suite struct AnalyzerVersionTests {
    @Test func theVersionIsPositive() { #expect(AnalyzerVersion.current >= 1) }
}
