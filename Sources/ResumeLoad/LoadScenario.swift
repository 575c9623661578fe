/// What each call of a run does. `mix` is not a scenario of its own: it
/// picks one of the others per call, by weight (`ScenarioMix`).
public enum LoadScenario: String, CaseIterable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// `Diagnostics/Echo` with `--payload-bytes` of payload; no setup.
    case echo
    /// `Health/Check`; no setup.
    case health
    /// `ResumeService/GetResume` of the prepared resumes, in turn.
    case getResume = "get-resume"
    /// `ResumeService/ListResumes`, first page of 20, of the prepared user.
    case listResumes = "list-resumes"
    /// `AnalysisService/AnalyzeResume` of pairs analysed during setup (a cache hit).
    case analyzeCached = "analyze-cached"
    /// `AnalysisService/AnalyzeResume` of a pair never analysed before (computed).
    case analyzeUncached = "analyze-uncached"
    /// `ResumeService/CreateResume` with generated text, different every call.
    case createResume = "create-resume"
    /// Weighted choice among the others (`--mix`).
    case mix

    /// The scenarios a mix may name (all but `mix`).
    public static let mixable: [LoadScenario] = allCases.filter { $0 != .mix }

    /// The method path the scenario calls; nil for `mix`.
    public var methodPath: String? {
        switch self {
        case .echo: "/resume.rpc.v1.Diagnostics/Echo"
        case .health: "/resume.rpc.v1.Health/Check"
        case .getResume: "/resume.v1.ResumeService/GetResume"
        case .listResumes: "/resume.v1.ResumeService/ListResumes"
        case .analyzeCached, .analyzeUncached: "/resume.v1.AnalysisService/AnalyzeResume"
        case .createResume: "/resume.v1.ResumeService/CreateResume"
        case .mix: nil
        }
    }

    /// Whether the scenario needs a user (and so a service token for the setup).
    public var needsUser: Bool {
        switch self {
        case .echo, .health: false
        case .getResume, .listResumes, .analyzeCached, .analyzeUncached, .createResume, .mix: true
        }
    }

    /// Parses a scenario name as the command line spells it.
    public init(parsing text: String) throws(LoadOptionError) {
        guard let s = LoadScenario(rawValue: text) else {
            throw LoadOptionError("unknown scenario \"\(text.prefix(40))\"; expected one of \(LoadScenario.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = s
    }

    public var description: String { rawValue }
}
