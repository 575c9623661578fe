import Foundation
import ResumeAuth
import ResumeClient
import ResumeCore
import ResumeDaemon
import ResumePostgres
import ResumeProto
import ResumeTestSupport
import ResumeWire
import Testing

/// Callers of one daemon: a service with the service token, and users with theirs.
struct Harness {
    let daemon: TestDaemon
    let connection: ClientConnection
    var service: CallOptions { .bearer(daemon.serviceToken) }
    var users: Resume_V1_UserServiceClient { Resume_V1_UserServiceClient(connection) }
    var resumes: Resume_V1_ResumeServiceClient { Resume_V1_ResumeServiceClient(connection) }
    var jobs: Resume_V1_JobDescriptionServiceClient { Resume_V1_JobDescriptionServiceClient(connection) }

    init(databaseURL: String? = nil, configure: (inout DaemonConfiguration) -> Void = { _ in }) throws {
        daemon = try TestDaemon(databaseURL: databaseURL, configure: configure)
        connection = try daemon.connect()
    }

    /// Creates and signs in a fresh user; returns it with options carrying its token.
    func signUp(password: String = "correct horse battery") async throws -> (user: Resume_V1_User, options: CallOptions, email: String) {
        let email = "User.\(UUID().uuidString.prefix(8))@Example.com"
        let user = try await users.createUser(.init(email: email, password: password), options: service)
        let auth = try await users.authenticate(.init(email: email, password: password), options: service)
        #expect(auth.user == user)
        return (user, .bearer(auth.token), email)
    }

    /// The error of `call`, failing the test if it succeeds.
    func error<T>(_ call: () async throws(RPCError) -> T) async -> RPCError? {
        do {
            _ = try await call()
            Issue.record("the call succeeded")
            return nil
        } catch {
            return error
        }
    }
}

@Suite struct JourneyTests {
    static let resumeText = """
        Jane Q. Doe
        jane.doe@example.com · +1 (415) 555-0132 · linkedin.com/in/jane-doe
        1600 Amphitheatre Parkway, Mountain View, CA 94043

        Senior iOS Engineer, 2019–2023: shipped Swift 5.9 apps to 10,000 users, cut crashes 35%.
        """

