public import Foundation
public import ResumeCore

/// The acting user's versioned resumes. Every method checks, in the same
/// statement as its work, that the user exists and is active
/// (`.userInactive` otherwise); another user's resume is `.notFound`.
public protocol ResumeStore: Sendable {
    /// Stores a new resume at version 1, unless `guards` refuse it: a taken
    /// idempotency key answers the row it made (or `.idempotencyKeyReused`),
    /// a used-up quota is `.quotaExceeded`.
    func create(user: UUID, title: String, rawText: String, redactedText: String, guards: CreateGuards,
                context: QueryContext) async throws(DataError) -> ResumeRecord
    /// The user's resume `id`.
    func get(user: UUID, id: UUID, context: QueryContext) async throws(DataError) -> ResumeRecord
    /// Replaces title and text if the stored version is `expectedVersion`
    /// (the result has version + 1); a stale version is `.versionConflict`;
    /// text past the user's stored-bytes quota (when `quotas` is given) is `.quotaExceeded`.
    func update(user: UUID, id: UUID, expectedVersion: Int, title: String, rawText: String, redactedText: String,
                quotas: UserQuotas?, context: QueryContext) async throws(DataError) -> ResumeRecord
    /// The user's resumes, newest first.
    func list(user: UUID, page: PageRequest, context: QueryContext) async throws(DataError) -> Page<ResumeRecord>
    /// Deletes the user's resume `id` (and its analyses).
    func delete(user: UUID, id: UUID, context: QueryContext) async throws(DataError)
}
