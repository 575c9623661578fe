import Foundation

/// Turns `migrations/NNNN_title.{up,down}.sql` into a Swift file, so the SQL
/// ships inside the binary that applies it.
struct MigrationEmbedder {
    let directory: String

    func write(to path: String) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".sql") }.sorted()
        var out = SwiftRenderer.header + "\n/// The SQL of every migration under migrations/, as committed.\n"
        out += "let embeddedMigrationFiles: [(name: String, sql: String)] = [\n"
        for name in files {
            let sql = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            // Multi-line literals normalise line ends, so a CR would change the checksum.
            guard !sql.contains("\r") else { throw UnsupportedProto(description: "\(name): use LF line ends") }
            var hashes = "#"
            while sql.contains("\"" + hashes) || sql.contains("\\" + hashes) { hashes += "#" }
            // The newline before the closing delimiter is not part of the literal: the SQL stays byte-exact.
            out += "    (\n        \"\(name)\",\n        \(hashes)\"\"\"\n\(sql)\n\"\"\"\(hashes)\n    ),\n"
        }
        out += "]\n"
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
