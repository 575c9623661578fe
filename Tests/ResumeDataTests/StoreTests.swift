import Foundation
import ResumeCore
import ResumeData
import ResumePostgres
import ResumeStores
import ResumeTestSupport
import Synchronization
import Testing

/// The PostgreSQL stores on the migrated test database. Each test makes its
/// own users, so tests run in parallel without seeing each other's rows.
@Suite(.onOwnExecutor) struct StoreTests {
    let database: TestPostgresClient
    var pool: PostgresClient { database.client }
    let users: PostgresUserStore
    let resumes: PostgresResumeStore
    let jobs: PostgresJobDescriptionStore
    let analyses: PostgresAnalysisStore
    let generated: PostgresGeneratedResumeStore
    let context = QueryContext.administrative("store-test")

    init() async throws {
        database = try TestDatabase.client()
        users = PostgresUserStore(client: database.client)
        resumes = PostgresResumeStore(client: database.client, redactorVersion: 1)
        jobs = PostgresJobDescriptionStore(client: database.client, redactorVersion: 1)
        analyses = PostgresAnalysisStore(client: database.client)
        generated = PostgresGeneratedResumeStore(client: database.client)
    }

    func newUser() async throws -> UserRecord {
        try await users.create(email: "user-\(UUID().uuidString.lowercased())@example.com", hashedPassword: "$2b$12$hash", idempotency: nil, context: context)
    }

    func newResume(_ user: UserRecord, _ title: String = "Resume") async throws -> ResumeRecord {
        try await resumes.create(user: user.id, title: title, rawText: "raw", redactedText: "redacted", guards: .none, context: context)
    }

    func newAnalysis(_ user: UserRecord, _ resume: ResumeRecord, _ job: JobDescriptionRecord, version: Int = 1, analyzer: Int = 1,
                     missing: [String] = ["Go"], matched: [String] = ["Swift"], suggestions: [String] = [], score: Double = 50,
                     similarity: Double = 0.5) async throws(DataError) -> AnalysisRecord {
        let identity = AnalysisIdentity(user: user.id, resumeID: resume.id, jobDescriptionID: job.id, resumeVersion: version, analyzerVersion: analyzer)
        return try await analyses.insert(identity, AnalysisContent(missingKeywords: missing, matchedKeywords: matched, suggestions: suggestions,
                                                                   matchScore: score, semanticSimilarity: similarity), context: context).record
    }

    func newJob(_ user: UserRecord) async throws -> JobDescriptionRecord {
        try await jobs.create(user: user.id, companyName: nil, positionTitle: "Engineer", rawText: "raw", redactedText: "redacted", guards: .none, context: context)
    }

    // MARK: Users

    /// Values reach PostgreSQL only as bound parameters: text that would be SQL if pasted
    /// into a statement is stored and read back as itself, and the tables are still there.
    @Test func textThatLooksLikeSQLIsStoredAsText() async throws {
        let user = try await newUser()
        let hostile = "x'); DROP TABLE resumes; -- $1 \\' \" ; SELECT pg_sleep(10); /*"
        let created = try await resumes.create(user: user.id, title: hostile, rawText: hostile, redactedText: hostile, guards: .none, context: context)
        let read = try await resumes.get(user: user.id, id: created.id, context: context)
        #expect(read.title == hostile && read.rawText == hostile && read.redactedText == hostile)
        #expect(try await newResume(user).title == "Resume")
    }

    @Test func emailsAreUniqueAndFoundCaseInsensitively() async throws {
        let local = "Mixed.Case-\(UUID().uuidString.prefix(8))"
        let u = try await users.create(email: "\(local)@Example.COM", hashedPassword: "h", idempotency: nil, context: context)
        #expect(u.isActive && !u.isVerified)
        #expect(u.createdAt == u.updatedAt)
        #expect(try await users.find(email: "\(local.lowercased())@example.com", context: context)?.id == u.id)
        do {
            _ = try await users.create(email: "\(local.uppercased())@EXAMPLE.com", hashedPassword: "h", idempotency: nil, context: context)
            Issue.record("a duplicate email was accepted")
        } catch {
            guard case .alreadyExists = error else { Issue.record("\(error)"); return }
            #expect(!error.description.contains(local))
        }
    }

