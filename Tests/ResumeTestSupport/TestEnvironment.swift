#if canImport(Glibc)
import Glibc
#endif

/// Where the real PostgreSQL and Redis that `scripts/test` starts are. A test
/// that needs them fails with a clear message when run without the script.
public enum TestEnvironment {
    /// `TEST_DATABASE_URL`.
    public static func databaseURL() throws -> String { try variable("TEST_DATABASE_URL") }
    /// `TEST_REDIS_URL`.
    public static func redisURL() throws -> String { try variable("TEST_REDIS_URL") }

    static func variable(_ name: String) throws -> String {
        guard let p = getenv(name), let value = String(validatingCString: p), !value.isEmpty else {
            throw TestFailure("\(name) is not set: run the tests through scripts/test, which starts PostgreSQL and Redis")
        }
        return value
    }
}
