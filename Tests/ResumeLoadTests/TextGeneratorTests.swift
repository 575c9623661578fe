import Testing
import ResumeLoad

/// Generated request data: different per index, the same per seed, within size.
@Suite struct TextGeneratorTests {
    @Test func eachIndexGivesAnotherTextAndEachSeedTheSameOnes() {
        let g = TextGenerator(seed: 1)
        let texts = (0..<50).map { g.resume($0, targetBytes: 2_000).text }
        #expect(Set(texts).count == 50)
        #expect(texts == (0..<50).map { TextGenerator(seed: 1).resume($0, targetBytes: 2_000).text })
        #expect(texts != (0..<50).map { TextGenerator(seed: 2).resume($0, targetBytes: 2_000).text })
        #expect(Set((0..<50).map { g.job($0).text }).count == 50)
    }

    @Test(arguments: [200, 1_000, 2_000, 20_000, 204_800])
    func resumesComeCloseToTheirSizeWithoutPassingIt(target: Int) {
        let r = TextGenerator(seed: 9).resume(3, targetBytes: target)
        #expect(r.text.utf8.count <= target)
        #expect(r.text.utf8.count >= target - 200)
        #expect(!r.title.isEmpty && r.title.count <= 200)
        #expect(r.text.utf8.allSatisfy { $0 < 0x80 && $0 != 0 })
    }

    @Test func drawsStayBelowTheBound() {
        var rng = LoadRandom(seed: 3)
        for bound in [1, 2, 7, 100, 1_000_003] {
            for _ in 0..<1_000 { #expect(rng.below(bound) < bound) }
        }
    }
}
