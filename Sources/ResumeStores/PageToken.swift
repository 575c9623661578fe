public import Foundation
public import ResumeCore

/// Where a list page ends: the (created_at, id) of its last row, which the
/// next page's keyset condition starts after: a version byte, the timestamp
/// in microseconds and the id. The API hands it out signed (`CursorSigner`).
public struct PageToken: Sendable, Hashable {
    public let createdAt: Timestamp
    public let id: UUID

    public init(createdAt: Timestamp, id: UUID) {
        self.createdAt = createdAt
        self.id = id
    }

    private static let version: UInt8 = 1

    /// The cursor as 25 bytes: a version byte, the timestamp (big-endian), the id.
    public var bytes: [UInt8] {
        var bytes: [UInt8] = [Self.version]
        withUnsafeBytes(of: createdAt.unixMicroseconds.bigEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: id.uuid) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Reads the 25 bytes of `bytes`; throws `DataError.invalidPageToken` for anything else.
    public init(bytes: [UInt8]) throws(DataError) {
        guard bytes.count == 25, bytes[0] == Self.version else { throw .invalidPageToken }
        var micros: Int64 = 0
        for b in bytes[1..<9] { micros = micros << 8 | Int64(b) }
        let u = Array(bytes[9..<25])
        id = UUID(uuid: (u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13], u[14], u[15]))
        createdAt = Timestamp(unixMicroseconds: micros)
    }
}

/// Which page of a list to read.
public struct PageRequest: Sendable, Hashable {
    /// Rows per page: 1 to 100.
    public let size: Int
    /// Start after this position; nil for the first page.
    public let after: PageToken?

    /// The default page size.
    public static let defaultSize = 20
    /// The largest page size.
    public static let maxSize = 100

    /// A page of `size` rows (0 means the default, 20) after `after`.
    /// - Precondition: `size` is 0 to 100; callers validate it first.
    public init(size: Int = 0, after: PageToken? = nil) {
        precondition((0...Self.maxSize).contains(size), "page size must be validated before it reaches the repository")
        self.size = size == 0 ? Self.defaultSize : size
        self.after = after
    }
}
