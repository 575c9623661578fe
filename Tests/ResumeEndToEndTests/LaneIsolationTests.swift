import Foundation
import ResumeClient
import ResumeCore
import ResumeProto
import ResumeTestSupport
import ResumeWire
import Testing

/// Slow work in its own lane: a flood of sign-ins (bcrypt at its real cost)
/// is refused with a time to retry once its lane is full, and calls that do
/// not hash are served meanwhile, each within a deadline far below what
/// waiting behind the hashes would take.
@Suite struct LaneIsolationTests {
    /// Makes `count` calls at once; each one's error, nil for success.
    static func flood(_ count: Int, _ call: @escaping @Sendable (Int) async throws -> Void) async -> [RPCError?] {
        await withTaskGroup(of: RPCError?.self) { group in
            for i in 0..<count {
                group.addTask {
                    do {
                        try await call(i)
                        return nil
                    } catch { return error as? RPCError ?? RPCError(.unknown, "\(error)") }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test func aFloodOfSignInsIsRefusedWithRetryAfterAndOtherCallsAreServed() async throws {
        let h = try Harness {
            $0.bcryptCost = 12       // ~160 ms of CPU per hash
            $0.hashThreads = 1
            $0.hashMaxQueued = 4
            $0.authenticationFailures = 0 // the hash lane under test, not the per-address throttle (QuotaTests)
        }
        let (_, me, email) = try await h.signUp()
        let resume = try await h.resumes.createResume(.init(title: "t", rawText: "Swift and Go"), options: me)

        // 64 sign-ins at once: one hashing, four waiting (~0.8 s of work), the rest refused.
        async let flood = Self.flood(64) { _ in
            _ = try await h.users.authenticate(.init(email: email, password: "a wrong password"), options: h.service)
        }
        // Meanwhile: reads with a 2 s deadline (64 hashes in a row would take ~10 s).
        var served = 0
        for _ in 0..<20 {
            let r = try await h.resumes.getResume(.init(id: resume.id), options: CallOptions(timeoutMilliseconds: 2_000, metadata: me.metadata))
            if r.id == resume.id { served += 1 }
        }
        let answers = await flood
        #expect(served == 20)
        let refused = answers.compactMap { $0 }.filter { $0.code == .resourceExhausted }
        #expect(refused.count >= 64 - 1 - 4 - 8, "refused \(refused.count) of 64 (some may finish and free room meanwhile)")
        #expect(refused.allSatisfy { ($0.retryAfterMilliseconds ?? 0) >= 100 }, "every refusal says when to retry")
        #expect(answers.compactMap { $0 }.allSatisfy { $0.code == .resourceExhausted || $0.code == .unauthenticated })
    }

    @Test func aFloodOfAdversarialDocumentsEndsAtItsDeadlinesAndOtherCallsAreServed() async throws {
        let h = try Harness {
            $0.cpuThreads = 1
            $0.cpuMaxQueued = 4
        }
        let (_, me, _) = try await h.signUp()
        let resume = try await h.resumes.createResume(.init(title: "t", rawText: "Swift and Go"), options: me)
        // The text that took 20 s to redact at 200 KiB before redaction was linear.
        let hostile = String(repeating: "a-", count: 100 * 1024)
        // Long enough that every call reaches the lane before its deadline, even on a loaded machine.
        let short = CallOptions(timeoutMilliseconds: 3_000, metadata: me.metadata)
        async let flood = Self.flood(32) { i in
            _ = try await h.resumes.createResume(.init(title: "flood \(i)", rawText: hostile), options: short)
        }
        var served = 0
        for _ in 0..<20 {
            let r = try await h.resumes.getResume(.init(id: resume.id), options: CallOptions(timeoutMilliseconds: 2_000, metadata: me.metadata))
            if r.id == resume.id { served += 1 }
        }
        let answers = await flood
        #expect(served == 20)
        let codes = answers.map { $0?.code ?? .ok }
        #expect(codes.allSatisfy { [.ok, .deadlineExceeded, .resourceExhausted].contains($0) }, "\(codes)")
        #expect(codes.contains(.resourceExhausted), "a lane of one thread and four places refused none of 32 documents")
        // Whatever the flood started has stopped: the lane takes a small document at once.
        let after = try await h.resumes.createResume(.init(title: "after", rawText: "Plain text"),
                                                    options: CallOptions(timeoutMilliseconds: 2_000, metadata: me.metadata))
        #expect(after.title == "after")
    }
}
