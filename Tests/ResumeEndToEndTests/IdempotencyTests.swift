import Foundation
import ResumeClient
import ResumeCore
import ResumePostgres
import ResumeProto
import ResumeTestSupport
import ResumeWire
import Testing

/// Idempotency keys over the wire: a create retried with its key answers
/// the first call's row and stores one row, whatever happened in between.
@Suite(.onOwnExecutor) struct IdempotencyTests {
    static let text = "Backend engineer. Go, PostgreSQL, Kubernetes."

    static func keyed(_ o: CallOptions, _ key: String = UUID().uuidString) -> CallOptions {
        var o = o
        o.idempotencyKey = key
        return o
    }

    /// Rows of `table` the user holds, counted in the database.
    static func count(_ table: String, user: String) throws -> Int {
        let sql = try TestDatabase.connect()
        return try sql.query("SELECT count(*)::int FROM \(table) WHERE user_id = $1", [user], context: .administrative("test")).rows[0].get(0, as: Int.self)
    }

    static func keyCount(scope: String, method: String) throws -> Int {
        let sql = try TestDatabase.connect()
        return try sql.query("SELECT count(*)::int FROM idempotency_keys WHERE scope = $1 AND method = $2", [scope, method],
                             context: .administrative("test")).rows[0].get(0, as: Int.self)
    }

    @Test func aRetriedCreateAnswersTheFirstRowAndStoresOne() async throws {
        let h = try Harness()
        let (user, me, _) = try await h.signUp()
        let options = Self.keyed(me)
        let first = try await h.resumes.createResume(.init(title: "Backend", rawText: Self.text), options: options)
        let again = try await h.resumes.createResume(.init(title: "Backend", rawText: Self.text), options: options)
        #expect(again == first)
        #expect(try Self.count("resumes", user: user.id) == 1)
        // The key answers the row as it is now (here: updated since).
        _ = try await h.resumes.updateResume(.init(id: first.id, expectedVersion: 1, title: "Backend", rawText: Self.text + " Kafka."), options: me)
        #expect(try await h.resumes.createResume(.init(title: "Backend", rawText: Self.text), options: options).version == 2)
        #expect(try Self.count("resumes", user: user.id) == 1)
        // Without a key, or with another, a create is a create.
        _ = try await h.resumes.createResume(.init(title: "Backend", rawText: Self.text), options: me)
        _ = try await h.resumes.createResume(.init(title: "Backend", rawText: Self.text), options: Self.keyed(me))
        #expect(try Self.count("resumes", user: user.id) == 3)
    }

    @Test func theSameKeyForAnotherRequestIsRefusedNamingItsFirstUseOnly() async throws {
        let h = try Harness()
        let (_, me, _) = try await h.signUp()
        let key = "order-4711-\(UUID().uuidString.prefix(8))"
        let options = Self.keyed(me, key)
        _ = try await h.resumes.createResume(.init(title: "Backend", rawText: Self.text), options: options)
        let e = await h.error { () async throws(RPCError) in
            try await h.resumes.createResume(.init(title: "Frontend", rawText: Self.text), options: options)
        }
        #expect(e?.code == .failedPrecondition)
        #expect(e?.message.contains("first used at 20") == true)
        #expect(e?.message.contains(key) == false && e?.message.contains("Frontend") == false && e?.message.contains("Backend") == false)
        // Keys are per method and per caller: the same key elsewhere is a new key.
        _ = try await h.jobs.createJobDescription(.init(positionTitle: "SRE", rawText: Self.text), options: options)
        let (_, other, _) = try await h.signUp()
        _ = try await h.resumes.createResume(.init(title: "Frontend", rawText: Self.text), options: Self.keyed(other, key))
    }

    @Test func malformedKeysAreRefused() async throws {
        let h = try Harness()
        let (_, me, _) = try await h.signUp()
        for bad in ["", String(repeating: "k", count: 129), "tab\there", "ünïcode"] {
            let e = await h.error { () async throws(RPCError) in
                try await h.resumes.createResume(.init(title: "T", rawText: Self.text), options: Self.keyed(me, bad))
            }
            #expect(e?.code == .invalidArgument && e?.violations.map(\.field) == ["metadata[idempotency-key]"], "\(bad.prefix(10))")
        }
        _ = try await h.resumes.createResume(.init(title: "T", rawText: Self.text), options: Self.keyed(me, String(repeating: "k", count: 128)))
        _ = try await h.resumes.createResume(.init(title: "T", rawText: Self.text), options: Self.keyed(me, "a b ~!@#"))
    }

