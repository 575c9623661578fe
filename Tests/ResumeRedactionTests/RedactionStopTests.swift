import Testing
@testable import ResumeRedaction

/// A redaction asks its stop condition every few thousand steps and stops soon after it says so.
@Suite struct RedactionStopTests {
    private let redactor = PIIRedactor()
    private static let mebibyte = 1024 * 1024

    /// Inputs of 1 MiB: the worst family for joined words, and random text.
    private static let inputs: [AdversarialFamily] = [
        .repeating("a-a-a", "a-"),
        .repeating("1 Main St,", "1 Main St, "),
        adversarialFamilies.first { $0.name == "random tokens" }!,
    ]

    // 0–25 polls stop while the text is indexed; 800 and 2000 inside the detectors
    @Test(arguments: inputs, [0, 1, 25, 800, 2000])
    func stopsWithinAPollOfTheStopCondition(_ family: AdversarialFamily, _ pollsBeforeStop: Int) {
        let text = family.make(Self.mebibyte)
        var asked = 0
        let work = RedactionWork(pollInterval: 4096) {
            asked += 1
            return asked > pollsBeforeStop
        }
        #expect(throws: RedactionStopped.self) { _ = try redactor.redact(text, as: .resume, work: work) }
        #expect(asked == pollsBeforeStop + 1)
        // Copying the bytes out of the string (one step per byte) comes before the first
        // checkpoint; after it, the redaction stopped at the first checkpoint after the poll
        // that said stop, at most one detector iteration past it.
        let copy = text.utf8.count
        #expect(work.steps <= copy + (pollsBeforeStop + 1) * work.pollInterval + 4096, "\(work.steps) steps")
    }

    @Test func stopsThroughThePublicAPI() {
        let text = AdversarialFamily.fill("a-", to: Self.mebibyte)
        var asked = 0
        #expect(throws: RedactionStopped.self) {
            _ = try redactor.redact(text, as: .resume) {
                asked += 1
                return asked > 3
            }
        }
        #expect(asked == 4)
    }

    @Test func aStopConditionThatNeverStopsChangesNothing() throws {
        let text = "Jane Doe\njane@example.com, +1 (415) 555-0132\n221B Baker Street, London NW1 6XE\n"
            + String(repeating: "Built payment systems for Jane's team. ", count: 400)
        var asked = 0
        let stoppable = try redactor.redact(text, as: .resume) {
            asked += 1
            return false
        }
        #expect(stoppable.text == redactor.redact(text, as: .resume).text)
        #expect(stoppable.spans == redactor.redact(text, as: .resume).spans)
        #expect(asked > 0)
    }

    @Test func theErrorCarriesNoText() {
        #expect(RedactionStopped().description == "redaction stopped by the caller")
    }
}
