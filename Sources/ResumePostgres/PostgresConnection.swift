#if canImport(Glibc)
import Glibc
#endif
internal import CLibPQ
import Dispatch
public import Logging
public import ResumeCore

/// One libpq connection, used by one thread at a time (the pool lends it).
///
/// Every wait is bounded by the caller's deadline: connecting uses
/// `PQconnectStart`/`PQconnectPoll`, statements are sent with libpq's
/// asynchronous calls and awaited with `poll` on `PQsocket`. When the
/// deadline passes or the call is cancelled, the statement is cancelled with
/// `PQcancel` and the caller gets `.deadlineExceeded` / `.cancelled`.
/// Statements are prepared once per connection and cached by SQL text.
public final class PostgresConnection {
    let conn: OpaquePointer
    let canceller: Canceller
    private var statements: [String: String] = [:]
    private var preparedCount = 0
    private var inTransaction = false
    private let sqlEcho: Logger?
    private let counter: StatementCounter?
    /// Set when the connection can no longer be trusted; the pool closes it.
    public private(set) var isBroken = false
    /// How long a cancelled statement may take to stop before the connection is given up, ms
    /// (half of it for the cancel request itself to finish).
    private let cancelWaitMilliseconds: UInt64

    /// Session settings every connection gets, so text results parse the same way.
    static let sessionOptions = "-c TimeZone=UTC -c DateStyle=ISO,YMD -c IntervalStyle=iso_8601 -c client_min_messages=warning"

    /// Connects to `url` before `deadline`. `sqlEcho` logs statement text
    /// (never parameters); `statementCounter` counts statements run.
    /// `cancelWaitMilliseconds` (default 2,000; tests on loaded machines give more) bounds how long
    /// a cancelled statement may take to stop before the connection is given up as broken.
    public init(url: String, deadline: Deadline, applicationName: String = "resumed", sqlEcho: Logger? = nil,
                statementCounter: StatementCounter? = nil, cancelWaitMilliseconds: UInt64 = 2_000) throws(PostgresError) {
        self.cancelWaitMilliseconds = cancelWaitMilliseconds
        let keys = ["dbname", "options", "application_name", "client_encoding"]
        let values = [url, Self.sessionOptions, applicationName, "UTF8"]
        guard let c = withCStrings(keys, { k in withCStrings(values) { v in PQconnectStartParams(k, v, 1) } }) else {
            throw PostgresError(.connectionFailed, "out of memory")
        }
        if PQstatus(c) == CONNECTION_BAD {
            let message = Self.errorMessage(c)
            PQfinish(c)
            throw PostgresError(.connectionFailed, message)
        }
        while true {
            let state = PQconnectPoll(c)
            if state == PGRES_POLLING_OK { break }
            if state == PGRES_POLLING_FAILED {
                let message = Self.errorMessage(c)
                PQfinish(c)
                throw PostgresError(.connectionFailed, message)
            }
            let events = state == PGRES_POLLING_WRITING ? Int16(POLLOUT) : Int16(POLLIN)
            guard Self.waitForSocket(PQsocket(c), events: events, until: deadline) else {
                PQfinish(c)
                throw PostgresError(.deadlineExceeded, "connecting took longer than the deadline")
            }
        }
        // Sends must not block past a deadline either: libpq queues what the
        // socket does not take, and `flushSend` waits for it with poll.
        PQsetnonblocking(c, 1)
        conn = c
        canceller = Canceller(PQgetCancel(c))
        self.sqlEcho = sqlEcho
        self.counter = statementCounter
    }

    deinit {
        PQfinish(conn)
    }

    // MARK: Statements

    /// Runs a statement with bound parameters (prepared once per connection, then reused).
    @discardableResult
    public func query(_ sql: String, _ parameters: [any PostgresEncodable] = [], context: QueryContext) throws(PostgresError) -> PostgresResult {
        try query(sql, parameters, context: context, reprepared: false)
    }

