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
    static let minimumRecall: [PIIKind: Double] = [
        .email: 0.95, .phone: 0.95, .url: 0.95, .nationalID: 0.95, .card: 0.95,
        .address: 0.85, .name: 0.85,
    ]
    static let minimumPrecision = 0.90

    @Test func corpusIsLargeAndCoversEveryKind() throws {
        let snippets = try Corpus.load()
        #expect(snippets.count >= 60)
        #expect(snippets.filter(\.isNegative).count >= 25)
        let kinds = Set(snippets.flatMap { $0.expected.map(\.kind) })
        #expect(kinds == Set(PIIKind.allCases))
        #expect(Set(snippets.map(\.id)).count == snippets.count, "snippet ids must be unique")
    }

    @Test func precisionAndRecallPerKind() throws {
        let snippets = try Corpus.load()
        let redactor = PIIRedactor()
        var scores = [PIIKind: KindScore]()
        var misses = [String]()
        var falsePositives = [String]()
        for s in snippets {
            let result = redactor.redact(s.text, as: s.kind)
            let bytes = Array(s.text.utf8)
            func excerpt(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
            for e in s.expected {
                scores[e.kind, default: .init()].expected += 1
                if result.spans.contains(where: { $0.kind == e.kind && $0.range.overlaps(e.range) }) {
                    scores[e.kind, default: .init()].recalled += 1
                } else {
                    misses.append("\(s.id): missed \(e.kind) '\(excerpt(e.range))'")
                }
            }
            for p in result.spans {
                scores[p.kind, default: .init()].predicted += 1
                if s.expected.contains(where: { $0.kind == p.kind && $0.range.overlaps(p.range) }) {
                    scores[p.kind, default: .init()].correct += 1
                } else {
                    falsePositives.append("\(s.id): spurious \(p.kind) '\(excerpt(p.range))'")
                }
            }
        }
        // The corpus is fake data, so printing excerpts of misses here is fine.
        var table = "kind         expected  predicted  precision  recall\n"
        for k in PIIKind.allCases {
            let sc = scores[k] ?? .init()
            table += k.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                + String(format: " %8d  %9d  %9.3f  %6.3f\n", sc.expected, sc.predicted, sc.precision, sc.recall)
        }
        print(table + misses.map { "  " + $0 }.joined(separator: "\n") + "\n"
            + falsePositives.map { "  " + $0 }.joined(separator: "\n"))
        for k in PIIKind.allCases {
            let sc = scores[k] ?? .init()
            #expect(sc.expected > 0, "corpus has no \(k.rawValue) examples")
            if let minR = Self.minimumRecall[k] {
                #expect(sc.recall >= minR, "recall for \(k.rawValue) is \(sc.recall)")
            }
            #expect(sc.precision >= Self.minimumPrecision, "precision for \(k.rawValue) is \(sc.precision)")
        }
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
        let (text, spans) = try Corpus.strip("Café {{NAME:Zoë Ünal}} at {{EMAIL:z@x.io}}.", file: "t", line: 1)
        #expect(text == "Café Zoë Ünal at z@x.io.")
        #expect(spans == [RedactedSpan(kind: .name, range: 6..<16), RedactedSpan(kind: .email, range: 20..<26)])
    }
}
