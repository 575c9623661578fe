#if canImport(Glibc)
import Glibc
#endif
import CEpoll
import CResumeLoad
import ResumeCore
import ResumeLoad
import ResumeTransport

/// What one engine thread is given.
struct WorkerConfig: Sendable {
    /// This thread's number, 0 ..< `threads`.
    let index: Int
    let threads: Int
    let address: SocketAddress
    /// Connections this thread opens.
    let connections: Int
    let plan: CallPlan
    /// Closed loop with `--requests`: measured calls this thread sends.
    let requestsBudget: Int?
}

/// What one engine thread brings back.
struct WorkerResult: Sendable {
    var stats = RunStats()
    var warnings: [String] = []
    /// Why it could not run (a connection refused), if it could not.
    var failure: String?
}

/// One engine thread: its own epoll set over its connections, sending
/// pre-encoded frames with a fresh call id each, matching answers by call id,
/// and counting into its own statistics. Closed loop: each answer is
/// followed by the next call on that connection. Open loop: calls go out
/// when the schedule makes them due, on any connection with a free slot.
/// Lives and dies on its thread; nothing in it is shared but `shared`'s atomics.
final class LoadWorker {
    let config: WorkerConfig
    let shared: LoadShared
    private var plan: CallPlan { config.plan }
    private var options: LoadOptions { config.plan.options }
    private var connections: [LoadConnection] = []
    private var epfd: Int32 = -1
    private(set) var result = WorkerResult()

    // Calls.
    private var rng: LoadRandom
    private let fixedScenario: LoadScenario
    private let scenarioIndexes: [LoadScenario: UInt8]
    private let readCached: Bool
    private var payload: [UInt8] = []
    private var header: [UInt8] = []
    private var createSequence: UInt64 = 0
    private var uncachedNext: Int
    private var dirty: [Int] = []
    private var isDirty: [Bool] = []
    private var openRound = 0
    /// Connections still open, and free slots on them.
    private var aliveCount = 0
    private var freeSlots = 0

    // Time and progress.
    private var warmupEnd: UInt64 = 0
    private var endTime: UInt64?
    private var sending = true
    private var measuredSent = 0
    private var schedule: OpenLoopSchedule?
    private var openLimit: UInt64?
    private var callsDone: UInt64 = 0
    private var measuredErrors: UInt64 = 0
    private var giveUpAfter: UInt64

    init(config: WorkerConfig, shared: LoadShared) {
        self.config = config
        self.shared = shared
        let options = config.plan.options
        rng = LoadRandom(seed: options.seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(config.index))
        fixedScenario = options.scenario
        var indexes: [LoadScenario: UInt8] = [:]
        for s in LoadScenario.allCases { indexes[s] = UInt8(RunStats.index(of: s)) }
        scenarioIndexes = indexes
        readCached = options.scenariosUsed.contains { $0 == .analyzeCached || $0 == .analyzeUncached }
        uncachedNext = config.index
        giveUpAfter = (UInt64(options.timeoutMilliseconds) + 1_000) * 1_000_000
    }

    deinit {
        if epfd >= 0 { close(epfd) }
    }

    // MARK: Connecting

    /// Opens this thread's connections and its epoll set.
    func connect() throws {
        epfd = cepoll_create()
        guard epfd >= 0 else { throw SocketError("epoll_create1") }
        for i in 0..<config.connections {
            let fd = try Socket.connect(config.address, timeoutMilliseconds: 5_000, nonBlocking: true)
            let c = LoadConnection(fd: fd, inFlight: options.inFlight)
            connections.append(c)
            isDirty.append(false)
            aliveCount += 1
            freeSlots += options.inFlight
            guard cepoll_ctl(epfd, CEPOLL_CTL_ADD, fd, CEPOLL_IN, UInt64(i)) == 0 else { throw SocketError("epoll_ctl") }
        }
    }

    // MARK: Running