    @Test func verifyingAndDeactivatingUpdateTheRowAndItsTimestamp() async throws {
        let u = try await newUser()
        let verified = try await users.markVerified(id: u.id, context: context)
        #expect(verified.isVerified)
        #expect(verified.updatedAt > u.updatedAt)
        let inactive = try await users.deactivate(id: u.id, context: context)
        #expect(!inactive.isActive)
        await #expect(throws: DataError.self) { try await users.deactivate(id: UUID(), context: context) }
    }

    // MARK: Isolation

    @Test func anotherUsersRowsAreSimplyNotFound() async throws {
        let alice = try await newUser(), mallory = try await newUser()
        let resume = try await newResume(alice, "Alice's")
        let job = try await newJob(alice)
        func expectNotFound(_ body: () async throws(DataError) -> Void) async {
            do {
                try await body()
                Issue.record("another user's row was reachable")
            } catch {
                guard case .notFound = error else { Issue.record("\(error)"); return }
            }
        }
        await expectNotFound { () async throws(DataError) in _ = try await resumes.get(user: mallory.id, id: resume.id, context: context) }
        await expectNotFound { () async throws(DataError) in _ = try await resumes.update(user: mallory.id, id: resume.id, expectedVersion: 1, title: "x", rawText: "x", redactedText: "x", quotas: nil, context: context) }
        await expectNotFound { () async throws(DataError) in try await resumes.delete(user: mallory.id, id: resume.id, context: context) }
        await expectNotFound { () async throws(DataError) in _ = try await jobs.get(user: mallory.id, id: job.id, context: context) }
        await expectNotFound { () async throws(DataError) in try await jobs.delete(user: mallory.id, id: job.id, context: context) }
        // Nor can Mallory analyse Alice's resume against her own job description.
        let malloryJob = try await newJob(mallory)
        await expectNotFound { () async throws(DataError) in
            _ = try await analyses.insert(AnalysisIdentity(user: mallory.id, resumeID: resume.id, jobDescriptionID: malloryJob.id,
                                                           resumeVersion: 1, analyzerVersion: 1),
                                          AnalysisContent(missingKeywords: [], matchedKeywords: [], suggestions: [], matchScore: 1, semanticSimilarity: 0.1),
                                          context: context)
        }
        await expectNotFound { () async throws(DataError) in
            _ = try await analyses.prepare(user: mallory.id, resumeID: resume.id, jobDescriptionID: malloryJob.id, analyzerVersion: 1, context: context)
        }
        #expect(try await resumes.list(user: mallory.id, page: PageRequest(), context: context).items.isEmpty)
        // Alice's data is untouched.
        #expect(try await resumes.get(user: alice.id, id: resume.id, context: context).title == "Alice's")
    }

    // MARK: One statement per call, revocation at once

