import Foundation
import ResumeAuth
import ResumeClient
import ResumeCore
import ResumeProto
import ResumeTestSupport
import ResumeWire
import Testing

/// Every status the API promises, and what its messages never contain.
@Suite struct StatusCodeTests {
    @Test func credentialsAreCheckedForEveryKindOfMethod() async throws {
        let h = try Harness()
        let (user, me, _) = try await h.signUp()
        let signer = UserTokenSigner(secret: h.daemon.tokenSecret)
        let token = String(me.metadata["authorization"]!.dropFirst("Bearer ".count))

        // Missing, garbage, expired, tampered: UNAUTHENTICATED.
        #expect(await h.error { () throws(RPCError) in try await h.users.getMe() }?.code == .unauthenticated)
        #expect(await h.error { () throws(RPCError) in try await h.users.getMe(options: .bearer("nonsense")) }?.code == .unauthenticated)
        #expect(await h.error { () throws(RPCError) in try await h.resumes.listResumes(options: CallOptions(metadata: ["authorization": "Basic abc"])) }?.code == .unauthenticated)
        let expired = signer.sign(userID: UUID(uuidString: user.id)!, expiresAt: WallClock.unixMicroseconds() - 1)
        #expect(await h.error { () throws(RPCError) in try await h.users.getMe(options: .bearer(expired)) }?.code == .unauthenticated)
        for position in [3, 10, token.count - 5] {
            var bytes = Array(token.utf8)
            bytes[position] = bytes[position] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
            let tampered = String(decoding: bytes, as: UTF8.self)
            #expect(await h.error { () throws(RPCError) in try await h.users.getMe(options: .bearer(tampered)) }?.code == .unauthenticated)
        }
        let otherSecret = UserTokenSigner(secret: Array(repeating: 7, count: 32)).issue(userID: UUID(uuidString: user.id)!).token
        #expect(await h.error { () throws(RPCError) in try await h.users.getMe(options: .bearer(otherSecret)) }?.code == .unauthenticated)
        #expect(await h.error { () throws(RPCError) in try await h.users.createUser(.init(email: "x@y.zz", password: "12345678")) }?.code == .unauthenticated)

        // The wrong kind of token: PERMISSION_DENIED.
        #expect(await h.error { () throws(RPCError) in try await h.users.createUser(.init(email: "x@y.zz", password: "12345678"), options: me) }?.code == .permissionDenied)
        #expect(await h.error { () throws(RPCError) in try await h.users.deleteUser(.init(userID: user.id), options: me) }?.code == .permissionDenied)
        #expect(await h.error { () throws(RPCError) in try await h.users.getMe(options: h.service) }?.code == .permissionDenied)
        #expect(await h.error { () throws(RPCError) in try await h.resumes.listResumes(options: h.service) }?.code == .permissionDenied)
    }

    @Test func unknownEmailAndWrongPasswordAreIndistinguishable() async throws {
        let h = try Harness()
        let (_, _, email) = try await h.signUp(password: "the right password")
        let wrong = await h.error { () throws(RPCError) in try await h.users.authenticate(.init(email: email, password: "a wrong password"), options: h.service) }
        let unknown = await h.error { () throws(RPCError) in try await h.users.authenticate(.init(email: "nobody-\(UUID())@example.com", password: "a wrong password"), options: h.service) }
        #expect(wrong?.code == .unauthenticated)
        #expect(wrong == unknown)
        // Case does not matter to the email.
        _ = try await h.users.authenticate(.init(email: email.uppercased(), password: "the right password"), options: h.service)
    }

