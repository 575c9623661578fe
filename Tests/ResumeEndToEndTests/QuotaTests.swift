import Foundation
import ResumeClient
import ResumeCore
import ResumeDaemon
import ResumeProto
import ResumeStores
import ResumeTestSupport
import ResumeWire
import Testing

/// Per-user quotas over the wire: each is enforced exactly when 50 callers
/// race for the last slot, names itself without personal data, and does not
/// limit service tokens.
@Suite(.onOwnExecutor) struct QuotaTests {
    static let text = "Backend engineer. Go, PostgreSQL, Kubernetes."

    /// Runs `call` 50 times at once; how many succeeded, and the errors of the others.
    static func race(_ call: @escaping @Sendable (Int) async throws(RPCError) -> Void) async -> (ok: Int, errors: [RPCError]) {
        await withTaskGroup(of: RPCError?.self) { group in
            for i in 0..<50 {
                group.addTask {
                    do throws(RPCError) { try await call(i); return nil } catch { return error }
                }
            }
            var ok = 0, errors: [RPCError] = []
            for await e in group { if let e { errors.append(e) } else { ok += 1 } }
            return (ok, errors)
        }
    }

    /// Waits (up to 60 s: the daemon redacts on niced threads, slow on a loaded machine) until `count`
    /// statements whose text is like `pattern` wait for a lock in the test database; false if they never did.
    static func waitForBlocked(queryLike pattern: String, atLeast count: Int) async throws -> Bool {
        let watcher = try TestDatabase.connect()
        let until = Deadline.after(milliseconds: 60_000)
        while true {
            let waiting = try watcher.query("""
                SELECT count(*)::int FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE $1
                """, [pattern], context: .administrative("test")).rows[0].get(0, as: Int.self)
            if waiting >= count { return true }
            if until.hasPassed() {
                let rows = try watcher.query("""
                    SELECT coalesce(state, '-') || ' ' || coalesce(wait_event_type, '-') || ' ' || coalesce(wait_event, '-') || ' ' || left(query, 80)
                    FROM pg_stat_activity WHERE datname = current_database()
                    """, [], context: .administrative("test")).rows
                var seen: [String] = []
                for r in rows { seen.append(try r.get(0, as: String.self)) }
                Issue.record("not blocked; the test database's backends: \(seen)")
                return false
            }
            try await Task.sleep(for: .milliseconds(10)) // polling a condition, with a deadline
        }
    }

    /// A daemon for the lock races: one statement per connection at a time, so racing statements go
    /// out on separate connections (pipelined on one, they would run one after another and never race),
    /// and lanes at normal priority (niced redaction threads can starve for a minute on a loaded machine).
    static func racingHarness(_ configure: (inout DaemonConfiguration) -> Void) throws -> Harness {
        try Harness {
            $0.database.pool.pipelineDepth = 1
            $0.laneNiceness = 0
            configure(&$0)
        }
    }

    static func expectQuota(_ errors: [RPCError], _ name: String) {
        for e in errors {
            #expect(e.code == .resourceExhausted && e.message.hasPrefix("quota exceeded: \(name)"), "\(e.code.name): \(e.message)")
            #expect(!e.message.contains("@"))
        }
    }

