internal import CHiredis
#if canImport(Glibc)
import Glibc
#endif

/// Formats commands as RESP with hiredis' binary-safe `redisFormatCommandArgv`.
enum RedisCommandEncoder {
    /// Appends `arguments` as one command to `out`; false if hiredis refused.
    static func append(_ arguments: [[UInt8]], to out: inout [UInt8]) -> Bool {
        var target: UnsafeMutablePointer<CChar>?
        let length = arguments.withCArguments { argc, argv, lengths in
            redisFormatCommandArgv(&target, argc, UnsafeMutablePointer(mutating: argv), lengths)
        }
        guard length > 0, let target else { return false }
        defer { redisFreeCommand(target) }
        target.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { out.append(contentsOf: UnsafeBufferPointer(start: $0, count: Int(length))) }
        return true
    }
}
