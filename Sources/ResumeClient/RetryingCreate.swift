import Foundation
public import ResumeWire

/// Sends a create, and sends it again after a failure that may have hidden
/// a stored row, always with the same idempotency key — the options' own,
/// or a new one made before the first attempt — so the row is stored once
/// (docs/API.md, "Idempotency keys"):
///
///     let resume = try await retryingCreate(options: me) { o in
///         try await resumes.createResume(.init(title: "Backend", rawText: text), options: o)
///     }
///
/// Sent again: `UNAVAILABLE` and `DEADLINE_EXCEEDED` (after `backoffMilliseconds`,
/// doubling, or the answer's `retry-after-ms` when longer), and
/// `RESOURCE_EXHAUSTED` that says when to come back (a saturated lane, a
/// rate; a quota the user holds says nothing and is thrown). Anything else is
/// thrown at once, as is the last failure after `attempts` calls (1 to 20).
public func retryingCreate<Response: Sendable>(
    attempts: Int = 5, backoffMilliseconds: UInt64 = 100, options: CallOptions,
    _ call: (CallOptions) async throws(RPCError) -> Response
) async throws(RPCError) -> Response {
    precondition((1...20).contains(attempts), "attempts must be 1 to 20")
    let keyed = options.idempotencyKey == nil ? options.withNewIdempotencyKey() : options
    var attempt = 0
    while true {
        do {
            return try await call(keyed)
        } catch {
            attempt += 1
            let pause: UInt64
            switch error.code {
            case .unavailable, .deadlineExceeded:
                pause = max(UInt64(error.retryAfterMilliseconds ?? 0), backoffMilliseconds << UInt64(min(attempt - 1, 10)))
            case .resourceExhausted where error.retryAfterMilliseconds != nil:
                pause = UInt64(error.retryAfterMilliseconds!)
            default:
                throw error
            }
            if attempt >= attempts { throw error }
            try? await Task.sleep(nanoseconds: pause * 1_000_000)
        }
    }
}
