import ResumeTestSupport
import Testing
@testable import ResumePostgres

// Event → action tests of the pipeline bookkeeping, with no libpq: tokens
// are strings ("A", "B", ...) and results are integers standing for
// `PGresult` handles. Every result handed in must come back exactly once
// (as a segment's result, its first failure, or for release), and every
// token exactly once.

private typealias Machine = PipelineStateMachine<String, Int>

/// An `Action` in a comparable form (the violation's message is not compared).
private enum Answer: Equatable, CustomStringConvertible {
    case none
    case completed(String, [Int], release: [Int])
    case failed(String, firstFailure: Int, release: [Int])
    case violation(release: [Int])

    init(_ action: Machine.Action) {
        switch action {
        case .none: self = .none
        case .completed(let t, let results, let release): self = .completed(t, results, release: release)
        case .failed(let t, let first, let release): self = .failed(t, firstFailure: first, release: release)
        case .protocolViolation(let what, let release):
            #expect(!what.isEmpty)
            self = .violation(release: release)
        }
    }

    var description: String {
        switch self {
        case .none: "none"
        case .completed(let t, let r, let rel): "completed(\(t), \(r), release: \(rel))"
        case .failed(let t, let f, let rel): "failed(\(t), first: \(f), release: \(rel))"
        case .violation(let rel): "violation(release: \(rel))"
        }
    }
}

private func ok(_ r: Int) -> Machine.Event { .result(r, failed: false) }
private func error(_ r: Int) -> Machine.Event { .result(r, failed: true) }
private var end: Machine.Event { .endOfStatement }
private var sync: Machine.Event { .sync }

private extension PipelineStateMachine where Token == String, Result == Int {
    /// Feeds `events` in order; returns every answer that is not `.none`,
    /// and records an issue for any event before the last that answered.
    mutating func feed(_ events: [Event]) -> Answer {
        var last = Answer.none
        for (i, e) in events.enumerated() {
            last = Answer(received(e))
            if i < events.count - 1 && last != .none { Issue.record("event \(i) (\(e)) answered early: \(last)") }
        }
        return last
    }
}

@Suite struct PipelineStateMachineTests {

    // MARK: Normal segments

    @Test func oneSegmentOfOneStatementCompletesWithItsResult() {
        var m = Machine()
        #expect(m.isIdle && m.inFlight == 0 && m.current == nil && m.tokens.isEmpty)
        m.sent("A", statements: 1)
        #expect(!m.isIdle && m.inFlight == 1 && m.current == "A" && m.tokens == ["A"])
        #expect(Answer(m.received(ok(10))) == .none)
        #expect(Answer(m.received(end)) == .none)
        #expect(m.current == "A")                                 // not done before its sync
        #expect(Answer(m.received(sync)) == .completed("A", [10], release: []))
        #expect(m.isIdle && m.inFlight == 0 && m.current == nil && m.tokens.isEmpty)
    }

    @Test func severalSegmentsInFlightCompleteInOrderEachWithItsOwnResults() {
        var m = Machine()
        m.sent("A", statements: 1)
        m.sent("B", statements: 2)
        m.sent("C", statements: 1)
        #expect(m.tokens == ["A", "B", "C"] && m.inFlight == 3 && m.current == "A")
        #expect(Answer(m.received(ok(1))) == .none)
        #expect(Answer(m.received(end)) == .none)
        #expect(Answer(m.received(sync)) == .completed("A", [1], release: []))
        #expect(m.tokens == ["B", "C"] && m.inFlight == 2 && m.current == "B")
        // A segment sent while others are being answered queues behind them.
        m.sent("D", statements: 1)
        #expect(m.tokens == ["B", "C", "D"])
        #expect(Answer(m.received(ok(2))) == .none)
        #expect(Answer(m.received(end)) == .none)
        #expect(m.current == "B")
        #expect(Answer(m.received(ok(3))) == .none)
        #expect(Answer(m.received(end)) == .none)
        #expect(Answer(m.received(sync)) == .completed("B", [2, 3], release: []))
        #expect(m.current == "C" && m.inFlight == 2)
        #expect(Answer(m.received(ok(4))) == .none)
        #expect(Answer(m.received(end)) == .none)
        #expect(Answer(m.received(sync)) == .completed("C", [4], release: []))
        #expect(m.feed([ok(5), end, sync]) == .completed("D", [5], release: []))
        #expect(m.isIdle && m.tokens.isEmpty && m.current == nil)
    }

