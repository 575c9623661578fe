public import ResumeLoad

/// The requests of a run, made once before it starts and shared read-only by
/// every engine thread: a pre-encoded template per fixed request (each
/// prepared resume's GetResume, each warm pair's AnalyzeResume, Echo,
/// Health, ListResumes), and what the per-call requests are built from
/// (templates without payload, the never-analysed pairs, a pool of
/// generated resume texts).
public struct CallPlan: Sendable {
    /// The run's options.
    public let options: LoadOptions
    var echo: RequestTemplate?
    var health: RequestTemplate?
    var getResume: [RequestTemplate] = []
    var listResumes: RequestTemplate?
    var analyzeCached: [RequestTemplate] = []
    var analyzeUncached: RequestTemplate?
    var uncachedResumeIDs: [String] = []
    var uncachedJobIDs: [String] = []
    var createResume: RequestTemplate?
    /// Resume texts a CreateResume call starts from; each call adds its own first line.
    var createBodies: [[UInt8]] = []

    /// Generated texts CreateResume calls cycle through.
    static let createBodyCount = 64

    /// The requests of `options`' scenarios, from what the setup made.
    public init(options: LoadOptions, data: PreparedData) {
        self.options = options
        let timeout = options.timeoutMilliseconds
        let auth: [(key: String, value: String)] = data.token.map { [("authorization", "Bearer \($0)")] } ?? []
        func template(_ s: LoadScenario, _ payload: [UInt8]?) -> RequestTemplate {
            RequestTemplate(method: s.methodPath!, payload: payload, timeoutMilliseconds: timeout, metadata: s.needsUser ? auth : [])
        }
        for scenario in Set(options.scenariosUsed) {
            switch scenario {
            case .echo:
                var rng = LoadRandom(seed: options.seed)
                echo = template(.echo, RequestPayloads.echo((0..<options.payloadBytes).map { _ in UInt8(truncatingIfNeeded: rng.next()) }))
            case .health:
                health = template(.health, RequestPayloads.health())
            case .getResume:
                getResume = data.resumeIDs.map { template(.getResume, RequestPayloads.getResume(id: $0)) }
            case .listResumes:
                listResumes = template(.listResumes, RequestPayloads.listResumes(pageSize: 20))
            case .analyzeCached:
                var scratch: [UInt8] = []
                analyzeCached = data.cachedPairs.map { p in
                    RequestPayloads.analyzeResume(resumeID: p.resume, jobDescriptionID: p.job, into: &scratch)
                    return template(.analyzeCached, scratch)
                }
            case .analyzeUncached:
                analyzeUncached = template(.analyzeUncached, nil)
                uncachedResumeIDs = data.uncachedResumeIDs
                uncachedJobIDs = data.uncachedJobIDs
            case .createResume:
                createResume = template(.createResume, nil)
                let generator = TextGenerator(seed: options.seed &+ 7)
                // Room for the first line each call adds, within the same --text-bytes.
                createBodies = (0..<Self.createBodyCount).map { Array(generator.resume(2_000_000 + $0, targetBytes: max(options.textBytes - 64, 100)).text.utf8) }
            case .mix:
                break
            }
        }
    }

    /// Pairs of analyze-uncached, in all.
    var uncachedPairCount: Int { uncachedResumeIDs.count * uncachedJobIDs.count }
}
