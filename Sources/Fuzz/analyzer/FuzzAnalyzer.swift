// libFuzzer target: the gap analyzer on arbitrary text, invalid UTF-8
// included (repaired to U+FFFD, as a `String` always is).
// Byte 0 places the split between resume and job in the rest (its share
// of 255); byte 1, when not 0, makes the caller's stop check say stop at
// that poll. The rest: resume, then job description.
//
// Checked: a stopped analysis throws, never returns half a result; a
// finished one has a score in 0...100 with two decimals, a similarity in
// 0...1 with four, at most 30 key terms, none both missing and matched,
// no empty keyword, the current analyzer version; the stop check is polled
// at most every 16,384 steps plus one look-ahead.
import FuzzSupport
@testable import ResumeAnalysis

private let analyzer = GapAnalyzer()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let split = input.byte(), stopAt = Int(input.byte())
    let rest = input.rest()
    let cut = rest.count * Int(split) / 255
    let resume = String(decoding: rest[..<cut], as: UTF8.self)
    let job = String(decoding: rest[cut...], as: UTF8.self)

    var polls = 0
    var meter = WorkMeter()
    let report: AnalysisReport
    do {
        report = try analyzer.report(resume: resume, job: job, meter: &meter) {
            polls += 1
            return stopAt != 0 && polls >= stopAt
        }
    } catch {
        require(stopAt != 0 && polls == stopAt, "stopped at poll \(polls), asked at \(stopAt)")
        return 0
    }
    require(stopAt == 0 || polls < stopAt, "asked to stop at poll \(stopAt) but finished after \(polls)")
    require(meter.longestGap <= WorkMeter.pollInterval + 4_096 + 64, "polls \(meter.longestGap) steps apart")

    let a = report.analysis
    require(a.matchScore.isFinite && (0...100).contains(a.matchScore), "score \(a.matchScore)")
    require(a.semanticSimilarity.isFinite && (0...1).contains(a.semanticSimilarity), "similarity \(a.semanticSimilarity)")
    require(GapAnalyzer.round(a.matchScore, places: 2) == a.matchScore, "score \(a.matchScore) has more than two decimals")
    require(GapAnalyzer.round(a.semanticSimilarity, places: 4) == a.semanticSimilarity, "similarity \(a.semanticSimilarity) has more than four decimals")
    require(a.missingKeywords.count + a.matchedKeywords.count <= GapAnalyzer.maxKeyTerms, "\(a.missingKeywords.count + a.matchedKeywords.count) key terms")
    require(Set(a.missingKeywords).isDisjoint(with: a.matchedKeywords), "a keyword both missing and matched")
    require(!(a.missingKeywords + a.matchedKeywords + a.suggestions).contains(where: \.isEmpty), "an empty keyword or suggestion")
    require(a.analyzerVersion == AnalyzerVersion.current, "analyzer version \(a.analyzerVersion)")
    require(a.matchedKeywords.isEmpty || a.matchScore > 0, "matched keywords with a score of 0")
    return 0
}