    @Test func aSegmentOfSeveralStatementsAnswersInStatementOrder() {
        var m = Machine()
        m.sent("prepare+query", statements: 3)
        // e.g. a PREPARE, an EXECUTE and a SELECT: one result each, in order.
        #expect(m.feed([ok(100), end, ok(200), end, ok(300), end, sync])
                == .completed("prepare+query", [100, 200, 300], release: []))
        #expect(m.isIdle)
    }

    @Test func theMachineIsReusableAfterGoingIdle() {
        var m = Machine()
        m.sent("A", statements: 1)
        #expect(m.feed([ok(1), end, sync]) == .completed("A", [1], release: []))
        m.sent("B", statements: 1)
        #expect(m.current == "B" && m.tokens == ["B"])
        #expect(m.feed([ok(2), end, sync]) == .completed("B", [2], release: []))
    }

    @Test func aStatementWithSurplusResultsKeepsOneAndReleasesTheOthers() {
        var m = Machine()
        m.sent("A", statements: 2)
        let answer = m.feed([ok(1), ok(2), end, ok(3), end, sync])
        guard case .completed(let t, let results, let release) = answer else {
            Issue.record("expected completed, got \(answer)")
            return
        }
        #expect(t == "A")
        #expect(results.count == 2 && [1, 2].contains(results[0]) && results[1] == 3)
        #expect((results + release).sorted() == [1, 2, 3])        // nothing lost, nothing twice
    }

    // MARK: Errors stay inside their segment

    @Test func anErrorInTheFirstStatementFailsItsSegmentAndReleasesTheAbortedRest() {
        var m = Machine()
        m.sent("A", statements: 3)
        m.sent("B", statements: 1)
        #expect(Answer(m.received(error(11))) == .none)           // the error
        #expect(Answer(m.received(end)) == .none)
        #expect(Answer(m.received(error(12))) == .none)           // PIPELINE_ABORTED
        #expect(Answer(m.received(end)) == .none)
        #expect(Answer(m.received(error(13))) == .none)           // PIPELINE_ABORTED
        #expect(Answer(m.received(end)) == .none)
        #expect(m.current == "A")
        #expect(Answer(m.received(sync)) == .failed("A", firstFailure: 11, release: [12, 13]))
        // The next request's work is its own: it completes normally.
        #expect(m.current == "B" && m.tokens == ["B"])
        #expect(m.feed([ok(21), end, sync]) == .completed("B", [21], release: []))
        #expect(m.isIdle)
    }

    @Test func anErrorInAMiddleStatementReleasesTheEarlierResultsAndTheAbortedRest() {
        var m = Machine()
        m.sent("A", statements: 3)
        m.sent("B", statements: 2)
        #expect(m.feed([ok(11), end, error(12), end, error(13), end, sync])
                == .failed("A", firstFailure: 12, release: [11, 13]))
        #expect(m.feed([ok(21), end, ok(22), end, sync]) == .completed("B", [21, 22], release: []))
    }

    @Test func currentStatementNamesTheStatementWhoseResultsArriveNow() {
        // PipelinedConnection reads it when a result fails, to tell a failed PREPARE.
        var m = Machine()
        #expect(m.currentStatement == nil)
        m.sent("A", statements: 2)
        m.sent("B", statements: 1)
        #expect(m.currentStatement == 0)
        #expect(Answer(m.received(ok(1))) == .none)
        #expect(m.currentStatement == 0)
        #expect(Answer(m.received(end)) == .none)
        #expect(m.currentStatement == 1)
        #expect(m.feed([error(2), end, sync]) == .failed("A", firstFailure: 2, release: [1]))
        #expect(m.current == "B" && m.currentStatement == 0)
        #expect(m.feed([ok(3), end, sync]) == .completed("B", [3], release: []))
        #expect(m.currentStatement == nil)
    }

    @Test func anErrorInTheLastStatementFailsTheSegment() {
        var m = Machine()
        m.sent("A", statements: 2)
        #expect(m.feed([ok(1), end, error(2), end, sync]) == .failed("A", firstFailure: 2, release: [1]))
    }

    @Test func anErrorAfterRowsOfTheSameStatementKeepsTheErrorAsTheFailure() {
        // Rows, then an error, for one statement (e.g. a division by zero on row 2).
        var m = Machine()
        m.sent("A", statements: 1)
        let answer = m.feed([ok(1), error(2), end, sync])
        #expect(answer == .failed("A", firstFailure: 2, release: [1]))
    }

    @Test func aFailedSegmentBetweenTwoGoodOnesAffectsNeitherOfThem() {
        var m = Machine()
        m.sent("A", statements: 1)
        m.sent("B", statements: 2)
        m.sent("C", statements: 1)
        #expect(m.feed([ok(1), end, sync]) == .completed("A", [1], release: []))
        #expect(m.feed([error(2), end, error(3), end, sync]) == .failed("B", firstFailure: 2, release: [3]))
        #expect(m.feed([ok(4), end, sync]) == .completed("C", [4], release: []))
    }

    // MARK: Protocol violations

    @Test func aSyncWithNothingInFlightIsAViolation() {
        var m = Machine()
        #expect(Answer(m.received(sync)) == .violation(release: []))
        #expect(m.isIdle)
    }

    @Test func aStatementEndWithNothingInFlightIsAViolation() {
        var m = Machine()
        #expect(Answer(m.received(end)) == .violation(release: []))
        #expect(m.isIdle)
    }

    @Test func aResultWithNothingInFlightIsAViolationAndIsHandedBackForRelease() {
        var m = Machine()
        #expect(Answer(m.received(ok(7))) == .violation(release: [7]))
        #expect(Answer(m.received(error(8))) == .violation(release: [8]))
        // Also after every segment has been answered.
        m.sent("A", statements: 1)
        #expect(m.feed([ok(1), end, sync]) == .completed("A", [1], release: []))
        #expect(Answer(m.received(ok(9))) == .violation(release: [9]))
    }

    @Test func aSyncBeforeTheSegmentsStatementsEndedIsAViolationReleasingItsResults() {
        var m = Machine()
        m.sent("A", statements: 3)
        m.sent("B", statements: 1)
        #expect(m.feed([ok(1), end, ok(2)]) == .none)                 // statement 2 not ended
        let answer = Answer(m.received(sync))
        guard case .violation(let release) = answer else {
            Issue.record("expected a violation, got \(answer)")
            return
        }
        // Whatever was gathered is handed back, here or by connectionLost, once.
        let lost = m.connectionLost()
        #expect((release + lost.flatMap(\.release)).sorted() == [1, 2])
        #expect(lost.map(\.token).contains("B"))
        #expect(m.isIdle)
    }

    @Test func aSyncCuttingShortAFailedSegmentIsAViolationNotAFailure() {
        // After an error libpq still sends PIPELINE_ABORTED + null for every
        // remaining statement; a sync before them means the stream is out of step.
        var m = Machine()
        m.sent("A", statements: 3)
        m.sent("B", statements: 1)
        #expect(m.feed([error(1), end]) == .none)
        let answer = Answer(m.received(sync))
        guard case .violation(let release) = answer else {
            Issue.record("expected a violation, got \(answer)")
            return
        }
        let lost = m.connectionLost()
        #expect((release + lost.flatMap(\.release)).sorted() == [1])
        #expect(lost.map(\.token).contains("B"))
    }

    @Test func aSegmentWhoseSyncCameTooEarlyIsStillAnsweredWhenTheConnectionIsDropped() {
        // The owner (PipelinedConnection) answers a violation by dropping the
        // connection and failing `connectionLost()`'s tokens. A's segment was
        // in flight: its caller must hear back.
        var m = Machine()
        m.sent("A", statements: 2)
        m.sent("B", statements: 1)
        #expect(m.feed([ok(1), end]) == .none)
        let answer = Answer(m.received(sync))                         // A had 2 statements
        guard case .violation(let release) = answer else {
            Issue.record("expected a violation, got \(answer)")
            return
        }
        let lost = m.connectionLost()
        #expect((release + lost.flatMap(\.release)).sorted() == [1])  // every result once
        #expect(lost.map(\.token) == ["A", "B"])
        
    }

    @Test func aStatementWithNoResultIsAViolationAtItsSync() {
        var m = Machine()
        m.sent("A", statements: 2)
        m.sent("B", statements: 1)
        #expect(m.feed([end, ok(2), end]) == .none)                   // statement 1: no result
        let answer = Answer(m.received(sync))
        guard case .violation(let release) = answer else {
            Issue.record("expected a violation, got \(answer)")
            return
        }
        let lost = m.connectionLost()
        #expect((release + lost.flatMap(\.release)).sorted() == [2])
        #expect(lost.map(\.token).contains("B"))
        #expect(lost.map(\.token) == ["A", "B"])
        
    }

    @Test func anExtraStatementEndIsAViolationAndTheSegmentsResultsComeBackWithConnectionLost() {
        var m = Machine()
        m.sent("A", statements: 1)
        m.sent("B", statements: 1)
        #expect(m.feed([ok(1), end]) == .none)
        #expect(Answer(m.received(end)) == .violation(release: []))
        let lost = m.connectionLost()
        #expect(lost.map(\.token) == ["A", "B"])
        #expect(lost.map(\.release) == [[1], []])
        #expect(m.isIdle)
    }

    @Test func aResultAfterTheLastStatementIsAViolationAndIsHandedBack() {
        var m = Machine()
        m.sent("A", statements: 1)
        #expect(m.feed([ok(1), end]) == .none)
        #expect(Answer(m.received(ok(2))) == .violation(release: [2]))
        #expect(Answer(m.received(error(3))) == .violation(release: [3]))
        let lost = m.connectionLost()
        #expect(lost.map(\.token) == ["A"])
        #expect(lost.map(\.release) == [[1]])
    }

    // MARK: Connection lost

    @Test func connectionLostReturnsEveryTokenOldestFirstWithItsGatheredResults() {
        var m = Machine()
        m.sent("A", statements: 1)
        m.sent("B", statements: 3)
        m.sent("C", statements: 1)
        m.sent("D", statements: 2)
        #expect(m.feed([ok(1), end, sync]) == .completed("A", [1], release: []))
        // B partly answered: one result, one error, and an aborted result not yet ended.
        #expect(m.feed([ok(2), end, error(3), end, error(4)]) == .none)
        #expect(m.tokens == ["B", "C", "D"])
        let lost = m.connectionLost()
        #expect(lost.map(\.token) == ["B", "C", "D"])
        #expect(lost.count == 3)
        #expect(lost.first?.release.sorted() == [2, 3, 4])
        #expect(lost.dropFirst().map(\.release) == [[], []])
        #expect(m.isIdle && m.inFlight == 0 && m.current == nil && m.tokens.isEmpty)
        #expect(m.connectionLost().isEmpty)                          // nothing twice
        #expect(Answer(m.received(sync)) == .violation(release: []))
    }

    @Test func connectionLostWithNothingInFlightReturnsNothing() {
        var m = Machine()
        #expect(m.connectionLost().isEmpty)
        m.sent("A", statements: 1)
        _ = m.feed([ok(1), end, sync])
        #expect(m.connectionLost().isEmpty)
    }

    @Test func connectionLostAfterSomeSegmentsCompletedReturnsOnlyTheRest() {
        var m = Machine()
        for t in ["A", "B", "C"] { m.sent(t, statements: 1) }
        #expect(m.feed([ok(1), end, sync]) == .completed("A", [1], release: []))
        #expect(m.feed([ok(2), end, sync]) == .completed("B", [2], release: []))
        m.sent("D", statements: 1)
        let lost = m.connectionLost()
        #expect(lost.map(\.token) == ["C", "D"])
        #expect(lost.map(\.release) == [[], []])
        // Reusable afterwards (a new connection's machine may be the same value).
        m.sent("E", statements: 1)
        #expect(m.tokens == ["E"])
        #expect(m.feed([ok(5), end, sync]) == .completed("E", [5], release: []))
    }

    // MARK: Properties

    @Test(arguments: [1, 2, 3, 4, 5, 42, 0xC0FFEE, 0xBAD_5EED] as [UInt64])
    func everyCallerIsAnsweredExactlyOnceAndEveryResultComesBackOnce(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var m = Machine()
        var nextResult = 0
        var nextToken = 0
        var plans: [String: SegmentPlan] = [:]
        var sentOrder: [String] = []          // sent and not yet answered, oldest first
        var fed: [String: [Int]] = [:]        // results fed so far, per token
        var cursor = 0                        // next event of the oldest segment
        var answered: [String: Int] = [:]
        var returned: [Int: Int] = [:]        // result → times it came back
        var allResults: [Int] = []
        var lostCount = 0
        var completedCount = 0
        var failedCount = 0

        func giveBack(_ rs: [Int]) { for r in rs { returned[r, default: 0] += 1 } }

        for step in 0..<3_000 {
            // The machine's view matches ours at every step.
            #expect(m.tokens == sentOrder, "step \(step)")
            #expect(m.inFlight == sentOrder.count && m.isIdle == sentOrder.isEmpty && m.current == sentOrder.first)

            let roll = rng.int(0..<100)
            if roll < 25 || sentOrder.isEmpty {
                guard nextToken < 400 else { break }
                nextToken += 1
                let token = "T\(nextToken)"
                let plan = SegmentPlan(token: token, rng: &rng, nextResult: &nextResult)
                allResults += plan.allResults
                plans[token] = plan
                m.sent(token, statements: plan.statements)
                sentOrder.append(token)
                fed[token] = []
            } else if roll < 26 {
                // The connection drops mid-stream.
                let lost = m.connectionLost()
                #expect(lost.map(\.token) == sentOrder, "step \(step)")
                for (token, release) in lost {
                    answered[token, default: 0] += 1
                    #expect(release.sorted() == (fed[token] ?? []).sorted(), "\(token) gave back \(release)")
                    giveBack(release)
                    // The results never fed will never exist.
                    allResults.removeAll { plans[token]!.allResults.contains($0) && !(fed[token] ?? []).contains($0) }
                }
                lostCount += lost.count
                sentOrder = []
                cursor = 0
            } else {
                let token = sentOrder[0]
                let plan = plans[token]!
                let event = plan.events[cursor]
                cursor += 1
                if case .result(let r, _) = event { fed[token, default: []].append(r) }
                let answer = Answer(m.received(event))
                if cursor < plan.events.count {
                    #expect(answer == .none, "\(token) event \(cursor - 1)")
                    continue
                }
                // The sync: the segment's one answer.
                sentOrder.removeFirst()
                cursor = 0
                answered[token, default: 0] += 1
                switch answer {
                case .completed(let t, let results, let release):
                    completedCount += 1
                    #expect(t == token && plan.firstFailure == nil, "\(token): \(answer)")
                    #expect(results.count == plan.statements, "\(token): \(answer)")
                    for (i, r) in results.enumerated() where i < plan.statements {
                        #expect(plan.resultsByStatement[i].contains(r), "\(token) statement \(i) answered \(r)")
                    }
                    giveBack(results + release)
                case .failed(let t, let first, let release):
                    failedCount += 1
                    #expect(t == token && first == plan.firstFailure, "\(token): \(answer)")
                    giveBack([first] + release)
                default:
                    Issue.record("\(token): unexpected \(answer)")
                }
            }
        }
        // Answer whatever is still in flight, in full.
        while let token = sentOrder.first {
            let plan = plans[token]!
            var answer = Answer.none
            while cursor < plan.events.count {
                answer = Answer(m.received(plan.events[cursor]))
                cursor += 1
            }
            sentOrder.removeFirst()
            cursor = 0
            answered[token, default: 0] += 1
            switch answer {
            case .completed(_, let results, let release): giveBack(results + release)
            case .failed(_, let first, let release): giveBack([first] + release)
            default: Issue.record("\(token): unexpected \(answer)")
            }
        }
        #expect(m.isIdle)
        #expect(answered.count == nextToken && answered.values.allSatisfy { $0 == 1 }, "tokens answered \(answered.filter { $0.value != 1 })")
        #expect(Set(returned.keys) == Set(allResults), "results lost: \(Set(allResults).subtracting(returned.keys).sorted().prefix(10))")
        #expect(returned.values.allSatisfy { $0 == 1 }, "results returned twice: \(returned.filter { $0.value != 1 }.keys.sorted().prefix(10))")
        // The run exercised every path.
        #expect(completedCount > 50 && failedCount > 20 && lostCount > 0, "completed \(completedCount), failed \(failedCount), lost \(lostCount)")
    }

    @Test(arguments: [7, 8, 9, 10, 11, 12] as [UInt64])
    func evenWhenLibpqMisbehavesEveryResultComesBackExactlyOnce(seed: UInt64) {
        // Arbitrary events, valid or not: each result fed in is returned once
        // (answer, release or connectionLost), no token twice, and the
        // machine's views stay consistent.
        var rng = SplitMix64(seed: seed)
        var m = Machine()
        var nextResult = 0
        var nextToken = 0
        var fedResults = 0
        var returned: [Int: Int] = [:]
        var tokenAnswers: [String: Int] = [:]
        var violations = 0
        func giveBack(_ rs: [Int]) { for r in rs { returned[r, default: 0] += 1 } }
        func record(_ answer: Answer) {
            switch answer {
            case .none: break
            case .completed(let t, let results, let release):
                tokenAnswers[t, default: 0] += 1
                giveBack(results + release)
            case .failed(let t, let first, let release):
                tokenAnswers[t, default: 0] += 1
                giveBack([first] + release)
            case .violation(let release):
                giveBack(release)
            }
        }

        for _ in 0..<5_000 {
            switch rng.int(0..<100) {
            case 0..<15:
                nextToken += 1
                m.sent("T\(nextToken)", statements: rng.int(1...3))
            case 15..<55:
                nextResult += 1
                fedResults += 1
                let a = m.received(.result(nextResult, failed: rng.chance(20)))
                if case .protocolViolation = a { violations += 1 }
                record(Answer(a))
            case 55..<85:
                let a = m.received(.endOfStatement)
                if case .protocolViolation = a { violations += 1 }
                record(Answer(a))
            case 85..<99:
                let a = m.received(.sync)
                if case .protocolViolation = a { violations += 1 }
                record(Answer(a))
            default:
                for (token, release) in m.connectionLost() {
                    tokenAnswers[token, default: 0] += 1
                    giveBack(release)
                }
            }
            #expect(m.inFlight == m.tokens.count && m.isIdle == m.tokens.isEmpty && m.current == m.tokens.first)
        }
        for (token, release) in m.connectionLost() {
            tokenAnswers[token, default: 0] += 1
            giveBack(release)
        }
        #expect(m.isIdle)
        #expect(returned.count == fedResults && returned.values.allSatisfy { $0 == 1 },
                "\(fedResults) fed, \(returned.count) returned, twice: \(returned.filter { $0.value > 1 }.keys.sorted().prefix(10))")
        #expect(tokenAnswers.values.allSatisfy { $0 == 1 })
        #expect(violations > 100)

    }
}