    @Test func theLastResumeSlotGoesToExactlyOneOf50AndADeleteFreesIt() async throws {
        let h = try Self.racingHarness { $0.quotas.resumes = 5 }
        let (user, me, _) = try await h.signUp()
        var made: [Resume_V1_Resume] = []
        for i in 0..<4 { made.append(try await h.resumes.createResume(.init(title: "R\(i)", rawText: Self.text), options: me)) }
        let resumes = h.resumes
        // The usage row is held locked until several of the creates wait for it, so
        // they really race (each pooled connection of the daemon runs one).
        let holder = try TestDatabase.connect()
        _ = try holder.execute("BEGIN", context: .administrative("test"))
        _ = try holder.query("SELECT 1 FROM user_usage WHERE user_id = $1 FOR UPDATE", [user.id], context: .administrative("test"))
        let raced = Task(executorPreference: OwnExecutor.shared) { await Self.race { i throws(RPCError) in
            _ = try await resumes.createResume(.init(title: "Race \(i)", rawText: Self.text), options: me)
        } }
        let blocked = try await Self.waitForBlocked(queryLike: "%INSERT INTO resumes %", atLeast: 2)
        _ = try holder.execute("COMMIT", context: .administrative("test"))
        let (ok, errors) = await raced.value
        #expect(blocked, "no two inserts raced; the calls answered \(Set(errors.map { "\($0.code.name): \($0.message)" }))")
        #expect(ok == 1 && errors.count == 49)
        Self.expectQuota(errors, "resumes per user (5)")
        #expect(try await h.resumes.listResumes(.init(pageSize: 100), options: me).resumes.count == 5)
        _ = try await h.resumes.deleteResume(.init(id: made[0].id), options: me)
        _ = try await h.resumes.createResume(.init(title: "After a delete", rawText: Self.text), options: me)
        // Another user has slots of their own.
        let (_, other, _) = try await h.signUp()
        _ = try await h.resumes.createResume(.init(title: "Mine", rawText: Self.text), options: other)
    }

    @Test func theLastJobDescriptionSlotGoesToExactlyOneOf50() async throws {
        let h = try Harness { $0.quotas.jobDescriptions = 3 }
        let (_, me, _) = try await h.signUp()
        for i in 0..<2 { _ = try await h.jobs.createJobDescription(.init(positionTitle: "J\(i)", rawText: Self.text), options: me) }
        let jobs = h.jobs
        let (ok, errors) = await Self.race { i throws(RPCError) in
            _ = try await jobs.createJobDescription(.init(positionTitle: "Race \(i)", rawText: Self.text), options: me)
        }
        #expect(ok == 1 && errors.count == 49)
        Self.expectQuota(errors, "job descriptions per user (3)")
    }

    /// Stored text counts raw and redacted bytes of resumes and job descriptions, and an update counts its new size.
    @Test func storedTextBytesAreCountedExactlyAcrossRacingCreatesAndUpdates() async throws {
        let size = 1_000 // raw 500 + redacted 500: the text has nothing to redact
        let body = String(repeating: "Go and SQL. ", count: 41) + "12345678"
        #expect(body.utf8.count == size / 2)
        let h = try Harness { $0.quotas.storedTextBytes = 10 * 1_000 + 500 }
        let (_, me, _) = try await h.signUp()
        let first = try await h.resumes.createResume(.init(title: "First", rawText: body), options: me)
        #expect(first.redactedText == body)
        _ = try await h.jobs.createJobDescription(.init(positionTitle: "Job", rawText: body), options: me)
        let resumes = h.resumes
        let (ok, errors) = await Self.race { i throws(RPCError) in
            _ = try await resumes.createResume(.init(title: "Race \(i)", rawText: body), options: me)
        }
        #expect(ok == 8 && errors.count == 42) // 10 documents of 1,000 bytes fit in 10,500
        Self.expectQuota(errors, "stored text bytes per user (10500)")
        // 500 bytes are left: an update may grow a resume by 500 bytes of raw and redacted text together, not more.
        let grown = body + String(repeating: "x", count: 250)
        let tooBig = await h.error { () async throws(RPCError) in
            try await h.resumes.updateResume(.init(id: first.id, expectedVersion: 1, title: "First", rawText: grown + "x"), options: me)
        }
        #expect(tooBig?.code == .resourceExhausted)
        _ = try await h.resumes.updateResume(.init(id: first.id, expectedVersion: 1, title: "First", rawText: grown), options: me)
        // Over the quota (as after the quota was lowered): growing is refused, shrinking is not.
        let (user, _, _) = (try await h.users.getMe(.init(), options: me), 0, 0)
        _ = try TestDatabase.connect().query("UPDATE user_usage SET stored_text_bytes = stored_text_bytes + 100000 WHERE user_id = $1",
                                             [user.id], context: .administrative("test"))
        let grow = await h.error { () async throws(RPCError) in
            try await h.resumes.updateResume(.init(id: first.id, expectedVersion: 2, title: "First", rawText: grown + "y"), options: me)
        }
        #expect(grow?.code == .resourceExhausted)
        _ = try await h.resumes.updateResume(.init(id: first.id, expectedVersion: 2, title: "First", rawText: body), options: me)
    }

