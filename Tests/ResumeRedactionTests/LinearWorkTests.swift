import Foundation
import ResumeTestSupport
import Testing
@testable import ResumeRedaction

/// The detectors' steps stay within a fixed multiple of the input size on every adversarial
/// family: no detector rescans what it has already passed over for every new position.
/// Serialized and off the cooperative pool: the cases are CPU-bound, and run in parallel
/// (or beside a test that waits synchronously) they took the pool's threads from every
/// async test of the run for over a minute.
@Suite(.serialized, .onOwnExecutor) struct LinearWorkTests {
    /// Upper bound on steps per input byte, for every family and size. The costliest families
    /// measure 98.8 ("heading name then name prefixes"), 94.6 ("nicknames after names") and 84.2
    /// ("birth names") steps per byte at 1 KiB, a little less at larger sizes (each prints its
    /// figures), and the same in every process: the name mentions are searched in one order,
    /// not a set's, which moved them by up to 6 with each process' hash seed.
    static let maxStepsPerByte = 100
    /// 1 to 16 KiB: a sixteenfold growth shows a rescan as well as larger sizes do, at a quarter
    /// of the CPU time of 4 to 64 KiB (the whole suite runs beside these 112 cases, on two cores
    /// in CI, and timing-sensitive socket and cache tests missed their timeouts beside them).
    static let sizes = [1 * 1024, 4 * 1024, 16 * 1024]

    /// Steps for redacting `text` as a resume (all detectors), or nil if they passed `limit`:
    /// the limit stops a super-linear redaction early instead of letting it run for minutes.
    private func steps(_ text: String, limit: Int) -> Int? {
        let work = RedactionWork(pollInterval: 1024, stepLimit: limit)
        do {
            _ = try PIIRedactor().redact(text, as: .resume, work: work)
        } catch {
            return nil
        }
        return work.steps
    }

    @Test(arguments: adversarialFamilies)
    func stepsGrowLinearly(_ family: AdversarialFamily) {
        var perByte = [Double]()
        for n in Self.sizes {
            let text = family.make(n)
            let bytes = text.utf8.count
            let limit = Self.maxStepsPerByte * max(bytes, 1)
            guard let s = steps(text, limit: limit), s <= limit else {
                Issue.record("\(family.name): more than \(Self.maxStepsPerByte) steps per byte at \(bytes) bytes")
                return
            }
            perByte.append(Double(s) / Double(max(bytes, 1)))
        }
        print("steps per byte, \(family.name): " + perByte.map { String(format: "%.1f", $0) }.joined(separator: " "))
        // Steps per byte move a little with where a family's unit is cut off (13.0 to 16.9 for
        // "labels before a long id" between 8 and 512 KiB, not growing); a rescan from every
        // position would multiply them by the 16x growth in size.
        #expect(perByte.last! <= 1.5 * perByte.first!, "\(family.name): steps per byte grew from \(perByte.first!) to \(perByte.last!)")
    }
}
