import Foundation
import ResumeCore
import Crypto
import Testing
@testable import ResumeAuth

@Suite struct UserTokenSignerTests {
    let signer = UserTokenSigner(secret: Array("a secret of at least thirty-two bytes!".utf8), lifetimeSeconds: 3_600)
    let user = UUID()

    @Test func anIssuedTokenVerifiesUntilItExpires() throws {
        let (token, expiresAt) = signer.issue(userID: user, now: 1_000_000)
        #expect(expiresAt == 1_000_000 + 3_600_000_000)
        #expect(try signer.verify(token, now: expiresAt - 1) == UserTokenClaims(userID: user, expiresAt: expiresAt))
        #expect(throws: UserTokenError.expired) { try signer.verify(token, now: expiresAt) }
    }

    @Test func changingAnyCharacterBreaksIt() {
        let (token, _) = signer.issue(userID: user, now: 0)
        var chars = Array(token)
        for i in 3..<chars.count where chars[i] != "." {
            let original = chars[i]
            chars[i] = original == "A" ? "B" : "A"
            #expect(throws: (any Error).self, "position \(i)") { try signer.verify(String(chars), now: 0) }
            chars[i] = original
        }
        #expect(throws: Never.self) { try signer.verify(String(chars), now: 0) }
    }

    @Test func anotherSecretOrGarbageIsRefused() {
        let other = UserTokenSigner(secret: Array(repeating: 1, count: 32))
        #expect(throws: UserTokenError.badSignature) { try signer.verify(other.issue(userID: user, now: 0).token, now: 0) }
        for junk in ["", "v1.", "v1..", "v2.abc.def", "Bearer x", String(repeating: "v", count: 300)] {
            #expect(throws: UserTokenError.malformed) { try signer.verify(junk, now: 0) }
        }
    }
}

@Suite struct CursorSignerTests {
    let signer = CursorSigner(secret: Array("another secret of thirty-two bytes or more".utf8))

    @Test func aCursorComesBackOnlyForItsOwnScope() {
        let payload: [UInt8] = [1, 2, 3, 250]
        let text = signer.sign(payload, scope: "resumes/u1")
        #expect(signer.verify(text, scope: "resumes/u1") == payload)
        #expect(signer.verify(text, scope: "resumes/u2") == nil)
        #expect(signer.verify(text, scope: "job_descriptions/u1") == nil)
        var chars = Array(text)
        chars[4] = chars[4] == "A" ? "B" : "A"
        #expect(signer.verify(String(chars), scope: "resumes/u1") == nil)
        #expect(signer.verify("garbage", scope: "resumes/u1") == nil)
    }
}

@Suite struct ServiceTokensTests {
    @Test func listsAndFilesAreRead() throws {
        let t = try ServiceTokens(list: "token-one-0123456789, token-two-0123456789", file: "# comment\n\ntoken-three-0123456789\n")
        #expect(t.count == 3)
        #expect(t.accepts("token-two-0123456789"))
        #expect(t.accepts("token-three-0123456789"))
        #expect(!t.accepts("token-four-0123456789"))
        #expect(!t.accepts(""))
        #expect(try ServiceTokens(list: "").count == 0)
    }

    @Test func shortTokensAreRefusedWithoutRepeatingThem() {
        do {
            _ = try ServiceTokens(list: "long-enough-token-123,short")
            Issue.record("a short token was accepted")
        } catch {
            #expect(error == .tooShort(index: 2))
            #expect(!error.description.contains("short,") && !error.description.contains("short\""))
        }
    }
}

@Suite struct PasswordHasherTests {
    @Test func hashesAreBcryptAndVerifyOnlyTheRightPassword() async throws {
        let h = try PasswordHasher(cost: 4, threads: 1)
        defer { h.shutdown() }
        let hash = try await h.hash("correct horse", deadline: .after(milliseconds: 10_000))
        #expect(hash.hasPrefix("$2b$04$"))
        #expect(hash.count == 60)
        #expect(try await h.verify("correct horse", against: hash, deadline: .after(milliseconds: 10_000)))
        #expect(try await !h.verify("correct horsE", against: hash, deadline: .after(milliseconds: 10_000)))
        #expect(try await !h.verify("x", against: "not a hash", deadline: .after(milliseconds: 10_000)))
        #expect(try await !h.verifyNothing("anything", deadline: .after(milliseconds: 10_000)))
        #expect(try await h.hash("correct horse", deadline: .after(milliseconds: 10_000)) != hash) // a fresh salt
    }

