// libFuzzer target: the token formats a client sends back — user tokens,
// page tokens (signed cursors and the 25 bytes inside), base64url, the
// bearer header, UUID text — on arbitrary text, and signed values from
// arbitrary contents.
// Byte 0 picks the check (below); the rest is its input.
//
// Every parser accepts only the one canonical form of what it returns:
// whatever it accepts, formatting the result again gives back the input.
import Foundation
import FuzzSupport
@testable import ResumeAuth
import ResumeCore
import ResumeStores
import ResumeWire

private let secret = Array("resumed-fuzz-token-secret-0123456789abcdef".utf8)
private let signer = UserTokenSigner(secret: secret)
private let cursors = CursorSigner(secret: secret)
private let now: Int64 = 1_767_225_600_000_000 // 2026-01-01

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let selector = input.byte()
    switch selector % 8 {
    case 0: // A user token as sent: valid only as signed, and then canonical.
        let text = String(decoding: input.rest(), as: UTF8.self)
        if let claims = try? signer.verify(text, now: now) {
            require(signer.sign(userID: claims.userID, expiresAt: claims.expiresAt) == text, "a user token accepted in a second form")
            require(claims.expiresAt > now, "an expired token accepted")
        }
    case 1: // A token signed here for any user and expiry, checked at any time.
        let id = input.take(16), expiry = input.take(8), at = input.take(8)
        let userID = UUID(uuid: uuidBytes(id))
        let expiresAt = int64(expiry), checkedAt = int64(at)
        let token = signer.sign(userID: userID, expiresAt: expiresAt)
        require(UserTokenSigner.looksLikeUserToken(token), "a signed token does not look like one")
        switch Result(catching: { () throws(UserTokenError) in try signer.verify(token, now: checkedAt) }) {
        case .success(let c): require(checkedAt < expiresAt && c.userID == userID && c.expiresAt == expiresAt, "wrong claims \(c)")
        case .failure(let e): require(e == .expired && checkedAt >= expiresAt, "a fresh signed token refused: \(e)")
        }
        var tampered = Array(token.utf8)
        let i = Int(input.byte()) % tampered.count
        tampered[i] ^= max(1, input.byte())
        if let c = try? signer.verify(String(decoding: tampered, as: UTF8.self), now: checkedAt) {
            require(false, "a token with byte \(i) changed was accepted: \(c)")
        }
    case 2: // A page token as sent, for some list and user.
        let scope = scopes[Int(input.byte()) % scopes.count]
        let text = String(decoding: input.rest(), as: UTF8.self)
        if let payload = cursors.verify(text, scope: scope) {
            require(cursors.sign(payload, scope: scope) == text, "a page token accepted in a second form")
            for other in scopes where other != scope {
                require(cursors.verify(text, scope: other) == nil, "a page token for \(scope) accepted for \(other)")
            }
            if let cursor = try? PageToken(bytes: payload) { require(cursor.bytes == payload, "a cursor of a second form") }
        }
    case 3: // A cursor signed here: verified for its own scope only, and its contents come back.
        let scope = scopes[Int(input.byte()) % scopes.count]
        let payload = Array(input.rest())
        let text = cursors.sign(payload, scope: scope)
        let back = cursors.verify(text, scope: scope)
        require(back == (text.utf8.count <= 128 ? payload : nil), "a signed cursor of \(payload.count) bytes came back as \(back.map { "\($0.count) bytes" } ?? "nil")")
    case 4: // The 25 bytes inside a page token.
        let bytes = Array(input.rest())
        do {
            let cursor = try PageToken(bytes: bytes)
            require(cursor.bytes == bytes, "a cursor read back differently")
            require((try? PageToken(bytes: cursor.bytes)) == cursor, "a cursor does not survive a round trip")
        } catch {
            require(bytes.count != 25 || bytes[0] != 1, "25 bytes of version 1 refused")
        }
    case 5: // base64url: canonical text only, and every byte string round-trips.
        let raw = input.rest()
        if let bytes = Base64URL.decode(Array(raw)) {
            require(Array(Base64URL.encode(bytes).utf8) == Array(raw), "base64url accepted a second form")
        }
        let text = String(decoding: raw, as: UTF8.self)
        if let viaString = Base64URL.decode(text) {
            require(Base64URL.decode(Array(text.utf8)) == viaString, "string and byte decoding disagree")
        }
        let encoded = Base64URL.encode(Array(raw))
        require(Base64URL.decode(encoded) == Array(raw), "base64url does not round-trip \(raw.count) bytes")
        require(encoded.utf8.count == (raw.count * 4 + 2) / 3, "base64url of \(raw.count) bytes is \(encoded.utf8.count) long")
    case 6: // The authorization header.
        let value = String(decoding: input.rest(), as: UTF8.self)
        let metadata = CallMetadata([CallMetadata.authorizationKey: value])
        if let token = metadata.bearerToken {
            // Bytes, not Characters: a token may start with a combining mark that joins the space before it.
            require(!token.utf8.isEmpty && Array(value.utf8.suffix(token.utf8.count)) == Array(token.utf8),
                    "bearer token \(token.utf8.count) bytes is not the header's end")
            require(value.utf8.prefix(7).map { $0 | 0x20 } == Array("bearer ".utf8), "a token without the Bearer scheme")
            require(token.utf8.first != 0x20, "a token with a leading space")
        }
    default: // UUID text, as ids arrive.
        let raw = input.rest()
        let text = String(decoding: raw, as: UTF8.self)
        if let id = UUIDText.parse(text) {
            require(UUIDText.format(id) == text, "a UUID accepted in a second form")
            require(UUIDText.parse(bytes: raw) == id, "bytes and text parse differently")
        }
    }
    return 0
}

private let scopes = ["resumes/00000000-0000-4000-8000-000000000001", "job_descriptions/00000000-0000-4000-8000-000000000001",
                      "analyses/00000000-0000-4000-8000-000000000001", "resumes/00000000-0000-4000-8000-000000000003"]

private func uuidBytes(_ b: UnsafeRawBufferPointer) -> uuid_t {
    var u = [UInt8](repeating: 0, count: 16)
    for (i, x) in b.enumerated() { u[i] = x }
    return (u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13], u[14], u[15])
}

private func int64(_ b: UnsafeRawBufferPointer) -> Int64 {
    b.reduce(0) { $0 << 8 | Int64($1) }
}