    @Test func theWholeJourney() async throws {
        let h = try Harness()
        let (user, me, email) = try await h.signUp()
        #expect(user.email == email)
        #expect(user.isActive && !user.isVerified)
        #expect(try await h.users.getMe(options: me) == user)

        // Resumes: create, get, update, list, delete.
        let created = try await h.resumes.createResume(.init(title: "Backend", rawText: Self.resumeText), options: me)
        #expect(created.version == 1)
        #expect(created.userID == user.id)
        #expect(created.rawText == Self.resumeText)
        for placeholder in ["[EMAIL]", "[PHONE]", "[URL]", "[ADDRESS]", "[NAME]"] { #expect(created.redactedText.contains(placeholder)) }
        for secret in ["jane.doe@example.com", "555-0132", "jane-doe", "Amphitheatre"] { #expect(!created.redactedText.contains(secret)) }
        #expect(created.redactedText.contains("Swift 5.9") && created.redactedText.contains("35%") && created.redactedText.contains("2019–2023"))
        #expect(try await h.resumes.getResume(.init(id: created.id), options: me) == created)
        let updated = try await h.resumes.updateResume(.init(id: created.id, expectedVersion: 1, title: "Backend v2", rawText: "Plain text"), options: me)
        #expect(updated.version == 2 && updated.title == "Backend v2" && updated.redactedText == "Plain text")
        #expect(updated.updatedAt > created.updatedAt && updated.createdAt == created.createdAt)
        let listed = try await h.resumes.listResumes(options: me)
        #expect(listed.resumes == [updated] && listed.nextPageToken.isEmpty)
        _ = try await h.resumes.deleteResume(.init(id: created.id), options: me)
        #expect(await h.error { () throws(RPCError) in try await h.resumes.getResume(.init(id: created.id), options: me) }?.code == .notFound)

        // Job descriptions: create, get, list, delete.
        let job = try await h.jobs.createJobDescription(.init(companyName: "ACME", positionTitle: "Staff Engineer",
                                                              rawText: "Apply: jobs@acme.example or +44 20 7946 0958"), options: me)
        #expect(job.companyName == "ACME" && job.redactedText.contains("[EMAIL]") && job.redactedText.contains("[PHONE]"))
        let noCompany = try await h.jobs.createJobDescription(.init(positionTitle: "Engineer", rawText: "Build things."), options: me)
        #expect(noCompany.companyName.isEmpty)
        #expect(try await h.jobs.getJobDescription(.init(id: job.id), options: me) == job)
        #expect(try await h.jobs.listJobDescriptions(options: me).jobDescriptions.map(\.id) == [noCompany.id, job.id])
        _ = try await h.jobs.deleteJobDescription(.init(id: job.id), options: me)
        #expect(try await h.jobs.listJobDescriptions(options: me).jobDescriptions.map(\.id) == [noCompany.id])

        // Service-level account management.
        #expect(try await h.users.verifyEmail(.init(userID: user.id), options: h.service).isVerified)
        _ = try await h.users.deleteUser(.init(userID: user.id), options: h.service)
        #expect(await h.error { () throws(RPCError) in try await h.users.getMe(options: me) }?.code == .unauthenticated)
    }

    @Test func twoUsersCannotSeeChangeOrDeleteEachOthersData() async throws {
        let h = try Harness()
        let (_, alice, _) = try await h.signUp()
        let (_, bob, _) = try await h.signUp()
        let resume = try await h.resumes.createResume(.init(title: "Alice", rawText: "Alice's text"), options: alice)
        let job = try await h.jobs.createJobDescription(.init(positionTitle: "Alice's job", rawText: "text"), options: alice)

        let attempts: [(String, () async throws(RPCError) -> Void)] = [
            ("GetResume", { () throws(RPCError) in _ = try await h.resumes.getResume(.init(id: resume.id), options: bob) }),
            ("UpdateResume", { () throws(RPCError) in _ = try await h.resumes.updateResume(.init(id: resume.id, expectedVersion: 1, title: "x", rawText: "x"), options: bob) }),
            ("DeleteResume", { () throws(RPCError) in _ = try await h.resumes.deleteResume(.init(id: resume.id), options: bob) }),
            ("GetJobDescription", { () throws(RPCError) in _ = try await h.jobs.getJobDescription(.init(id: job.id), options: bob) }),
            ("DeleteJobDescription", { () throws(RPCError) in _ = try await h.jobs.deleteJobDescription(.init(id: job.id), options: bob) }),
        ]
        for (name, attempt) in attempts {
            #expect(await h.error(attempt)?.code == .notFound, "\(name)")
        }
        #expect(try await h.resumes.listResumes(options: bob).resumes.isEmpty)
        #expect(try await h.jobs.listJobDescriptions(options: bob).jobDescriptions.isEmpty)
        // Alice still has everything, unchanged.
        #expect(try await h.resumes.getResume(.init(id: resume.id), options: alice) == resume)
        #expect(try await h.jobs.getJobDescription(.init(id: job.id), options: alice) == job)
    }

    @Test func pagingThrough250Resumes() async throws {
        let h = try Harness()
        let (_, me, _) = try await h.signUp()
        var created = Set<String>()
        try await withThrowingTaskGroup(of: String.self) { group in
            for i in 0..<250 {
                group.addTask { try await h.resumes.createResume(.init(title: "Resume \(i)", rawText: "text \(i)"), options: me).id }
            }
            for try await id in group { created.insert(id) }
        }
        var seen: [Resume_V1_Resume] = []
        var token = ""
        var pages = 0
        repeat {
            let page = try await h.resumes.listResumes(.init(pageSize: 100, pageToken: token), options: me)
            seen += page.resumes
            token = page.nextPageToken
            pages += 1
        } while !token.isEmpty && pages < 50
        #expect(pages == 3)
        #expect(seen.count == 250)
        #expect(Set(seen.map(\.id)) == created)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.createdAt >= $1.createdAt })
    }

    @Test func deleteUserLeavesNoRowBehind() async throws {
        let h = try Harness()
        let (user, me, _) = try await h.signUp()
        for i in 0..<3 {
            _ = try await h.resumes.createResume(.init(title: "r\(i)", rawText: "t"), options: me)
            _ = try await h.jobs.createJobDescription(.init(positionTitle: "p\(i)", rawText: "t"), options: me)
        }
        _ = try await h.users.deleteUser(.init(userID: user.id), options: h.service)
        let db = try PostgresConnection(url: TestDatabase.migratedURL(), deadline: .after(milliseconds: 5_000))
        var total = 0
        for table in ["users", "resumes", "job_descriptions", "analyses", "generated_resumes"] {
            let column = table == "users" ? "id" : "user_id"
            total += try db.query("SELECT count(*)::int FROM \(table) WHERE \(column) = $1::uuid", [user.id], context: .administrative("t"))
                .rows[0].get(0, as: Int.self)
        }
        #expect(total == 0)
        #expect(await h.error { () throws(RPCError) in try await h.users.deleteUser(.init(userID: user.id), options: h.service) }?.code == .notFound)
    }
}