// MARK: - Random plans

/// One segment as libpq would answer it: per statement its results and a
/// null, then the sync. Some fail at a random statement (the rest aborted);
/// a few statements give a surplus result.
private struct SegmentPlan {
    let token: String
    let statements: Int
    var events: [Machine.Event] = []
    var resultsByStatement: [[Int]] = []
    var firstFailure: Int?
    var allResults: [Int] { resultsByStatement.flatMap { $0 } }

    init(token: String, rng: inout SplitMix64, nextResult: inout Int) {
        self.token = token
        statements = rng.int(1...4)
        let failAt: Int? = rng.chance(35) ? rng.int(0..<statements) : nil
        for s in 0..<statements {
            var rs: [Int] = []
            func add(_ failed: Bool) {
                nextResult += 1
                rs.append(nextResult)
                events.append(.result(nextResult, failed: failed))
            }
            if let failAt, s == failAt {
                if rng.chance(20) { add(false) }           // rows before the error
                add(true)
                firstFailure = rs.last
            } else if let failAt, s > failAt {
                add(true)                                  // PIPELINE_ABORTED
            } else {
                if rng.chance(10) { add(false) }           // a surplus result
                add(false)
            }
            events.append(.endOfStatement)
            resultsByStatement.append(rs)
        }
        events.append(.sync)
    }
}
