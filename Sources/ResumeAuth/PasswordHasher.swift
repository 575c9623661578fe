#if canImport(Glibc)
import Glibc
#endif
internal import CCrypt
public import ResumeCore

/// Why hashing failed.
public enum PasswordHasherError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The call's deadline passed before the hash was done (or started).
    case deadlineExceeded
    /// Too many hashes are waiting; try later.
    case overloaded(retryAfterMilliseconds: UInt32)
    /// libxcrypt refused (never the password itself in the text).
    case failed(String)

    public var description: String {
        switch self {
        case .deadlineExceeded: "deadline passed before the password hash finished"
        case .overloaded: "too many password hashes waiting"
        case .failed(let m): "password hashing failed: \(m)"
        }
    }
}

/// bcrypt (`$2b$`) through libxcrypt's `crypt_gensalt_rn` / `crypt_rn`, on a
/// lane of its own (`WorkLane`): a cost-12 hash takes ~160 ms of CPU, so
/// hashes queue there (bounded) while the calls that wait for them are
/// suspended tasks holding no thread, no event-loop time and no database
/// connection. A hash whose deadline passed before a thread took it never runs.
public final class PasswordHasher: Sendable {
    /// bcrypt's cost (log2 rounds). Default 12; 4 to 15.
    public let cost: Int
    /// The lane hashes run on.
    public let lane: WorkLane
    /// Password checks asked for so far (real and dummy).
    public let checks = Counter()
    /// A hash of a random password, checked when an account does not exist,
    /// so "no such user" costs the same time as "wrong password".
    private let dummyHash: String

    /// The longest password bcrypt reads, in bytes; longer ones are refused, not cut.
    public static let maxPasswordBytes = 72

    /// A hasher of `cost`, with `threads` threads at `niceness` and at most
    /// `maxQueued` waiting hashes, each for at most `maxQueueWaitMilliseconds`.
    public init(cost: Int = 12, threads: Int, maxQueued: Int = 1_024, maxQueueWaitMilliseconds: UInt64 = 5_000,
                niceness: Int32 = 0) throws(PasswordHasherError) {
        precondition((4...15).contains(cost), "bcrypt cost must be 4 to 15")
        self.cost = cost
        self.lane = WorkLane(name: "bcrypt", threads: threads, maxQueued: maxQueued, maxQueueWaitMilliseconds: maxQueueWaitMilliseconds,
                             niceness: niceness)
        var rng = SystemRandomNumberGenerator()
        let random = String((0..<24).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0x41...0x5A, using: &rng))) })
        self.dummyHash = try Self.hashNow(random, cost: cost)
    }

    /// Refuses hashes not started, and stops the threads once running ones are done (waiting until `deadline`).
    public func shutdown(deadline: Deadline = .after(milliseconds: 5_000)) { lane.shutdown(deadline: deadline) }

    /// A new `$2b$` hash of `password` (with a fresh salt).
    public func hash(_ password: String, deadline: Deadline) async throws(PasswordHasherError) -> String {
        let cost = self.cost
        return try await run(deadline) { () throws(PasswordHasherError) in try Self.hashNow(password, cost: cost) }
    }

    /// Whether `password` matches `hash`, compared in constant time.
    public func verify(_ password: String, against hash: String, deadline: Deadline) async throws(PasswordHasherError) -> Bool {
        checks.increment()
        return try await run(deadline) { () throws(PasswordHasherError) in try Self.verifyNow(password, hash) }
    }

    /// Spends the time a real check would, for an account that does not exist. Always false.
    public func verifyNothing(_ password: String, deadline: Deadline) async throws(PasswordHasherError) -> Bool {
        _ = try await verify(password, against: dummyHash, deadline: deadline)
        return false
    }

    // MARK: Internals

    /// Runs `work` on the lane; never past `deadline` before it starts.
    private func run<T: Sendable>(_ deadline: Deadline, _ work: @escaping @Sendable () throws(PasswordHasherError) -> T) async throws(PasswordHasherError) -> T {
        guard !deadline.hasPassed() else { throw .deadlineExceeded }
        do {
            return try await lane.run(deadline: deadline, work)
        } catch let e as PasswordHasherError {
            throw e
        } catch WorkLane.Refusal.saturated(_, let ms) {
            throw .overloaded(retryAfterMilliseconds: ms)
        } catch {
            throw .deadlineExceeded
        }
    }

    static func hashNow(_ password: String, cost: Int) throws(PasswordHasherError) -> String {
        var setting = [CChar](repeating: 0, count: 64)
        guard crypt_gensalt_rn("$2b$", UInt(cost), nil, 0, &setting, Int32(setting.count)) != nil else {
            throw .failed("crypt_gensalt_rn: \(String(cString: strerror(errno)))")
        }
        let hash = try crypt(password, setting: setting.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        guard hash.hasPrefix("$2b$") else { throw .failed("unexpected hash format") }
        return hash
    }

    static func verifyNow(_ password: String, _ stored: String) throws(PasswordHasherError) -> Bool {
        guard stored.hasPrefix("$2") else { return false }
        let computed = try crypt(password, setting: stored)
        return constantTimeEqual(Array(computed.utf8), Array(stored.utf8))
    }

    private static func crypt(_ password: String, setting: String) throws(PasswordHasherError) -> String {
        let size = MemoryLayout<crypt_data>.size
        let data = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer {
            data.initializeMemory(as: UInt8.self, repeating: 0, count: size) // the scratch holds key material
            data.deallocate()
        }
        data.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        guard let out = crypt_rn(password, setting, data, Int32(size)) else {
            throw .failed("crypt_rn: \(String(cString: strerror(errno)))")
        }
        let result = String(cString: out)
        guard !result.hasPrefix("*") else { throw .failed("crypt_rn refused the setting") }
        return result
    }
}

/// Compares two byte strings in time that depends only on their lengths.
func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    var diff: UInt8 = 0
    for i in 0..<a.count { diff |= a[i] ^ b[i] }
    return diff == 0
}
