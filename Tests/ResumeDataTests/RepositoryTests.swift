import Foundation
import ResumeCore
import ResumeData
import ResumePostgres
import ResumeTestSupport
import Synchronization
import Testing

/// Repositories on the migrated test database. Each test makes its own users,
/// so tests run in parallel without seeing each other's rows.
@Suite struct RepositoryTests {
    let pool: PostgresPool
    let users: UserRepository
    let resumes: ResumeRepository
    let jobs: JobDescriptionRepository
    let analyses: AnalysisRepository
    let generated: GeneratedResumeRepository
    let context = QueryContext.administrative("repository-test")

    init() throws {
        pool = try TestDatabase.pool()
        users = UserRepository(pool: pool)
        resumes = ResumeRepository(pool: pool)
        jobs = JobDescriptionRepository(pool: pool)
        analyses = AnalysisRepository(pool: pool)
        generated = GeneratedResumeRepository(pool: pool)
    }

    func newUser() throws -> UserRecord {
        try users.create(email: "user-\(UUID().uuidString.lowercased())@example.com", hashedPassword: "$2b$12$hash", context: context)
    }

    func newResume(_ user: UserRecord, _ title: String = "Resume") throws -> ResumeRecord {
        try resumes.create(userID: user.id, title: title, rawText: "raw", redactedText: "redacted", context: context)
    }

    func newJob(_ user: UserRecord) throws -> JobDescriptionRecord {
        try jobs.create(userID: user.id, companyName: nil, positionTitle: "Engineer", rawText: "raw", redactedText: "redacted", context: context)
    }

    // MARK: Users

    @Test func emailsAreUniqueAndFoundCaseInsensitively() throws {
        let local = "Mixed.Case-\(UUID().uuidString.prefix(8))"
        let u = try users.create(email: "\(local)@Example.COM", hashedPassword: "h", context: context)
        #expect(u.isActive && !u.isVerified)
        #expect(u.createdAt == u.updatedAt)
        #expect(try users.find(email: "\(local.lowercased())@example.com", context: context)?.id == u.id)
        do {
            _ = try users.create(email: "\(local.uppercased())@EXAMPLE.com", hashedPassword: "h", context: context)
            Issue.record("a duplicate email was accepted")
        } catch {
            guard case .alreadyExists = error else { Issue.record("\(error)"); return }
            #expect(!error.description.contains(local))
        }
    }

    @Test func verifyingAndDeactivatingUpdateTheRowAndItsTimestamp() throws {
        let u = try newUser()
        let verified = try users.markVerified(id: u.id, context: context)
        #expect(verified.isVerified)
        #expect(verified.updatedAt > u.updatedAt)
        let inactive = try users.deactivate(id: u.id, context: context)
        #expect(!inactive.isActive)
        #expect(throws: DataError.self) { try users.deactivate(id: UUID(), context: context) }
    }

    // MARK: Isolation

    @Test func anotherUsersRowsAreSimplyNotFound() throws {
        let alice = try newUser(), mallory = try newUser()
        let resume = try newResume(alice, "Alice's")
        let job = try newJob(alice)
        func expectNotFound(_ body: () throws(DataError) -> Void) {
            do {
                try body()
                Issue.record("another user's row was reachable")
            } catch {
                guard case .notFound = error else { Issue.record("\(error)"); return }
            }
        }
        expectNotFound { () throws(DataError) in _ = try resumes.get(userID: mallory.id, id: resume.id, context: context) }
        expectNotFound { () throws(DataError) in _ = try resumes.update(userID: mallory.id, id: resume.id, expectedVersion: 1, title: "x", rawText: "x", redactedText: "x", context: context) }
        expectNotFound { () throws(DataError) in try resumes.delete(userID: mallory.id, id: resume.id, context: context) }
        expectNotFound { () throws(DataError) in _ = try jobs.get(userID: mallory.id, id: job.id, context: context) }
        expectNotFound { () throws(DataError) in try jobs.delete(userID: mallory.id, id: job.id, context: context) }
        // Nor can Mallory analyse Alice's resume against her own job description.
        let malloryJob = try newJob(mallory)
        expectNotFound { () throws(DataError) in
            _ = try analyses.create(userID: mallory.id, resumeID: resume.id, jobDescriptionID: malloryJob.id, resumeVersion: 1,
                                    missingKeywords: [], suggestions: [], matchScore: 1, semanticSimilarity: 0.1, context: context)
        }
        #expect(try resumes.list(userID: mallory.id, page: PageRequest(), context: context).items.isEmpty)
        // Alice's data is untouched.
        #expect(try resumes.get(userID: alice.id, id: resume.id, context: context).title == "Alice's")
    }

