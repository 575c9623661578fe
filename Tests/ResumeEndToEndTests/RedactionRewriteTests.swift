import Foundation
import ResumeClient
import Logging
import ResumeCore
import ResumeData
import ResumePostgres
import ResumeProto
import ResumeRedaction
import ResumeStores
import ResumeTestSupport
import ResumeWire
import Testing

/// `Admin/RewriteRedactions` over the wire, on a database of its own (a
/// pass walks every user's rows, so other tests' rows must not be in it).
@Suite(.onOwnExecutor) struct RedactionRewriteTests {
    static let email = "ana.souza@example.com"
    static let resumeText = """
        Ana Souza
        \(email) · +55 11 97637-1301

        Summary
        Backend engineer building payment services in Go and PostgreSQL on Kubernetes.
        """
    static let jobText = """
        Senior Backend Engineer. Go, Kubernetes, PostgreSQL and Terraform. Send questions to hiring@example.com.
        """

    struct Setup {
        let db: ScratchDatabase
        let h: Harness
        let me: CallOptions
        let sql: PostgresConnection
        var admin: Resume_Rpc_V1_AdminClient { Resume_Rpc_V1_AdminClient(h.connection) }
        var analyses: Resume_V1_AnalysisServiceClient { Resume_V1_AnalysisServiceClient(h.connection) }

        /// Runs RewriteRedactions from the start until its cursor comes back empty; the responses.
        func pass(batch: UInt32) async throws -> [Resume_Rpc_V1_RewriteRedactionsResponse] {
            var responses: [Resume_Rpc_V1_RewriteRedactionsResponse] = []
            var cursor = ""
            repeat {
                let r = try await admin.rewriteRedactions(.init(cursor: cursor, maxDocuments: batch), options: h.service)
                responses.append(r)
                cursor = r.cursor
            } while !cursor.isEmpty && responses.count < 100
            return responses
        }

        func int(_ query: String, _ id: String) throws -> Int {
            try sql.query(query, [id], context: .administrative("test")).rows[0].get(0, as: Int.self)
        }
    }

    func setUp() throws -> Setup {
        let db = try ScratchDatabase()
        let h = try Harness(databaseURL: db.url) { $0.migrate = true }
        return Setup(db: db, h: h, me: CallOptions(), sql: try db.connect())
    }

    @Test func storedRowsRecordTheRulesVersionAndStaleOnesAreRedactedAgain() async throws {
        var s = try setUp()
        let (_, me, _) = try await s.h.signUp()
        s = Setup(db: s.db, h: s.h, me: me, sql: s.sql)
        var resumes: [Resume_V1_Resume] = []
        for title in ["A", "B", "C"] {
            resumes.append(try await s.h.resumes.createResume(.init(title: title, rawText: Self.resumeText), options: me))
        }
        let job = try await s.h.jobs.createJobDescription(.init(positionTitle: "Backend", rawText: Self.jobText), options: me)
        let current = RedactorVersion.current
        for r in resumes {
            #expect(try s.int("SELECT redactor_version FROM resumes WHERE id = $1", r.id) == current)
            #expect(!r.redactedText.contains(Self.email))
        }
        #expect(try s.int("SELECT redactor_version FROM job_descriptions WHERE id = $1", job.id) == current)
        let before = try await s.analyses.analyzeResume(.init(resumeID: resumes[0].id, jobDescriptionID: job.id), options: me)
        #expect(try await s.analyses.analyzeResume(.init(resumeID: resumes[0].id, jobDescriptionID: job.id), options: me).cached)

        // Nothing is stale: a pass examines nothing.
        let idle = try await s.pass(batch: 1)
        #expect(idle.count == 1 && idle[0].examined == 0 && idle[0].cursor.isEmpty && idle[0].redactorVersion == UInt32(current))

        // As if older rules had redacted A, B and the job (and missed the e-mail), and C the same as today's.
        _ = try s.sql.execute("UPDATE resumes SET redactor_version = 0, redacted_text = raw_text WHERE id IN ('\(resumes[0].id)', '\(resumes[1].id)')",
                              context: .administrative("test"))
        _ = try s.sql.execute("UPDATE resumes SET redactor_version = 0 WHERE id = '\(resumes[2].id)'", context: .administrative("test"))
        _ = try s.sql.execute("UPDATE job_descriptions SET redactor_version = 0, redacted_text = raw_text WHERE id = '\(job.id)'",
                              context: .administrative("test"))

        let responses = try await s.pass(batch: 1)
        // One document per call, resumes then the job, then the call that finds none left.
        #expect(responses.map(\.examined) == [1, 1, 1, 1, 0])
        #expect(responses.dropLast().allSatisfy { !$0.cursor.isEmpty })
        #expect(responses.reduce(0) { $0 + $1.rewritten } == 3)
        #expect(responses.reduce(0) { $0 + $1.unchanged } == 1)
        #expect(responses.reduce(0) { $0 + $1.skipped } == 0)
        #expect(responses.reduce(0) { $0 + $1.analysesRetired } == 1)

        // The rewritten resumes have new versions and today's redaction; the unchanged one kept its version.
        for (i, r) in resumes.enumerated() {
            let now = try await s.h.resumes.getResume(.init(id: r.id), options: me)
            #expect(now.redactedText == r.redactedText)
            #expect(now.version == (i < 2 ? 2 : 1))
            #expect(try s.int("SELECT redactor_version FROM resumes WHERE id = $1", r.id) == current)
        }
        let storedJob = try await s.h.jobs.getJobDescription(.init(id: job.id), options: me)
        #expect(storedJob.redactedText == job.redactedText && !storedJob.redactedText.contains("hiring@example.com"))

        // The analysis of the old redactions is retired and no longer served from the cache: the next one is computed.
        let retired = try await s.analyses.getAnalysis(.init(id: before.id), options: me)
        #expect(retired.analyzerVersion == 0)
        let after = try await s.analyses.analyzeResume(.init(resumeID: resumes[0].id, jobDescriptionID: job.id), options: me)
        #expect(!after.cached && after.id != before.id && after.resumeVersion == 2)

        // A second pass finds nothing left.
        #expect(try await s.pass(batch: 50).map(\.examined) == [0])
    }