    /// Runs from `shared.startTime` until the run's end and every answer is in (or given up on).
    func run() {
        let start = shared.startTime.load(ordering: .acquiring)
        var events = [UInt32](repeating: 0, count: 256)
        var tokens = [UInt64](repeating: 0, count: 256)
        // Every thread starts at the same moment (nothing is in flight yet, so no event is missed).
        while case let now = MonotonicClock.nanoseconds(), now < start {
            _ = cload_wait(epfd, &events, &tokens, 256, Int64(start - now))
        }
        warmupEnd = start &+ options.warmupNanoseconds
        endTime = options.effectiveDurationNanoseconds.map { warmupEnd &+ $0 }
        if let rate = options.rate {
            let s = OpenLoopSchedule(start: start, rate: rate, share: config.index, of: config.threads)
            if let requests = options.requests {
                openLimit = s.firstCall(dueAtOrAfter: warmupEnd) + UInt64(requests)
            }
            schedule = s
        } else {
            let now = MonotonicClock.nanoseconds()
            for i in connections.indices { fillClosed(i, now: now) }
        }
        var nextSweep = MonotonicClock.nanoseconds() &+ 100_000_000
        var drainDeadline = UInt64.max

        while true {
            var now = MonotonicClock.nanoseconds()
            if sending && (shared.stop.load(ordering: .relaxed) || endTime.map({ now >= $0 }) == true) {
                stopSending(now: now)
            }
            if sending, schedule != nil { sendDue(now: now) }
            flushDirty()
            if !sending {
                if drainDeadline == .max { drainDeadline = now &+ giveUpAfter }
                if inFlight == 0 { break }
                if now >= drainDeadline { giveUp(before: .max, now: now); break }
            }
            if aliveCount == 0 {
                if sending { result.warnings.append("thread \(config.index): every connection was lost; it stopped early") }
                break
            }
            var timeout = Int64(bitPattern: nextSweep &- now)
            if sending, let s = schedule, hasFreeSlot { timeout = min(timeout, Int64(bitPattern: s.nextDue &- now)) }
            if sending, let endTime { timeout = min(timeout, Int64(bitPattern: endTime &- now)) }
            if !sending { timeout = min(timeout, Int64(bitPattern: drainDeadline &- now)) }
            let n = cload_wait(epfd, &events, &tokens, 256, max(timeout, 0))
            now = MonotonicClock.nanoseconds()
            if n > 0 {
                for e in 0..<Int(n) {
                    let i = Int(tokens[e])
                    let c = connections[i]
                    guard c.alive else { continue }
                    if events[e] & CEPOLL_OUT != 0 { markDirty(i) }
                    if events[e] & (CEPOLL_IN | CEPOLL_ERR | CEPOLL_HUP) != 0 { read(i, now: now) }
                }
            }
            if now >= nextSweep {
                let freed = giveUp(before: now &- giveUpAfter, now: now)
                // Closed loop: a call given up on makes room for the next, as an answer would.
                if schedule == nil { for i in freed { fillClosed(i, now: now) } }
                publish()
                nextSweep = now &+ 100_000_000
            }
        }
        publish()
    }

    private var inFlight: Int { aliveCount * options.inFlight - freeSlots }
    private var hasFreeSlot: Bool { freeSlots > 0 }

    private func stopSending(now: UInt64) {
        guard sending else { return }
        sending = false
        if let s = schedule, let endTime, openLimit == nil {
            // Calls due in the measured stretch (up to now, when stopped early) that never went out.
            let cutoff = min(now, endTime)
            if cutoff > warmupEnd {
                let endCall = s.firstCall(dueAtOrAfter: cutoff), warmCall = s.firstCall(dueAtOrAfter: warmupEnd)
                result.stats.unsent += s.remaining(below: endCall) - s.remaining(below: warmCall)
            }
        }
    }

    /// Closed loop: fills connection `i`'s free slots.
    private func fillClosed(_ i: Int, now: UInt64) {
        let c = connections[i]
        while sending && c.alive && c.slots.hasFree {
            if let budget = config.requestsBudget, now >= warmupEnd {
                guard measuredSent < budget else { stopSending(now: now); return }
                measuredSent += 1
            }
            guard send(on: i, start: now) else { stopSending(now: now); return }
        }
    }

