/// What one libpq connection in pipeline mode has in flight, with no I/O:
/// which *segment* (one request's statements followed by its own sync
/// point) each result belongs to. The I/O owner (`PipelinedConnection`)
/// feeds it what `PQgetResult` returns and acts on what it says.
///
/// libpq's order, per segment: for each statement, its results (one, or an
/// error, or `PIPELINE_ABORTED` after an earlier error in the segment) and
/// then a null result; after the last statement, one `PIPELINE_SYNC`, with
/// no null after it. Because every segment ends in its own sync, an error
/// aborts only the rest of that segment: each request is its own implicit
/// transaction, and one request's failure never rolls back another's work.
///
/// Generic over the owner's request token and libpq's result handle.
struct PipelineStateMachine<Token, Result> {
    /// What libpq handed over.
    enum Event {
        /// A result of the current statement; `failed` for an error or an aborted statement.
        case result(Result, failed: Bool)
        /// The null that ends the current statement's results.
        case endOfStatement
        /// The sync point that ends the current segment.
        case sync
    }

    /// What the owner must do.
    enum Action {
        /// Nothing yet.
        case none
        /// The segment is done: every statement's result, in order, and any
        /// surplus results to release.
        case completed(Token, [Result], release: [Result])
        /// The segment is done and failed: its first failed result, plus
        /// every other result to release.
        case failed(Token, firstFailure: Result, release: [Result])
        /// libpq reported something no segment expects: the connection can
        /// no longer be trusted. Close it: `connectionLost` hands back every
        /// segment still in flight, the offending one included; `release`
        /// holds only results that belong to no segment.
        case protocolViolation(String, release: [Result])
    }

    private struct Segment {
        let token: Token
        let statements: Int
        var statement = 0
        var results: [Result] = []
        var current: Result?
        var firstFailure: Result?
        var surplus: [Result] = []

        var everything: [Result] { results + surplus + (current.map { [$0] } ?? []) + (firstFailure.map { [$0] } ?? []) }
    }

    private var segments: [Segment] = []
    private var head = 0

    /// Segments sent and not yet synced.
    var inFlight: Int { segments.count - head }

    /// Whether nothing is in flight.
    var isIdle: Bool { inFlight == 0 }

    /// The token of the segment the server is working on (the oldest unsynced).
    var current: Token? { head < segments.count ? segments[head].token : nil }

    /// The index, within the oldest segment, of the statement whose results
    /// arrive now (counting from 0).
    var currentStatement: Int? { head < segments.count ? segments[head].statement : nil }

    /// The tokens of every segment in flight, oldest first.
    var tokens: [Token] { segments[head...].map(\.token) }

    /// A segment of `statements` statements (at least one) and a sync was queued.
    mutating func sent(_ token: Token, statements: Int) {
        precondition(statements >= 1)
        segments.append(Segment(token: token, statements: statements))
    }

    /// libpq returned something for the oldest segment.
    mutating func received(_ event: Event) -> Action {
        guard head < segments.count else {
            if case .result(let r, _) = event { return .protocolViolation("a result arrived with nothing in flight", release: [r]) }
            return .protocolViolation("\(event) arrived with nothing in flight", release: [])
        }
        switch event {
        case .result(let r, let failed):
            guard segments[head].statement < segments[head].statements else {
                return .protocolViolation("a result arrived after the segment's last statement", release: [r])
            }
            if failed && segments[head].firstFailure == nil {
                segments[head].firstFailure = r
            } else {
                if let previous = segments[head].current { segments[head].surplus.append(previous) }
                segments[head].current = r
            }
            return .none
        case .endOfStatement:
            guard segments[head].statement < segments[head].statements else {
                return .protocolViolation("a statement ended after the segment's last statement", release: [])
            }
            if let r = segments[head].current {
                segments[head].results.append(r)
                segments[head].current = nil
            }
            segments[head].statement += 1
            return .none
        case .sync:
            // A sync that breaks the order leaves the segment in flight, so
            // that `connectionLost` hands its token and results back.
            guard segments[head].statement == segments[head].statements else {
                return .protocolViolation("a sync arrived before the segment's statements ended", release: [])
            }
            guard segments[head].firstFailure != nil || segments[head].results.count == segments[head].statements else {
                return .protocolViolation("a statement ended without a result", release: [])
            }
            let s = segments[head]
            segments[head] = Segment(token: s.token, statements: s.statements) // drop the references
            head += 1
            if head == segments.count {
                segments.removeAll(keepingCapacity: true)
                head = 0
            }
            if let failure = s.firstFailure {
                return .failed(s.token, firstFailure: failure, release: s.results + s.surplus + (s.current.map { [$0] } ?? []))
            }
            return .completed(s.token, s.results, release: s.surplus)
        }
    }

    /// The connection is gone: every segment in flight is returned, oldest
    /// first, with whatever results they had gathered (to release). None of
    /// them is known to have committed or not: the owner decides, by what
    /// each request did, whether running it again is safe.
    mutating func connectionLost() -> [(token: Token, release: [Result])] {
        let out = segments[head...].map { s in (s.token, s.everything) }
        segments.removeAll()
        head = 0
        return out
    }
}
