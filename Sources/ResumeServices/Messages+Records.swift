import Foundation
import ResumeAuth
import ResumeCore
import ResumeStores
import ResumeProto

extension Resume_V1_User {
    /// The API view of a user: never the password hash.
    init(_ r: UserRecord) {
        self.init(id: UUIDText.format(r.id), email: r.email, isActive: r.isActive, isVerified: r.isVerified,
                  createdAt: r.createdAt.unixMicroseconds, updatedAt: r.updatedAt.unixMicroseconds)
    }
}

extension Resume_V1_Resume {
    init(_ r: ResumeRecord) {
        self.init(id: UUIDText.format(r.id), userID: UUIDText.format(r.userID), title: r.title, rawText: r.rawText,
                  redactedText: r.redactedText, version: Int32(clamping: r.version),
                  createdAt: r.createdAt.unixMicroseconds, updatedAt: r.updatedAt.unixMicroseconds)
    }

    /// An upper bound of the encoded size, for filling a page under the frame limit.
    static func estimatedSize(_ r: ResumeRecord) -> Int {
        160 + r.title.utf8.count + r.rawText.utf8.count + r.redactedText.utf8.count
    }
}

extension Resume_V1_JobDescription {
    init(_ r: JobDescriptionRecord) {
        self.init(id: UUIDText.format(r.id), userID: UUIDText.format(r.userID), companyName: r.companyName ?? "",
                  positionTitle: r.positionTitle, rawText: r.rawText, redactedText: r.redactedText, createdAt: r.createdAt.unixMicroseconds)
    }

    static func estimatedSize(_ r: JobDescriptionRecord) -> Int {
        160 + (r.companyName?.utf8.count ?? 0) + r.positionTitle.utf8.count + r.rawText.utf8.count + r.redactedText.utf8.count
    }
}

/// Page tokens as the API hands them out: the repository's cursor, signed
/// for one list of one user.
struct PageTokens: Sendable {
    let signer: CursorSigner
    let list: String

    func encode(_ token: PageToken, user: UUID) -> String {
        signer.sign(token.bytes, scope: "\(list)/\(UUIDText.format(user))")
    }

    func decode(_ text: String, user: UUID) -> PageToken? {
        guard let bytes = signer.verify(text, scope: "\(list)/\(UUIDText.format(user))") else { return nil }
        return try? PageToken(bytes: bytes)
    }

    /// Fits a page into a response budget: keeps at least one item, and when
    /// it drops some, the next token starts after the last one kept.
    func fit<Item>(_ page: Page<Item>, user: UUID, budget: Int, size: (Item) -> Int, key: (Item) -> PageToken) -> (items: [Item], next: String) {
        var used = 0
        var kept: [Item] = []
        for item in page.items {
            let s = size(item)
            if !kept.isEmpty && used + s > budget { break }
            used += s
            kept.append(item)
        }
        if kept.count < page.items.count, let last = kept.last { return (kept, encode(key(last), user: user)) }
        return (kept, page.next.map { encode($0, user: user) } ?? "")
    }
}