    @Test func generatedResumesPerAnalysisAreCappedForUsersButNotForServiceTokens() async throws {
        let h = try Harness { $0.quotas.generatedPerAnalysis = 3 }
        let (user, me, _) = try await h.signUp()
        let resume = try await h.resumes.createResume(.init(title: "R", rawText: Self.text), options: me)
        let job = try await h.jobs.createJobDescription(.init(positionTitle: "J", rawText: "Go, Kubernetes, Terraform."), options: me)
        let analysis = try await Resume_V1_AnalysisServiceClient(h.connection).analyzeResume(.init(resumeID: resume.id, jobDescriptionID: job.id), options: me)
        let generation = Resume_V1_GenerationServiceClient(h.connection)
        let request = Resume_V1_SaveGeneratedResumeRequest(analysisID: analysis.id, optimizedText: "Better.", modelUsed: "m")
        let (ok, errors) = await Self.race { _ throws(RPCError) in _ = try await generation.saveGeneratedResume(request, options: me) }
        #expect(ok == 3 && errors.count == 47)
        Self.expectQuota(errors, "generated resumes per analysis (3)")
        var byWorker = request
        byWorker.userID = user.id
        _ = try await generation.saveGeneratedResume(byWorker, options: h.service)
        #expect(try await generation.listGeneratedResumes(.init(analysisID: analysis.id, pageSize: 100), options: me).generatedResumes.count == 4)
        // Another user's analysis is still not found, quota or not.
        let (_, other, _) = try await h.signUp()
        let notMine = await h.error { () async throws(RPCError) in try await generation.saveGeneratedResume(request, options: other) }
        #expect(notMine?.code == .notFound)
    }

