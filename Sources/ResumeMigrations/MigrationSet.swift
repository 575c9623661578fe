import Foundation

/// Every migration a binary (or a folder) knows, in version order.
public struct MigrationSet: Sendable {
    /// The migrations, oldest first.
    public let migrations: [Migration]

    /// The newest version, or 0 for an empty set.
    public var head: Int { migrations.last?.version ?? 0 }

    /// Builds the set from `NNNN_title.up.sql` / `NNNN_title.down.sql` files.
    /// Every version needs both halves; versions must be unique.
    public init(files: [(name: String, sql: String)]) throws(MigrationError) {
        var ups: [Int: (String, String)] = [:], downs: [Int: (String, String)] = [:]
        for file in files {
            guard let parsed = Self.parse(file.name) else {
                throw .invalidFile("\(file.name): expected NNNN_title.up.sql or NNNN_title.down.sql (title: a-z, 0-9, _)")
            }
            if parsed.up {
                guard ups[parsed.version] == nil else { throw .invalidFile("two up scripts for version \(parsed.version)") }
                ups[parsed.version] = (parsed.title, file.sql)
            } else {
                guard downs[parsed.version] == nil else { throw .invalidFile("two down scripts for version \(parsed.version)") }
                downs[parsed.version] = (parsed.title, file.sql)
            }
        }
        var list: [Migration] = []
        for version in Set(ups.keys).union(downs.keys).sorted() {
            guard let up = ups[version] else { throw .invalidFile("version \(version) has no up script") }
            guard let down = downs[version] else { throw .invalidFile("version \(version) has no down script") }
            guard up.0 == down.0 else { throw .invalidFile("version \(version) has up and down scripts with different titles") }
            list.append(Migration(version: version, name: up.0, up: up.1, down: down.1))
        }
        migrations = list
    }

    /// Reads the `.sql` files of `directory`.
    public static func load(directory: String) throws -> MigrationSet {
        let fm = FileManager.default
        let names = try fm.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".sql") }.sorted()
        let files = try names.map { (name: $0, sql: try String(contentsOfFile: directory + "/" + $0, encoding: .utf8)) }
        return try MigrationSet(files: files)
    }

    /// The migration with `version`.
    public func migration(_ version: Int) -> Migration? {
        migrations.first { $0.version == version }
    }

    static func parse(_ fileName: String) -> (version: Int, title: String, up: Bool)? {
        let up = fileName.hasSuffix(".up.sql")
        guard up || fileName.hasSuffix(".down.sql") else { return nil }
        let stem = fileName.dropLast(up ? 7 : 9)
        guard let underscore = stem.firstIndex(of: "_") else { return nil }
        let digits = stem[..<underscore], title = stem[stem.index(after: underscore)...]
        guard digits.count >= 4, digits.allSatisfy(\.isASCII), let version = Int(digits), version > 0,
              !title.isEmpty, title.allSatisfy({ ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "_" })
        else { return nil }
        return (version, String(title), up)
    }

    /// The file names of the next migration in a folder holding `existing`, for `message`.
    public static func nextFileNames(existing: [String], message: String) -> (up: String, down: String) {
        let next = (existing.compactMap { parse($0)?.version }.max() ?? 0) + 1
        var slug = ""
        for c in message.lowercased() {
            if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") { slug.append(c) } else if !slug.hasSuffix("_") { slug.append("_") }
        }
        slug = String(slug.trimmingCharacters(in: CharacterSet(charactersIn: "_")).prefix(48))
        if slug.isEmpty { slug = "migration" }
        let stem = "\(String(next).leftPadded(to: 4))_\(slug)"
        return ("\(stem).up.sql", "\(stem).down.sql")
    }
}
