// What fuzz-request-frame serves: the real handlers of every service, built
// fresh for each input on a fresh in-memory database seeded with the rows
// below, with fixed secrets, so an input always meets the same state.
// Tests/FuzzCorpus/generate.py writes seeds against these ids and secrets.
import Dispatch
import Foundation
import Logging
import ResumeAuth
import ResumeCore
import ResumeProto
import ResumeRedaction
import ResumeServer
import ResumeServices
import ResumeStores
import ResumeWire
import Synchronization

enum Fixture {
    static let tokenSecret = Array("resumed-fuzz-token-secret-0123456789abcdef".utf8)
    static let serviceToken = "resumed-fuzz-service-token"
    static let signer = UserTokenSigner(secret: tokenSecret)
    static let cursors = CursorSigner(secret: tokenSecret)
    static let serviceTokens = try! ServiceTokens(list: serviceToken)
    static let logger = Logger(label: "fuzz", factory: { _ in SwiftLogNoOpLogHandler() })
    // One thread each and the cheapest bcrypt: the work runs, a lane is never the bottleneck.
    static let hasher = try! PasswordHasher(cost: 4, threads: 1, maxQueued: 64)
    static let cpu = WorkLane(name: "cpu", threads: 1, maxQueued: 64)
    static let analysisLane = WorkLane(name: "analysis", threads: 1, maxQueued: 64)
    static let monitor = DependencyMonitor(probes: [], intervalMilliseconds: 60_000, logger: logger)
    static let servingState = ServingState()
    static let limits = WireLimits.default

    /// Users: 1 active (the token's user), 2 deactivated, 3 active (owns rows 1 must not see).
    static let activeUser = fixtureID(0x01), inactiveUser = fixtureID(0x02), otherUser = fixtureID(0x03)
    static let password = "correct horse battery"

