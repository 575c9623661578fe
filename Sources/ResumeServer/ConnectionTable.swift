#if canImport(Glibc)
import Glibc
#endif
import Logging
import ResumeCore
import ResumeTransport
import ResumeWire

/// The open connections by id, and the server-wide drain: at shutdown every
/// connection stops admitting new calls, the table waits until no call is in
/// flight anywhere (or the drain timeout), then has every connection say
/// goodbye and gives slow closers one more second.
///
/// Confined to the loop's queue.
final class ConnectionTable {
    private let loop: EventLoop
    private let logger: Logger
    private var connections: [UInt64: ServerConnection] = [:]
    private var nextID: UInt64 = 1
    /// True from the start of the drain on.
    private(set) var isDraining = false
    /// Armed while waiting for calls in flight to finish.
    private var drainTimer: TimerHeap.ID?
    /// Runs once, when every connection is closed (or given up on) after the drain.
    private var whenDrained: (() -> Void)?

    /// Unsent response bytes across all connections, as they last accounted.
    private(set) var bufferedOutput = 0
    /// Received bytes of incomplete frames across all connections, as they last accounted.
    private(set) var bufferedInput = 0
    /// Connections shed so far (output budget, input budget).
    private(set) var shedCount = (output: 0, input: 0)
    let outputBudget: Int
    let inputBudget: Int
    /// How long goodbyes may take to be written at shutdown before the sockets are closed anyway.
    let shutdownFlushMilliseconds: UInt64
    private var shedScheduled = false

    init(loop: EventLoop, logger: Logger, outputBudget: Int = .max, inputBudget: Int = .max, shutdownFlushMilliseconds: UInt64) {
        self.loop = loop
        self.logger = logger
        self.outputBudget = outputBudget
        self.inputBudget = inputBudget
        self.shutdownFlushMilliseconds = shutdownFlushMilliseconds
    }

    // MARK: Budgets

    /// A connection's buffers changed by these amounts. Past a budget, the
    /// connections holding the most are shed at the end of this pass (not
    /// from inside the connection that is accounting).
    func buffered(output: Int, input: Int) {
        bufferedOutput += output
        bufferedInput += input
        guard bufferedOutput > outputBudget || bufferedInput > inputBudget else { return }
        scheduleShedding()
    }

    /// An answer did not fit the output budget: shed at the end of this pass.
    func outputRefused() { scheduleShedding() }

    private func scheduleShedding() {
        guard !shedScheduled else { return }
        shedScheduled = true
        loop.schedule(at: Deadline(nanoseconds: 0)) { [unowned self] in
            shedScheduled = false
            shedOverBudget()
        }
    }

    /// Whether `more` output bytes, besides what is accounted, fit the budget.
    func outputFits(_ more: Int) -> Bool { bufferedOutput + more <= outputBudget }

    /// Sheds the connections holding the most unsent output, then the most
    /// buffered input, until both totals are within 7/8 of their budgets
    /// (room for the connections that are left).
    func shedOverBudget() {
        let before = shedCount
        while bufferedOutput > outputBudget / 8 * 7 {
            guard let c = connections.values.max(by: { $0.accountedOutput < $1.accountedOutput }), c.accountedOutput > 0 else { break }
            shedCount.output += 1
            logger.warning("output budget exhausted: shedding the connection holding the most unsent output",
                           metadata: ["connection": "\(c.id)", "unsent_bytes": "\(c.accountedOutput)", "budget_bytes": "\(outputBudget)"])
            c.shed(RPCError(.resourceExhausted, "connection shed: the server's output budget is exhausted and this connection held the most unsent output"))
        }
        while bufferedInput > inputBudget / 8 * 7 {
            guard let c = connections.values.max(by: { $0.accountedInput < $1.accountedInput }), c.accountedInput > 0 else { break }
            shedCount.input += 1
            logger.warning("input budget exhausted: shedding the connection holding the most buffered input",
                           metadata: ["connection": "\(c.id)", "buffered_bytes": "\(c.accountedInput)", "budget_bytes": "\(inputBudget)"])
            c.shed(RPCError(.resourceExhausted, "connection shed: the server's input budget is exhausted and this connection held the most buffered input"))
        }
        if shedCount != before { AllocatorTuning.trim() } // hand what the shed connections held back to the system
    }