    @Test func analysesComputedPerMinuteAreCappedWithRetryAfterAndStoredAnswersAreFree() async throws {
        let h = try Harness { $0.quotas.analysesPerMinute = 3 }
        let (_, me, _) = try await h.signUp()
        let resume = try await h.resumes.createResume(.init(title: "R", rawText: Self.text), options: me)
        var jobs: [String] = []
        for i in 0..<50 {
            jobs.append(try await h.jobs.createJobDescription(.init(positionTitle: "J\(i)", rawText: "Go, Kubernetes, Terraform \(i)."), options: me).id)
        }
        let analyses = Resume_V1_AnalysisServiceClient(h.connection)
        let jobIDs = jobs
        let (ok, errors) = await Self.race { i throws(RPCError) in
            _ = try await analyses.analyzeResume(.init(resumeID: resume.id, jobDescriptionID: jobIDs[i]), options: me)
        }
        #expect(ok == 3 && errors.count == 47)
        Self.expectQuota(errors, "analyses computed per user per minute (3)")
        for e in errors { #expect((1...60_000).contains(e.retryAfterMilliseconds ?? 0)) }
        #expect(h.daemon.daemon.analysis.computations.count == 3)
        // An analysis already stored is answered, quota or not.
        let done = try await withThrowingTaskGroup(of: String?.self) { group in
            for job in jobs { group.addTask { try? await analyses.analyzeResume(.init(resumeID: resume.id, jobDescriptionID: job), options: me).id } }
            return try await group.reduce(into: [String]()) { if let id = $1 { $0.append(id) } }
        }
        #expect(done.count == 3)
    }

    /// A burst of concurrent guesses for one address gets at most N password checks: each attempt
    /// is counted before its check, so they cannot all read a count below the limit.
    @Test func concurrentGuessesGetNoMoreThanTheLimitOfPasswordChecks() async throws {
        let h = try Harness { $0.authenticationFailures = 3 }
        let (_, _, email) = try await h.signUp()
        let users = h.users, service = h.service
        let checks = h.daemon.daemon.passwordChecks
        let (ok, errors) = await Self.race { i throws(RPCError) in
            _ = try await users.authenticate(.init(email: email, password: "wrong guess \(i)"), options: service)
        }
        #expect(ok == 0 && errors.allSatisfy { $0.code == .unauthenticated && $0.message == "email or password is wrong" })
        #expect(h.daemon.daemon.passwordChecks - checks <= 3)
        let right = await h.error { () async throws(RPCError) in
            try await users.authenticate(.init(email: email, password: "correct horse battery"), options: service)
        }
        #expect(right?.code == .unauthenticated)
    }

    /// After N failures for one address, Authenticate answers as for a wrong
    /// password without checking the password at all; other addresses are not affected.
    @Test func repeatedFailuresForOneAddressAreRefusedWithoutBcryptWork() async throws {
        let h = try Harness { $0.authenticationFailures = 3 }
        let (_, _, email) = try await h.signUp()
        func authenticate(_ email: String, _ password: String) async -> RPCError? {
            do {
                _ = try await h.users.authenticate(.init(email: email, password: password), options: h.service)
                return nil
            } catch { return error }
        }
        for _ in 0..<3 { #expect(await authenticate(email, "wrong password!")?.code == .unauthenticated) }
        let checks = h.daemon.daemon.passwordChecks
        let refused = await authenticate(email.uppercased(), "correct horse battery")
        #expect(refused?.code == .unauthenticated && refused?.message == "email or password is wrong")
        #expect(h.daemon.daemon.passwordChecks == checks)
        // An unknown address counts the same way (and nothing of it is stored in the clear).
        let unknown = "nobody.\(UUID().uuidString.prefix(8))@example.com"
        for _ in 0..<3 { _ = await authenticate(unknown, "whatever it is") }
        let before = h.daemon.daemon.passwordChecks
        _ = await authenticate(unknown, "whatever it is")
        #expect(h.daemon.daemon.passwordChecks == before)
        // Another user is not affected, and a success forgets earlier failures.
        let (_, _, other) = try await h.signUp()
        for _ in 0..<2 { _ = await authenticate(other, "wrong password!") }
        #expect(await authenticate(other, "correct horse battery") == nil)
        for _ in 0..<2 { _ = await authenticate(other, "wrong password!") }
        #expect(await authenticate(other, "correct horse battery") == nil)
    }

    /// An update and a delete of one resume, both held at the start until they race: they take the
    /// user's usage row before the resume, in the same order, so neither is ever a deadlock victim
    /// (which PostgreSQL would end with an error after a second).
    @Test func anUpdateAndADeleteOfOneResumeNeverDeadlock() async throws {
        let h = try Self.racingHarness { $0.quotas.resumes = 100 }
        let (user, me, _) = try await h.signUp()
        let resumes = h.resumes
        for _ in 0..<4 {
            let r = try await h.resumes.createResume(.init(title: "R", rawText: Self.text), options: me)
            let holder = try TestDatabase.connect()
            _ = try holder.execute("BEGIN", context: .administrative("test"))
            _ = try holder.query("SELECT 1 FROM user_usage WHERE user_id = $1 FOR UPDATE", [user.id], context: .administrative("test"))
            let update = Task(executorPreference: OwnExecutor.shared) { () -> RPCError? in
                do throws(RPCError) {
                    _ = try await resumes.updateResume(.init(id: r.id, expectedVersion: 1, title: "R", rawText: Self.text + " Go."), options: me)
                    return nil
                } catch { return error }
            }
            let delete = Task(executorPreference: OwnExecutor.shared) { () -> RPCError? in
                do throws(RPCError) { _ = try await resumes.deleteResume(.init(id: r.id), options: me); return nil } catch { return error }
            }
            #expect(try await Self.waitForBlocked(queryLike: "%resumes%", atLeast: 2))
            _ = try holder.execute("COMMIT", context: .administrative("test"))
            let (u, d) = (await update.value, await delete.value)
            #expect(d == nil, "delete: \(d.map { "\($0.code.name): \($0.message)" } ?? "")")
            #expect(u == nil || u?.code == .notFound, "update: \(u.map { "\($0.code.name): \($0.message)" } ?? "")")
        }
    }
}
