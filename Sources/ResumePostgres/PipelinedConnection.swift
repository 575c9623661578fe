#if canImport(Glibc)
import Glibc
#endif
internal import CLibPQ
import ResumeTransport

/// One libpq connection in pipeline mode, driven without blocking from the
/// event loop: its socket sits in the loop's epoll set, statements are
/// queued with libpq's asynchronous calls and flushed as the socket takes
/// them, and results are read as they arrive and matched to requests by a
/// `PipelineStateMachine`. Every request is a *segment*: its statements
/// (each prepared once per connection, results in binary format) and its
/// own sync point. Loop-confined; `PostgresClient` owns it.
final class PipelinedConnection: EventLoopHandler {
    /// What a segment is for.
    enum Purpose {
        /// A request; `returned[i]` says whether the segment's statement i
        /// is the request's (true) or a `PREPARE` ahead of it (false);
        /// `prepares` says what each of those `PREPARE`s defines.
        case request(UInt64, returned: [Bool], prepares: [Prepare])
        /// A round trip to check the connection.
        case ping
    }

    /// A `PREPARE` sent in a segment: statement `statement` of the segment defines `name` for `sql`.
    struct Prepare {
        let statement: Int
        let sql: String
        let name: String
    }

    /// What the connection tells its owner.
    protocol Delegate: AnyObject {
        /// A segment finished: its request's results, or the failure.
        func segmentFinished(_ connection: PipelinedConnection, _ purpose: Purpose, _ outcome: Result<[PostgresRows], PostgresError>)
        /// The connection broke; `inFlight` are the purposes of segments that were not finished.
        func connectionLost(_ connection: PipelinedConnection, inFlight: [Purpose], error: PostgresError)
    }

    let id: UInt64
    private let connection: PostgresConnection
    private var conn: OpaquePointer { connection.conn }
    private let loop: EventLoop
    private unowned let delegate: any Delegate
    private var machine = PipelineStateMachine<Purpose, OpaquePointer>()
    private var registration: UInt64 = 0
    private var interest: Interest = .read
    private var prepared: [String: String] = [:]
    private var nextStatementName = 0
    /// Names whose PREPARE is in flight, each with the requests sent after
    /// it whose segment begins by using that name.
    private var unsettled: [String: [UInt64]] = [:]
    /// Requests in flight that the server will refuse at once (26000): their
    /// segment begins with a statement whose PREPARE failed ahead of them.
    private var refused: Set<UInt64> = []
    private(set) var isClosed = false
    /// Whether TCP_CORK works on the socket (false for a Unix socket).
    private var canCork = true

    /// Takes over an open connection (non-blocking already) and puts it in
    /// pipeline mode on `loop`.
    init(id: UInt64, connection: PostgresConnection, loop: EventLoop, delegate: any Delegate) throws(PostgresError) {
        self.id = id
        self.connection = connection
        self.loop = loop
        self.delegate = delegate
        guard PQenterPipelineMode(connection.conn) == 1 else {
            throw PostgresError(.connectionFailed, "could not enter pipeline mode: \(PostgresConnection.errorMessage(connection.conn))")
        }
        do {
            registration = try loop.register(PQsocket(connection.conn), interest: .read, handler: self)
        } catch {
            throw PostgresError(.connectionFailed, "could not watch the connection's socket: \(error)")
        }
    }

    /// Segments in flight.
    var inFlight: Int { machine.inFlight }

    /// The request whose segment the server is working on now.
    var currentRequest: UInt64? {
        if case .request(let id, _, _) = machine.current { return id }
        return nil
    }

    // MARK: Sending

