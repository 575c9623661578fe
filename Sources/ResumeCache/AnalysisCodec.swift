import Foundation
import ResumeCore
import ResumeStores

/// An analysis as a Redis value: JSON with the layout version, so a daemon
/// never misreads an entry written in another shape (it treats it as a miss).
enum AnalysisCodec {
    private struct Stored: Codable {
        var v: Int
        var id: String, user: String, resume: String, job: String
        var resumeVersion: Int, analyzerVersion: Int
        var missing: [String], matched: [String], suggestions: [String]
        var score: Double, similarity: Double, created: Int64
    }

    static func encode(_ r: AnalysisRecord) -> [UInt8] {
        let s = Stored(v: CacheKey.layoutVersion, id: UUIDText.format(r.id), user: UUIDText.format(r.userID),
                       resume: UUIDText.format(r.resumeID), job: UUIDText.format(r.jobDescriptionID), resumeVersion: r.resumeVersion,
                       analyzerVersion: r.analyzerVersion, missing: r.missingKeywords, matched: r.matchedKeywords,
                       suggestions: r.suggestions, score: r.matchScore, similarity: r.semanticSimilarity, created: r.createdAt.unixMicroseconds)
        return (try? Array(JSONEncoder().encode(s))) ?? []
    }

    /// The analysis in `bytes`, or nil for anything else (garbage, another layout).
    static func decode(_ bytes: [UInt8]) -> AnalysisRecord? {
        guard let s = try? JSONDecoder().decode(Stored.self, from: Data(bytes)), s.v == CacheKey.layoutVersion,
              let id = UUIDText.parse(s.id), let user = UUIDText.parse(s.user), let resume = UUIDText.parse(s.resume),
              let job = UUIDText.parse(s.job) else { return nil }
        return AnalysisRecord(id: id, userID: user, resumeID: resume, jobDescriptionID: job, resumeVersion: s.resumeVersion,
                              missingKeywords: s.missing, matchedKeywords: s.matched, suggestions: s.suggestions, matchScore: s.score,
                              semanticSimilarity: s.similarity, analyzerVersion: s.analyzerVersion,
                              createdAt: Timestamp(unixMicroseconds: s.created))
    }

    /// Bytes an analysis weighs in the near cache (about its encoded size).
    static func size(_ r: AnalysisRecord) -> Int {
        256 + (r.missingKeywords + r.matchedKeywords + r.suggestions).reduce(0) { $0 + $1.utf8.count + 4 }
    }
}
