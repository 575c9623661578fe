public import Foundation
public import ResumeCore

/// Accounts. Emails are unique case-insensitively; deleting a user deletes
/// every row of theirs.
public protocol UserStore: Sendable {
    /// Stores a new user; a taken email (in any letter case) is `.alreadyExists`.
    /// With an idempotency key, a retry gets the user the key made (or `.idempotencyKeyReused`).
    func create(email: String, hashedPassword: String, idempotency: IdempotencyClaim?, context: QueryContext) async throws(DataError) -> UserRecord
    /// The user with `email`, compared case-insensitively, or nil.
    func find(email: String, context: QueryContext) async throws(DataError) -> UserRecord?
    /// The user `id` if they exist and are active; `.userInactive` otherwise.
    func activeUser(id: UUID, context: QueryContext) async throws(DataError) -> UserRecord
    /// Marks the user's email verified.
    func markVerified(id: UUID, context: QueryContext) async throws(DataError) -> UserRecord
    /// Deactivates the user: their tokens stop working.
    func deactivate(id: UUID, context: QueryContext) async throws(DataError) -> UserRecord
    /// Deletes the user and all of their data.
    func delete(id: UUID, context: QueryContext) async throws(DataError)
}