    @Test func aBatchStopsAtItsLimitAndTheCursorGoesOnFromThere() async throws {
        let s = try setUp()
        let (_, me, _) = try await s.h.signUp()
        for title in ["1", "2", "3", "4", "5"] {
            _ = try await s.h.resumes.createResume(.init(title: title, rawText: Self.resumeText), options: me)
        }
        _ = try s.sql.execute("UPDATE resumes SET redactor_version = 0", context: .administrative("test"))
        let first = try await s.admin.rewriteRedactions(.init(cursor: "", maxDocuments: 2), options: s.h.service)
        #expect(first.examined == 2 && first.cursor.hasPrefix("r:"))
        // Starting a new pass instead of going on finds only the three still stale.
        let rest = try await s.pass(batch: 50)
        #expect(rest.map(\.examined) == [3, 0])
        #expect(try s.int("SELECT count(*)::int FROM resumes WHERE redactor_version = $1::int", "0") == 0)
    }

    @Test func badRequestsAndCallersAreRefused() async throws {
        let s = try setUp()
        let (_, me, _) = try await s.h.signUp()
        let admin = s.admin
        let service = s.h.service
        let user = await s.h.error { () async throws(RPCError) in try await admin.rewriteRedactions(.init(), options: me) }
        #expect(user?.code == .permissionDenied)
        let nobody = await s.h.error { () async throws(RPCError) in try await admin.rewriteRedactions(.init(), options: CallOptions()) }
        #expect(nobody?.code == .unauthenticated)
        for bad in ["x:", "r:not-a-uuid", "r", String(repeating: "r", count: 41)] {
            let e = await s.h.error { () async throws(RPCError) in try await admin.rewriteRedactions(.init(cursor: bad), options: service) }
            #expect(e?.code == .invalidArgument && e?.violations.map(\.field) == ["cursor"])
        }
        let tooMany = await s.h.error { () async throws(RPCError) in
            try await admin.rewriteRedactions(.init(maxDocuments: 501), options: service)
        }
        #expect(tooMany?.code == .invalidArgument && tooMany?.violations.map(\.field) == ["max_documents"])
        #expect(try await admin.rewriteRedactions(.init(maxDocuments: 500), options: service).examined == 0)
    }

    /// The store under the service: a batch stops at its byte budget (but
    /// always holds one row), and a row changed since it was read is skipped.
    @Test func theStoreCutsBatchesByBytesAndSkipsRowsChangedSinceRead() async throws {
        let s = try setUp()
        let (_, me, _) = try await s.h.signUp()
        var created: [Resume_V1_Resume] = []
        for title in ["1", "2", "3"] {
            created.append(try await s.h.resumes.createResume(.init(title: title, rawText: Self.resumeText), options: me))
        }
        _ = try s.sql.execute("UPDATE resumes SET redactor_version = 0", context: .administrative("test"))
        let client = try TestPostgresClient(configuration: PostgresClientConfiguration(url: s.db.url), logger: Logger(label: "test"))
        let store = PostgresRedactionRewriteStore(client: client.client)
        let context = QueryContext.administrative("test")
        let size = Self.resumeText.utf8.count
        let version = RedactorVersion.current
        #expect(try await store.stale(.resumes, below: version, after: nil, limit: 10, maxBytes: 1, context: context).count == 1)
        #expect(try await store.stale(.resumes, below: version, after: nil, limit: 10, maxBytes: size + 1, context: context).count == 2)
        let all = try await store.stale(.resumes, below: version, after: nil, limit: 10, maxBytes: 3 * size, context: context)
        #expect(all.count == 3 && all.map(\.id) == all.map(\.id).sorted { $0.uuidString < $1.uuidString })
        #expect(Set(all.map { UUIDText.format($0.id) }) == Set(created.map(\.id)))
        #expect(try await store.stale(.resumes, below: version, after: all[0].id, limit: 10, maxBytes: 3 * size, context: context).count == 2)
        #expect(try await store.stale(.resumes, below: 0, after: nil, limit: 10, maxBytes: 3 * size, context: context).isEmpty)
        // An update between the read and the rewrite wins; the rewrite changes nothing.
        let target = all[0]
        _ = try await s.h.resumes.updateResume(.init(id: UUIDText.format(target.id), expectedVersion: 1, title: "1", rawText: Self.resumeText + " "),
                                               options: me)
        #expect(try await store.rewrite(target, redactedText: "stale", redactorVersion: version, context: context) == .skipped)
        #expect(try await s.h.resumes.getResume(.init(id: UUIDText.format(target.id)), options: me).redactedText != "stale")
        // The same text: only the version moves.
        let same = all[1]
        let stored = try await s.h.resumes.getResume(.init(id: UUIDText.format(same.id)), options: me)
        #expect(try await store.rewrite(same, redactedText: stored.redactedText, redactorVersion: version, context: context) == .unchanged)
        #expect(try await s.h.resumes.getResume(.init(id: UUIDText.format(same.id)), options: me).version == 1)
        // A second rewrite of what was read is skipped: the row's rules version moved.
        #expect(try await store.rewrite(same, redactedText: "other", redactorVersion: version, context: context) == .skipped)
    }
}
