import Dispatch
import ResumeCore
import Synchronization
import Testing
@testable import ResumeTransport

/// The loop's timers against the system timer it arms, on an idle loop (no
/// descriptor traffic, so nothing but the system timer can run them).
@Suite struct EventLoopTimerTests {
    /// Schedules a timer `milliseconds` from now on `loop` and waits up to
    /// `waitMilliseconds` for it to run; returns whether it ran.
    static func fires(on loop: EventLoop, in milliseconds: UInt64, waitingUpTo waitMilliseconds: Int) -> Bool {
        let ran = DispatchSemaphore(value: 0)
        loop.sync { _ = loop.schedule(at: .after(milliseconds: milliseconds)) { ran.signal() } }
        return ran.wait(timeout: .now() + .milliseconds(waitMilliseconds)) == .success
    }

    @Test func aTimerOnAnIdleLoopRuns() throws {
        let loop = try EventLoop(label: "test.timers")
        loop.start()
        defer { loop.stop() }
        #expect(Self.fires(on: loop, in: 20, waitingUpTo: 10_000))
    }

    /// The daemon's database client and metrics endpoint share the server's
    /// loop and may schedule before it starts. Those timers must be armed at
    /// the start, and must not leave the loop believing the system timer is
    /// armed (it was not: every later timer then waited for descriptor
    /// traffic, and a silent metrics client was never closed).
    @Test func timersScheduledBeforeTheStartRunAndLaterOnesToo() throws {
        let loop = try EventLoop(label: "test.timers.early")
        let early = DispatchSemaphore(value: 0)
        loop.sync { _ = loop.schedule(at: .after(milliseconds: 1)) { early.signal() } }
        loop.start()
        defer { loop.stop() }
        #expect(early.wait(timeout: .now() + .seconds(10)) == .success, "the timer scheduled before the start never ran")
        #expect(Self.fires(on: loop, in: 20, waitingUpTo: 10_000), "a timer scheduled after the start never ran")
    }

    @Test func anEarlierTimerRearmsTheSystemTimer() throws {
        let loop = try EventLoop(label: "test.timers.rearm")
        loop.start()
        defer { loop.stop() }
        let late = Atomic<Bool>(false)
        loop.sync { _ = loop.schedule(at: .after(milliseconds: 600_000)) { late.store(true, ordering: .relaxed) } }
        #expect(Self.fires(on: loop, in: 20, waitingUpTo: 10_000))
        let lateRan = late.load(ordering: .relaxed)
        #expect(!lateRan)
    }
}