    /// Open loop: sends every call now due, while slots are free.
    private func sendDue(now: UInt64) {
        guard var s = schedule else { return }
        defer { schedule = s }
        while sending {
            let due = s.nextDue
            if due > now { return }
            if let endTime, due >= endTime { stopSending(now: now); return }
            if let openLimit, s.nextCall >= openLimit { stopSending(now: now); return }
            guard let i = nextFreeConnection() else { return }
            let taken = s.take()
            guard send(on: i, start: taken.due) else { stopSending(now: now); return }
        }
    }

    private func nextFreeConnection() -> Int? {
        for k in 0..<connections.count {
            let i = (openRound + k) % connections.count
            if connections[i].alive && connections[i].slots.hasFree {
                openRound = i + 1
                return i
            }
        }
        return nil
    }

    /// Queues one call on connection `i`, started (or due) at `start`; false
    /// when there is nothing left to call (the never-analysed pairs ran out).
    private func send(on i: Int, start: UInt64) -> Bool {
        let c = connections[i]
        var scenario = fixedScenario
        if let mix = options.mix { scenario = mix.scenario(forDraw: rng.below(mix.totalWeight)) }
        if scenario == .analyzeUncached && uncachedNext >= plan.uncachedPairCount {
            result.warnings.append("analyze-uncached: thread \(config.index) used all its never-analysed pairs and stopped sending; prepare more with --uncached-pairs")
            return false
        }
        let measured = start >= warmupEnd
        guard let id = c.slots.open(start: start, tag: CallTag(scenarioIndex: scenarioIndexes[scenario]!, measured: measured)) else { return false }
        freeSlots -= 1
        if !measured { result.stats.warmupCalls += 1 }
        switch scenario {
        case .echo: sendFixed(plan.echo!, id: id, on: i); return true
        case .health: sendFixed(plan.health!, id: id, on: i); return true
        case .getResume:
            c.turn &+= 1
            sendFixed(plan.getResume[c.turn % plan.getResume.count], id: id, on: i)
            return true
        case .listResumes: sendFixed(plan.listResumes!, id: id, on: i); return true
        case .analyzeCached:
            c.turn &+= 1
            sendFixed(plan.analyzeCached[c.turn % plan.analyzeCached.count], id: id, on: i)
            return true
        case .analyzeUncached:
            let r = plan.uncachedResumeIDs.count
            RequestPayloads.analyzeResume(resumeID: plan.uncachedResumeIDs[uncachedNext % r], jobDescriptionID: plan.uncachedJobIDs[uncachedNext / r], into: &payload)
            uncachedNext += config.threads
            plan.analyzeUncached!.appendFrame(callID: id, payload: payload, to: &c.output)
        case .createResume:
            createSequence += 1
            let name = "\(config.index)-\(createSequence)"
            RequestPayloads.createResume(title: "Load resume \(name)", firstLine: "Generated for load call \(name)",
                                         body: plan.createBodies[Int(createSequence % UInt64(plan.createBodies.count))], into: &payload)
            plan.createResume!.appendFrame(callID: id, payload: payload, to: &c.output)
        case .mix: preconditionFailure("a mix draws a scenario")
        }
        markDirty(i)
        return true
    }

    /// Frames at least this long go straight from their template to the
    /// socket when nothing is queued before them (no copy into the output).
    static let directSendMinimum = 16 * 1024