    // MARK: Optimistic updates

    @Test func updatesNeedTheCurrentVersionAndIncrementIt() throws {
        let u = try newUser()
        let r = try newResume(u)
        #expect(r.version == 1)
        let r2 = try resumes.update(userID: u.id, id: r.id, expectedVersion: 1, title: "New", rawText: "new", redactedText: "new", context: context)
        #expect(r2.version == 2)
        #expect(r2.title == "New")
        #expect(r2.updatedAt > r.updatedAt)
        #expect(r2.createdAt == r.createdAt)
        do {
            _ = try resumes.update(userID: u.id, id: r.id, expectedVersion: 1, title: "Stale", rawText: "x", redactedText: "x", context: context)
            Issue.record("a stale version was accepted")
        } catch {
            guard case .versionConflict(let current) = error else { Issue.record("\(error)"); return }
            #expect(current == 2)
        }
        #expect(try resumes.get(userID: u.id, id: r.id, context: context).title == "New")
    }

    @Test func ofConcurrentUpdatesWithOneVersionExactlyOneWins() throws {
        let u = try newUser()
        let r = try newResume(u)
        let wins = Mutex(0), conflicts = Mutex(0)
        let workers = WorkerPool(name: "racers", threads: 8, maxQueued: 8)
        _ = workers.submit((0..<8).map { i in {
            do {
                _ = try resumes.update(userID: u.id, id: r.id, expectedVersion: 1, title: "racer \(i)", rawText: "x", redactedText: "x", context: context)
                wins.withLock { $0 += 1 }
            } catch let e as DataError {
                if case .versionConflict(2) = e { conflicts.withLock { $0 += 1 } }
            } catch {}
        } })
        #expect(workers.shutdown(deadline: .after(milliseconds: 30_000)))
        #expect(wins.withLock { $0 } == 1)
        #expect(conflicts.withLock { $0 } == 7)
        #expect(try resumes.get(userID: u.id, id: r.id, context: context).version == 2)
    }

    // MARK: Pagination

