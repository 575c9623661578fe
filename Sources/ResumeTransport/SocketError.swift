#if canImport(Glibc)
import Glibc
#endif

/// A failed socket call, with the errno text captured when it happened.
public struct SocketError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The call that failed (`bind`, `connect`, ...).
    public let operation: String
    /// `errno` right after the call.
    public let code: Int32
    /// What the address was, when there is one (never personal data).
    public let address: String?

    /// Captures `errno` now.
    public init(_ operation: String, address: String? = nil, code: Int32? = nil) {
        self.operation = operation
        self.code = code ?? errno
        self.address = address
    }

    /// `strerror` of the code.
    public var reason: String { String(cString: strerror(code)) }

    public var description: String {
        "\(operation)\(address.map { " \($0)" } ?? ""): \(reason) (errno \(code))"
    }
}