    /// Queues one request's statements and its sync point. Returns false
    /// if libpq refused (the connection is then being closed as lost).
    @discardableResult
    func send(request: UInt64, _ statements: [PostgresStatement], echo: ((String) -> Void)?) -> Bool {
        var returned: [Bool] = []
        var prepares: [Prepare] = []
        returned.reserveCapacity(statements.count)
        for statement in statements {
            let name: String
            if let known = prepared[statement.sql] {
                name = known
                if returned.isEmpty, !unsettled.isEmpty, unsettled[known] != nil { unsettled[known]!.append(request) }
            } else {
                nextStatementName += 1
                name = "p\(nextStatementName)"
                guard PQsendPrepare(conn, name, statement.sql, Int32(statement.bindings.count), nil) == 1 else { return sendFailed() }
                // Named at once, so later segments of this batch use it; forgotten
                // again if the PREPARE fails (see `settlePrepare`).
                prepared[statement.sql] = name
                unsettled[name] = []
                prepares.append(Prepare(statement: returned.count, sql: statement.sql, name: name))
                returned.append(false)
            }
            echo?(statement.sql)
            let sent = statement.bindings.withValues { values in
                PQsendQueryPrepared(conn, name, Int32(statement.bindings.count), values, nil, nil, 1)
            }
            guard sent == 1 else { return sendFailed() }
            returned.append(true)
        }
        return sync(.request(request, returned: returned, prepares: prepares), statements: returned.count)
    }

    /// Queues a round trip (an empty statement).
    @discardableResult
    func ping() -> Bool {
        guard PQsendQueryParams(conn, "", 0, nil, nil, nil, nil, 0) == 1 else { return sendFailed() }
        return sync(.ping, statements: 1)
    }

