import Foundation
import Testing
@testable import ResumeAnalysis

/// Timings for the integrating engineer; prints, asserts nothing timed. Meaningful in a release
/// build (`swift build -c release --build-tests`, then `swift test -c release --skip-build
/// --filter BenchmarkTests`).
@Suite struct BenchmarkTests {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Corpus documents of one kind, concatenated up to about `bytes`.
    static func document(_ kind: String, bytes: Int) throws -> String {
        var out = ""
        for d in try Fixtures.corpus() where d.id.contains("-\(kind)-") {
            if out.utf8.count + d.text.utf8.count > bytes { continue }
            out += d.text + "\n\n"
        }
        return out
    }

    @Test func typicalAnalysis() throws {
        let resume = try BenchmarkTests.document("resume", bytes: 5_000)
        let job = try BenchmarkTests.document("job", bytes: 3_000)
        let analyzer = GapAnalyzer()
        _ = try analyzer.analyze(resume: resume, job: job)  // tables built
        var times = [UInt64]()
        for _ in 0..<500 {
            let t = BenchmarkTests.now()
            _ = try analyzer.analyze(resume: resume, job: job)
            times.append(BenchmarkTests.now() - t)
        }
        times.sort()
        let mean = Double(times.reduce(0, +)) / Double(times.count) / 1000
        print(String(format: "benchmark: %d B resume vs %d B job: mean %.1f µs, p50 %.1f µs, p99 %.1f µs",
                     resume.utf8.count, job.utf8.count, mean, Double(times[times.count / 2]) / 1000,
                     Double(times[times.count * 99 / 100]) / 1000))

        for (label, text) in [("200 KiB resume", String(repeating: resume, count: 200_000 / resume.utf8.count)),
                              ("1 MiB of \"a-a-a\"", Adversarial.hyphenatedLetters.text(bytes: 1 << 20)),
                              ("1 MiB of punctuation", Adversarial.punctuation.text(bytes: 1 << 20)),
                              ("1 MiB, one token", Adversarial.oneHugeToken.text(bytes: 1 << 20))] {
            let t = BenchmarkTests.now()
            _ = try analyzer.analyze(resume: text, job: job)
            print(String(format: "benchmark: %@ vs the job: %.2f ms", label, Double(BenchmarkTests.now() - t) / 1e6))
        }

        let t0 = BenchmarkTests.now()
        _ = Lexicon()
        let t1 = BenchmarkTests.now()
        _ = TermWeighting(frequencies: DocumentFrequencyTable.parse(CorpusFrequencies.table), lexicon: .shared)
        let t2 = BenchmarkTests.now()
        print(String(format: "benchmark: first use builds the lexicon in %.2f ms and the corpus table in %.2f ms",
                     Double(t1 - t0) / 1e6, Double(t2 - t1) / 1e6))
    }
}