    private func query(_ sql: String, _ parameters: [any PostgresEncodable], context: QueryContext, reprepared: Bool) throws(PostgresError) -> PostgresResult {
        let name: String
        if let cached = statements[sql] {
            name = cached
        } else {
            preparedCount += 1
            name = "s\(preparedCount)"
            let sent = PQsendPrepare(conn, name, sql, Int32(parameters.count), nil)
            try finishSend(sent, deadline: context.deadline)
            _ = try awaitResult(context: context, statementText: nil)
            statements[sql] = name
        }
        echo(sql)
        let values = parameters.map(\.postgresText)
        let sent = withOptionalCStrings(values) { p in
            PQsendQueryPrepared(conn, name, Int32(values.count), p, nil, nil, 0)
        }
        try finishSend(sent, deadline: context.deadline)
        do {
            return try awaitResult(context: context, statementText: sql)
        } catch let e where !reprepared && (e.sqlState == "0A000" || e.sqlState == "26000") {
            // The cached plan went stale (the schema changed) or the statement vanished: prepare again, once.
            statements[sql] = nil
            _ = try? execute("DEALLOCATE \(name)", context: context)
            return try query(sql, parameters, context: context, reprepared: true)
        }
    }

    /// Runs one or more statements without parameters (the simple query
    /// protocol), e.g. a migration file. Returns the last statement's result.
    @discardableResult
    public func execute(_ sql: String, context: QueryContext) throws(PostgresError) -> PostgresResult {
        echo(sql)
        try finishSend(PQsendQuery(conn, sql), deadline: context.deadline)
        return try awaitResult(context: context, statementText: sql)
    }

    /// Runs `body` in a transaction: committed if it returns, rolled back if it throws.
    /// A connection lost before `COMMIT` was sent is reported with
    /// `nothingCommitted`; one lost during `COMMIT` is ambiguous and is not.
    public func transaction<R>(context: QueryContext, _ body: (PostgresConnection) throws -> R) throws -> R {
        precondition(!inTransaction, "nested transactions are not supported")
        inTransaction = true
        defer { inTransaction = false }
        var committing = false
        do {
            try execute("BEGIN", context: context)
            let r = try body(self)
            committing = true
            try execute("COMMIT", context: context)
            return r
        } catch let e as PostgresError where e.kind == .connectionLost && !committing {
            throw e.withNothingCommitted()
        } catch {
            if !isBroken {
                // Roll back even when the caller's deadline has passed: the connection must go back clean.
                _ = try? execute("ROLLBACK", context: .administrative("rollback", seconds: 5))
            }
            throw error
        }
    }

    // MARK: Health

    /// Whether the connection still looks usable, without a round trip: a
    /// backend that was terminated (or a server that went away) leaves the
    /// idle socket readable, and libpq then reports the connection bad.
    public func isUsable() -> Bool {
        guard !isBroken, PQstatus(conn) == CONNECTION_OK else { return false }
        var p = pollfd(fd: PQsocket(conn), events: Int16(POLLIN), revents: 0)
        if poll(&p, 1, 0) != 0 {
            // The service never LISTENs, so anything arriving on an idle
            // connection is the server ending the session (a FATAL
            // termination notice, or EOF): give the connection up.
            isBroken = true
            return false
        }
        return PQtransactionStatus(conn) == PQTRANS_IDLE
    }

    /// A round trip (an empty statement).
    public func ping(deadline: Deadline) -> Bool {
        guard isUsable() else { return false }
        do {
            try finishSend(PQsendQuery(conn, ""), deadline: deadline)
            _ = try awaitResult(context: QueryContext(deadline: deadline, label: "ping"), statementText: nil, counted: false)
            return true
        } catch {
            return false
        }
    }

    // MARK: Internals

    private func echo(_ sql: String) {
        sqlEcho?.info("sql", metadata: ["statement": "\(sql)"])
    }

    /// Checks a `PQsend*` result and pushes the queued bytes out before `deadline`.
    private func finishSend(_ sent: Int32, deadline: Deadline) throws(PostgresError) {
        guard sent == 1 else {
            isBroken = PQstatus(conn) != CONNECTION_OK
            // Nothing was sent, so nothing ran.
            throw isBroken ? connectionLost().withNothingCommitted() : PostgresError(.server, Self.errorMessage(conn))
        }
        while true {
            let r = PQflush(conn)
            if r == 0 { return }
            if r < 0 {
                isBroken = true
                throw connectionLost().withNothingCommitted()
            }
            guard Self.waitForSocket(PQsocket(conn), events: Int16(POLLOUT | POLLIN), until: deadline) else {
                // Part of a message is out: the connection's protocol state is lost, but the server never
                // saw a whole statement, so nothing ran.
                isBroken = true
                throw PostgresError(.deadlineExceeded, "the statement could not be sent before the deadline", nothingCommitted: true)
            }
            if PQconsumeInput(conn) == 0 {
                isBroken = true
                throw connectionLost().withNothingCommitted()
            }
        }
    }

