public import Foundation
public import ResumeCore

/// LLM output for the acting user's analyses, under the same rules as `ResumeStore`.
public protocol GeneratedResumeStore: Sendable {
    /// Stores a generated resume for the user's analysis; `metadata` must be
    /// a JSON object. Another user's (or a missing) analysis is `.notFound`.
    /// `guards` as for `ResumeStore.create` (the quota: generated resumes per analysis).
    func create(user: UUID, analysisID: UUID, optimizedText: String, modelUsed: String, metadata: JSONText, guards: CreateGuards,
                context: QueryContext) async throws(DataError) -> GeneratedResumeRecord
    /// The user's generated resume `id`.
    func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> GeneratedResumeRecord
    /// The user's generated resumes for one analysis, newest first.
    func list(user: UUID, analysisID: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<GeneratedResumeRecord>
    /// Deletes the user's generated resume `id`.
    func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError)
}