    /// Queues (or, for a long frame on an idle connection, sends) one frame of a fixed template.
    private func sendFixed(_ t: RequestTemplate, id: UInt64, on i: Int) {
        let c = connections[i]
        guard t.rest.count >= Self.directSendMinimum, !c.hasPendingOutput else {
            t.appendFrame(callID: id, to: &c.output)
            markDirty(i)
            return
        }
        t.header(callID: id, into: &header)
        let n = header.withUnsafeBytes { h in
            t.rest.withUnsafeBytes { r in cload_send2(c.fd, h.baseAddress, h.count, r.baseAddress, r.count) }
        }
        if n == header.count + t.rest.count { return }
        if n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
            fail(i, now: MonotonicClock.nanoseconds())
            return
        }
        // Partly sent: the rest waits in the output, before anything queued after it.
        let sent = max(n, 0)
        if sent < header.count {
            c.output.append(contentsOf: header[sent...])
            c.output.append(contentsOf: t.rest)
        } else {
            c.output.append(contentsOf: t.rest[(sent - header.count)...])
        }
        markDirty(i)
    }

    private func markDirty(_ i: Int) {
        if !isDirty[i] { isDirty[i] = true; dirty.append(i) }
    }

    private func flushDirty() {
        for i in dirty {
            isDirty[i] = false
            let c = connections[i]
            guard c.alive else { continue }
            guard c.flush() else { fail(i, now: MonotonicClock.nanoseconds()); continue }
            let want = c.hasPendingOutput
            if want != c.watchingWrites {
                c.watchingWrites = want
                _ = cepoll_ctl(epfd, CEPOLL_CTL_MOD, c.fd, CEPOLL_IN | (want ? CEPOLL_OUT : 0), UInt64(i))
            }
        }
        dirty.removeAll(keepingCapacity: true)
    }

    // MARK: Answers

    private func read(_ i: Int, now: UInt64) {
        let c = connections[i]
        let n = c.decoder.receive { Glibc.read(c.fd, $0.baseAddress, $0.count) }
        if n == 0 { fail(i, now: now); return }
        if n < 0 {
            if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR { fail(i, now: now) }
            return
        }
        let readCached = self.readCached
        while c.alive {
            switch c.decoder.next({ ResponseScanner.scan($0, readCached: readCached) }) {
            case .needMoreBytes:
                return
            case .frameTooLarge, .frame(nil):
                fail(i, now: now)
                return
            case .frame(let scanned?):
                guard scanned.callID != 0 else { fail(i, now: now); return } // a connection-level error: the server closes
                answered(c, scanned, now: now)
                if schedule == nil { fillClosed(i, now: now) }
            }
        }
    }

    private func answered(_ c: LoadConnection, _ s: ResponseScanner.Scanned, now: UInt64) {
        guard let closed = c.slots.close(callID: s.callID) else {
            result.stats.lateAnswers += 1
            return
        }
        freeSlots += 1
        callsDone += 1
        guard closed.tag.measured else { return }
        let index = Int(closed.tag.scenarioIndex)
        result.stats.record(scenarioIndex: index, status: s.code, latencyNanoseconds: now > closed.start ? now - closed.start : 0, at: now)
        if s.code != 0 { measuredErrors += 1 }
        if s.code == 0, let cached = s.cached, index == Int(scenarioIndexes[.analyzeCached]!) || index == Int(scenarioIndexes[.analyzeUncached]!) {
            result.stats.recordCache(scenarioIndex: index, hit: cached)
        }
    }

    /// Connection `i` is gone: its calls in flight are lost.
    private func fail(_ i: Int, now: UInt64) {
        let c = connections[i]
        guard c.alive else { return }
        c.alive = false
        aliveCount -= 1
        freeSlots -= c.slots.capacity - c.slots.inFlight
        _ = cepoll_ctl(epfd, CEPOLL_CTL_DEL, c.fd, 0, 0)
        for (_, tag) in c.slots.closeAll() { finishUnanswered(tag, status: LoadStatus.connectionLost, now: now) }
    }

    /// Gives up on calls started before `cutoff` (no answer a second past
    /// their timeout); returns the connections that had such calls.
    @discardableResult
    private func giveUp(before cutoff: UInt64, now: UInt64) -> [Int] {
        var freed: [Int] = []
        for (i, c) in connections.enumerated() where c.alive && c.slots.inFlight > 0 {
            let given = c.slots.closeStarted(before: cutoff)
            if !given.isEmpty { freed.append(i) }
            for (_, tag) in given {
                freeSlots += 1
                finishUnanswered(tag, status: LoadStatus.noAnswer, now: now)
            }
        }
        return freed
    }

    private func finishUnanswered(_ tag: CallTag, status: Int32, now: UInt64) {
        callsDone += 1
        guard tag.measured else { return }
        measuredErrors += 1
        result.stats.record(scenarioIndex: Int(tag.scenarioIndex), status: status, latencyNanoseconds: nil, at: now)
    }

    private func publish() {
        let p = shared.progress[config.index]
        p.calls.store(callsDone, ordering: .relaxed)
        p.errors.store(measuredErrors, ordering: .relaxed)
        p.inFlight.store(UInt64(inFlight), ordering: .relaxed)
    }
}