    /// Waits for the results of what was sent, cancelling at the deadline or
    /// on call cancellation; returns the last result.
    private func awaitResult(context: QueryContext, statementText: String?, counted: Bool = true) throws(PostgresError) -> PostgresResult {
        let token = canceller.begin()
        let hook = context.cancellation?.onCancel { [canceller] _ in canceller.cancel(token) }
        defer {
            context.cancellation?.removeHook(hook)
            // A broken connection is discarded, so a late cancel can reach nothing; a healthy one waits (briefly) for it.
            if !canceller.end(grace: isBroken ? Deadline(nanoseconds: 0) : .after(milliseconds: cancelWaitMilliseconds / 2)) { isBroken = true }
        }
        var cancelSentAt: Deadline?
        var cancelReason: PostgresError.Kind?
        var last: OpaquePointer?
        var firstError: PostgresError?
        defer { if let last { PQclear(last) } }
        while true {
            while PQisBusy(conn) != 0 {
                if cancelReason == nil {
                    if context.cancellation?.isCancelled == true {
                        cancelReason = .cancelled
                    } else if context.deadline.hasPassed() {
                        cancelReason = .deadlineExceeded
                        canceller.cancel(token)
                    }
                    if cancelReason != nil { cancelSentAt = .after(milliseconds: cancelWaitMilliseconds) }
                }
                // Wake at least every 100 ms to notice a cancellation whose cancel request went unanswered.
                let waitUntil = (cancelSentAt ?? context.deadline).earlier(.after(milliseconds: 100))
                if !Self.waitForSocket(PQsocket(conn), events: Int16(POLLIN), until: waitUntil) {
                    if let sent = cancelSentAt, sent.hasPassed() {
                        // The server did not acknowledge the cancel: give the connection up.
                        isBroken = true
                        throw PostgresError(cancelReason ?? .deadlineExceeded, "statement did not stop after cancellation")
                    }
                    continue
                }
                if PQconsumeInput(conn) == 0 {
                    isBroken = true
                    throw connectionLost()
                }
            }
            guard let result = PQgetResult(conn) else { break }
            let status = PQresultStatus(result)
            if status == PGRES_FATAL_ERROR || status == PGRES_NONFATAL_ERROR, firstError == nil {
                firstError = Self.serverError(result, conn: conn)
            }
            if let last { PQclear(last) }
            last = result
        }
        if PQstatus(conn) != CONNECTION_OK { isBroken = true }
        if counted, statementText != nil { counter?.increment() }
        if let firstError {
            if firstError.sqlState == "57014" {
                // query_canceled: ours, if the call was cancelled or its deadline passed.
                let reason = cancelReason
                    ?? (context.cancellation?.isCancelled == true ? .cancelled : context.deadline.hasPassed() ? .deadlineExceeded : nil)
                if let reason {
                    throw PostgresError(reason, reason == .cancelled ? "statement cancelled" : "statement cancelled at the deadline")
                }
            }
            if isBroken { throw PostgresError(.connectionLost, firstError.message, sqlState: firstError.sqlState) }
            throw firstError
        }
        guard let last else {
            if isBroken { throw PostgresError(.connectionLost, Self.errorMessage(conn)) }
            return PostgresResult(columns: [], rows: [], affectedRows: 0)
        }
        return Self.copy(last)
    }

    /// The error for a connection that dropped: libpq may already have parsed
    /// the server's last words (a FATAL with its SQLSTATE, e.g. 57P01).
    private func connectionLost() -> PostgresError {
        var found: PostgresError?
        while let r = PQgetResult(conn) {
            if found == nil, PQresultStatus(r) == PGRES_FATAL_ERROR {
                let e = Self.serverError(r, conn: conn)
                if e.sqlState != nil { found = e }
            }
            PQclear(r)
        }
        return PostgresError(.connectionLost, found?.message ?? Self.errorMessage(conn), sqlState: found?.sqlState)
    }

    private static func copy(_ r: OpaquePointer) -> PostgresResult {
        let nFields = Int(PQnfields(r)), nRows = Int(PQntuples(r))
        let columns = (0..<nFields).map { String(cString: PQfname(r, Int32($0))) }
        var rows: [PostgresTextRow] = []
        rows.reserveCapacity(nRows)
        for i in 0..<nRows {
            var values: [String?] = []
            values.reserveCapacity(nFields)
            for j in 0..<nFields {
                if PQgetisnull(r, Int32(i), Int32(j)) != 0 {
                    values.append(nil)
                } else {
                    let p = PQgetvalue(r, Int32(i), Int32(j))!
                    let n = Int(PQgetlength(r, Int32(i), Int32(j)))
                    values.append(String(decoding: UnsafeRawBufferPointer(start: p, count: n), as: UTF8.self))
                }
            }
            rows.append(PostgresTextRow(values: values, columns: columns))
        }
        let tuples = String(cString: PQcmdTuples(r))
        return PostgresResult(columns: columns, rows: rows, affectedRows: Int(tuples) ?? 0)
    }

