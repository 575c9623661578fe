public import ResumeMigrations

/// The service's database schema: the migrations under `migrations/`, as
/// embedded in this binary by `scripts/generate`.
public enum ResumeSchema {
    /// Every migration this binary ships.
    public static let migrations: MigrationSet = {
        do {
            return try MigrationSet(files: embeddedMigrationFiles)
        } catch {
            preconditionFailure("embedded migrations are invalid: \(error); fix migrations/ and run scripts/generate")
        }
    }()
}