    @Test func aKnownHashFromAnotherImplementationVerifies() async throws {
        // From the OpenBSD bcrypt test vectors: "U*U", cost 5.
        let h = try PasswordHasher(cost: 4, threads: 1)
        defer { h.shutdown() }
        #expect(try await h.verify("U*U", against: "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW", deadline: .after(milliseconds: 10_000)))
    }

    @Test func aPassedDeadlineIsReportedNotWaitedOut() async throws {
        let h = try PasswordHasher(cost: 4, threads: 1)
        defer { h.shutdown() }
        await #expect(throws: PasswordHasherError.deadlineExceeded) { try await h.hash("pw", deadline: Deadline(nanoseconds: 0)) }
    }
}

@Suite struct Base64URLTests {
    @Test func roundTripsEveryLengthAndMatchesFoundation() {
        for n in 0..<70 {
            let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let text = Base64URL.encode(bytes)
            let foundation = Data(bytes).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            #expect(text == foundation, "length \(n)")
            #expect(Base64URL.decode(text) == bytes, "length \(n)")
        }
    }

    @Test func refusesNonCanonicalText() {
        #expect(Base64URL.decode("QQ") == [0x41])
        #expect(Base64URL.decode("QR") == nil)      // low 4 bits of the last character set
        #expect(Base64URL.decode("QUI") == [0x41, 0x42])
        #expect(Base64URL.decode("QUJ") == nil)     // low 2 bits set
        #expect(Base64URL.decode("Q") == nil)       // a length no encoding has
        #expect(Base64URL.decode("QQ==") == nil)    // padding
        #expect(Base64URL.decode("+/") == nil)      // the other alphabet
        #expect(Base64URL.decode("QQ\n") == nil)
    }
}

@Suite struct PreparedHMACTests {
    @Test func givesTheSameCodesAsSwiftCrypto() {
        for keyLength in [1, 32, 64, 65, 200] {
            let key = (0..<keyLength).map { UInt8(truncatingIfNeeded: $0 * 7) }
            let message = Array("the quick brown fox".utf8)
            let expected = Array(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
            let got = message.withUnsafeBytes { m in
                Array(m[..<4]).withUnsafeBytes { a in Array(m[4...]).withUnsafeBytes { b in Array(PreparedHMAC(key: key).code(a, b)) } }
            }
            #expect(got == expected, "key of \(keyLength) bytes")
        }
    }
}

@Suite struct UserTokenCanonicalTests {
    let signer = UserTokenSigner(secret: Array("a secret of at least thirty-two bytes!".utf8))

    @Test func aTokenWithNonCanonicalTrailingBitsIsRefused() throws {
        let token = signer.issue(userID: UUID(), now: 0).token
        // The MAC's 43rd character carries 2 unused bits; setting one keeps the bytes the same for a lax decoder.
        var chars = Array(token.utf8)
        let last = chars[chars.count - 1]
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        let value = alphabet.firstIndex(of: last)!
        chars[chars.count - 1] = alphabet[value | 1 == value ? value & ~1 : value | 1]
        let altered = String(decoding: chars, as: UTF8.self)
        #expect(altered != token)
        #expect(throws: UserTokenError.malformed) { try signer.verify(altered, now: 0) }
        #expect(throws: Never.self) { try signer.verify(token, now: 0) }
    }

    @Test func serviceTokensMayNotLookLikeUserTokens() {
        #expect(throws: ServiceTokenError.reservedPrefix(index: 2)) {
            try ServiceTokens(list: "a-fine-token-0123456789,v1.looks-like-a-user-token")
        }
    }
}

@Suite struct VerifiedTokenCacheTests {
    let claims = UserTokenClaims(userID: UUID(), expiresAt: 1_000)

    @Test func aTokenIsServedUntilItExpiresThenForgotten() {
        let cache = VerifiedTokenCache(capacity: 4)
        cache.insert("v1.token", claims)
        #expect(cache.claims("v1.token", now: 999) == claims)
        #expect(cache.claims("v1.other", now: 0) == nil)
        #expect(cache.claims("v1.token", now: 1_000) == nil)   // expired: refused, and dropped
        #expect(cache.count == 0)
    }

    @Test func itNeverHoldsMoreThanItsCapacity() {
        let cache = VerifiedTokenCache(capacity: 3)
        for i in 0..<10 {
            cache.insert("v1.t\(i)", claims)
            #expect(cache.count <= 3)
        }
        #expect(cache.claims("v1.t9", now: 0) == claims)
    }
}
