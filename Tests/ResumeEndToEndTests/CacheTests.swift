import Foundation
import ResumeCache
import ResumeClient
import ResumeCore
import ResumeDaemon
import ResumeProto
import ResumeRedis
import ResumeTestSupport
import ResumeWire
import Testing

/// The cache layer through the wire, against the shared Redis (tests that
/// stop or break Redis start their own).
@Suite(.onOwnExecutor) struct CacheTests {
    static let resumeText = AnalysisTests.resumeText
    static let jobText = AnalysisTests.jobText

    struct Setup {
        let h: Harness
        /// The Redis this daemon caches in: one of the test's own unless `configure` chose another.
        let ownRedis: PrivateRedis
        var redisURL: String { h.daemon.daemon.configuration.redisURL }
        let me: CallOptions
        let user: Resume_V1_User
        let resume: Resume_V1_Resume
        let job: Resume_V1_JobDescription
        var analyses: Resume_V1_AnalysisServiceClient { Resume_V1_AnalysisServiceClient(h.connection) }
        var admin: Resume_Rpc_V1_AdminClient { Resume_Rpc_V1_AdminClient(h.connection) }
        var cache: CacheLayer { h.daemon.daemon.cache }
        var request: Resume_V1_AnalyzeResumeRequest { .init(resumeID: resume.id, jobDescriptionID: job.id) }

        func analyze(_ job: Resume_V1_JobDescription? = nil) async throws(RPCError) -> Resume_V1_Analysis {
            try await analyses.analyzeResume(.init(resumeID: resume.id, jobDescriptionID: (job ?? self.job).id), options: me)
        }

        func counts(_ policy: String = "analysis") async throws -> Resume_Rpc_V1_CachePolicyStats {
            let stats = try await admin.getStats(options: h.service)
            return try #require(stats.cache.first { $0.policy == policy })
        }

        /// What the cache counted, for the message of an expectation on what Redis holds:
        /// a write skipped on a Redis error, or by the breaker, shows here.
        func written() async -> String {
            guard let c = try? await counts() else { return "(no statistics)" }
            return "sets \(c.sets), errors \(c.errors), breaker \(c.breakerState)"
        }

        func key(_ a: Resume_V1_Analysis) -> String {
            CacheKey.analysis(user: UUID(uuidString: a.userID)!, resume: UUID(uuidString: a.resumeID)!,
                              jobDescription: UUID(uuidString: a.jobDescriptionID)!, resumeVersion: Int(a.resumeVersion),
                              analyzerVersion: Int(a.analyzerVersion))
        }
    }

    /// A user with a resume and a job description on a daemon configured by
    /// `configure`, once its invalidation channel is subscribed.
    static func setUp(_ configure: (inout DaemonConfiguration) -> Void = { _ in }) async throws -> Setup {
        // The cache fails open: a Redis command slower than its timeout (50 ms by default) is
        // skipped, and on a loaded machine some are. These tests check what is cached, so
        // their daemons wait up to 10 s for Redis, for a command and for a connection (2 s was
        // not enough once: a CI run, its suites all starting at once, found an entry unwritten).
        // And each has a Redis of its own: on the shared one, other tests' daemons publish
        // invalidations (and garbage, on purpose) that move this daemon's change epochs, and a
        // write racing such a message is skipped by design (a CI run lost an entry so).
        let own = try PrivateRedis()
        let h = try Harness { c in
            c.redisURL = own.url()
            c.redis.commandTimeoutMilliseconds = 10_000
            // and a connection as long (250 ms by default): a CI run counted a Redis error here
            c.redis.connectTimeoutMilliseconds = 10_000
            configure(&c)
        }
        let (user, me, _) = try await h.signUp()
        let resume = try await h.resumes.createResume(.init(title: "Backend", rawText: resumeText), options: me)
        let job = try await h.jobs.createJobDescription(.init(companyName: "Acme", positionTitle: "Senior Backend Engineer", rawText: jobText),
                                                        options: me)
        let cache = h.daemon.daemon.cache
        #expect(await eventually { cache.isSubscribed })
        return Setup(h: h, ownRedis: own, me: me, user: user, resume: resume, job: job)
    }

    /// A synchronous connection to `url` for looking at what the cache wrote.
    static func redis(_ url: String) throws -> RedisConnection {
        try RedisConnection(url: try RedisURL(parsing: url), deadline: .after(milliseconds: 5_000))
    }

