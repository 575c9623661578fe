import ResumeTestSupport
import Testing
@testable import ResumeRedaction

/// Overlap resolution chooses the same spans as the byte-by-byte resolution it replaced, in
/// steps linear in the text and the candidates, however long and overlapping they are.
@Suite struct ResolutionWorkTests {
    private static let byPriority: [PIIKind] = [.email, .url, .card, .nationalID, .dateOfBirth, .phone, .address, .name]

    /// The former resolution: sort by priority, length, position; take a candidate when none
    /// of its bytes is taken. Quadratic for overlapping long candidates; the reference here.
    private func byteByByte(_ candidates: [Candidate], in t: Text) -> [RedactedSpan] {
        var cands = candidates.compactMap { c -> Candidate? in
            var s = max(0, min(c.start, t.count)), e = max(0, min(c.end, t.count))
            while s > 0 && s < t.count && t.b[s] & 0xC0 == 0x80 { s -= 1 }
            while e < t.count && t.b[e] & 0xC0 == 0x80 { e += 1 }
            return s < e ? Candidate(kind: c.kind, start: s, end: e) : nil
        }
        cands.sort {
            let p0 = Self.byPriority.firstIndex(of: $0.kind)!, p1 = Self.byPriority.firstIndex(of: $1.kind)!
            if p0 != p1 { return p0 < p1 }
            let l0 = $0.end - $0.start, l1 = $1.end - $1.start
            if l0 != l1 { return l0 > l1 }
            return $0.start < $1.start
        }
        var taken = [Bool](repeating: false, count: t.count)
        var accepted = [RedactedSpan]()
        for c in cands where !(c.start..<c.end).contains(where: { taken[$0] }) {
            for k in c.start..<c.end { taken[k] = true }
            accepted.append(RedactedSpan(kind: c.kind, range: c.start..<c.end))
        }
        return accepted.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    @Test func choosesTheSameSpansAsByteByByte() {
        var rng = SplitMix64(seed: 2024)
        for _ in 0..<500 {
            let n = 1 + Int(rng.next() % 160)
            // multi-byte characters, so that candidate ends get moved off continuation bytes
            let text = String((0..<n).map { _ in rng.next() % 4 == 0 ? "é" : "x" })
            let t = Text(text)
            let count = Int(rng.next() % 40)
            let candidates = (0..<count).map { _ -> Candidate in
                let kind = PIIKind.allCases[Int(rng.next() % UInt64(PIIKind.allCases.count))]
                let start = Int(rng.next() % UInt64(t.count + 6)) - 3
                let length = rng.next() % 3 == 0 ? Int(rng.next() % UInt64(t.count + 2)) : Int(rng.next() % 8)
                return Candidate(kind: kind, start: start, end: start + length)
            }
            #expect(resolve(candidates, in: t) == byteByByte(candidates, in: t))
        }
    }

    /// The same on texts long for their candidates (resolved on the cells between the
    /// candidates' ends rather than on bytes).
    @Test func fewCandidatesInALongTextChooseTheSameSpans() {
        var rng = SplitMix64(seed: 77)
        for _ in 0..<300 {
            let n = 400 + Int(rng.next() % 2000)
            let text = String((0..<n).map { _ in rng.next() % 4 == 0 ? "é" : "x" })
            let t = Text(text)
            let count = 1 + Int(rng.next() % 24)
            let candidates = (0..<count).map { _ -> Candidate in
                let kind = PIIKind.allCases[Int(rng.next() % UInt64(PIIKind.allCases.count))]
                // clustered, so that they overlap
                let start = Int(rng.next() % 60) + (rng.next() % 2 == 0 ? 0 : Int(rng.next() % UInt64(t.count)))
                let length = rng.next() % 3 == 0 ? Int(rng.next() % 200) : Int(rng.next() % 12)
                return Candidate(kind: kind, start: start, end: start + length)
            }
            #expect(resolve(candidates, in: t) == byteByByte(candidates, in: t))
        }
    }

    /// Candidates that overlap a short span taken first: one of a higher-priority kind at the
    /// end, inside, or at the start of each long candidate; byte-by-byte this read every
    /// long candidate up to the taken byte.
    @Test(arguments: ["end", "inside", "start"])
    func overlappingLongCandidatesCostLinearSteps(_ taken: String) {
        var perUnit = [Double]()
        for n in [16 * 1024, 64 * 1024, 256 * 1024] {
            let t = Text(String(repeating: "x", count: n))
            let block: Candidate = switch taken {
            case "end": Candidate(kind: .email, start: n - 1, end: n)
            case "inside": Candidate(kind: .email, start: n / 2, end: n / 2 + 1)
            default: Candidate(kind: .email, start: 0, end: 1)
            }
            var candidates = [block]
            for i in 0..<(n / 2) {
                let long: Candidate = switch taken {
                case "end": Candidate(kind: .address, start: i, end: n)
                case "inside": Candidate(kind: .address, start: i, end: n - i)
                default: Candidate(kind: .address, start: 0, end: n - i)
                }
                candidates.append(long)
            }
            let before = t.work.steps
            let spans = resolve(candidates, in: t)
            #expect(spans.contains(RedactedSpan(kind: .email, range: block.start..<block.end)))
            perUnit.append(Double(t.work.steps - before) / Double(n + candidates.count))
        }
        for p in perUnit { #expect(p <= 20, "\(perUnit)") }
    }
}
