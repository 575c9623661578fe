import Foundation
import Testing
import ResumeRedaction

// Matching rule: a predicted span is a true positive when it overlaps (shares at least
// one byte with) an expected span of the same kind; an expected span is recalled when
// at least one predicted span of the same kind overlaps it. So boundary differences
// ("Mountain View, CA 94043" vs the whole street address) do not count against either
// side, but a span of the wrong kind counts as both a false positive and a miss.
//   precision(kind) = predicted spans of that kind overlapping an expected one / all predicted of that kind
//   recall(kind)    = expected spans of that kind overlapped by a prediction / all expected of that kind

struct KindScore {
    var expected = 0, recalled = 0, predicted = 0, correct = 0
    var precision: Double { predicted == 0 ? 1 : Double(correct) / Double(predicted) }
    var recall: Double { expected == 0 ? 1 : Double(recalled) / Double(expected) }
}

@Suite struct CorpusEvaluationTests {
    static let minimumPrecision = 0.90

    @Test func corpusIsLargeAndCoversEveryKind() throws {
        let snippets = try Corpus.load()
        #expect(snippets.count >= 60)
        #expect(snippets.filter(\.isNegative).count >= 25)
        let kinds = Set(snippets.flatMap { $0.expected.map(\.kind) })
        #expect(kinds == Set(PIIKind.allCases))
        #expect(Set(snippets.map(\.id)).count == snippets.count, "snippet ids must be unique")
    }

    /// The development part is gated on issue 12's goals themselves, for every kind and for the
    /// must-keep share (`CorpusScore.recallGoals`, `keepGoal`): a change that drops any of them
    /// below its goal fails here.
    @Test func precisionAndRecallPerKind() throws {
        let score = CorpusScore.evaluate(try Corpus.load(), with: PIIRedactor())
        print(score.report("development corpus (Tests/ResumeRedactionTests/Corpus)"))
        for k in PIIKind.allCases {
            let sc = score.byKind[k] ?? .init()
            #expect(sc.expected > 0, "corpus has no \(k.rawValue) examples")
            let goal = try #require(CorpusScore.recallGoals[k], "no goal for \(k.rawValue)")
            #expect(sc.recall >= goal, "recall for \(k.rawValue) is \(sc.recall), goal \(goal)")
            #expect(sc.precision >= Self.minimumPrecision, "precision for \(k.rawValue) is \(sc.precision)")
        }
        #expect(score.keepShare >= CorpusScore.keepGoal, "must-keep share is \(score.keepShare), goal \(CorpusScore.keepGoal)")
    }

    /// Kinds whose held-out recall is below its goal today (issue 12 is open for them): every
    /// other kind is gated on its goal on the held-out part too. None since redactor version 10
    /// (URLs reached 1.00). The must-keep share is not gated there (0.989 against 0.995).
    static let heldOutBelowGoal: Set<PIIKind> = []

    /// The held-out part (HeldOut/README.md): measured and reported against the goals,
    /// never tuned against (its misses are not printed). Gated on the goals for the kinds that
    /// meet them (all but `heldOutBelowGoal`), so a change cannot lose them unseen.
    @Test func heldOutPartIsMeasuredAgainstTheGoals() throws {
        let snippets = try Corpus.load(Corpus.heldOutDirectory)
        #expect(Set(snippets.map(\.locale)) == Set(Corpus.locales), "one file per locale")
        #expect(Set(snippets.flatMap { $0.expected.map(\.kind) }) == Set(PIIKind.allCases))
        #expect(Set(snippets.map(\.id)).count == snippets.count, "snippet ids must be unique")
        #expect(snippets.reduce(0) { $0 + $1.keeps.count } >= 400)
        let score = CorpusScore.evaluate(snippets, with: PIIRedactor())
        print(score.report("held-out corpus (Tests/ResumeRedactionTests/HeldOut): measured, never tuned against", listing: false))
        for k in PIIKind.allCases where !Self.heldOutBelowGoal.contains(k) {
            let sc = score.byKind[k] ?? .init()
            let goal = try #require(CorpusScore.recallGoals[k])
            #expect(sc.recall >= goal, "held-out recall for \(k.rawValue) is \(sc.recall), goal \(goal)")
        }
    }

    /// Development data that arrived and was measured, its misses not yet read and fixed
    /// (Incoming/README.md): checked to be well-formed and reported with its listing, not gated.
    @Test func incomingPartIsWellFormedAndReported() throws {
        let snippets = try Corpus.load(Corpus.incomingDirectory)
        guard !snippets.isEmpty else { return }
        let all = snippets + (try Corpus.load())
        #expect(Set(all.map(\.id)).count == all.count, "snippet ids must be unique across the development and incoming parts")
        let score = CorpusScore.evaluate(snippets, with: PIIRedactor())
        print(score.report("incoming corpus (Tests/ResumeRedactionTests/Incoming): measured, not yet fixed, not gated"))
    }

    @Test func negativeSnippetsComeBackUnchanged() throws {
        let redactor = PIIRedactor()
        let negatives = try Corpus.load().filter(\.isNegative)
        #expect(!negatives.isEmpty)
        for s in negatives {
            let result = redactor.redact(s.text, as: s.kind)
            #expect(result.text == s.text, "negative snippet \(s.id) was changed")
            #expect(result.spans.isEmpty, "negative snippet \(s.id): \(result.spans)")
        }
    }

    @Test func markerStrippingKeepsByteOffsets() throws {
        let (text, spans, keeps) = try Corpus.strip("Café {{NAME:Zoë Ünal}} at {{EMAIL:z@x.io}}, {{KEEP:Python 3.11}}.", file: "t", line: 1)
        #expect(text == "Café Zoë Ünal at z@x.io, Python 3.11.")
        #expect(spans == [RedactedSpan(kind: .name, range: 6..<16), RedactedSpan(kind: .email, range: 20..<26)])
        #expect(keeps == [28..<39])
    }
}
