import Testing
@testable import ResumeRedaction

/// Card lengths the schemes issue: 12 (Maestro, after a card word) to 19.
@Suite struct CardLengthTests {
    static func luhnCompleted(_ prefix: String) -> String {
        // the check digit that makes prefix + digit Luhn-valid
        for d in 0...9 where luhnValid(Array((prefix + String(d)).utf8).map { $0 - 0x30 }) { return prefix + String(d) }
        return prefix
    }

    @Test(arguments: [12, 13, 14, 15, 16, 17, 18, 19])
    func everyLengthAfterACardWord(_ length: Int) {
        let number = Self.luhnCompleted("6" + String(repeating: "7", count: length - 2))
        let r = PIIRedactor().redact("Maestro card: \(number) exp 12/29", as: .resume)
        #expect(r.spans.map(\.kind) == [.card], "\(length) digits: \(r.text)")
    }

    @Test func twelveDigitsWithoutACardWordAreNotACard() {
        let number = Self.luhnCompleted("67777777777")
        #expect(number.count == 12)
        #expect(!PIIRedactor().redact("Reference \(number) attached", as: .resume).spans.contains { $0.kind == .card })
        // Visa-like 12 digits after a card word are not a scheme's length either.
        let visa = Self.luhnCompleted("41111111111")
        #expect(!PIIRedactor().redact("card \(visa)", as: .resume).spans.contains { $0.kind == .card })
    }
}