    @Test func pagingThrough250RowsSeesEachExactlyOnceNewestFirst() throws {
        let u = try newUser()
        var created: [UUID] = []
        for i in 0..<200 { created.append(try newResume(u, "r\(i)").id) }
        // 50 more in one transaction: they share created_at, so the id breaks the ties.
        try pool.transaction(context) { c in
            for i in 200..<250 {
                let row = try c.query("INSERT INTO resumes (user_id, title, raw_text, redacted_text) VALUES ($1, $2, 'x', 'x') RETURNING id",
                                      [u.id, "r\(i)"], context: context).rows[0]
                created.append(try row.get(0, as: UUID.self))
            }
        }
        var seen: [ResumeRecord] = []
        var token: PageToken?
        var pages = 0
        repeat {
            let page = try resumes.list(userID: u.id, page: PageRequest(size: 23, after: token), context: context)
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

    @Test func theDefaultPageIsTwentyAndTheLastPageHasNoToken() throws {
        let u = try newUser()
        for _ in 0..<21 { _ = try newJob(u) }
        let first = try jobs.list(userID: u.id, page: PageRequest(), context: context)
        #expect(first.items.count == 20)
        let second = try jobs.list(userID: u.id, page: PageRequest(after: first.next!), context: context)
        #expect(second.items.count == 1)
        #expect(second.next == nil)
    }

    // MARK: Analyses

    @Test func fiftyAnalysesAreListedWithTheirTitlesInOneStatement() throws {
        let u = try newUser()
        let r = try newResume(u, "Backend resume")
        let j = try newJob(u)
        for i in 0..<50 {
            _ = try analyses.create(userID: u.id, resumeID: r.id, jobDescriptionID: j.id, resumeVersion: 1,
                                    missingKeywords: ["Kubernetes", "k\(i)"], suggestions: ["Mention \"scale\""],
                                    matchScore: 72.5, semanticSimilarity: 0.8123, context: context)
        }
        let before = pool.statementCounter.count
        let page = try analyses.list(userID: u.id, page: PageRequest(size: 50), context: context)
        #expect(pool.statementCounter.count - before == 1)
        #expect(page.items.count == 50)
        #expect(page.items.allSatisfy { $0.resumeTitle == "Backend resume" && $0.positionTitle == "Engineer" })
        let a = page.items[0].analysis
        #expect(a.missingKeywords.first == "Kubernetes")
        #expect(a.suggestions == ["Mention \"scale\""])
        #expect(a.matchScore == 72.5)
        #expect(a.semanticSimilarity == 0.8123)
        #expect(a.resumeVersion == 1)
    }

    @Test func analysesAreReadAndDeletedPerUser() throws {
        let u = try newUser(), other = try newUser()
        let r = try newResume(u), j = try newJob(u)
        let a = try analyses.create(userID: u.id, resumeID: r.id, jobDescriptionID: j.id, resumeVersion: 1, missingKeywords: ["Go"],
                                    suggestions: [], matchScore: 12.34, semanticSimilarity: 0.5, context: context)
        #expect(try analyses.get(userID: u.id, id: a.id, context: context) == a)
        #expect(try analyses.list(userID: u.id, resumeID: r.id, context: context) == [a])
        #expect(throws: DataError.self) { try analyses.get(userID: other.id, id: a.id, context: context) }
        #expect(throws: DataError.self) { try analyses.delete(userID: other.id, id: a.id, context: context) }
        try analyses.delete(userID: u.id, id: a.id, context: context)
        #expect(throws: DataError.self) { try analyses.get(userID: u.id, id: a.id, context: context) }
    }

    @Test func scoresOutsideTheirRangesAreRefusedByTheSchema() throws {
        let u = try newUser()
        let r = try newResume(u), j = try newJob(u)
        do {
            _ = try analyses.create(userID: u.id, resumeID: r.id, jobDescriptionID: j.id, resumeVersion: 1, missingKeywords: [], suggestions: [],
                                    matchScore: 150, semanticSimilarity: 0.5, context: context)
            Issue.record("a match score of 150 was stored")
        } catch {
            guard case .invalid(let constraint) = error else { Issue.record("\(error)"); return }
            #expect(constraint.contains("match_score"))
        }
    }

    // MARK: Cascade

    @Test func deletingAUserLeavesNothingOfTheirsBehind() throws {
        let u = try newUser()
        let other = try newUser()
        let r = try newResume(u), j = try newJob(u)
        let a = try analyses.create(userID: u.id, resumeID: r.id, jobDescriptionID: j.id, resumeVersion: 1, missingKeywords: ["x"],
                                    suggestions: [], matchScore: 50, semanticSimilarity: 0.5, context: context)
        _ = try generated.create(userID: u.id, analysisID: a.id, optimizedText: "better", modelUsed: "gpt-test",
                                 metadata: JSONText(#"{"prompt_tokens": 1200, "completion_tokens": 800, "cost_usd": 0.0123}"#), context: context)
        let kept = try newResume(other)
        try users.delete(id: u.id, context: context)
        for table in ["resumes", "job_descriptions", "analyses", "generated_resumes"] {
            let n = try pool.query("SELECT count(*)::int FROM \(table) WHERE user_id = $1", [u.id], context: context).rows[0].get(0, as: Int.self)
            #expect(n == 0, "\(table) still has rows")
        }
        #expect(try users.find(id: u.id, context: context) == nil)
        #expect(try resumes.get(userID: other.id, id: kept.id, context: context).id == kept.id)
        #expect(throws: DataError.self) { try users.delete(id: u.id, context: context) }
    }

    @Test func generatedResumesKeepTheirMetadataObject() throws {
        let u = try newUser()
        let r = try newResume(u), j = try newJob(u)
        let a = try analyses.create(userID: u.id, resumeID: r.id, jobDescriptionID: j.id, resumeVersion: 1, missingKeywords: [],
                                    suggestions: [], matchScore: 10, semanticSimilarity: 0.1, context: context)
        let g = try generated.create(userID: u.id, analysisID: a.id, optimizedText: "text", modelUsed: "m",
                                     metadata: JSONText(#"{"tokens": 5}"#), context: context)
        #expect(try g.generationMetadata.decode([String: Int].self) == ["tokens": 5])
        #expect(throws: DataError.self) {
            _ = try generated.create(userID: u.id, analysisID: a.id, optimizedText: "t", modelUsed: "m", metadata: JSONText("[1]"), context: context)
        }
        #expect(try generated.list(userID: u.id, page: PageRequest(), context: context).items.map(\.id) == [g.id])
    }
}

@Suite struct PageTokenTests {
    @Test func tokensRoundTrip() throws {
        let t = PageToken(createdAt: Timestamp(unixMicroseconds: 1_795_572_616_245_026), id: UUID())
        #expect(t.bytes.count == 25)
        #expect(try PageToken(bytes: t.bytes) == t)
    }

    @Test(arguments: [[], [1], [UInt8](repeating: 1, count: 24), [UInt8](repeating: 1, count: 26), [2] + [UInt8](repeating: 0, count: 24)])
    func foreignTokensAreRefused(bytes: [UInt8]) {
        #expect(throws: DataError.self) { try PageToken(bytes: bytes) }
    }
}
