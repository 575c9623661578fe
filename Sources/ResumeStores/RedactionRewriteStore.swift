public import Foundation
public import ResumeCore

/// Which table a stored document lives in.
public enum DocumentTable: String, Sendable, Hashable, CaseIterable {
    case resumes
    case jobDescriptions = "job_descriptions"
}

/// A stored document whose redacted text older redaction rules wrote.
/// `description` names the row, never its text.
public struct StaleDocument: Sendable, CustomStringConvertible {
    public let table: DocumentTable
    public let id: UUID
    public let user: UUID
    /// The text as the user wrote it: what is redacted again.
    public let rawText: String
    /// The resume's version when read (0 for a job description, which has none).
    public let version: Int
    /// The rules' version that wrote the stored redacted text.
    public let redactorVersion: Int

    public init(table: DocumentTable, id: UUID, user: UUID, rawText: String, version: Int, redactorVersion: Int) {
        (self.table, self.id, self.user, self.rawText, self.version, self.redactorVersion) = (table, id, user, rawText, version, redactorVersion)
    }

    public var description: String { "\(table.rawValue) \(id)" }
}

/// What writing a re-redacted document did.
public enum RewriteOutcome: Sendable, Hashable {
    /// The redacted text changed and was stored: a resume moved to a new
    /// version; a job description's stored analyses were retired (`analysesRetired`).
    case rewritten(analysesRetired: Int)
    /// The new rules gave the same text: only the row's redactor version moved.
    case unchanged
    /// The row changed or went away since it was read (an update or a delete
    /// won the race); it is left as it is, and found again if still stale.
    case skipped
}

/// Stored documents across all users, for redacting them again under new
/// rules. Not user-scoped: an administrative store, which also rewrites
/// deactivated users' rows.
public protocol RedactionRewriteStore: Sendable {
    /// Up to `limit` documents of `table` whose redactor version is below
    /// `version`, in id order after `after`; stops early once their raw text
    /// reaches `maxBytes` (at least one document is returned, if any is stale).
    func stale(_ table: DocumentTable, below version: Int, after: UUID?, limit: Int, maxBytes: Int,
               context: QueryContext) async throws(DataError) -> [StaleDocument]

    /// Stores `redactedText`, written by rules of `redactorVersion`, for
    /// `document` if the row is still as it was read. In one statement: a
    /// changed resume gets version + 1 (its cached analyses, keyed by
    /// version, are no longer found); a changed job description's analyses
    /// are retired (analyzer version 0, so the next analysis is computed anew).
    func rewrite(_ document: StaleDocument, redactedText: String, redactorVersion: Int,
                 context: QueryContext) async throws(DataError) -> RewriteOutcome
}
