import Foundation
import Testing
@testable import ResumeAnalysis

/// One golden pair and its hand-written expectations (format: Golden/Pairs/README.md).
struct GoldenPair: CustomTestStringConvertible, Sendable {
    var name: String
    var resume: String
    var job: String
    var matched: [String] = []
    var missing: [String] = []
    var absent: [String] = []
    var order: [(String, String)] = []
    var score: ClosedRange<Double> = 0...100
    var similarity: ClosedRange<Double> = 0...1
    var suggest: [String] = []
    var noSuggest: [String] = []

    var testDescription: String { name }

    static func loadAll() throws -> [GoldenPair] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.pairsDirectory.path)
            .filter { $0.hasSuffix(".expect.txt") }.map { String($0.dropLast(".expect.txt".count)) }.sorted()
        return try names.map(load)
    }

    static func load(_ name: String) throws -> GoldenPair {
        let dir = Fixtures.pairsDirectory
        var pair = GoldenPair(name: name,
                              resume: try Fixtures.read(dir.appendingPathComponent("\(name).resume.txt")),
                              job: try Fixtures.read(dir.appendingPathComponent("\(name).job.txt")))
        for raw in try Fixtures.read(dir.appendingPathComponent("\(name).expect.txt")).components(separatedBy: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else { throw GoldenError.bad(name, line) }
            let key = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            func range() throws -> ClosedRange<Double> {
                let p = value.split(separator: " ").compactMap { Double($0) }
                guard p.count == 2, p[0] <= p[1] else { throw GoldenError.bad(name, line) }
                return p[0]...p[1]
            }
            switch key {
            case "matched": pair.matched.append(value)
            case "missing": pair.missing.append(value)
            case "absent": pair.absent.append(value)
            case "order":
                let p = value.components(separatedBy: " > ")
                guard p.count == 2 else { throw GoldenError.bad(name, line) }
                pair.order.append((p[0], p[1]))
            case "score": pair.score = try range()
            case "similarity": pair.similarity = try range()
            case "suggest": pair.suggest.append(value)
            case "no-suggest": pair.noSuggest.append(value)
            default: throw GoldenError.bad(name, line)
            }
        }
        return pair
    }
}

enum GoldenError: Error { case bad(String, String) }

/// Words the issue names as generic, and other stop and boilerplate words, written out here by
/// hand (not taken from the analyzer's lists): none may ever be reported as a keyword.
let neverKeywords: Set<String> = [
    "experience", "team", "strong", "excellent", "ability", "requirements", "requirement", "skills", "skill",
    "years", "year", "role", "responsibilities", "knowledge", "work", "working", "the", "and", "with", "of",
    "for", "you", "we", "our", "will", "plus", "bonus", "preferred", "nice", "have", "must", "benefits",
    "salary", "insurance", "company", "communication", "senior", "junior", "manager", "engineer", "developer",
    "build", "built", "building", "developed", "design", "designed", "led", "lead", "managed", "using",
    "name", "email", "phone", "address", "url", "present", "summary",
]

@Suite struct GoldenTests {
    static let pairs: [GoldenPair] = (try? GoldenPair.loadAll()) ?? []

    @Test func thereAreAtLeastFifteenPairs() {
        #expect(GoldenTests.pairs.count >= 15)
    }

    @Test(arguments: GoldenTests.pairs)
    func pair(_ pair: GoldenPair) throws {
        let analyzer = GapAnalyzer()
        let result = try analyzer.analyze(resume: pair.resume, job: pair.job)
        let matched = result.matchedKeywords, missing = result.missingKeywords
        let context = "\(pair.name)\n  matched: \(matched)\n  missing: \(missing)\n  score: \(result.matchScore) similarity: \(result.semanticSimilarity)\n  suggestions: \(result.suggestions)"

        for k in pair.matched { #expect(matched.contains(k), "\(k) should be matched — \(context)") }
        for k in pair.missing { #expect(missing.contains(k), "\(k) should be missing — \(context)") }
        for k in pair.absent {
            #expect(!matched.contains(where: { $0.lowercased() == k.lowercased() }), "\(k) reported — \(context)")
            #expect(!missing.contains(where: { $0.lowercased() == k.lowercased() }), "\(k) reported — \(context)")
        }
        for (a, b) in pair.order {
            let list = matched.contains(a) ? matched : missing
            let ia = list.firstIndex(of: a), ib = list.firstIndex(of: b)
            #expect(ia != nil && ib != nil && ia! < ib!, "\(a) should rank above \(b) in one list — \(context)")
        }
        #expect(pair.score.contains(result.matchScore), "score \(result.matchScore) not in \(pair.score) — \(context)")
        #expect(pair.similarity.contains(result.semanticSimilarity),
                "similarity \(result.semanticSimilarity) not in \(pair.similarity) — \(context)")
        for s in pair.suggest {
            #expect(result.suggestions.contains(where: { $0.contains(s) }), "no suggestion with “\(s)” — \(context)")
        }
        for s in pair.noSuggest {
            #expect(!result.suggestions.contains(where: { $0.contains(s) }), "a suggestion has “\(s)” — \(context)")
        }

        // Invariants of every pair.
        #expect(Set(matched).isDisjoint(with: missing), "\(context)")
        for k in matched + missing {
            #expect(!neverKeywords.contains(k.lowercased()), "generic word \(k) reported — \(context)")
        }
        let resumeWords = GoldenTests.words(of: pair.resume)
        for k in missing where k.count > 1 {
            let kw = GoldenTests.words(of: k)
            #expect(!GoldenTests.contains(resumeWords, kw), "missing \(k) occurs in the resume — \(context)")
        }
        #expect((0...100).contains(result.matchScore) && (0...1).contains(result.semanticSimilarity))
        #expect(result.matchScore == (result.matchScore * 100).rounded() / 100, "two decimals")
        #expect(result.analyzerVersion == AnalyzerVersion.current)
        #expect(try analyzer.analyze(resume: pair.resume, job: pair.job) == result, "deterministic")

        // Ordered by weight: the ranked key terms have non-increasing weights, and each list keeps that order.
        var meter = WorkMeter()
        let report = try analyzer.report(resume: pair.resume, job: pair.job, meter: &meter, shouldStop: { false })
        let weights = report.keyTerms.map(\.weight)
        #expect(zip(weights, weights.dropFirst()).allSatisfy { $0 >= $1 }, "\(context)")
        #expect(report.keyTerms.filter(\.covered).map(\.display) == matched)
        #expect(report.keyTerms.filter { !$0.covered }.map(\.display) == missing)
    }

    /// Lower-case words of a text, split at anything but letters, digits, `+` and `#` (a naive
    /// check, independent of the analyzer's tokenizer).
    static func words(of text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "+" || $0 == "#") }).map(String.init)
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        return (0...(words.count - phrase.count)).contains { i in Array(words[i..<(i + phrase.count)]) == phrase }
    }
}
