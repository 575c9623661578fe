public import Foundation
public import ResumeCore

/// A row of `users`. Carries the password hash: never hand it to a caller.
public struct UserRecord: Sendable, Hashable {
    public let id: UUID
    public let email: String
    public let hashedPassword: String
    public let isActive: Bool
    public let isVerified: Bool
    public let createdAt: Timestamp
    public let updatedAt: Timestamp

    public init(id: UUID, email: String, hashedPassword: String, isActive: Bool, isVerified: Bool, createdAt: Timestamp, updatedAt: Timestamp) {
        self.id = id
        self.email = email
        self.hashedPassword = hashedPassword
        self.isActive = isActive
        self.isVerified = isVerified
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// A row of `resumes`.
public struct ResumeRecord: Sendable, Hashable {
    public let id: UUID
    public let userID: UUID
    public let title: String
    public let rawText: String
    public let redactedText: String
    /// Starts at 1; every update adds 1.
    public let version: Int
    public let createdAt: Timestamp
    public let updatedAt: Timestamp

    public init(id: UUID, userID: UUID, title: String, rawText: String, redactedText: String, version: Int, createdAt: Timestamp, updatedAt: Timestamp) {
        self.id = id
        self.userID = userID
        self.title = title
        self.rawText = rawText
        self.redactedText = redactedText
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// A row of `job_descriptions`.
public struct JobDescriptionRecord: Sendable, Hashable {
    public let id: UUID
    public let userID: UUID
    public let companyName: String?
    public let positionTitle: String
    public let rawText: String
    public let redactedText: String
    public let createdAt: Timestamp

    public init(id: UUID, userID: UUID, companyName: String?, positionTitle: String, rawText: String, redactedText: String, createdAt: Timestamp) {
        self.id = id
        self.userID = userID
        self.companyName = companyName
        self.positionTitle = positionTitle
        self.rawText = rawText
        self.redactedText = redactedText
        self.createdAt = createdAt
    }
}

/// A row of `analyses`.
public struct AnalysisRecord: Sendable, Hashable {
    public let id: UUID
    public let userID: UUID
    public let resumeID: UUID
    public let jobDescriptionID: UUID
    /// The resume version the analysis was computed from.
    public let resumeVersion: Int
    /// Key terms of the job the resume lacks, most important first.
    public let missingKeywords: [String]
    /// Key terms of the job the resume has, most important first.
    public let matchedKeywords: [String]
    public let suggestions: [String]
    /// 0 to 100, two decimals.
    public let matchScore: Double
    /// 0 to 1, four decimals.
    public let semanticSimilarity: Double
    /// The version of the analysis method; 0 for rows from before it was recorded.
    public let analyzerVersion: Int
    public let createdAt: Timestamp

    public init(id: UUID, userID: UUID, resumeID: UUID, jobDescriptionID: UUID, resumeVersion: Int, missingKeywords: [String],
                matchedKeywords: [String], suggestions: [String], matchScore: Double, semanticSimilarity: Double,
                analyzerVersion: Int, createdAt: Timestamp) {
        self.id = id
        self.userID = userID
        self.resumeID = resumeID
        self.jobDescriptionID = jobDescriptionID
        self.resumeVersion = resumeVersion
        self.missingKeywords = missingKeywords
        self.matchedKeywords = matchedKeywords
        self.suggestions = suggestions
        self.matchScore = matchScore
        self.semanticSimilarity = semanticSimilarity
        self.analyzerVersion = analyzerVersion
        self.createdAt = createdAt
    }
}

/// What identifies an analysis: the same identity is stored once.
public struct AnalysisIdentity: Sendable, Hashable {
    public let user: UUID
    public let resumeID: UUID
    public let jobDescriptionID: UUID
    public let resumeVersion: Int
    public let analyzerVersion: Int

    public init(user: UUID, resumeID: UUID, jobDescriptionID: UUID, resumeVersion: Int, analyzerVersion: Int) {
        self.user = user
        self.resumeID = resumeID
        self.jobDescriptionID = jobDescriptionID
        self.resumeVersion = resumeVersion
        self.analyzerVersion = analyzerVersion
    }
}

/// The result of an analysis, to be stored under an identity.
public struct AnalysisContent: Sendable, Hashable {
    public let missingKeywords: [String]
    public let matchedKeywords: [String]
    public let suggestions: [String]
    public let matchScore: Double
    public let semanticSimilarity: Double

    public init(missingKeywords: [String], matchedKeywords: [String], suggestions: [String], matchScore: Double, semanticSimilarity: Double) {
        self.missingKeywords = missingKeywords
        self.matchedKeywords = matchedKeywords
        self.suggestions = suggestions
        self.matchScore = matchScore
        self.semanticSimilarity = semanticSimilarity
    }
}

/// What an analysis of a resume against a job description needs, read in
/// one statement: the stored analysis if there is one, else the texts.
public enum AnalysisPreparation: Sendable, Hashable {
    /// Already stored for the resume's current version.
    case stored(AnalysisRecord)
    /// Not stored yet: compute from these redacted texts, for this identity.
    case compute(AnalysisIdentity, resumeText: String, jobText: String)
}

/// An analysis with the titles a list shows beside it.
public struct AnalysisSummary: Sendable, Hashable {
    public let analysis: AnalysisRecord
    public let resumeTitle: String
    public let positionTitle: String
    /// nil when the job description has none.
    public let companyName: String?

    public init(analysis: AnalysisRecord, resumeTitle: String, positionTitle: String, companyName: String?) {
        self.analysis = analysis
        self.resumeTitle = resumeTitle
        self.positionTitle = positionTitle
        self.companyName = companyName
    }
}

/// A row of `generated_resumes`.
public struct GeneratedResumeRecord: Sendable, Hashable {
    public let id: UUID
    public let userID: UUID
    public let analysisID: UUID
    public let optimizedText: String
    public let modelUsed: String
    /// A JSON object: token counts, cost, and whatever else the generator reports.
    public let generationMetadata: JSONText
    public let createdAt: Timestamp

    public init(id: UUID, userID: UUID, analysisID: UUID, optimizedText: String, modelUsed: String, generationMetadata: JSONText, createdAt: Timestamp) {
        self.id = id
        self.userID = userID
        self.analysisID = analysisID
        self.optimizedText = optimizedText
        self.modelUsed = modelUsed
        self.generationMetadata = generationMetadata
        self.createdAt = createdAt
    }
}

/// One page of a list, newest first.
public struct Page<Item: Sendable>: Sendable {
    public let items: [Item]
    /// Where the next page starts; nil on the last page.
    public let next: PageToken?

    public init(items: [Item], next: PageToken?) {
        self.items = items
        self.next = next
    }
}
