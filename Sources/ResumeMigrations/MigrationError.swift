/// Why migrating failed or is refused. Messages say what to do next.
public enum MigrationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A migration file is missing, misnamed or unpaired.
    case invalidFile(String)
    /// An applied migration's file changed since it was applied.
    case checksumMismatch(version: Int, applied: String, file: String)
    /// The database records a version this set does not have.
    case unknownAppliedVersion(Int)
    /// The requested target makes no sense here.
    case invalidTarget(String)
    /// Another runner held the migration lock too long.
    case lockTimeout(milliseconds: UInt64)
    /// The schema is older than the binary needs.
    case schemaBehind(current: Int, head: Int)
    /// A statement failed; names the migration.
    case failed(migration: String, reason: String)

    public var description: String {
        switch self {
        case .invalidFile(let m): "invalid migration files: \(m)"
        case .checksumMismatch(let v, let applied, let file):
            "migration \(v) was applied with checksum \(applied.prefix(12))… but its file now has \(file.prefix(12))…: never edit an applied migration; add a new one"
        case .unknownAppliedVersion(let v): "the database has migration \(v), which this binary does not know (it is newer than this binary)"
        case .invalidTarget(let m): "invalid target: \(m)"
        case .lockTimeout(let ms): "another migration runner held the lock for over \(ms) ms"
        case .schemaBehind(let current, let head):
            "database schema is at version \(current) but this binary needs \(head): run `resumectl migrate upgrade head`, or start resumed with --migrate"
        case .failed(let m, let reason): "migration \(m) failed and was rolled back: \(reason)"
        }
    }
}
