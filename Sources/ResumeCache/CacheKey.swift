public import Foundation
import ResumeCore

/// Redis keys: namespaced (`rb`), versioned (`v1`, the key layout's
/// version), with the policy's name, and built from ids only — random UUIDs
/// and version numbers, never an email, a name or any text. The user id is a
/// Redis Cluster hash tag (`{…}`), so all of one user's entries live on one
/// shard and can be invalidated together.
public enum CacheKey {
    /// The key layout's version: bump it when a key's shape or value format changes.
    public static let layoutVersion = 1

    /// `rb:v1:analysis:{<user>}:<resume>:<job description>:<resume version>:<analyzer version>`.
    public static func analysis(user: UUID, resume: UUID, jobDescription: UUID, resumeVersion: Int, analyzerVersion: Int) -> String {
        "rb:v\(layoutVersion):\(CachePolicy.analysis.name):{\(UUIDText.format(user))}:\(UUIDText.format(resume)):"
            + "\(UUIDText.format(jobDescription)):\(resumeVersion):\(analyzerVersion)"
    }

    /// Every analysis key of one resume (a pattern for SCAN), for invalidation.
    public static func analysisPattern(user: UUID, resume: UUID) -> String {
        "rb:v\(layoutVersion):\(CachePolicy.analysis.name):{\(UUIDText.format(user))}:\(UUIDText.format(resume)):*"
    }

    /// The pub/sub channel invalidation messages travel on.
    public static let invalidationChannel = "rb:v\(layoutVersion):invalidate"
}
