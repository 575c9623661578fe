public import Foundation
public import ResumeCore

/// The acting user's job descriptions, under the same rules as `ResumeStore`.
public protocol JobDescriptionStore: Sendable {
    /// Stores a job description, unless `guards` refuse it (as for `ResumeStore.create`).
    func create(user: UUID, companyName: String?, positionTitle: String, rawText: String, redactedText: String, guards: CreateGuards,
                context: QueryContext) async throws(DataError) -> JobDescriptionRecord
    /// The user's job description `id`.
    func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> JobDescriptionRecord
    /// The user's job descriptions, newest first.
    func list(user: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<JobDescriptionRecord>
    /// Deletes the user's job description `id` (and its analyses).
    func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError)
}