    /// Open connections.
    var count: Int { connections.count }

    /// Calls waiting or running on every connection.
    var callsInFlight: Int { connections.values.reduce(0) { $0 + $1.callsInFlight } }

    /// The open connection with this id.
    subscript(id: UInt64) -> ServerConnection? { connections[id] }

    /// Serves an accepted socket: a new connection, watched by the loop.
    func open(_ fd: Int32, server: RPCServer) {
        let connection = ServerConnection(id: nextID, fd: fd, server: server)
        nextID += 1
        do {
            try connection.register(in: loop)
            connections[connection.id] = connection
        } catch {
            logger.error("could not watch an accepted socket", metadata: ["error": "\(error)"])
            Glibc.close(fd)
        }
    }

    /// The connection closed its socket.
    func remove(_ connection: ServerConnection) {
        connections[connection.id] = nil
        closedSinceTrim += 1
        if closedSinceTrim == Self.closesBeforeTrim { scheduleTrim() }
        if isDraining { checkDrained() }
    }

    /// Closes that make the heap worth trimming: each connection leaves its
    /// buffers (64 KiB kept each way) as holes glibc does not return by itself
    /// (10,000 connections coming and going left ~200 MB resident).
    static let closesBeforeTrim = 1_024
    private var closedSinceTrim = 0

    /// Trims the heap once the wave of closes has passed (a second after the
    /// 1,024th close since the last trim), not once per close.
    private func scheduleTrim() {
        loop.schedule(at: .after(milliseconds: 1_000)) { [weak self] in
            guard let self else { return }
            closedSinceTrim = 0
            AllocatorTuning.trim()
        }
    }

    /// A handler returned (its connection may be gone).
    func handlerReturned() {
        if isDraining { checkDrained() }
    }

    // MARK: Drain

    /// Starts the drain: connections refuse new calls; once no call is in
    /// flight, or after `timeoutMilliseconds`, every connection says goodbye;
    /// `then` runs when they are closed (at most a second later).
    func drain(timeoutMilliseconds: UInt64, then: @escaping () -> Void) {
        guard !isDraining else { return }
        isDraining = true
        whenDrained = then
        for connection in connections.values { connection.startDraining() }
        drainTimer = loop.schedule(at: .after(milliseconds: timeoutMilliseconds)) { [unowned self] in
            drainTimer = nil
            logger.warning("drain timeout: cancelling calls still in flight", metadata: ["calls_in_flight": "\(callsInFlight)"])
            closeAll()
        }
        checkDrained()
    }

    private func checkDrained() {
        guard let timer = drainTimer else { return }
        guard connections.values.allSatisfy({ $0.callsInFlight == 0 }) else { return }
        loop.cancelTimer(timer)
        drainTimer = nil
        closeAll()
    }

    /// Has every connection say goodbye (calls still unanswered are
    /// cancelled and answered `UNAVAILABLE`), then closes what is left
    /// `shutdownFlush` later: with the drain timeout, the bound of a
    /// shutdown's network part (the daemon's whole shutdown gets 1 s past the drain).

    private func closeAll() {
        for connection in Array(connections.values) { connection.sayGoodbye() }
        if connections.isEmpty { return drained() }
        loop.schedule(at: .after(milliseconds: shutdownFlushMilliseconds)) { [unowned self] in
            for connection in Array(connections.values) { connection.close() }
            drained()
        }
    }

    private func drained() {
        let then = whenDrained
        whenDrained = nil
        then?()
    }
}
