import Foundation
import ResumeClient
public import ResumeLoad
import ResumeProto
public import ResumeTransport
import ResumeWire

/// The setup phase: creates a user with the service token (CreateUser,
/// Authenticate), then what the scenarios need (CreateResume,
/// CreateJobDescription, AnalyzeResume to warm the caches), through the
/// client library; and the clean-up (DeleteUser, which takes all of the
/// user's data with it).
public struct LoadSetup: Sendable {
    public let address: SocketAddress
    public let options: LoadOptions
    public let serviceToken: String?

    /// A setup for `options`' scenarios against `address`, with `serviceToken` for the account calls.
    public init(address: SocketAddress, options: LoadOptions, serviceToken: String?) {
        self.address = address
        self.options = options
        self.serviceToken = serviceToken
    }

    /// Calls made at once during setup.
    static let width = 16
    static let callOptionsTimeout: UInt32 = 60_000

    /// Makes what `options`' scenarios need; nothing for echo and health.
    public func prepare(log: (String) -> Void) async throws -> PreparedData {
        var data = PreparedData()
        let used = Set(options.scenariosUsed)
        guard used.contains(where: \.needsUser) else { return data }
        guard let serviceToken else {
            throw LoadOptionError("scenario \(options.scenario) needs a user, made with a service token: give --service-token, RESUMED_SERVICE_TOKEN or --service-token-file (scripts/run writes .local/service-token)")
        }
        let connection = try ClientConnection.connect(to: address)
        defer { connection.close() }
        let users = Resume_V1_UserServiceClient(connection)
        let service = CallOptions.bearer(serviceToken, timeoutMilliseconds: Self.callOptionsTimeout)
        var rng = SystemRandomNumberGenerator()
        let email = "load-\(Int(Date().timeIntervalSince1970))-\(rng.next() % 1_000_000_000)@example.com"
        let password = "load-" + String(rng.next(), radix: 16)
        let user = try await users.createUser(.init(email: email, password: password), options: service)
        data.userID = user.id
        do {
            try await fill(&data, connection: connection, email: email, password: password, service: service, log: log)
        } catch {
            // Leave nothing behind when asked to clean up, even when the setup fails half-way.
            if options.cleanup { try? await cleanup(data) }
            throw error
        }
        data.summary = (["user \(user.id)"] + data.made).joined(separator: ", ")
        return data
    }

    /// Everything after the user: its token, then what the scenarios need.
    private func fill(_ data: inout PreparedData, connection: ClientConnection, email: String, password: String,
                      service: CallOptions, log: (String) -> Void) async throws {
        let used = Set(options.scenariosUsed)
        let users = Resume_V1_UserServiceClient(connection)
        let auth = try await users.authenticate(.init(email: email, password: password), options: service)
        data.token = auth.token
        let userOptions = CallOptions.bearer(auth.token, timeoutMilliseconds: Self.callOptionsTimeout)
        let resumes = Resume_V1_ResumeServiceClient(connection)
        let jobs = Resume_V1_JobDescriptionServiceClient(connection)
        let analyses = Resume_V1_AnalysisServiceClient(connection)
        let generator = TextGenerator(seed: options.seed)
        let textBytes = options.textBytes

        if !used.isDisjoint(with: [.getResume, .listResumes, .analyzeCached]) {
            log("setup: creating \(options.resumes) resumes")
            data.resumeIDs = try await Self.concurrently(options.resumes) { i in
                let r = generator.resume(i, targetBytes: textBytes)
                return try await resumes.createResume(.init(title: r.title, rawText: r.text), options: userOptions).id
            }
            data.made.append("\(options.resumes) resumes of ~\(textBytes) bytes")
        }
        if used.contains(.analyzeCached) {
            log("setup: creating \(options.jobs) job descriptions and analysing \(options.resumes * options.jobs) pairs")
            let jobIDs = try await Self.concurrently(options.jobs) { j in
                let job = generator.job(j)
                return try await jobs.createJobDescription(.init(companyName: job.company, positionTitle: job.position, rawText: job.text), options: userOptions).id
            }
            let resumeIDs = data.resumeIDs
            let pairs = jobIDs.flatMap { j in resumeIDs.map { (resume: $0, job: j) } }
            _ = try await Self.concurrently(pairs.count) { i in
                try await analyses.analyzeResume(.init(resumeID: pairs[i].resume, jobDescriptionID: pairs[i].job), options: userOptions).id
            }
            data.cachedPairs = pairs
            data.made.append("\(pairs.count) pairs analysed (cache warm)")
        }
        if used.contains(.analyzeUncached) {
            let need = options.uncachedPairsNeeded
            var r = 1
            while r * r < need { r += 1 }
            let j = (need + r - 1) / r
            log("setup: creating \(r) resumes and \(j) job descriptions for \(r * j) never-analysed pairs")
            data.uncachedResumeIDs = try await Self.concurrently(r) { i in
                let res = generator.resume(1_000_000 + i, targetBytes: textBytes)
                return try await resumes.createResume(.init(title: res.title, rawText: res.text), options: userOptions).id
            }
            data.uncachedJobIDs = try await Self.concurrently(j) { k in
                let job = generator.job(1_000_000 + k)
                return try await jobs.createJobDescription(.init(companyName: job.company, positionTitle: job.position, rawText: job.text), options: userOptions).id
            }
            data.made.append("\(r * j) never-analysed pairs")
        }
    }

    /// Deletes the user (and so everything of theirs).
    public func cleanup(_ data: PreparedData) async throws {
        guard let id = data.userID, let serviceToken else { return }
        let connection = try ClientConnection.connect(to: address)
        defer { connection.close() }
        _ = try await Resume_V1_UserServiceClient(connection)
            .deleteUser(.init(userID: id), options: .bearer(serviceToken, timeoutMilliseconds: Self.callOptionsTimeout))
    }

    /// Runs `body` for 0..<count, `width` at a time; the results in order.
    static func concurrently<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) async throws -> T) async throws -> [T] {
        var results = [T?](repeating: nil, count: count)
        try await withThrowingTaskGroup(of: (Int, T).self) { group in
            var next = 0
            while next < min(width, count) {
                let i = next
                group.addTask { (i, try await body(i)) }
                next += 1
            }
            while let done = try await group.next() {
                results[done.0] = done.1
                if next < count {
                    let k = next
                    group.addTask { (k, try await body(k)) }
                    next += 1
                }
            }
        }
        return results.map { $0! }
    }
}