    @Test func everyUserScopedCallIsOneStatement() async throws {
        let u = try await newUser()
        func statements(_ body: () async throws -> Void) async throws -> Int {
            let before = pool.statementCounter.count
            try await body()
            return pool.statementCounter.count - before
        }
        var r: ResumeRecord?
        #expect(try await statements { r = try await newResume(u) } == 1)
        #expect(try await statements { _ = try await resumes.get(user: u.id, id: r!.id, context: context) } == 1)
        #expect(try await statements {
            _ = try await resumes.update(user: u.id, id: r!.id, expectedVersion: 1, title: "t", rawText: "x", redactedText: "x", quotas: nil, context: context)
        } == 1)
        #expect(try await statements { _ = try await resumes.list(user: u.id, page: PageRequest(), context: context) } == 1)
        var j: JobDescriptionRecord?
        #expect(try await statements { j = try await newJob(u) } == 1)
        #expect(try await statements { _ = try await jobs.get(user: u.id, id: j!.id, context: context) } == 1)
        #expect(try await statements { _ = try await jobs.list(user: u.id, page: PageRequest(), context: context) } == 1)
        #expect(try await statements { try await jobs.delete(user: u.id, id: j!.id, context: context) } == 1)
        #expect(try await statements { try await resumes.delete(user: u.id, id: r!.id, context: context) } == 1)
        #expect(try await statements { _ = try await users.activeUser(id: u.id, context: context) } == 1)
    }

    @Test func aDeactivatedOrDeletedUserIsRefusedByEveryCallAtOnce() async throws {
        for deleting in [false, true] {
            let u = try await newUser()
            let r = try await newResume(u), j = try await newJob(u)
            if deleting { try await users.delete(id: u.id, context: context) } else { _ = try await users.deactivate(id: u.id, context: context) }
            func expectRefused(_ what: String, _ body: () async throws(DataError) -> Void) async {
                do {
                    try await body()
                    Issue.record("\(what) succeeded for a \(deleting ? "deleted" : "deactivated") user")
                } catch {
                    guard case .userInactive = error else { Issue.record("\(what): \(error)"); return }
                }
            }
            await expectRefused("get") { () async throws(DataError) in _ = try await resumes.get(user: u.id, id: r.id, context: context) }
            await expectRefused("get of a missing id") { () async throws(DataError) in _ = try await resumes.get(user: u.id, id: UUID(), context: context) }
            await expectRefused("create") { () async throws(DataError) in _ = try await newResumeTyped(u) }
            await expectRefused("update") { () async throws(DataError) in
                _ = try await resumes.update(user: u.id, id: r.id, expectedVersion: 1, title: "t", rawText: "x", redactedText: "x", quotas: nil, context: context)
            }
            await expectRefused("list") { () async throws(DataError) in _ = try await resumes.list(user: u.id, page: PageRequest(), context: context) }
            await expectRefused("delete") { () async throws(DataError) in try await resumes.delete(user: u.id, id: r.id, context: context) }
            await expectRefused("job get") { () async throws(DataError) in _ = try await jobs.get(user: u.id, id: j.id, context: context) }
            await expectRefused("job list") { () async throws(DataError) in _ = try await jobs.list(user: u.id, page: PageRequest(), context: context) }
            await expectRefused("analysis list") { () async throws(DataError) in _ = try await analyses.list(user: u.id, resumeID: nil, page: PageRequest(), context: context) }
            await expectRefused("me") { () async throws(DataError) in _ = try await users.activeUser(id: u.id, context: context) }
        }
    }

    func newResumeTyped(_ user: UserRecord) async throws(DataError) -> ResumeRecord {
        try await resumes.create(user: user.id, title: "Resume", rawText: "raw", redactedText: "redacted", guards: .none, context: context)
    }

    // MARK: Optimistic updates

    @Test func updatesNeedTheCurrentVersionAndIncrementIt() async throws {
        let u = try await newUser()
        let r = try await newResume(u)
        #expect(r.version == 1)
        let r2 = try await resumes.update(user: u.id, id: r.id, expectedVersion: 1, title: "New", rawText: "new", redactedText: "new", quotas: nil, context: context)
        #expect(r2.version == 2)
        #expect(r2.title == "New")
        #expect(r2.updatedAt > r.updatedAt)
        #expect(r2.createdAt == r.createdAt)
        do {
            _ = try await resumes.update(user: u.id, id: r.id, expectedVersion: 1, title: "Stale", rawText: "x", redactedText: "x", quotas: nil, context: context)
            Issue.record("a stale version was accepted")
        } catch {
            guard case .versionConflict(let current) = error else { Issue.record("\(error)"); return }
            #expect(current == 2)
        }
        #expect(try await resumes.get(user: u.id, id: r.id, context: context).title == "New")
    }

    @Test func ofConcurrentUpdatesWithOneVersionExactlyOneWins() async throws {
        let u = try await newUser()
        let r = try await newResume(u)
        let resumes = self.resumes, context = self.context
        // Eight concurrent requests: on several connections or pipelined on one, exactly one wins.
        let outcomes = await withTaskGroup(of: String.self) { group in
            for i in 0..<8 {
                group.addTask {
                    do {
                        _ = try await resumes.update(user: u.id, id: r.id, expectedVersion: 1, title: "racer \(i)", rawText: "x", redactedText: "x",
                                                     quotas: nil, context: context)
                        return "won"
                    } catch let error as DataError {
                        if case .versionConflict(2) = error { return "conflict" }
                        return "\(error)"
                    } catch {
                        return "\(error)"
                    }
                }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 == "won" }.count == 1)
        #expect(outcomes.filter { $0 == "conflict" }.count == 7)
        #expect(try await resumes.get(user: u.id, id: r.id, context: context).version == 2)
    }

    // MARK: Pagination

    @Test func pagingThrough250RowsSeesEachExactlyOnceNewestFirst() async throws {
        let u = try await newUser()
        var created: [UUID] = []
        for i in 0..<200 { created.append(try await newResume(u, "r\(i)").id) }
        // 50 more in one statement: they share created_at, so the id breaks the ties.
        var b = PostgresBindings()
        b.append(u.id)
        let rows = try await pool.query("""
            INSERT INTO resumes (user_id, title, raw_text, redacted_text)
            SELECT $1, 'r' || n, 'x', 'x' FROM generate_series(200, 249) n RETURNING id
            """, b, idempotent: false, context: context)
        for i in 0..<rows.count { created.append(try rows[i].uuid(0)) }
        var seen: [ResumeRecord] = []
        var token: PageToken?
        var pages = 0
        repeat {
            let page = try await resumes.list(user: u.id, page: PageRequest(size: 23, after: token), context: context)
            #expect(page.items.count <= 23)
            seen += page.items
            token = page.next
            pages += 1
        } while token != nil && pages < 100
        #expect(seen.count == 250)
        #expect(Set(seen.map(\.id)) == Set(created))
        #expect(pages == 11)
        for (a, b) in zip(seen, seen.dropFirst()) {
            #expect(a.createdAt > b.createdAt || (a.createdAt == b.createdAt && a.id.uuidString.lowercased() > b.id.uuidString.lowercased()))
        }
    }

    @Test func theDefaultPageIsTwentyAndTheLastPageHasNoToken() async throws {
        let u = try await newUser()
        for _ in 0..<21 { _ = try await newJob(u) }
        let first = try await jobs.list(user: u.id, page: PageRequest(), context: context)
        #expect(first.items.count == 20)
        let second = try await jobs.list(user: u.id, page: PageRequest(after: first.next!), context: context)
        #expect(second.items.count == 1)
        #expect(second.next == nil)
    }

    // MARK: Analyses

    @Test func fiftyAnalysesAreListedWithTheirTitlesAndCompanyInOneStatement() async throws {
        let u = try await newUser()
        let r = try await newResume(u, "Backend resume"), other = try await newResume(u, "Other resume")
        for i in 0..<50 {
            let j = try await jobs.create(user: u.id, companyName: i == 0 ? "Acme" : nil, positionTitle: "Engineer \(i)", rawText: "raw",
                                          redactedText: "redacted", guards: .none, context: context)
            _ = try await newAnalysis(u, r, j, missing: ["Kubernetes", "k\(i)"], suggestions: ["Mention \"scale\""], score: 72.5, similarity: 0.8123)
        }
        _ = try await newAnalysis(u, other, try await newJob(u))
        let before = pool.statementCounter.count
        let page = try await analyses.list(user: u.id, resumeID: r.id, page: PageRequest(size: 50), context: context)
        #expect(pool.statementCounter.count - before == 1)
        #expect(page.items.count == 50)
        #expect(page.next == nil)
        #expect(page.items.allSatisfy { $0.resumeTitle == "Backend resume" && $0.positionTitle.hasPrefix("Engineer ") })
        #expect(page.items.last?.companyName == "Acme" && page.items.last?.positionTitle == "Engineer 0")  // oldest last
        #expect(page.items.dropLast().allSatisfy { $0.companyName == nil })
        let a = page.items[0].analysis
        #expect(a.missingKeywords.first == "Kubernetes")
        #expect(a.matchedKeywords == ["Swift"])
        #expect(a.suggestions == ["Mention \"scale\""])
        #expect(a.matchScore == 72.5)
        #expect(a.semanticSimilarity == 0.8123)
        #expect(a.resumeVersion == 1 && a.analyzerVersion == 1)
        #expect(try await analyses.list(user: u.id, resumeID: nil, page: PageRequest(size: 100), context: context).items.count == 51)
    }

    @Test func anIdentityIsStoredOnceHoweverManyRacersInsertIt() async throws {
        let u = try await newUser()
        let r = try await newResume(u), j = try await newJob(u)
        let identity = AnalysisIdentity(user: u.id, resumeID: r.id, jobDescriptionID: j.id, resumeVersion: 1, analyzerVersion: 1)
        let content = AnalysisContent(missingKeywords: ["Go"], matchedKeywords: [], suggestions: [], matchScore: 10, semanticSimilarity: 0.1)
        let analyses = self.analyses, context = self.context
        let outcomes = try await withThrowingTaskGroup(of: (UUID, Bool).self) { group in
            for _ in 0..<20 {
                group.addTask {
                    let (record, inserted) = try await analyses.insert(identity, content, context: context)
                    return (record.id, inserted)
                }
            }
            return try await group.reduce(into: [(UUID, Bool)]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0.1 }.count == 1)
        #expect(Set(outcomes.map { $0.0 }).count == 1)
        #expect(try await analyses.find(identity, context: context)?.id == outcomes[0].0)
    }

    @Test func prepareSaysWhetherToComputeForTheResumesCurrentVersion() async throws {
        let u = try await newUser()
        let r = try await newResume(u), j = try await newJob(u)
        guard case .compute(let identity, let resumeText, let jobText) = try await analyses.prepare(
            user: u.id, resumeID: r.id, jobDescriptionID: j.id, analyzerVersion: 1, context: context) else {
            Issue.record("a new pair was not to be computed"); return
        }
        #expect(identity == AnalysisIdentity(user: u.id, resumeID: r.id, jobDescriptionID: j.id, resumeVersion: 1, analyzerVersion: 1))
        #expect(resumeText == "redacted" && jobText == "redacted")
        let stored = try await newAnalysis(u, r, j)
        #expect(try await analyses.prepare(user: u.id, resumeID: r.id, jobDescriptionID: j.id, analyzerVersion: 1, context: context) == .stored(stored))
        // Another analyzer version, or a new resume version, is not stored yet.
        guard case .compute = try await analyses.prepare(user: u.id, resumeID: r.id, jobDescriptionID: j.id, analyzerVersion: 2, context: context) else {
            Issue.record("another analyzer version reused the stored analysis"); return
        }
        _ = try await resumes.update(user: u.id, id: r.id, expectedVersion: 1, title: "t", rawText: "new", redactedText: "new redacted", quotas: nil, context: context)
        guard case .compute(let next, let text, _) = try await analyses.prepare(
            user: u.id, resumeID: r.id, jobDescriptionID: j.id, analyzerVersion: 1, context: context) else {
            Issue.record("the updated resume reused the old analysis"); return
        }
        #expect(next.resumeVersion == 2 && text == "new redacted")
        await #expect(throws: DataError.self) {
            try await analyses.prepare(user: u.id, resumeID: UUID(), jobDescriptionID: j.id, analyzerVersion: 1, context: context)
        }
    }

    @Test func analysesAreReadAndDeletedPerUser() async throws {
        let u = try await newUser(), other = try await newUser()
        let r = try await newResume(u), j = try await newJob(u)
        let a = try await newAnalysis(u, r, j, score: 12.34)
        #expect(try await analyses.get(user: u.id, id: a.id, context: context) == a)
        #expect(try await analyses.list(user: u.id, resumeID: nil, page: PageRequest(), context: context).items.map(\.analysis) == [a])
        await #expect(throws: DataError.self) { try await analyses.get(user: other.id, id: a.id, context: context) }
        await #expect(throws: DataError.self) { try await analyses.delete(user: other.id, id: a.id, context: context) }
        #expect(try await analyses.delete(user: u.id, id: a.id, context: context) == a)
        await #expect(throws: DataError.self) { try await analyses.get(user: u.id, id: a.id, context: context) }
    }

    @Test func scoresOutsideTheirRangesAreRefusedByTheSchema() async throws {
        let u = try await newUser()
        let r = try await newResume(u), j = try await newJob(u)
        do {
            _ = try await newAnalysis(u, r, j, score: 150)
            Issue.record("a match score of 150 was stored")
        } catch {
            guard case .invalid(let constraint) = error else { Issue.record("\(error)"); return }
            #expect(constraint.contains("match_score"))
        }
    }

    // MARK: Cascade

    @Test func deletingAUserLeavesNothingOfTheirsBehind() async throws {
        let u = try await newUser()
        let other = try await newUser()
        let r = try await newResume(u), j = try await newJob(u)
        let a = try await newAnalysis(u, r, j)
        _ = try await generated.create(user: u.id, analysisID: a.id, optimizedText: "better", modelUsed: "gpt-test",
                                 metadata: JSONText(#"{"prompt_tokens": 1200, "completion_tokens": 800, "cost_usd": 0.0123}"#), guards: .none, context: context)
        let kept = try await newResume(other)
        try await users.delete(id: u.id, context: context)
        for table in ["resumes", "job_descriptions", "analyses", "generated_resumes"] {
            var b = PostgresBindings()
            b.append(u.id)
            let n = try await pool.query("SELECT count(*)::int FROM \(table) WHERE user_id = $1", b, idempotent: true, context: context)[0].int(0)
            #expect(n == 0, "\(table) still has rows")
        }
        await #expect(throws: DataError.self) { try await users.activeUser(id: u.id, context: context) }
        #expect(try await resumes.get(user: other.id, id: kept.id, context: context).id == kept.id)
        await #expect(throws: DataError.self) { try await users.delete(id: u.id, context: context) }
    }

    @Test func generatedResumesKeepTheirMetadataObject() async throws {
        let u = try await newUser()
        let r = try await newResume(u), j = try await newJob(u)
        let a = try await newAnalysis(u, r, j)
        let g = try await generated.create(user: u.id, analysisID: a.id, optimizedText: "text", modelUsed: "m",
                                     metadata: JSONText(#"{"tokens": 5}"#), guards: .none, context: context)
        #expect(try g.generationMetadata.decode([String: Int].self) == ["tokens": 5])
        await #expect(throws: DataError.self) {
            _ = try await generated.create(user: u.id, analysisID: a.id, optimizedText: "t", modelUsed: "m", metadata: JSONText("[1]"), guards: .none, context: context)
        }
        #expect(try await generated.list(user: u.id, analysisID: a.id, page: PageRequest(), context: context).items.map(\.id) == [g.id])
        let other = try await newAnalysis(u, r, try await newJob(u))
        #expect(try await generated.list(user: u.id, analysisID: other.id, page: PageRequest(), context: context).items.isEmpty)
        await #expect(throws: DataError.self) { try await generated.list(user: u.id, analysisID: UUID(), page: PageRequest(), context: context) }
    }
}

@Suite struct PageTokenTests {
    @Test func tokensRoundTrip() async throws {
        let t = PageToken(createdAt: Timestamp(unixMicroseconds: 1_795_572_616_245_026), id: UUID())
        #expect(t.bytes.count == 25)
        #expect(try PageToken(bytes: t.bytes) == t)
    }

    @Test(arguments: [[], [1], [UInt8](repeating: 1, count: 24), [UInt8](repeating: 1, count: 26), [2] + [UInt8](repeating: 0, count: 24)])
    func foreignTokensAreRefused(bytes: [UInt8]) {
        #expect(throws: DataError.self) { try PageToken(bytes: bytes) }
    }
}
