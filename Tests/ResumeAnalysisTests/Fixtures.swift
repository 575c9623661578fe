import Foundation

/// Files of the test target: the corpus and the golden pairs under `Golden/`, and the
/// generated table in the sources.
enum Fixtures {
    static let testDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let corpusDirectory = testDirectory.appendingPathComponent("Golden/Corpus")
    static let pairsDirectory = testDirectory.appendingPathComponent("Golden/Pairs")
    static let generatedTable = testDirectory
        .appendingPathComponent("../../Sources/ResumeAnalysis/CorpusFrequencies.generated.swift").standardizedFileURL

    /// The `*.txt` files of a directory, in name order.
    static func textFiles(in directory: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// The corpus documents as (id, text), in file-name then file order (format: Golden/Corpus/README.md).
    static func corpus() throws -> [(id: String, text: String)] {
        var out = [(id: String, text: String)]()
        for file in try textFiles(in: corpusDirectory) {
            var id: String? = nil
            var body = [String]()
            func flush() {
                if let id { out.append((id, body.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines))) }
            }
            for line in try read(file).components(separatedBy: "\n") {
                if line.hasPrefix("%%") { continue }
                if line.hasPrefix("=== ") {
                    flush()
                    id = String(line.dropFirst(4)).trimmingCharacters(in: .whitespaces)
                    body = []
                } else if id != nil {
                    body.append(line)
                }
            }
            flush()
        }
        return out
    }
}

