import Testing
import ResumeLoad

/// Durations as the command line writes them.
@Suite struct DurationTextTests {
    @Test(arguments: [
        ("500ms", 500_000_000), ("2.5s", 2_500_000_000), ("1m", 60_000_000_000), ("1h", 3_600_000_000_000),
        ("250us", 250_000), ("250µs", 250_000), ("7ns", 7), ("0s", 0), ("0.001ms", 1_000),
    ] as [(String, UInt64)])
    func parsesNumberAndUnit(text: String, ns: UInt64) {
        #expect(DurationText.nanoseconds(text) == ns)
    }

    @Test func aBareNumberNeedsADefaultUnit() {
        #expect(DurationText.nanoseconds("10") == nil)
        #expect(DurationText.nanoseconds("10", defaultUnit: .seconds) == 10_000_000_000)
    }

    @Test(arguments: ["", "ms", "-1s", "1 s x", "1e3s", "1.2.3s", "nans", "10days", String(repeating: "9", count: 30) + "s", "99999999999h"])
    func refusesWhatIsNotADuration(text: String) {
        #expect(DurationText.nanoseconds(text, defaultUnit: .seconds) == nil)
    }

    @Test func describesWithAReadableUnit() {
        #expect(DurationText.describe(nanoseconds: 999) == "999 ns")
        #expect(DurationText.describe(nanoseconds: 1_500) == "1.50 µs")
        #expect(DurationText.describe(nanoseconds: 45_600) == "45.6 µs")
        #expect(DurationText.describe(nanoseconds: 7_200_000) == "7.20 ms")
        #expect(DurationText.describe(nanoseconds: 2_000_000_000) == "2.00 s")
    }

    @Test func decimalsAreFixedAndRounded() {
        #expect(Decimal2.format(1234.5, decimals: 2) == "1234.50")
        #expect(Decimal2.format(0.0005, decimals: 3) == "0.001")
        #expect(Decimal2.format(-2.25, decimals: 1) == "-2.3")
        #expect(Decimal2.format(.nan, decimals: 1) == "0")
        #expect(Decimal2.grouped(1_234_567) == "1,234,567")
        #expect(Decimal2.grouped(12) == "12")
    }
}
