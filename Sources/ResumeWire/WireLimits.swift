/// Bounds the protocol puts on what a peer sends. docs/PROTOCOL.md states
/// each, and what happens past it.
public struct WireLimits: Sendable, Hashable {
    /// Largest frame body, in bytes. Default 4 MiB (4,194,304); range 1 KiB ... 64 MiB.
    /// Past it: `RESOURCE_EXHAUSTED` with call_id 0, then the connection closes.
    public var maxFrameSize: Int
    /// Most metadata entries in one request. Default 64.
    public var maxMetadataEntries: Int
    /// Longest metadata key, in bytes. Default 128.
    public var maxMetadataKeyBytes: Int
    /// Longest metadata value, in bytes. Default 8 KiB.
    public var maxMetadataValueBytes: Int
    /// Longest method path, in bytes. Default 256.
    public var maxMethodBytes: Int

    /// The protocol's defaults.
    public static let `default` = WireLimits(
        maxFrameSize: 4 * 1024 * 1024,
        maxMetadataEntries: 64,
        maxMetadataKeyBytes: 128,
        maxMetadataValueBytes: 8 * 1024,
        maxMethodBytes: 256
    )

    /// Limits with the given values.
    public init(maxFrameSize: Int, maxMetadataEntries: Int, maxMetadataKeyBytes: Int, maxMetadataValueBytes: Int, maxMethodBytes: Int) {
        self.maxFrameSize = maxFrameSize
        self.maxMetadataEntries = maxMetadataEntries
        self.maxMetadataKeyBytes = maxMetadataKeyBytes
        self.maxMetadataValueBytes = maxMetadataValueBytes
        self.maxMethodBytes = maxMethodBytes
    }

    /// The range `maxFrameSize` may be configured in.
    public static let frameSizeRange = 1024...(64 * 1024 * 1024)
}
