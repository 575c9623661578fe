import ResumeTestSupport
import Foundation
import Testing
@testable import ResumeAnalysis

/// Adversarial inputs of a given size in bytes.
enum Adversarial: String, CaseIterable, CustomTestStringConvertible {
    case hyphenatedLetters, oneHugeToken, punctuation, whitespace, oddUnicode, repairedBytes, compoundPrefixes,
         openPlaceholders, oneTokenLines, headingLines, phrases, distinctWords

    var testDescription: String { rawValue }

    func text(bytes n: Int) -> String {
        func fill(_ unit: String) -> String {
            String(repeating: unit, count: max(1, n / unit.utf8.count))
        }
        switch self {
        case .hyphenatedLetters: return fill("a-")
        case .oneHugeToken: return fill("x")
        case .punctuation: return fill("!?.,;:()[]{}<>/\\|*&^%$#@~`'\"-_+= ")
        case .whitespace: return fill(" \t \r\n\u{A0}\u{2028}\u{3000} ")
        case .oddUnicode:
            // Combining marks with no base, zero-width joiners, bidi overrides, replacement characters,
            // noncharacters, emoji with modifiers, NUL, private use, CJK without spaces.
            return fill("\u{301}\u{301}\u{200D}\u{202E}\u{FFFD}\u{FFFF}\u{10FFFF}👩🏽‍💻\u{0}\u{E000}漢字仮名交じり文\u{FEFF}é\u{0308}")
        case .repairedBytes:
            var rng = SplitMix64(seed: 42)
            let bytes = (0..<n).map { _ in UInt8.random(in: 0x80...0xFF, using: &rng) }
            return String(decoding: bytes, as: UTF8.self)  // invalid UTF-8, repaired to U+FFFD
        case .compoundPrefixes: return fill("objective-node.asp.nec+c#ci/")
        case .openPlaceholders: return fill("[ABCDEFGHIJKLMNOP")
        case .oneTokenLines: return fill("a\n")
        case .headingLines: return fill("Skills\nWhat you'll bring:\n")
        case .phrases: return fill("machine learning distributed systems google cloud platform ")
        case .distinctWords:
            var rng = SplitMix64(seed: 9)
            var s = ""
            while s.utf8.count < n {
                for _ in 0..<Int.random(in: 3...12, using: &rng) { s.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 97...122, using: &rng))) }
                s += " "
            }
            return s
        }
    }
}

@Suite struct BoundsTests {
    static let sizes = [64 << 10, 128 << 10, 256 << 10, 512 << 10, 1 << 20]

    /// Counts steps (bytes scanned, look-ahead included, tokens, table look-ups) for each adversarial input
    /// at 64 KiB … 1 MiB, on both sides of the analysis: steps per byte stay bounded and doubling the input
    /// at most doubles the work.
    @Test(arguments: Adversarial.allCases)
    func workGrowsLinearly(_ kind: Adversarial) throws {
        var figures = [(bytes: Int, steps: Int)]()
        for n in BoundsTests.sizes {
            let text = kind.text(bytes: n)
            var meter = WorkMeter()
            let r = try GapAnalyzer().report(resume: text, job: text, meter: &meter, shouldStop: { false })
            #expect(r.jobTokens <= GapAnalyzer.maxTokensPerDocument)
            #expect(meter.longestGap <= WorkMeter.pollInterval + 4_096 + 64, "\(kind): polls \(meter.longestGap) steps apart")
            if r.jobTokens < GapAnalyzer.maxTokensPerDocument {
                // Scanned to the end: every byte of both documents costs at least one step (no blind spots).
                #expect(meter.steps >= 2 * text.utf8.count, "\(kind): \(meter.steps) steps for 2 × \(text.utf8.count) bytes")
            }
            figures.append((2 * text.utf8.count, meter.steps))
        }
        print("work \(kind.rawValue): " + figures.map { "\($0.bytes / 1024) KiB → \($0.steps) steps (\(String(format: "%.2f", Double($0.steps) / Double($0.bytes)))/B)" }.joined(separator: ", "))
        for f in figures { #expect(f.steps <= 8 * f.bytes + 10_000, "\(kind): \(f.steps) steps for \(f.bytes) bytes") }
        for (a, b) in zip(figures, figures.dropFirst()) {
            #expect(Double(b.steps) <= 2.1 * Double(a.steps) + 10_000, "\(kind): \(a.steps) → \(b.steps)")
        }
    }

    @Test func tokensPastTheCapAreNotScanned() throws {
        // Past 65,536 tokens the rest of the text is not even scanned: the work flattens.
        var small = WorkMeter(), large = WorkMeter()
        _ = try GapAnalyzer().report(resume: "", job: Adversarial.hyphenatedLetters.text(bytes: 256 << 10), meter: &small, shouldStop: { false })
        _ = try GapAnalyzer().report(resume: "", job: Adversarial.hyphenatedLetters.text(bytes: 1 << 20), meter: &large, shouldStop: { false })
        #expect(small.steps == large.steps)
    }

    @Test func aStopRequestIsHonouredAtOnce() {
        var calls = 0
        #expect(throws: AnalysisCancelled.self) {
            try GapAnalyzer().analyze(resume: "Go", job: "Go", shouldStop: { calls += 1; return true })
        }
        #expect(calls == 1)
    }

