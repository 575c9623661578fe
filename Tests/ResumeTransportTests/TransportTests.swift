import ResumeTestSupport
import Testing
import Glibc
@testable import ResumeTransport

@Suite struct TimerHeapTests {
    @Test func timersComeOutInDeadlineOrder() {
        var h = TimerHeap()
        var fired: [Int] = []
        for d in [50, 10, 40, 20, 30, 10] { _ = h.insert(deadline: UInt64(d)) { fired.append(d) } }
        #expect(h.nextDeadline == 10)
        while let w = h.popDue(now: 35) { w() }
        #expect(fired == [10, 10, 20, 30])
        #expect(h.nextDeadline == 40)
        #expect(h.count == 2)
    }

    @Test func cancelledTimersNeverRun() {
        var h = TimerHeap()
        var fired: [Int] = []
        let a = h.insert(deadline: 1) { fired.append(1) }
        _ = h.insert(deadline: 2) { fired.append(2) }
        h.cancel(a)
        #expect(h.nextDeadline == 2)
        while let w = h.popDue(now: 10) { w() }
        #expect(fired == [2])
        #expect(h.nextDeadline == nil)
    }

    @Test func cancelledTimersDoNotPileUp() {
        var h = TimerHeap()
        let keep = h.insert(deadline: 1_000_000) {}
        for i in 0..<100_000 {
            let id = h.insert(deadline: UInt64(500_000 + i)) {}
            h.cancel(id) // a call that finished long before its deadline
        }
        #expect(h.count == 1)
        #expect(h.storedCount <= 130)
        #expect(h.nextDeadline == 1_000_000)
        h.cancel(keep)
        #expect(h.storedCount == 0)
    }

    @Test func orderSurvivesARebuild() {
        var h = TimerHeap()
        var ids: [(UInt64, TimerHeap.ID)] = []
        for d in (0..<1_000).shuffled() { ids.append((UInt64(d), h.insert(deadline: UInt64(d)) {})) }
        for (d, id) in ids where d % 3 != 0 { h.cancel(id) } // forces rebuilds
        var out: [UInt64] = []
        while let d = h.nextDeadline { out.append(d); _ = h.popDue(now: d) }
        #expect(out == (0..<1_000).map(UInt64.init).filter { $0 % 3 == 0 })
    }

    @Test func manyRandomTimersStayOrdered() {
        var h = TimerHeap()
        var rng = SystemRandomNumberGenerator()
        var deadlines: [UInt64] = []
        for _ in 0..<2_000 {
            let d = UInt64.random(in: 0..<1_000_000, using: &rng)
            deadlines.append(d)
            _ = h.insert(deadline: d) {}
        }
        var last: UInt64 = 0
        var popped = 0
        while let next = h.nextDeadline {
            #expect(next >= last)
            last = next
            _ = h.popDue(now: next)
            popped += 1
        }
        #expect(popped == deadlines.count)
    }
}

@Suite struct SocketAddressTests {
    @Test func parsesTheForms() throws {
        #expect(try SocketAddress(parsing: "127.0.0.1:7700") == .tcp(host: "127.0.0.1", port: 7700))
        #expect(try SocketAddress(parsing: "[::1]:80") == .tcp(host: "::1", port: 80))
        #expect(try SocketAddress(parsing: "localhost:0") == .tcp(host: "localhost", port: 0))
        #expect(try SocketAddress(parsing: "unix:/tmp/r.sock") == .unix(path: "/tmp/r.sock"))
        #expect(SocketAddress.tcp(host: "::1", port: 80).description == "[::1]:80")
    }

    @Test(arguments: ["7700", "host:", ":7700", "h:70000", "h:-1", "[::1]7700", "unix:", "unix:" + String(repeating: "p", count: 200)])
    func rejectsMalformedAddresses(text: String) {
        #expect(throws: AddressError.self) { try SocketAddress(parsing: text) }
    }

    @Test func listeningOnPortZeroReportsTheRealPort() throws {
        let fd = try Socket.listen(.tcp(host: "127.0.0.1", port: 0))
        defer { _ = close(fd) }
        guard case .tcp(let host, let port)? = Socket.localAddress(fd) else { Issue.record("no address"); return }
        #expect(host == "127.0.0.1")
        #expect(port != 0)
    }

    @Test func connectingToAClosedPortFailsWithTheErrnoText() throws {
        let fd = try Socket.listen(.tcp(host: "127.0.0.1", port: 0))
        let address = Socket.localAddress(fd)!
        _ = close(fd)
        do {
            _ = try Socket.connect(address, timeoutMilliseconds: 2_000, nonBlocking: false)
            Issue.record("connected to a closed port")
        } catch let e as SocketError {
            #expect(e.operation == "connect")
            #expect(e.description.contains("refused"))
        }
    }
}

/// What an outbound buffer keeps when the server takes it back.
@Suite struct OutboundBufferTests {
    static func frame(_ fill: UInt8, _ bodyBytes: Int) -> [UInt8] {
        let n = UInt32(bodyBytes)
        return [UInt8(n >> 24), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)] + [UInt8](repeating: fill, count: bodyBytes)
    }

    /// Frames written partly, the rest dropped: the peer still reads whole
    /// frames, ending with the one that was being written.
    @Test func droppingUnstartedFramesKeepsTheStreamFramed() throws {
        var fds: [Int32] = [0, 0]
        #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        var small: Int32 = 4096
        setsockopt(fds[0], SOL_SOCKET, SO_SNDBUF, &small, socklen_t(MemoryLayout<Int32>.size))
        _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
        var out = OutboundBuffer()
        for i in 0..<64 { out.append(contentsOf: Self.frame(UInt8(i), 3_000 + i)) }
        #expect(out.flush(to: fds[0]) == .blocked)
        let before = out.pending
        let dropped = out.dropUnstartedFrames()
        #expect(dropped > 0 && out.pending == before - dropped && out.pending < 3_100)
        // Read everything the peer gets: whole frames in order, nothing after the partial one's end.
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if out.pending > 0 { _ = out.flush(to: fds[0]) }
            guard (waitFor(POLLIN, on: fds[1], timeoutMilliseconds: out.pending > 0 ? 1_000 : 100) ?? 0) != 0 else { break }
            let n = chunk.withUnsafeMutableBytes { read(fds[1], $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            received += chunk[..<n]
        }
        var offset = 0, index = 0
        while offset < received.count {
            #expect(received.count - offset >= 4)
            let length = Int(received[offset]) << 24 | Int(received[offset + 1]) << 16 | Int(received[offset + 2]) << 8 | Int(received[offset + 3])
            #expect(length == 3_000 + index)
            #expect(received.count - offset - 4 >= length, "frame \(index) cut short")
            #expect(received[(offset + 4)..<min(received.count, offset + 4 + length)].allSatisfy { $0 == UInt8(index) })
            offset += 4 + length
            index += 1
        }
        #expect(offset == received.count && index >= 1 && index < 64)
    }
}