    /// The seed rows: resumes 0x11-0x13 (user 1) and 0x19 (user 3), job
    /// descriptions 0x21-0x22 (user 1) and 0x29 (user 3), analysis 0x31 of
    /// resume 0x11 against job 0x21, generated resume 0x41 of analysis 0x31.
    static let seed: MemoryDatabase.State = {
        let hash = runBlocking { try! await hasher.hash(password, deadline: .after(milliseconds: 60_000)) }
        let redactor = PIIRedactor()
        var s = MemoryDatabase.State()
        func t(_ n: Int64) -> Timestamp { Timestamp(unixMicroseconds: 1_767_000_000_000_000 + n * 1_000_000) }
        for (id, email, active) in [(activeUser, "jane@example.com", true), (inactiveUser, "gone@example.com", false),
                                    (otherUser, "other@example.com", true)] {
            s.users[id] = UserRecord(id: id, email: email, hashedPassword: hash, isActive: active, isVerified: false, createdAt: t(1), updatedAt: t(1))
        }
        let resumeText = """
            Jane Doe
            jane.doe@example.com | +1 (555) 123-4567 | 12 Main Street, Springfield, IL 62704
            Experience: Senior backend engineer. Built Swift and PostgreSQL services, Redis caching, Kubernetes deployments.
            Skills: Swift, Go, SQL, Docker, AWS, gRPC, protobuf.
            """
        let jobText = """
            Backend Engineer at Example Corp. Requirements: 5+ years of Go or Swift, PostgreSQL, Redis, Kafka, Terraform,
            experience with distributed systems and on-call. Nice to have: Rust, Kubernetes. Contact hr@example.com.
            """
        for (n, id, user) in [(2, 0x11, activeUser), (3, 0x12, activeUser), (4, 0x13, activeUser), (5, 0x19, otherUser)] as [(Int64, UInt16, UUID)] {
            s.resumes[fixtureID(id)] = ResumeRecord(id: fixtureID(id), userID: user, title: "Resume \(id)", rawText: resumeText,
                                                   redactedText: redactor.redact(resumeText, as: .resume).text, version: 1,
                                                   createdAt: t(n), updatedAt: t(n))
        }
        for (n, id, user) in [(6, 0x21, activeUser), (7, 0x22, activeUser), (8, 0x29, otherUser)] as [(Int64, UInt16, UUID)] {
            s.jobs[fixtureID(id)] = JobDescriptionRecord(id: fixtureID(id), userID: user, companyName: id == 0x22 ? nil : "Example Corp",
                                                        positionTitle: "Backend Engineer", rawText: jobText,
                                                        redactedText: redactor.redact(jobText, as: .jobDescription).text, createdAt: t(n))
        }
        s.analyses[fixtureID(0x31)] = AnalysisRecord(
            id: fixtureID(0x31), userID: activeUser, resumeID: fixtureID(0x11), jobDescriptionID: fixtureID(0x21), resumeVersion: 1,
            missingKeywords: ["kafka", "terraform"], matchedKeywords: ["go", "postgresql", "redis"], suggestions: ["Add Kafka."],
            matchScore: 61.5, semanticSimilarity: 0.42, analyzerVersion: 1, createdAt: t(9))
        s.generated[fixtureID(0x41)] = GeneratedResumeRecord(
            id: fixtureID(0x41), userID: activeUser, analysisID: fixtureID(0x31), optimizedText: "Jane Doe, backend engineer.",
            modelUsed: "test-model", generationMetadata: JSONText(#"{"prompt_tokens":1,"completion_tokens":2,"cost_usd":0.5,"latency_ms":3}"#),
            createdAt: t(10))
        return s
    }()

    /// The credentials an input asks for (low 3 bits of its first byte).
    static func authorization(_ selector: UInt8) -> String? {
        let farFuture: Int64 = 4_102_444_800_000_000 // 2100-01-01
        switch selector & 7 {
        case 1: return "Bearer \(serviceToken)"
        case 2: return "Bearer \(signer.sign(userID: activeUser, expiresAt: farFuture))"
        case 3: return "Bearer \(signer.sign(userID: inactiveUser, expiresAt: farFuture))"
        case 4: return "Bearer \(signer.sign(userID: activeUser, expiresAt: 1_000_000))" // expired
        case 5: return "Bearer \(signer.sign(userID: fixtureID(0x7777), expiresAt: farFuture))" // no such user
        case 6: return "bearer   \(signer.sign(userID: otherUser, expiresAt: farFuture))"
        default: return nil // as sent
        }
    }

    /// The handlers of every service, on a fresh database, as `Daemon` assembles them.
    static func registry() -> MethodRegistry {
        let db = MemoryDatabase(seed)
        let auth = Authenticator(serviceTokens: serviceTokens, signer: signer)
        let budget = limits.maxFrameSize - min(64 * 1024, limits.maxFrameSize / 4)
        let calls = CallStatistics()
        let admin = AdminService(auth: auth, calls: calls) {
            DaemonSnapshot(connectionsOpen: 1, callsInFlight: 1, database: Resume_Rpc_V1_DatabasePoolStats(), cache: [])
        }
        let guards = CallGuards(store: MemoryGuardStore(), fingerprinter: Fingerprinter(secret: tokenSecret))
        let handlers = DiagnosticsService().handlers
            + HealthService(servingState: servingState, monitor: monitor, lanes: [hasher.lane, cpu, analysisLane]).handlers
            + UserService(users: MemoryUserStore(db: db), auth: auth, hasher: hasher, signer: signer, guards: guards).handlers
            + ResumeService(resumes: MemoryResumeStore(db: db), auth: auth, responseBudget: budget, cursors: cursors, cpu: cpu, guards: guards).handlers
            + JobDescriptionService(jobs: MemoryJobDescriptionStore(db: db), auth: auth, responseBudget: budget, cursors: cursors, cpu: cpu, guards: guards).handlers
            + AnalysisService(analyses: MemoryAnalysisStore(db: db), auth: auth, lane: analysisLane, responseBudget: budget, cursors: cursors, guards: guards).handlers
            + GenerationService(generated: MemoryGeneratedResumeStore(db: db), auth: auth, responseBudget: budget, cursors: cursors, guards: guards).handlers
            + admin.handlers
            + RedactionRewriteService(store: MemoryRedactionRewriteStore(), auth: auth, cpu: cpu).handlers
        let reflection = ReflectionService(auth: auth, requireServiceToken: false, servedPaths: handlers.map(\.path),
                                           descriptorSet: EmbeddedDescriptorSet.bytes)
        return try! MethodRegistry(handlers + reflection.handlers)
    }
}

/// Runs `body` as a task and waits for it: the handlers are async, the fuzzer's callback is not.
func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    let box = ResultBox<T>(), done = DispatchSemaphore(value: 0)
    Task {
        let v = await body()
        box.value.withLock { $0 = v }
        done.signal()
    }
    done.wait()
    return box.value.withLock { $0! }
}

private final class ResultBox<T: Sendable>: Sendable {
    let value = Mutex<T?>(nil)
}
