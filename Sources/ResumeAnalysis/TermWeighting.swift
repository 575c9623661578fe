#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// TF-IDF weights of terms (docs/ANALYSIS.md, "Weights").
///
///     tf(c)  = c            if c ≤ 1      (c: occurrences weighted by section factor)
///            = 1 + ln c     if c > 1
///     idf(t) = ln((1 + N) / (1 + df(t))) + 1      (N documents in the corpus, df(t) of them have t)
///     w(t)   = tf(c) × idf(t) × k(t)              (k = 1 for skills, 0.5 for free words)
struct TermWeighting: Sendable {
    /// Factor of vocabulary skills.
    static let skillFactor = 1.0
    /// Factor of free words: they are less reliable evidence of a requirement than known skills.
    static let freeWordFactor = 0.5

    /// N: documents in the corpus.
    let documentCount: Int
    /// Document frequency per skill id.
    let skillFrequencies: [Int32]
    /// Document frequency per free-word key.
    let wordFrequencies: [String: Int32]

    /// The weighting of the shipped corpus.
    static let shipped = TermWeighting(frequencies: .shipped, lexicon: .shared)

    init(frequencies: DocumentFrequencyTable, lexicon: Lexicon) {
        documentCount = frequencies.documentCount
        skillFrequencies = lexicon.skills.map { Int32(frequencies.skills[$0.display] ?? 0) }
        wordFrequencies = frequencies.words.mapValues { Int32($0) }
    }

    /// Sublinear term frequency of a (section-weighted) count.
    static func tf(_ c: Double) -> Double { c <= 1 ? c : 1 + log(c) }

    /// Smoothed inverse document frequency.
    func idf(documentFrequency df: Int) -> Double {
        log(Double(1 + documentCount) / Double(1 + df)) + 1
    }

    /// The document frequency of a term of `table`.
    func documentFrequency(of id: Int32, in table: TermTable) -> Int {
        table.isSkill(id) ? Int(skillFrequencies[Int(id)]) : Int(wordFrequencies[table.key(id)] ?? 0)
    }

    /// The weight of term `id` with (section-weighted) count `c`.
    func weight(of id: Int32, count c: Double, in table: TermTable) -> Double {
        guard c > 0 else { return 0 }
        let k = table.isSkill(id) ? TermWeighting.skillFactor : TermWeighting.freeWordFactor
        return TermWeighting.tf(c) * idf(documentFrequency: documentFrequency(of: id, in: table)) * k
    }

    /// The cosine of two non-negative weight vectors (0 if either is all zeros), summed in index order.
    static func cosine(_ a: [Double], _ b: [Double]) -> Double {
        var meter = WorkMeter()
        return (try? cosine(a, b, meter: &meter, shouldStop: { false })) ?? 0
    }

    /// ``cosine(_:_:)``, charging one step per element.
    static func cosine(_ a: [Double], _ b: [Double], meter: inout WorkMeter,
                       shouldStop: () -> Bool) throws(AnalysisCancelled) -> Double {
        var dot = 0.0, na = 0.0, nb = 0.0
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : 0
            let y = i < b.count ? b[i] : 0
            dot += x * y
            na += x * x
            nb += y * y
            try meter.charge(1, shouldStop)
        }
        guard na > 0 && nb > 0 else { return 0 }
        return min(1, max(0, dot / (na.squareRoot() * nb.squareRoot())))
    }
}
