#if canImport(Glibc)
import Glibc
#endif
import ResumeCore
import ResumeProto
import ResumeServer
import ResumeTestSupport
import ResumeTransport
import ResumeWire
import Testing

/// The server-wide budgets: clients that send requests and never read the
/// answers, or send frames they never finish, cannot take more than the
/// budget between them; the biggest holders are shed and others are served.
@Suite struct BudgetTests {
    let handlers = TestHandlers()

    @Test func clientsThatNeverReadAreShedAndUnsentOutputStaysWithinTheBudget() throws {
        let budget = 4 * 1024 * 1024
        let server = try TestServer([handlers.inlineEcho]) { $0.outputBudgetBytes = budget }
        // Eight clients, each pipelining 32 Echo calls of 256 KiB (8 MiB) and never reading,
        // with small receive buffers so the kernel holds little of it: without the budget
        // the server would hold up to 8 × 8 MiB of their answers.
        let attack = try RawWireClient.echoFrames(count: 32, payloadBytes: 256 * 1024)
        let attackers = try (0..<8).map { _ in
            let a = try RawWireClient(server.address)
            var size: Int32 = 16 * 1024
            setsockopt(a.fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
            return a
        }
        var offsets = [Int](repeating: 0, count: attackers.count)
        var most = 0, roundsAfterShed = 0
        // Ends 20 rounds after the first shed: 7–9 s on this machine when idle, more under load.
        let until = Deadline.after(milliseconds: 120_000)
        while !until.hasPassed() && roundsAfterShed < 20 {
            for (i, a) in attackers.enumerated() { offsets[i] = a.push(attack, from: offsets[i]) }
            let usage = server.server.budgetUsage
            most = max(most, usage.output)
            if usage.outputSheds > 0 { roundsAfterShed += 1 }
            _ = poll(nil, 0, 10) // pace the loop; the rounds counted above are what end it
        }
        let usage = server.server.budgetUsage
        #expect(usage.outputSheds >= 1, "no connection was shed")
        // Within the budget, plus the small refusals and farewells queued before a shed.
        #expect(most <= budget + 64 * 1024, "\(most) bytes unsent at most against a budget of \(budget)")

        // A shed connection ends: its farewell on call_id 0 after the whole answers it
        // had, or, as it keeps sending after the server's FIN, a reset (PROTOCOL.md §7).
        var ended = 0
        for a in attackers {
            var frames = 0
            reading: while frames < 64 {
                frames += 1
                switch try a.read(timeoutMilliseconds: 500) {
                case .frame(let f) where f.callID == 0:
                    #expect(f.code == .resourceExhausted)
                    ended += 1
                    break reading
                case .frame: continue
                case .closed, .reset: ended += 1; break reading
                case .timedOut: break reading
                }
            }
        }
        #expect(ended >= 1)

        // Someone else is served meanwhile, and once the attackers are gone nothing is held.
        let fresh = try RawWireClient(server.address)
        try fresh.echo(1, "still served")
        #expect(try fresh.readFrame().text == "still served")
        // The server too: its last use above is reading its address, and a release right after
        // that would close the listener before the connect (a refused connection in one CI run).
        withExtendedLifetime((attackers, server)) {}
    }

    @Test func anAnswerThatDoesNotFitTheBudgetIsRefusedNotQueued() throws {
        let budget = 1024 * 1024
        let server = try TestServer([handlers.inlineEcho]) { $0.outputBudgetBytes = budget; $0.maxPendingOutputBytes = 64 * 1024 * 1024 }
        let raw = try RawWireClient(server.address)
        // One answer larger than the whole budget: refused, and the connection stays usable.
        try raw.send(bytes: try RawWireClient.echoFrames(count: 1, payloadBytes: budget + 1))
        let f = try raw.readFrame()
        #expect(f.callID == 1 && f.code == .resourceExhausted)
        #expect(f.status?.message.contains("output budget") == true)
        try raw.echo(2, "small")
        #expect(try raw.readFrame().text == "small")
        #expect(eventually { server.server.budgetUsage.output == 0 })
    }

    @Test func connectionsHoldingIncompleteFramesAreShedPastTheInputBudget() throws {
        let budget = 2 * 1024 * 1024
        let server = try TestServer([handlers.inlineEcho]) { $0.inputBudgetBytes = budget }
        // Each client announces a 4 MiB frame and sends 1 MiB of it, never the rest.
        var header: [UInt8] = [0x00, 0x40, 0x00, 0x00]
        header += [UInt8](repeating: 0, count: 1024 * 1024)
        let clients = try (0..<4).map { _ in try RawWireClient(server.address) }
        var offsets = [Int](repeating: 0, count: clients.count)
        var most = 0
        let until = Deadline.after(milliseconds: 60_000)
        while !until.hasPassed() {
            for (i, c) in clients.enumerated() { offsets[i] = c.push(header, from: offsets[i]) }
            let usage = server.server.budgetUsage
            most = max(most, usage.input)
            if usage.inputSheds >= 1 && offsets.allSatisfy({ $0 == header.count }) { break }
            _ = poll(nil, 0, 10)
        }
        let usage = server.server.budgetUsage
        #expect(usage.inputSheds >= 1)
        #expect(most <= budget + 64 * 1024 * 4, "\(most) bytes of partial frames held at most against a budget of \(budget)")
        let fresh = try RawWireClient(server.address)
        try fresh.echo(1, "still served")
        #expect(try fresh.readFrame().text == "still served")
        withExtendedLifetime(clients) {}
    }
}
