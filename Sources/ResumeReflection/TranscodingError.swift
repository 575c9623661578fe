/// A request or response that does not fit its message type. `description`
/// names the field and the problem, never the value.
public struct TranscodingError: Error, Equatable, CustomStringConvertible, Sendable {
    /// Where: `resume.v1.CreateResumeRequest.title`, or the message name.
    public let path: String
    /// What is wrong.
    public let problem: String

    public init(_ path: String, _ problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}
