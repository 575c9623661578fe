/// What the setup made through the API for a run: a user and its token,
/// resumes and job descriptions, the pairs analysed beforehand
/// (`analyze-cached`) and the pairs never analysed (`analyze-uncached`).
public struct PreparedData: Sendable {
    /// The user made (nil when the scenarios need none).
    public var userID: String?
    /// Its token (from Authenticate).
    public var token: String?
    /// Resumes for get-resume, list-resumes and analyze-cached.
    public var resumeIDs: [String] = []
    /// Analysed once during setup, so every run call is a cache hit.
    public var cachedPairs: [(resume: String, job: String)] = []
    /// analyze-uncached: pair i is (uncachedResumes[i % count], uncachedJobs[i / count]); none analysed yet.
    public var uncachedResumeIDs: [String] = []
    public var uncachedJobIDs: [String] = []
    /// Pairs of analyze-uncached.
    public var uncachedPairCount: Int { uncachedResumeIDs.count * uncachedJobIDs.count }
    /// What was made, one item each, and in a few words.
    public var made: [String] = []
    public var summary = ""

    /// Nothing prepared (echo and health need nothing).
    public init() {}
}
