public import Foundation
public import ResumePostgres

/// A row of `users`. Carries the password hash: never hand it to a caller.
public struct UserRecord: Sendable, Hashable {
    public let id: UUID
    public let email: String
    public let hashedPassword: String
    public let isActive: Bool
    public let isVerified: Bool
    public let createdAt: Timestamp
    public let updatedAt: Timestamp
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
}

/// An analysis with the titles a list shows beside it.
public struct AnalysisSummary: Sendable, Hashable {
    public let analysis: AnalysisRecord
    public let resumeTitle: String
    public let positionTitle: String
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
}

/// One page of a list, newest first.
public struct Page<Item: Sendable>: Sendable {
    public let items: [Item]
    /// Where the next page starts; nil on the last page.
    public let next: PageToken?
}
