import Crypto

/// One versioned schema change: an up script and the down script that undoes it.
public struct Migration: Sendable, Hashable {
    /// Increasing version number (the file's `NNNN` prefix).
    public let version: Int
    /// The title part of the file name (`initial` in `0001_initial.up.sql`).
    public let name: String
    /// SQL applied by `upgrade`.
    public let up: String
    /// SQL applied by `downgrade`.
    public let down: String

    public init(version: Int, name: String, up: String, down: String) {
        self.version = version
        self.name = name
        self.up = up
        self.down = down
    }

    /// SHA-256 of the up script, lower-case hex: what `schema_migrations`
    /// records, so an applied migration whose file changed is noticed.
    public var checksum: String {
        SHA256.hash(data: Array(up.utf8)).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    /// `0001_initial`.
    public var label: String { "\(String(version).leftPadded(to: 4))_\(name)" }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
