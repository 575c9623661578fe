public import Foundation
public import ResumeCore

/// The acting user's gap analyses, under the same rules as `ResumeStore`.
/// An analysis can only name the same user's resume and job description,
/// and one identity (`AnalysisIdentity`) is stored once.
public protocol AnalysisStore: Sendable {
    /// The resume's current version and, in the same statement, the stored
    /// analysis of it against the job description by `analyzerVersion`, or
    /// the two redacted texts to compute it from. A missing (or another
    /// user's) resume or job description is `.notFound`.
    func prepare(user: UUID, resumeID: UUID, jobDescriptionID: UUID, analyzerVersion: Int,
                 context: QueryContext) async throws(DataError) -> AnalysisPreparation
    /// Stores an analysis under `identity` unless one is stored already;
    /// returns the stored row and whether this call inserted it.
    func insert(_ identity: AnalysisIdentity, _ content: AnalysisContent,
                context: QueryContext) async throws(DataError) -> (record: AnalysisRecord, inserted: Bool)
    /// The analysis of the resume's current version against the job
    /// description, if this store can answer it at once — without I/O and
    /// knowing it is current and its user active (a warm cache); nil
    /// otherwise, and the caller goes through `prepare`.
    func answerAtOnce(user: UUID, resumeID: UUID, jobDescriptionID: UUID, analyzerVersion: Int) -> AnalysisRecord?
    /// Called by the one caller in this process about to compute `identity`:
    /// the analysis if it has been stored meanwhile (by this process or
    /// another), else nil and the caller computes it. A store shared by
    /// several processes may make the caller wait for one that computes it.
    func claim(_ identity: AnalysisIdentity, context: QueryContext) async throws(DataError) -> AnalysisRecord?
    /// The stored analysis with `identity`, or nil.
    func find(_ identity: AnalysisIdentity, context: QueryContext) async throws(DataError) -> AnalysisRecord?
    /// The user's analysis `id`.
    func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> AnalysisRecord
    /// The user's analyses (of one resume, or all), newest first, each with
    /// its resume's title, job's position title and company name: one statement per page.
    func list(user: UUID, resumeID: UUID?, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<AnalysisSummary>
    /// Deletes the user's analysis `id` (and its generated resumes); returns it.
    func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> AnalysisRecord
}

extension AnalysisStore {
    /// Nothing is known without asking the database.
    public func answerAtOnce(user: UUID, resumeID: UUID, jobDescriptionID: UUID, analyzerVersion: Int) -> AnalysisRecord? { nil }

    /// One process: whatever is stored now.
    public func claim(_ identity: AnalysisIdentity, context: QueryContext) async throws(DataError) -> AnalysisRecord? {
        try await find(identity, context: context)
    }
}
