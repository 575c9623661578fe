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

    /// The set listing every analysis key of one user (same hash tag), so a
    /// delete finds the keys to drop without scanning.
    public static func index(user: UUID) -> String {
        "rb:v\(layoutVersion):index:{\(UUIDText.format(user))}"
    }

    /// The short lock one daemon holds while it computes an analysis.
    public static func computeLock(user: UUID, resume: UUID, jobDescription: UUID, resumeVersion: Int, analyzerVersion: Int) -> String {
        "rb:v\(layoutVersion):lock:{\(UUIDText.format(user))}:\(UUIDText.format(resume)):\(UUIDText.format(jobDescription)):"
            + "\(resumeVersion):\(analyzerVersion)"
    }

    /// Whether `key` (an analysis key) is one of `resume`'s.
    static func analysis(_ key: String, hasResume resume: UUID) -> Bool {
        key.split(separator: ":").dropFirst(4).first.map { String($0) } == UUIDText.format(resume)
    }

    /// Whether `key` (an analysis key) is one of `jobDescription`'s.
    static func analysis(_ key: String, hasJob jobDescription: UUID) -> Bool {
        key.split(separator: ":").dropFirst(5).first.map { String($0) } == UUIDText.format(jobDescription)
    }

    /// The pub/sub channel invalidation messages travel on.
    public static let invalidationChannel = "rb:v\(layoutVersion):invalidate"
}
