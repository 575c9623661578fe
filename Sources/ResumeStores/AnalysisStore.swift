public import Foundation
public import ResumeCore

/// The acting user's gap analyses, under the same rules as `ResumeStore`.
/// An analysis can only name the same user's resume and job description.
public protocol AnalysisStore: Sendable {
    /// Stores an analysis of the user's resume (at `resumeVersion`) against their job description.
    func create(user: UUID, resumeID: UUID, jobDescriptionID: UUID, resumeVersion: Int, missingKeywords: [String],
                suggestions: [String], matchScore: Double, semanticSimilarity: Double,
                context: QueryContext) async throws(DataError) -> AnalysisRecord
    /// The user's analysis `id`.
    func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> AnalysisRecord
    /// The user's analyses, newest first, each with its resume's title and
    /// job's position title, in one statement.
    func list(user: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<AnalysisSummary>
    /// Deletes the user's analysis `id` (and its generated resumes).
    func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError)
}
