import Testing
import ResumeLoad

/// `--mix` parsing and the weighted draw.
@Suite struct ScenarioMixTests {
    @Test func parsesNamesAndWeightsInOrder() throws {
        let m = try ScenarioMix(parsing: "get-resume=70,analyze-cached=25,create-resume=5")
        #expect(m.scenarios == [.getResume, .analyzeCached, .createResume])
        #expect(m.entries.map(\.weight) == [70, 25, 5])
        #expect(m.totalWeight == 100)
        #expect(m.description == "get-resume=70,analyze-cached=25,create-resume=5")
    }

    @Test func spacesAroundItemsAndSignsAreIgnored() throws {
        let m = try ScenarioMix(parsing: " echo = 1 , health=3 ")
        #expect(m.scenarios == [.echo, .health])
        #expect(m.entries.map(\.weight) == [1, 3])
    }

    @Test(arguments: [
        ("", "empty item"),
        ("echo=1,", "empty item"),
        ("echo", "not name=weight"),
        ("echo=1=2", "not name=weight"),
        ("nope=3", "unknown scenario"),
        ("mix=3", "unknown scenario"),
        ("echo=1,echo=2", "twice"),
        ("echo=0", "whole number from 1"),
        ("echo=-1", "whole number from 1"),
        ("echo=1.5", "whole number from 1"),
        ("echo=", "whole number from 1"),
        ("echo=1000001", "whole number from 1"),
        ("echo=+5", "whole number from 1"),
    ])
    func badMixesAreRefusedWithAClearMessage(text: String, says: String) {
        #expect {
            _ = try ScenarioMix(parsing: text)
        } throws: { error in
            (error as? LoadOptionError)?.message.contains(says) == true
        }
    }

    @Test func overlongTextIsRefused() {
        #expect(throws: LoadOptionError.self) { _ = try ScenarioMix(parsing: String(repeating: "echo=1,", count: 200)) }
    }

    @Test func eachEntryGetsAsManyDrawsAsItsWeight() throws {
        let m = try ScenarioMix(parsing: "get-resume=3,echo=1,health=2")
        let drawn = (0..<m.totalWeight).map { m.scenario(forDraw: $0) }
        #expect(drawn == [.getResume, .getResume, .getResume, .echo, .health, .health])
    }

    @Test func randomDrawsFollowTheWeights() throws {
        let m = try ScenarioMix(parsing: "get-resume=70,analyze-cached=25,create-resume=5")
        var rng = LoadRandom(seed: 42)
        var counts: [LoadScenario: Int] = [:]
        for _ in 0..<100_000 { counts[m.scenario(forDraw: rng.below(m.totalWeight)), default: 0] += 1 }
        #expect(abs(counts[.getResume, default: 0] - 70_000) < 1_500)
        #expect(abs(counts[.analyzeCached, default: 0] - 25_000) < 1_500)
        #expect(abs(counts[.createResume, default: 0] - 5_000) < 700)
    }
}