    @Test func countersAreExactAndTheRedisEntryLivesAboutAnHour() async throws {
        // One analysis fits the near cache, so a second job's evicts the first's. Redis stays up
        // here, so its commands may wait as long as a call's deadline (30 s): with 10 s, a
        // fresh-clone CI run counted one error, every other counter exact (a command outlived its
        // timeout; the cache fails open and counts it, as it should). Not in `setUp` for all:
        // `CacheFailOpenTests` stops Redis, and a call must not wait for it that long.
        let s = try await Self.setUp {
            $0.cache.nearCacheEntries = 1
            $0.cache.userStatusTTLMilliseconds = 60_000
            $0.redis.commandTimeoutMilliseconds = 30_000
            $0.redis.connectTimeoutMilliseconds = 30_000
        }
        let other = try await s.h.jobs.createJobDescription(.init(positionTitle: "SRE", rawText: "Terraform and Kubernetes on GCP"),
                                                            options: s.me)
        let a = try await s.analyze()                 // miss: computed, set
        #expect(!a.cached)
        #expect(try await s.analyze().cached)         // near hit
        #expect(!(try await s.analyze(other).cached)) // miss: computed, set; evicts a's near entry
        #expect(try await s.analyze().cached)         // Redis hit (the resume's version is known here); fills near, evicts
        let c = try await s.counts()
        #expect([c.misses, c.nearHits, c.hits, c.sets, c.evictions, c.errors] == [2, 1, 1, 2, 2, 0],
                "misses, near hits, hits, sets, evictions, errors")
        #expect(c.breakerState == "closed")
        #expect(s.h.daemon.daemon.analysis.computations.count == 2)