    /// 50 callers racing with one key: one row, and every answer is that row.
    @Test func racingRetriesOfOneKeyStoreOneRow() async throws {
        let h = try Harness()
        let (user, me, _) = try await h.signUp()
        let options = Self.keyed(me)
        let resumes = h.resumes
        let ids = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<50 {
                group.addTask { try await resumes.createResume(.init(title: "Race", rawText: Self.text), options: options).id }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(ids.count == 1)
        #expect(try Self.count("resumes", user: user.id) == 1)
    }

    @Test func everyCreateMethodTakesAKey() async throws {
        let h = try Harness()
        // CreateUser (a service token's key): a retry answers the user, not ALREADY_EXISTS.
        let email = "keyed.\(UUID().uuidString.prefix(8))@example.com"
        let service = Self.keyed(h.service)
        let user = try await h.users.createUser(.init(email: email, password: "correct horse battery"), options: service)
        #expect(try await h.users.createUser(.init(email: email, password: "correct horse battery"), options: service) == user)
        let plain = await h.error { () async throws(RPCError) in
            try await h.users.createUser(.init(email: email, password: "correct horse battery"), options: h.service)
        }
        #expect(plain?.code == .alreadyExists)
        let token = try await h.users.authenticate(.init(email: email, password: "correct horse battery"), options: h.service).token
        let me = CallOptions.bearer(token)
        // CreateJobDescription.
        let jobKey = Self.keyed(me)
        let job = try await h.jobs.createJobDescription(.init(positionTitle: "SRE", rawText: "Go and Kubernetes."), options: jobKey)
        #expect(try await h.jobs.createJobDescription(.init(positionTitle: "SRE", rawText: "Go and Kubernetes."), options: jobKey) == job)
        #expect(try Self.count("job_descriptions", user: user.id) == 1)
        // AnalyzeResume: the key answers the first analysis even after the resume changed.
        let resume = try await h.resumes.createResume(.init(title: "Backend", rawText: Self.text), options: me)
        let analyses = Resume_V1_AnalysisServiceClient(h.connection)
        let analyzeKey = Self.keyed(me)
        let first = try await analyses.analyzeResume(.init(resumeID: resume.id, jobDescriptionID: job.id), options: analyzeKey)
        _ = try await h.resumes.updateResume(.init(id: resume.id, expectedVersion: 1, title: "Backend", rawText: Self.text + " Terraform."), options: me)
        let replayed = try await analyses.analyzeResume(.init(resumeID: resume.id, jobDescriptionID: job.id), options: analyzeKey)
        #expect(replayed.id == first.id && replayed.resumeVersion == 1)
        let fresh = try await analyses.analyzeResume(.init(resumeID: resume.id, jobDescriptionID: job.id), options: me)
        #expect(fresh.resumeVersion == 2)
        // A stored answer records no key: calls with new keys add no rows to the key table.
        let keysBefore = try Self.keyCount(scope: "u:" + user.id, method: "AnalyzeResume")
        for _ in 0..<5 { _ = try await analyses.analyzeResume(.init(resumeID: resume.id, jobDescriptionID: job.id), options: Self.keyed(me)) }
        #expect(try Self.keyCount(scope: "u:" + user.id, method: "AnalyzeResume") == keysBefore)
        // SaveGeneratedResume, by the user and by a worker's service token.
        let generation = Resume_V1_GenerationServiceClient(h.connection)
        let request = Resume_V1_SaveGeneratedResumeRequest(analysisID: first.id, optimizedText: "Better.", modelUsed: "m")
        let saveKey = Self.keyed(me)
        let saved = try await generation.saveGeneratedResume(request, options: saveKey)
        #expect(try await generation.saveGeneratedResume(request, options: saveKey) == saved)
        var byWorker = request
        byWorker.userID = user.id
        let workerKey = Self.keyed(h.service)
        let savedByWorker = try await generation.saveGeneratedResume(byWorker, options: workerKey)
        #expect(try await generation.saveGeneratedResume(byWorker, options: workerKey) == savedByWorker)
        #expect(try Self.count("generated_resumes", user: user.id) == 2)
    }

    /// The answer is lost with the daemon (SIGKILL after the row was stored,
    /// or before): the retry with the key, on a new daemon, leaves one row.
    @Test func aRetryAfterTheDaemonWasKilledStoresOneRow() async throws {
        let redis = try TestEnvironment.redisURL()
        var daemon = try DaemonProcess(redisURL: redis)
        let users = Resume_V1_UserServiceClient(try daemon.connect())
        let email = "killed.\(UUID().uuidString.prefix(8))@example.com"
        let service = CallOptions.bearer(daemon.serviceToken)
        let user = try await users.createUser(.init(email: email, password: "correct horse battery"), options: service)
        let token = try await users.authenticate(.init(email: email, password: "correct horse battery"), options: service).token
        let keyed = Self.keyed(CallOptions.bearer(token, timeoutMilliseconds: 10_000))
        // Answered, then the daemon dies: as if the answer had been lost on the way.
        let first = try await Resume_V1_ResumeServiceClient(try daemon.connect())
            .createResume(.init(title: "Answered", rawText: Self.text), options: keyed)
        daemon.kill()
        // Sent, and the daemon dies with the call in flight (stored or not).
        daemon = try DaemonProcess(redisURL: redis)
        let inFlight = Self.keyed(CallOptions.bearer(token, timeoutMilliseconds: 10_000))
        let connection = try daemon.connect()
        let sent = Task(executorPreference: OwnExecutor.shared) { try? await Resume_V1_ResumeServiceClient(connection).createResume(.init(title: "In flight", rawText: Self.text), options: inFlight) }
        daemon.kill()
        _ = await sent.value
        daemon = try DaemonProcess(redisURL: redis)
        let resumes = Resume_V1_ResumeServiceClient(try daemon.connect())
        #expect(try await resumes.createResume(.init(title: "Answered", rawText: Self.text), options: keyed) == first)
        let retried = try await resumes.createResume(.init(title: "In flight", rawText: Self.text), options: inFlight)
        #expect(retried.title == "In flight")
        #expect(try Self.count("resumes", user: user.id) == 2)
    }

    /// The client's own retry: every attempt carries the one key it made, so a
    /// create whose answer was lost (here: thrown away) is stored once; errors
    /// that are not worth a retry are thrown at once.
    @Test func retryingCreateSendsEveryAttemptWithOneKey() async throws {
        let h = try Harness()
        let (user, me, _) = try await h.signUp()
        let resumes = h.resumes
        let seen = KeyLog()
        let created = try await retryingCreate(backoffMilliseconds: 1, options: me) { (o: CallOptions) async throws(RPCError) -> Resume_V1_Resume in
            let n = seen.add(o.idempotencyKey)
            let r = try await resumes.createResume(.init(title: "Retried", rawText: Self.text), options: o)
            if n < 3 { throw RPCError(.unavailable, "the answer was lost") }
            return r
        }
        #expect(created.title == "Retried")
        #expect(seen.keys.count == 3 && Set(seen.keys).count == 1 && seen.keys[0] != nil)
        #expect(try Self.count("resumes", user: user.id) == 1)
        let tries = KeyLog()
        let e = await h.error { () async throws(RPCError) in
            try await retryingCreate(options: me) { (o: CallOptions) async throws(RPCError) -> Resume_V1_Resume in
                _ = tries.add(o.idempotencyKey)
                return try await resumes.createResume(.init(title: "", rawText: Self.text), options: o)
            }
        }
        #expect(e?.code == .invalidArgument && tries.keys.count == 1)
    }
}

/// The keys a test's calls were sent with. `@unchecked Sendable`: `keys` is guarded by `lock`.
final class KeyLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String?] = []
    /// Records a key; how many were recorded.
    func add(_ key: String?) -> Int { lock.lock(); defer { lock.unlock() }; list.append(key); return list.count }
    var keys: [String?] { lock.lock(); defer { lock.unlock() }; return list }
}