    /// Emails are ASCII on every path: PostgreSQL's `lower()` folds the
    /// Kelvin sign (U+212A) to "k", and Swift compares it equal to "K".
    @Test func nonASCIIEmailsAreRefusedOnSignUpAndMatchNoAccountOnSignIn() async throws {
        let h = try Harness()
        let email = "kim.\(UUID().uuidString.prefix(8).lowercased())@example.com"
        _ = try await h.users.createUser(.init(email: email, password: "a long password"), options: h.service)
        let kelvin = "\u{212A}" + email.dropFirst()
        let signIn = await h.error { () throws(RPCError) in try await h.users.authenticate(.init(email: kelvin, password: "a long password"), options: h.service) }
        let unknown = await h.error { () throws(RPCError) in try await h.users.authenticate(.init(email: "nobody-\(UUID())@example.com", password: "a long password"), options: h.service) }
        #expect(signIn?.code == .unauthenticated)
        #expect(signIn == unknown)
        for address in ["\u{212A}im.\(UUID().uuidString.prefix(8))@example.com", "jos\u{E9}.\(UUID().uuidString.prefix(8))@example.com",
                        "ann.\(UUID().uuidString.prefix(8))@b\u{FC}cher.de"] {
            let e = await h.error { () throws(RPCError) in try await h.users.createUser(.init(email: address, password: "a long password"), options: h.service) }
            #expect(e?.code == .invalidArgument && e?.violations.map(\.field) == ["email"], "\(e?.violations.map(\.description) ?? [])")
        }
    }

    @Test func aDeactivatedUsersTokensStopWorking() async throws {
        let h = try Harness()
        let (user, me, email) = try await h.signUp(password: "long enough pw")
        #expect(try await h.users.getMe(options: me).isActive)
        #expect(try await h.users.deactivateUser(.init(userID: user.id), options: h.service).isActive == false)
        #expect(await h.error { () throws(RPCError) in try await h.users.getMe(options: me) }?.code == .unauthenticated)
        #expect(await h.error { () throws(RPCError) in try await h.resumes.listResumes(options: me) }?.code == .unauthenticated)
        #expect(await h.error { () throws(RPCError) in try await h.users.authenticate(.init(email: email, password: "long enough pw"), options: h.service) }?.code == .unauthenticated)
    }

    @Test func duplicateEmailsAreAlreadyExistsWhateverTheirCase() async throws {
        let h = try Harness()
        let (_, _, email) = try await h.signUp()
        let e = await h.error { () throws(RPCError) in try await h.users.createUser(.init(email: email.lowercased(), password: "another password"), options: h.service) }
        #expect(e?.code == .alreadyExists)
        #expect(e?.message.contains(email.lowercased()) == false)
    }

    @Test func aStaleVersionIsAbortedNamingTheCurrentOne() async throws {
        let h = try Harness()
        let (_, me, _) = try await h.signUp()
        let r = try await h.resumes.createResume(.init(title: "t", rawText: "v1 text"), options: me)
        _ = try await h.resumes.updateResume(.init(id: r.id, expectedVersion: 1, title: "t", rawText: "v2 text"), options: me)
        let e = await h.error { () throws(RPCError) in try await h.resumes.updateResume(.init(id: r.id, expectedVersion: 1, title: "t", rawText: "stale"), options: me) }
        #expect(e?.code == .aborted)
        #expect(e?.message.contains("version 2") == true)
    }