        let redis = try Self.redis(s.redisURL)
        let ttl = try redis.command(["PTTL", s.key(a)], deadline: .after(milliseconds: 5_000))
        guard case .integer(let ms) = ttl else { Issue.record("PTTL answered \(ttl)"); return }
        // 3,240–3,960 s when written, less the few seconds since.
        #expect((3_230_000...3_960_000).contains(ms), "TTL \(ms) ms")
        let members = try redis.command(["SMEMBERS", CacheKey.index(user: UUID(uuidString: s.user.id)!)], deadline: .after(milliseconds: 5_000))
        #expect(members.strings.count == 2)
    }

    @Test func updatingRecomputesAndDeletingDropsTheEntries() async throws {
        let s = try await Self.setUp()
        let redis = try Self.redis(s.redisURL)
        let v1 = try await s.analyze()
        _ = try await s.h.resumes.updateResume(.init(id: s.resume.id, expectedVersion: 1, title: "Backend",
                                                     rawText: Self.resumeText + "\nTerraform"), options: s.me)
        let v2 = try await s.analyze()
        #expect(!v2.cached && v2.resumeVersion == 2 && v2.matchedKeywords.contains("Terraform"))
        let both = try redis.command(["EXISTS", s.key(v1), s.key(v2)], deadline: .after(milliseconds: 5_000))
        let written = await s.written()
        #expect(both == .integer(2), "\(written)")
        _ = try await s.analyses.deleteAnalysis(.init(id: v2.id), options: s.me)
        #expect(try redis.command(["EXISTS", s.key(v2)], deadline: .after(milliseconds: 5_000)) == .integer(0))
        let v2again = try await s.analyze()
        #expect(!v2again.cached && v2again.id != v2.id)
        _ = try await s.h.resumes.deleteResume(.init(id: s.resume.id), options: s.me)
        #expect(try redis.command(["EXISTS", s.key(v1), s.key(v2again)], deadline: .after(milliseconds: 5_000)) == .integer(0))
        let gone = await s.h.error { () async throws(RPCError) in try await s.analyze() }
        #expect(gone?.code == .notFound)
    }

    /// A Redis entry that outlived its delete (a DEL that failed, or a slow
    /// writer) is never served: the delete makes the next lookup ask the
    /// database first, and a database with no such analysis drops the entry.
    @Test func aRedisEntryThatOutlivesItsDeleteIsNeverServed() async throws {
        let s = try await Self.setUp()
        let redis = try Self.redis(s.redisURL)
        let a = try await s.analyze()
        guard case .bulk(let bytes) = try redis.command(["GET", s.key(a)], deadline: .after(milliseconds: 5_000)) else { Issue.record("no entry"); return }
        _ = try await s.analyses.deleteAnalysis(.init(id: a.id), options: s.me)
        _ = try redis.command([Array("SET".utf8), Array(s.key(a).utf8), bytes], deadline: .after(milliseconds: 5_000)) // as if the DEL had failed
        let again = try await s.analyze()
        #expect(!again.cached && again.id != a.id)
        _ = try redis.command([Array("SET".utf8), Array(s.key(again).utf8), bytes], deadline: .after(milliseconds: 5_000)) // the deleted one, back
        _ = try await s.h.jobs.deleteJobDescription(.init(id: s.job.id), options: s.me)
        _ = try redis.command([Array("SET".utf8), Array(s.key(again).utf8), bytes], deadline: .after(milliseconds: 5_000))
        #expect(await s.h.error { () async throws(RPCError) in try await s.analyze() }?.code == .notFound)
    }

    @Test func aComputeLockIsReleasedOnlyByItsHolder() async throws {
        let s = try await Self.setUp()
        let redis = try #require(s.cache.redis)
        let probe = try Self.redis(s.redisURL)
        // (locks that outlive the test however slow the machine: the unlocks end them)
        let key = "rb:v1:lock:{\(UUID())}:test"
        // The cache fails open: a lock call that does not reach Redis (a timeout on a loaded machine,
        // the breaker open after one) says "taken". So each call is asked until Redis itself
        // answered it, as the probe sees (a CI run of the whole suite met such a fallback here).
        let stop = Deadline.after(milliseconds: 30_000)
        var held = false // the key holds "mine": only the lock call writes it
        while !stop.hasPassed() {
            _ = await redis.lock(key, token: Array("mine".utf8), milliseconds: 60_000, policy: .analysis, deadline: .after(milliseconds: 5_000))
            held = try probe.command(["GET", key], deadline: .after(milliseconds: 5_000)) == .bulk(Array("mine".utf8))
            if held { break }
            try await Task.sleep(nanoseconds: 50_000_000) // pacing the next attempt, not waiting for a state
        }
        #expect(held)
        var theirs = true
        while !stop.hasPassed() {
            theirs = await redis.lock(key, token: Array("theirs".utf8), milliseconds: 60_000, policy: .analysis, deadline: .after(milliseconds: 5_000))
            // "taken" with the key still "mine" is the fallback's answer, not Redis'
            let stillMine = try probe.command(["GET", key], deadline: .after(milliseconds: 5_000)) == .bulk(Array("mine".utf8))
            if !theirs || !stillMine { break }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        #expect(!theirs)
        await redis.unlock(key, token: Array("theirs".utf8), policy: .analysis, deadline: .after(milliseconds: 5_000))
        // (every Redis command in these tests gets its own 5 s: on a loaded machine the awaits between them take seconds)
        #expect(try probe.command(["GET", key], deadline: .after(milliseconds: 5_000)) == .bulk(Array("mine".utf8)))
        await redis.unlock(key, token: Array("mine".utf8), policy: .analysis, deadline: .after(milliseconds: 5_000))
        #expect(try probe.command(["EXISTS", key], deadline: .after(milliseconds: 5_000)) == .integer(0))
        #expect(try await s.counts().invalidations == 0, "releasing a lock is not an invalidation")
    }

    @Test func deletingAJobDescriptionDropsItsEntries() async throws {
        let s = try await Self.setUp()
        let redis = try Self.redis(s.redisURL)
        let a = try await s.analyze()
        #expect(try await s.analyze().cached)
        _ = try await s.h.jobs.deleteJobDescription(.init(id: s.job.id), options: s.me)
        #expect(try redis.command(["EXISTS", s.key(a)], deadline: .after(milliseconds: 5_000)) == .integer(0))
        #expect(await s.h.error { () async throws(RPCError) in try await s.analyze() }?.code == .notFound)
    }

    @Test func deletingAUserDropsEveryKeyAndTheIndex() async throws {
        let s = try await Self.setUp()
        let redis = try Self.redis(s.redisURL)
        let a = try await s.analyze()
        let index = CacheKey.index(user: UUID(uuidString: s.user.id)!)
        let entryAndIndex = try redis.command(["EXISTS", s.key(a), index], deadline: .after(milliseconds: 5_000))
        let written = await s.written()
        #expect(entryAndIndex == .integer(2), "\(written)")
        _ = try await s.h.users.deleteUser(.init(userID: s.user.id), options: s.h.service)
        #expect(try redis.command(["EXISTS", s.key(a), index], deadline: .after(milliseconds: 5_000)) == .integer(0))
        #expect(await s.h.error { () async throws(RPCError) in try await s.analyze() }?.code == .unauthenticated)
    }

    @Test func aDeactivatedUsersWarmHitIsRefusedAtOnce() async throws {
        // (a user status outlives the test however slow the machine: a near hit needs it)
        let s = try await Self.setUp { $0.cache.userStatusTTLMilliseconds = 60_000 }
        _ = try await s.analyze()
        #expect(try await s.analyze().cached)
        #expect(try await s.counts().nearHits == 1)
        _ = try await s.h.users.deactivateUser(.init(userID: s.user.id), options: s.h.service)
        #expect(await s.h.error { () async throws(RPCError) in try await s.analyze() }?.code == .unauthenticated)
        #expect(try await s.counts("user-status").invalidations == 1)
    }

    @Test func garbageInRedisIsAMissAndCounted() async throws {
        let s = try await Self.setUp { $0.cache.nearCacheEntries = 1; $0.cache.userStatusTTLMilliseconds = 60_000 }
        let other = try await s.h.jobs.createJobDescription(.init(positionTitle: "SRE", rawText: "Terraform"), options: s.me)
        let a = try await s.analyze()
        _ = try await s.analyze(other) // evicts a's near entry
        let redis = try Self.redis(s.redisURL)
        _ = try redis.command(["SET", s.key(a), "{not an analysis"], deadline: .after(milliseconds: 5_000))
        // Redis is read only while the near cache is trusted (subscribed): a loaded machine can drop the
        // subscription for a while, and then nothing is read nor counted (a CI run met errors != 1 here)
        let cache = s.h.daemon.daemon.cache
        #expect(await eventually { cache.isSubscribed })
        let again = try await s.analyze()
        #expect(again.cached && again.id == a.id && again.missingKeywords == a.missingKeywords)
        let c = try await s.counts()
        // the garbage is a miss and an error, never a hit (a command slower than its timeout on a loaded
        // machine is an error too, so at least one)
        let written = await s.written()
        #expect(c.errors >= 1 && c.hits == 0, "\(written), hits \(c.hits)")
    }

    @Test func listingFiftyAnalysesRunsOneStatement() async throws {
        let s = try await Self.setUp()
        for i in 0..<50 {
            let job = try await s.h.jobs.createJobDescription(.init(companyName: "Co \(i)", positionTitle: "Role \(i)", rawText: "Go and Kafka \(i)"),
                                                              options: s.me)
            _ = try await s.analyze(job)
        }
        let before = try await s.admin.getStats(options: s.h.service).database?.statements ?? 0
        let page = try await s.analyses.listAnalyses(.init(pageSize: 50), options: s.me)
        let after = try await s.admin.getStats(options: s.h.service).database?.statements ?? 0
        #expect(page.analyses.count == 50)
        #expect(Set(page.analyses.map(\.companyName)).count == 50)
        #expect(after - before == 1)
    }

    /// Updates race analyses on several connections: every answer names a
    /// version no older than the last update acknowledged before it was
    /// asked, and its content is that version's.
    @Test func updatesRacingAnalysesNeverServeAnAcknowledgedOldVersion() async throws {
        let s = try await Self.setUp()
        let skills = ["", "", "Terraform", "gRPC", "Prometheus", "Grafana", "Kafka", "Terraform", "gRPC", "Prometheus", "Grafana", "Kafka"]
        func text(_ v: Int) -> String { "Summary\nBackend engineer.\n\nSkills\n\(skills[v])\n" }
        _ = try await s.h.resumes.updateResume(.init(id: s.resume.id, expectedVersion: 1, title: "R", rawText: text(2)), options: s.me)
        let acknowledged = Counter()
        acknowledged.increment()
        acknowledged.increment() // version 2 is acknowledged
        let done = Counter()
        let clients = try (0..<4).map { _ in Resume_V1_AnalysisServiceClient(try s.h.daemon.connect()) }
        let resumes = s.h.resumes, me = s.me, request = s.request
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for v in 3..<skills.count {
                    _ = try await resumes.updateResume(.init(id: request.resumeID, expectedVersion: Int32(v - 1), title: "R", rawText: text(v)),
                                                       options: me)
                    acknowledged.increment()
                }
                done.increment()
            }
            for client in clients {
                group.addTask {
                    var answers = 0
                    while done.count == 0 || answers < 3 {
                        let floor = acknowledged.count
                        let a = try await client.analyzeResume(request, options: me)
                        answers += 1
                        #expect(Int(a.resumeVersion) >= floor, "answered version \(a.resumeVersion) after \(floor) was acknowledged")
                        let v = Int(a.resumeVersion)
                        #expect(a.matchedKeywords.contains(skills[v]), "version \(v)'s analysis lacks \(skills[v])")
                        for other in Set(skills[2...]) where other != skills[v] {
                            #expect(!a.matchedKeywords.contains(other), "version \(v)'s analysis matched \(other)")
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}

extension RedisConnection.Reply {
    /// The bulk strings of an array reply.
    var strings: [String] {
        guard case .array(let items) = self else { return [] }
        return items.compactMap { if case .bulk(let b) = $0 { String(decoding: b, as: UTF8.self) } else { nil } }
    }
}
