import Foundation

/// Per-call settings.
public struct CallOptions: Sendable {
    /// The call's deadline, in milliseconds from when it is sent; sent as
    /// `timeout_ms` and enforced locally too. Default 30,000; 0 sends 0 (the
    /// server's default) and waits up to 30,000 locally.
    public var timeoutMilliseconds: UInt32
    /// Metadata sent with the call (lower-case keys).
    public var metadata: [String: String]

    /// Options with a timeout and metadata.
    public init(timeoutMilliseconds: UInt32 = 30_000, metadata: [String: String] = [:]) {
        self.timeoutMilliseconds = timeoutMilliseconds
        self.metadata = metadata
    }

    /// Options carrying `authorization: Bearer <token>`.
    public static func bearer(_ token: String, timeoutMilliseconds: UInt32 = 30_000) -> CallOptions {
        CallOptions(timeoutMilliseconds: timeoutMilliseconds, metadata: ["authorization": "Bearer \(token)"])
    }

    /// The request metadata `idempotency-key` (docs/API.md, "Retrying"): a
    /// create sent again with the same key (same method, same caller) within
    /// the retention window answers the first call's row and stores nothing.
    public var idempotencyKey: String? {
        get { metadata["idempotency-key"] }
        set { metadata["idempotency-key"] = newValue }
    }

    /// These options with a fresh random idempotency key: use one per create, and the same one for its retries.
    public func withNewIdempotencyKey() -> CallOptions {
        var o = self
        o.idempotencyKey = UUID().uuidString.lowercased()
        return o
    }
}

/// Settings of a `ClientConnection`.
public struct ClientConfiguration: Sendable {
    /// How long `connect` may take, in milliseconds. Default 5,000.
    public var connectTimeoutMilliseconds: Int32 = 5_000
    /// Largest response frame body accepted, in bytes. Default 4 MiB.
    public var maxFrameSize: Int = 4 * 1024 * 1024

    /// The defaults.
    public init() {}
}
