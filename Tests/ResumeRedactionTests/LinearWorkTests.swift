import Testing
@testable import ResumeRedaction

/// The detectors' steps stay within a fixed multiple of the input size on every adversarial
/// family: no detector rescans what it has already passed over for every new position.
@Suite struct LinearWorkTests {
    /// Upper bound on steps per input byte, for every family and size. The costliest families
    /// measure 61 ("city words before a state": each postal code reads the words before it
    /// back), 56 ("A-A-A") and 55 ("po box") steps per byte, the same at every size.
    static let maxStepsPerByte = 100
    static let sizes = [16 * 1024, 64 * 1024, 256 * 1024]

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
        var measured = [Int]()
        for n in Self.sizes {
            let text = family.make(n)
            let bytes = text.utf8.count
            let limit = Self.maxStepsPerByte * max(bytes, 1)
            guard let s = steps(text, limit: limit), s <= limit else {
                Issue.record("\(family.name): more than \(Self.maxStepsPerByte) steps per byte at \(bytes) bytes")
                return
            }
            measured.append(s)
        }
        for k in 1..<measured.count {
            let ratio = Double(measured[k]) / Double(max(measured[k - 1], 1))
            #expect(ratio <= 4.5, "\(family.name): steps grew \(ratio)x for 4x the input (\(measured))")
        }
    }
}
