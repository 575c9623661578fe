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
    public let missingKeywords: [String]
    public let suggestions: [String]
    /// 0 to 100, two decimals.
    public let matchScore: Double
    /// 0 to 1, four decimals.
    public let semanticSimilarity: Double
    public let createdAt: Timestamp

    public init(id: UUID, userID: UUID, resumeID: UUID, jobDescriptionID: UUID, resumeVersion: Int, missingKeywords: [String], suggestions: [String], matchScore: Double, semanticSimilarity: Double, createdAt: Timestamp) {
        self.id = id
        self.userID = userID
        self.resumeID = resumeID
        self.jobDescriptionID = jobDescriptionID
        self.resumeVersion = resumeVersion
        self.missingKeywords = missingKeywords
        self.suggestions = suggestions
        self.matchScore = matchScore
        self.semanticSimilarity = semanticSimilarity
        self.createdAt = createdAt
    }
}

/// An analysis with the titles a list shows beside it.
public struct AnalysisSummary: Sendable, Hashable {
    public let analysis: AnalysisRecord
    public let resumeTitle: String
    public let positionTitle: String

    public init(analysis: AnalysisRecord, resumeTitle: String, positionTitle: String) {
        self.analysis = analysis
        self.resumeTitle = resumeTitle
        self.positionTitle = positionTitle
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