    static func serverError(_ r: OpaquePointer, conn: OpaquePointer) -> PostgresError {
        func field(_ code: Int32) -> String? {
            guard let p = PQresultErrorField(r, code) else { return nil }
            return String(cString: p)
        }
        let sqlState = field(Int32(UInt8(ascii: "C")))        // PG_DIAG_SQLSTATE
        let primary = field(Int32(UInt8(ascii: "M"))) ?? errorMessage(conn) // PG_DIAG_MESSAGE_PRIMARY
        let constraint = field(Int32(UInt8(ascii: "n")))      // PG_DIAG_CONSTRAINT_NAME
        return PostgresError(.server, primary, sqlState: sqlState, constraint: constraint)
    }

    static func errorMessage(_ c: OpaquePointer) -> String {
        guard let p = PQerrorMessage(c) else { return "unknown libpq error" }
        let s = String(cString: p).trimmingCharacters(in: .whitespacesAndNewlines)
        return s.isEmpty ? "unknown libpq error" : s
    }

    /// Polls `fd` for `events` until `deadline`; false on timeout.
    static func waitForSocket(_ fd: Int32, events: Int16, until deadline: Deadline) -> Bool {
        var p = pollfd(fd: fd, events: events, revents: 0)
        while true {
            let ms = deadline.remainingMilliseconds()
            if ms == 0 { return false }
            let r = poll(&p, 1, Int32(min(ms, 1_000)))
            if r > 0 { return true }
            if r < 0 && errno != EINTR { return true } // let libpq report the error
            if r == 0 && deadline.hasPassed() { return false }
        }
    }
}

/// Sends `PQcancel` for the statement running on one connection. `cancel`
/// may be called from any thread (the event loop, through a call's
/// cancellation) and never blocks: `PQcancel` opens a connection of its own
/// and waits for the server, so it runs on a queue of its own. A cancel is
/// only sent while the statement that asked for it is still running; `end`
/// waits (bounded) for cancels in progress, so a late one cannot reach the
/// next statement on this connection — if one is still out, the connection
/// must be given up.
///
/// `@unchecked Sendable`: the state is guarded by its `ConditionLock`;
/// `PQcancel` is thread-safe and the `PGcancel` handle lives until `deinit`,
/// which runs only after every queued cancel (each holds a reference) ends.
final class Canceller: @unchecked Sendable {
    private struct State {
        var running: UInt64?
        var next: UInt64 = 1
        var inProgress = 0
    }
    private let handle: OpaquePointer?
    private let state = ConditionLock(State())
    private static let queue = DispatchQueue(label: "resumed.postgres-cancel", attributes: .concurrent)

    init(_ handle: OpaquePointer?) {
        self.handle = handle
    }

    deinit {
        if let handle { PQfreeCancel(handle) }
    }

    func begin() -> UInt64 {
        state.withLock { s in
            let t = s.next
            s.next += 1
            s.running = t
            return t
        }
    }

    /// The statement finished. Returns false when a cancel for it is still
    /// out after `grace`: the connection cannot be trusted with another statement.
    func end(grace: Deadline) -> Bool {
        state.withLock { $0.running = nil }
        return state.wait(until: grace) { $0.inProgress == 0 ? true : nil } ?? false
    }

    /// Asks the server to cancel statement `token`, if it is still running.
    func cancel(_ token: UInt64) {
        guard handle != nil else { return }
        let send = state.withLock { s in
            guard s.running == token else { return false }
            s.inProgress += 1
            return true
        }
        guard send else { return }
        sendCancel()
    }

    /// Asks the server to cancel whatever the connection runs now (a
    /// pipelined connection, whose owner knows which request that is).
    func cancelCurrent() {
        guard handle != nil else { return }
        state.withLock { $0.inProgress += 1 }
        sendCancel()
    }

    private func sendCancel() {
        Self.queue.async { [self] in
            var buffer = [CChar](repeating: 0, count: 256)
            _ = PQcancel(handle, &buffer, Int32(buffer.count))
            state.withLock { $0.inProgress -= 1 }
            state.broadcast()
        }
    }
}
