/// The requests a `resumectl call` reads: one JSON value (pretty-printed or
/// not), or JSON lines (one request per non-blank line).
public enum JSONRequests {
    /// Requests read at most from one input (each one call on one connection).
    public static let maxRequests = 100_000

    /// The requests in `text`; an empty text is one empty request `{}`.
    /// - Throws: `JSONValue.SyntaxError` naming the line that is not JSON.
    public static func parse(_ text: String) throws(JSONValue.SyntaxError) -> [JSONValue] {
        if text.allSatisfy(\.isWhitespace) { return [.object([])] }
        if let whole = try? JSONValue(parsing: text) { return [whole] }
        var requests: [JSONValue] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.allSatisfy(\.isWhitespace) {
            guard requests.count < maxRequests else { throw JSONValue.SyntaxError(description: "more than \(maxRequests) requests") }
            do {
                requests.append(try JSONValue(parsing: line))
            } catch {
                throw JSONValue.SyntaxError(description: "line \(n + 1): \(error.description)")
            }
        }
        return requests
    }
}
