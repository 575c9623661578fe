public import Foundation
public import ResumeCore

/// The state behind safe retries and fair use that is not part of one
/// table's statements: idempotency keys recorded after the fact (for an
/// analysis, which its identity already stores once), the analysis rate,
/// failed `Authenticate` calls per e-mail address, and the deletion of
/// what expired. Shared by every daemon (it lives in the database).
public protocol GuardStore: Sendable {
    /// The row a kept key names, or nil; `.idempotencyKeyReused` when it was first used for another request.
    func findKey(_ claim: IdempotencyClaim, context: QueryContext) async throws(DataError) -> UUID?
    /// Records `claim` as having made `resource`; false (and nothing changes) when the key is kept already.
    func recordKey(_ claim: IdempotencyClaim, resource: UUID, context: QueryContext) async throws(DataError) -> Bool
    /// Counts one computed analysis in the user's current one-minute window;
    /// `.quotaExceeded` (with the time left in the window) when `limit` are counted already.
    func countAnalysis(user: UUID, limit: Int, context: QueryContext) async throws(DataError)
    /// Failed `Authenticate` calls for `emailKey` in its window, if the window began under `windowSeconds` ago.
    func authenticationFailures(emailKey: [UInt8], windowSeconds: Int, context: QueryContext) async throws(DataError) -> Int
    /// Counts an `Authenticate` attempt for `emailKey` before its password is checked (a new
    /// window when the last one is over) and returns the count with it: counted first, in one
    /// statement, so concurrent attempts each see their own number and none slips past the limit.
    /// A success clears the count (`clearAuthenticationFailures`); a failure leaves it.
    func countAuthenticationAttempt(emailKey: [UInt8], windowSeconds: Int, context: QueryContext) async throws(DataError) -> Int
    /// Forgets the failures of `emailKey` (after a success).
    func clearAuthenticationFailures(emailKey: [UInt8], context: QueryContext) async throws(DataError)
    /// Deletes up to `limit` expired idempotency keys and up to `limit` failure windows over
    /// `windowSeconds` old; how many rows went.
    func purgeExpired(limit: Int, authenticationWindowSeconds: Int, context: QueryContext) async throws(DataError) -> Int
}
