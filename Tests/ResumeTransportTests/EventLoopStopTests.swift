import Dispatch
import Glibc
import Testing
@testable import ResumeTransport

/// A loop stopped while its queue is busy, and a loop started right after it.
@Suite struct EventLoopStopTests {
    /// Signals when its descriptor is readable (and drains it).
    final class Readable: EventLoopHandler, @unchecked Sendable { // touched only on its loop's queue; `ready` is a semaphore
        let fd: Int32
        let ready = DispatchSemaphore(value: 0)
        init(fd: Int32) { self.fd = fd }
        func handle(_ events: IOEvents) {
            var byte: UInt8 = 0
            _ = read(fd, &byte, 1)
            ready.signal()
        }
    }

    static func pipeWithAByte() -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        var byte: UInt8 = 1
        #expect(write(fds[1], &byte, 1) == 1)
        return (fds[0], fds[1])
    }

    /// libdispatch files a watched descriptor under its number until the source's cancellation has
    /// run on its queue. A loop that closed its epoll descriptor at `stop()` handed the number back
    /// while the cancellation still waited behind the busy queue; the next loop's epoll set got that
    /// number, its source was filed under the old, dead registration, and it never fired: its server
    /// accepted connections and never read them (seen once in CI as a connection closed idle after
    /// 300 s while its client was still sending).
    @Test func aLoopStartedWhileAStoppedOnesQueueIsBusyServesItsDescriptors() throws {
        let a = try EventLoop(label: "test.stop.a")
        a.start()
        let pa = Self.pipeWithAByte()
        let ha = Readable(fd: pa.read)
        _ = try a.sync { () throws(SocketError) in try a.register(pa.read, interest: .read, handler: ha) }
        #expect(ha.ready.wait(timeout: .now() + .seconds(10)) == .success)
        // stop `a` from inside a block that keeps its queue busy, with its epoll set readable again
        let stopped = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        a.execute {
            var byte: UInt8 = 1
            _ = write(pa.write, &byte, 1)
            a.stop()
            stopped.signal()
            release.wait()
        }
        #expect(stopped.wait(timeout: .now() + .seconds(10)) == .success)
        let b = try EventLoop(label: "test.stop.b")
        b.start()
        defer { b.stop() }
        let pb = Self.pipeWithAByte()
        let hb = Readable(fd: pb.read)
        let tb = try b.sync { () throws(SocketError) in try b.register(pb.read, interest: .read, handler: hb) }
        let served = hb.ready.wait(timeout: .now() + .seconds(3)) == .success
        release.signal()
        #expect(served, "the loop started after another stopped never served its descriptor")
        b.sync { b.deregister(pb.read, token: tb) }
        for fd in [pa.read, pa.write, pb.read, pb.write] { close(fd) }
    }
}
