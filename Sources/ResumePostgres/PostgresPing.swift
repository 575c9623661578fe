#if canImport(Glibc)
import Glibc
#endif
internal import CLibPQ

/// Asks a PostgreSQL server whether it accepts connections, without logging
/// in (`PQpingParams`): the cheapest liveness probe libpq offers.
public enum PostgresPing {
    /// What the server said.
    public enum Outcome: Sendable, Hashable {
        /// Accepting connections.
        case accepting
        /// Up, but refusing connections (starting up, shutting down, in recovery).
        case rejecting
        /// Nothing answered at the address.
        case noResponse
        /// The connection settings themselves are unusable.
        case badSettings
    }

    /// Pings the server `url` names (`postgresql://…`), waiting at most `timeoutSeconds` (minimum 2, libpq's floor).
    public static func ping(url: String, timeoutSeconds: Int = 2) -> Outcome {
        let keys = ["dbname", "connect_timeout"]
        let values = [url, String(max(2, timeoutSeconds))]
        let result = withCStrings(keys) { k in
            withCStrings(values) { v in PQpingParams(k, v, 1) }
        }
        switch result {
        case PQPING_OK: return .accepting
        case PQPING_REJECT: return .rejecting
        case PQPING_NO_RESPONSE: return .noResponse
        default: return .badSettings
        }
    }
}

/// Calls `body` with a NULL-terminated array of C strings.
func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for p in pointers { free(p) } }
    return pointers.withUnsafeBufferPointer { buffer in
        buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) { body($0) }
    }
}