    @Test func badInputGetsOneViolationPerBadField() async throws {
        let h = try Harness()
        let (_, me, _) = try await h.signUp()
        func fields(_ call: () async throws(RPCError) -> Void) async -> [String] {
            guard let e = await h.error(call) else { return [] }
            #expect(e.code == .invalidArgument)
            return e.violations.map(\.field)
        }
        let big = String(repeating: "x", count: 200 * 1024 + 1)
        #expect(await fields { () throws(RPCError) in _ = try await h.resumes.getResume(.init(id: "not-a-uuid"), options: me) } == ["id"])
        #expect(await fields { () throws(RPCError) in _ = try await h.resumes.getResume(.init(id: UUID().uuidString), options: me) } == ["id"]) // upper case
        #expect(await fields { () throws(RPCError) in _ = try await h.resumes.createResume(.init(title: "  ", rawText: big), options: me) } == ["title", "raw_text"])
        #expect(await fields { () throws(RPCError) in _ = try await h.resumes.createResume(.init(title: String(repeating: "t", count: 201), rawText: "ok"), options: me) } == ["title"])
        #expect(await fields { () throws(RPCError) in _ = try await h.resumes.updateResume(.init(id: "x", expectedVersion: 0, title: "", rawText: ""), options: me) }
                == ["id", "expected_version", "title", "raw_text"])
        #expect(await fields { () throws(RPCError) in _ = try await h.resumes.listResumes(.init(pageSize: 101), options: me) } == ["page_size"])
        #expect(await fields { () throws(RPCError) in _ = try await h.resumes.listResumes(.init(pageToken: "garbage"), options: me) } == ["page_token"])
        #expect(await fields { () throws(RPCError) in _ = try await h.jobs.createJobDescription(.init(companyName: String(repeating: "c", count: 201), positionTitle: "", rawText: "t"), options: me) }
                == ["company_name", "position_title"])
        for email in ["", "plain", "a@b", "a@@b.co", "a b@c.co", ".a@b.co", "a@-b.co", "a@b.c0"] {
            #expect(await fields { () throws(RPCError) in _ = try await h.users.createUser(.init(email: email, password: "long enough"), options: h.service) } == ["email"], "\(email)")
        }
        #expect(await fields { () throws(RPCError) in _ = try await h.users.createUser(.init(email: "ok@example.com", password: "short"), options: h.service) } == ["password"])
        let e73 = await h.error { () throws(RPCError) in try await h.users.createUser(.init(email: "ok@example.com", password: String(repeating: "p", count: 73)), options: h.service) }
        #expect(e73?.violations.first?.description.contains("72 bytes") == true)
        #expect(await fields { () throws(RPCError) in _ = try await h.users.verifyEmail(.init(userID: "123"), options: h.service) } == ["user_id"])
    }

    @Test func pageTokensWorkOnlyForTheirOwnListAndUser() async throws {
        let h = try Harness()
        let (_, alice, _) = try await h.signUp()
        let (_, bob, _) = try await h.signUp()
        for i in 0..<3 {
            _ = try await h.resumes.createResume(.init(title: "r\(i)", rawText: "t"), options: alice)
            _ = try await h.jobs.createJobDescription(.init(positionTitle: "p\(i)", rawText: "t"), options: alice)
        }
        let token = try await h.resumes.listResumes(.init(pageSize: 1), options: alice).nextPageToken
        #expect(!token.isEmpty)
        #expect(try await h.resumes.listResumes(.init(pageSize: 1, pageToken: token), options: alice).resumes.count == 1)
        var tampered = Array(token)
        tampered[5] = tampered[5] == "A" ? "B" : "A"
        let otherList = await h.error { () throws(RPCError) in try await h.jobs.listJobDescriptions(.init(pageToken: token), options: alice) }
        let otherUser = await h.error { () throws(RPCError) in try await h.resumes.listResumes(.init(pageToken: token), options: bob) }
        let altered = await h.error { () throws(RPCError) in try await h.resumes.listResumes(.init(pageToken: String(tampered)), options: alice) }
        for e in [otherList, otherUser, altered] {
            let fields = e.map { $0.violations.map { $0.field } } ?? []
            #expect(e?.code == .invalidArgument)
            #expect(fields == ["page_token"])
        }
    }

    @Test func aDocumentThatCouldNotBeSentBackIsRefusedBeforeItIsStored() async throws {
        let daemon = try TestDaemon { $0.server.wireLimits.maxFrameSize = 64 * 1024 }
        let connection = try daemon.connect()
        let users = Resume_V1_UserServiceClient(connection), resumes = Resume_V1_ResumeServiceClient(connection)
        let service = CallOptions.bearer(daemon.serviceToken)
        let email = "big-\(UUID().uuidString.prefix(8))@example.com"
        _ = try await users.createUser(.init(email: email, password: "long enough"), options: service)
        let me = CallOptions.bearer(try await users.authenticate(.init(email: email, password: "long enough"), options: service).token)
        // 30 KB of text fits a 64 KiB request, but not twice over (raw and redacted) in a response.
        do {
            _ = try await resumes.createResume(.init(title: "t", rawText: String(repeating: "word ", count: 6_000)), options: me)
            Issue.record("stored a resume that cannot be read back")
        } catch {
            #expect(error.code == .invalidArgument)
            let fields = error.violations.map { $0.field }
            #expect(fields == ["raw_text"])
        }
        #expect(try await resumes.listResumes(options: me).resumes.isEmpty)
        #expect(try await resumes.createResume(.init(title: "t", rawText: String(repeating: "word ", count: 2_000)), options: me).version == 1)
    }

    @Test func missingRowsAreNotFound() async throws {
        let h = try Harness()
        let (_, me, _) = try await h.signUp()
        let missing = UUID().uuidString.lowercased()
        #expect(await h.error { () throws(RPCError) in try await h.resumes.getResume(.init(id: missing), options: me) }?.code == .notFound)
        #expect(await h.error { () throws(RPCError) in try await h.resumes.deleteResume(.init(id: missing), options: me) }?.code == .notFound)
        #expect(await h.error { () throws(RPCError) in try await h.jobs.getJobDescription(.init(id: missing), options: me) }?.code == .notFound)
        #expect(await h.error { () throws(RPCError) in try await h.users.verifyEmail(.init(userID: missing), options: h.service) }?.code == .notFound)
    }

    @Test func messagesNeverCarryTextPasswordsOrTokens() async throws {
        let h = try Harness()
        let password = "Pa55word-that-is-secret"
        let (_, me, email) = try await h.signUp(password: password)
        let token = String(me.metadata["authorization"]!.dropFirst("Bearer ".count))
        let text = "Secret résumé text of Jane 0123"
        let r = try await h.resumes.createResume(.init(title: "t", rawText: text), options: me)
        var messages: [String] = []
        func collect(_ call: () async throws(RPCError) -> Void) async {
            if let e = await h.error(call) { messages.append(e.message + e.violations.map { $0.field + $0.description }.joined()) }
        }
        await collect { () throws(RPCError) in _ = try await h.users.createUser(.init(email: email, password: password), options: h.service) }
        await collect { () throws(RPCError) in _ = try await h.users.authenticate(.init(email: email, password: password + "x"), options: h.service) }
        await collect { () throws(RPCError) in _ = try await h.users.getMe(options: .bearer(token + "x")) }
        await collect { () throws(RPCError) in _ = try await h.users.createUser(.init(email: email, password: password), options: me) }
        await collect { () throws(RPCError) in _ = try await h.resumes.updateResume(.init(id: r.id, expectedVersion: 9, title: "t", rawText: text), options: me) }
        await collect { () throws(RPCError) in _ = try await h.resumes.createResume(.init(title: text + String(repeating: "!", count: 300), rawText: text), options: me) }
        #expect(messages.count == 6)
        for m in messages {
            for secret in [password, token, text, email, "Jane"] { #expect(!m.contains(secret), "\(m)") }
        }
    }
}

@Suite struct UnavailableTests {
    @Test func anUnreachableDatabaseIsUnavailableNeverACrashOrAHang() async throws {
        let db = try ScratchDatabase()
        let daemon = try TestDaemon(databaseURL: db.url) { $0.migrate = true }
        let connection = try daemon.connect()
        let users = Resume_V1_UserServiceClient(connection)
        let service = CallOptions.bearer(daemon.serviceToken, timeoutMilliseconds: 10_000)
        _ = try await users.createUser(.init(email: "before@example.com", password: "long enough"), options: service)
        // The database goes away under the daemon.
        let admin = try PostgresConnectionForTests.admin()
        try admin.dropDatabase(db)
        let started = MonotonicClock.nanoseconds()
        do {
            _ = try await users.createUser(.init(email: "after@example.com", password: "long enough"), options: service)
            Issue.record("wrote to a database that is gone")
        } catch {
            #expect(error.code == .unavailable)
            #expect(!error.message.contains("scratch_"))
        }
        #expect((MonotonicClock.nanoseconds() - started) / 1_000_000 < 10_000)
        // The daemon itself is fine.
        #expect(try await Resume_Rpc_V1_DiagnosticsClient(connection).echo(.init(payload: [1])).payload == [1])
    }
}