    @Test func cancellationIsPolledEveryFewThousandTokens() throws {
        let text = Adversarial.phrases.text(bytes: 1 << 20)
        var calls = 0
        var meter = WorkMeter()
        _ = try GapAnalyzer().report(resume: text, job: text, meter: &meter, shouldStop: { calls += 1; return false })
        // Every token costs at least one step, and no more than 16,384 steps plus one charge (at most
        // 4,096 bytes of a long piece, or a compound or placeholder look-ahead) pass between two polls.
        #expect(calls == meter.polls)
        #expect(meter.longestGap <= WorkMeter.pollInterval + 4_096 + 64)
        #expect(calls >= meter.steps / (WorkMeter.pollInterval + 4_096 + 64))
        print("cancellation: \(calls) polls for \(meter.steps) steps on 2 × 1 MiB, at most \(meter.longestGap) steps apart")

        // Stop at the fifth poll: the analysis throws, having asked exactly five times.
        var asked = 0
        #expect(throws: AnalysisCancelled.self) {
            try GapAnalyzer().analyze(resume: text, job: text, shouldStop: { asked += 1; return asked == 5 })
        }
        #expect(asked == 5)
    }

    /// Thousands of seeded random inputs: nothing crashes, results stay in range, and they repeat.
    @Test func arbitraryInputNeverCrashes() throws {
        var rng = SplitMix64(seed: 20_240_601)
        let pools: [[String]] = [
            ["C++", "C#", ".NET", "Node.js", "CI/CD", "Objective-C", "Go", "go", "k8s", "[NAME]", "[EMAIL", "]", "[", "Skills",
             "Skills:", "Experience", "Nice to have", "machine", "learning", "-", "/", ".", "+", "#", "&", "'", "_", "\n", " ",
             "\t", ":", ",", "é", "İ", "Σ", "👩🏽‍💻", "\u{301}", "\u{200D}", "\u{0}", "\u{FFFD}", "漢字", "React", "Native",
             "Amazon", "EKS", "a/b", "A/B", "testing", "end-to-end", "=go", "=", "PostgreSQL", "Postgres", "objective", "C"],
        ]
        let analyzer = GapAnalyzer()
        for i in 0..<3_000 {
            let resume = BoundsTests.randomText(&rng, pools[0]), job = BoundsTests.randomText(&rng, pools[0])
            let r = try analyzer.analyze(resume: resume, job: job)
            #expect((0...100).contains(r.matchScore) && (0...1).contains(r.semanticSimilarity))
            #expect(Set(r.matchedKeywords).isDisjoint(with: r.missingKeywords))
            #expect(r.matchedKeywords.count + r.missingKeywords.count <= GapAnalyzer.maxKeyTerms)
            if i % 10 == 0 { #expect(try analyzer.analyze(resume: resume, job: job) == r) }
        }
    }

    static func randomText(_ rng: inout SplitMix64, _ pool: [String]) -> String {
        switch UInt8.random(in: 0..<4, using: &rng) {
        case 0:  // random bytes, repaired
            let bytes = (0..<Int.random(in: 0...600, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            return String(decoding: bytes, as: UTF8.self)
        case 1:  // random scalars, any plane
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...300, using: &rng) {
                if let u = Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &rng)) { s.append(u) }
            }
            return String(s)
        case 2:  // ASCII soup
            let bytes = (0..<Int.random(in: 0...800, using: &rng)).map { _ in UInt8.random(in: 0...127, using: &rng) }
            return String(decoding: bytes, as: UTF8.self)
        default:  // pieces of resumes, tech terms and punctuation glued together
            var s = ""
            for _ in 0..<Int.random(in: 0...200, using: &rng) {
                s += pool[Int.random(in: 0..<pool.count, using: &rng)]
                if Bool.random(using: &rng) { s += " " }
            }
            return s
        }
    }
}