    /// Runs `body`, which queues several segments, with the socket corked:
    /// libpq 15 flushes after every sync point, so without the cork each
    /// request would cost a TCP segment of its own (and the server a wake-up
    /// of its own); corked, the batch leaves in as few segments as fit.
    func batch(of count: Int, _ body: () -> Void) {
        guard count > 1, canCork else { return body() }
        let fd = PQsocket(conn)
        var on: Int32 = 1
        if setsockopt(fd, Int32(IPPROTO_TCP), TCP_CORK, &on, socklen_t(MemoryLayout<Int32>.size)) != 0 {
            canCork = false
            return body()
        }
        body()
        guard !isClosed else { return }
        var off: Int32 = 0
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_CORK, &off, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Forgets a prepared statement (its plan went stale); it is prepared again on next use.
    func forget(_ sql: String) {
        prepared[sql] = nil
    }

    /// Asks the server to cancel what runs now (from another thread: `PQcancel` blocks).
    func cancelCurrent() {
        connection.canceller.cancelCurrent()
    }

    private func sync(_ purpose: Purpose, statements: Int) -> Bool {
        // libpq 15's PQpipelineSync also tries a (non-blocking) flush.
        guard PQpipelineSync(conn) == 1 else { return sendFailed() }
        machine.sent(purpose, statements: statements)
        flush()
        return !isClosed
    }

    private func sendFailed() -> Bool {
        lost(PostgresError(.connectionLost, PostgresConnection.errorMessage(conn)))
        return false
    }

    private func flush() {
        guard !isClosed else { return }
        let r = PQflush(conn)
        if r < 0 {
            lost(PostgresError(.connectionLost, PostgresConnection.errorMessage(conn)))
            return
        }
        setInterest(r == 1 ? [.read, .write] : .read)
    }

    private func setInterest(_ want: Interest) {
        guard want != interest, !isClosed else { return }
        interest = want
        loop.update(PQsocket(conn), token: registration, interest: want)
    }

    // MARK: Receiving

    func handle(_ events: IOEvents) {
        guard !isClosed else { return }
        if events.contains(.writable) { flush() }
        guard !isClosed, events.contains(.readable) || events.contains(.hangup) else { return }
        if machine.isIdle {
            // Nothing is expected: the server is ending the session (a FATAL
            // termination notice, or EOF). This is the pool's pre-use check
            // for connections used within the ping bypass window.
            lost(PostgresError(.connectionLost, "the server closed an idle connection"))
            return
        }
        guard PQconsumeInput(conn) == 1 else {
            lost(PostgresError(.connectionLost, PostgresConnection.errorMessage(conn)))
            return
        }
        drain()
    }

    /// Hands every complete result to the state machine, and finished segments to the delegate.
    private func drain() {
        while !isClosed, !machine.isIdle, PQisBusy(conn) == 0 {
            let event: PipelineStateMachine<Purpose, OpaquePointer>.Event
            if let r = PQgetResult(conn) {
                let status = PQresultStatus(r)
                if status == PGRES_PIPELINE_SYNC {
                    PQclear(r)
                    event = .sync
                } else {
                    let failed = status == PGRES_FATAL_ERROR || status == PGRES_PIPELINE_ABORTED || status == PGRES_BAD_RESPONSE
                    if !unsettled.isEmpty { settlePrepare(failed: failed) }
                    event = .result(r, failed: failed)
                }
            } else {
                event = .endOfStatement
            }
            switch machine.received(event) {
            case .none:
                continue
            case .completed(let purpose, let results, let release):
                for r in release { PQclear(r) }
                if !refused.isEmpty, case .request(let id, _, _) = purpose { refused.remove(id) }
                var rows: [PostgresRows] = []
                if case .request(_, let returned, _) = purpose {
                    for (r, keep) in zip(results, returned) {
                        if keep { rows.append(PostgresRows(r)) } else { PQclear(r) }
                    }
                } else {
                    for r in results { PQclear(r) }
                }
                delegate.segmentFinished(self, purpose, .success(rows))
            case .failed(let purpose, let failure, let release):
                let error = PQresultStatus(failure) == PGRES_PIPELINE_ABORTED
                    ? PostgresError(.server, "statement aborted by an earlier error in its request")
                    : PostgresConnection.serverError(failure, conn: conn)
                PQclear(failure)
                for r in release { PQclear(r) }
                if !refused.isEmpty, case .request(let id, _, _) = purpose { refused.remove(id) }
                delegate.segmentFinished(self, purpose, .failure(error))
            case .protocolViolation(let what, let release):
                for r in release { PQclear(r) }
                lost(PostgresError(.connectionLost, "libpq pipeline out of step: \(what)"))
            }
        }
        if !isClosed && PQstatus(conn) == CONNECTION_BAD {
            lost(PostgresError(.connectionLost, PostgresConnection.errorMessage(conn)))
        }
    }

    /// A result arrived for the current statement: if that is a `PREPARE`,
    /// it is settled. One that failed defined nothing on the server: it
    /// failed, was aborted by an earlier failure in its segment, or was
    /// cancelled while it waited for a lock (parse analysis locks the tables
    /// it names, so a PREPARE waits behind an `ACCESS EXCLUSIVE` lock like
    /// any statement). Its name is forgotten, so the next use prepares it
    /// again instead of naming a statement the server never had; and the
    /// requests already sent that begin by using it will be refused at once.
    private func settlePrepare(failed: Bool) {
        guard case .request(_, _, let prepares)? = machine.current, !prepares.isEmpty,
              let i = machine.currentStatement, let p = prepares.first(where: { $0.statement == i }),
              let users = unsettled.removeValue(forKey: p.name) else { return }
        guard failed else { return }
        if prepared[p.sql] == p.name { prepared[p.sql] = nil }
        refused.formUnion(users)
    }

    /// Whether the server will refuse `request` at once, running nothing
    /// (26000): its segment begins with a statement whose PREPARE failed
    /// ahead of it. A cancel sent for it would land on whatever the
    /// connection runs after it.
    func willBeRefused(_ request: UInt64) -> Bool {
        !refused.isEmpty && refused.contains(request)
    }

    // MARK: Closing

    /// The connection broke: everything in flight goes back to the delegate.
    private func lost(_ error: PostgresError) {
        guard !isClosed else { return }
        let inFlight = machine.connectionLost()
        for (_, release) in inFlight { for r in release { PQclear(r) } }
        close()
        delegate.connectionLost(self, inFlight: inFlight.map(\.token), error: error)
    }

    /// Stops watching the socket; the connection itself closes (`PQfinish`)
    /// when the last reference goes.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        loop.deregister(PQsocket(conn), token: registration)
    }
}
