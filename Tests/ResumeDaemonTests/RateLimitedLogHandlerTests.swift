import Logging
import ResumeCore
import Synchronization
import Testing
@testable import ResumeDaemon

/// The daemon's log lines through the rate-limiting handler.
@Suite struct RateLimitedLogHandlerTests {
    /// Collects the lines written.
    final class Lines: Sendable {
        let lines = Mutex([(message: String, metadata: Logger.Metadata)]())
        var all: [(message: String, metadata: Logger.Metadata)] { lines.withLock { $0 } }
    }

    struct Capture: LogHandler {
        let sink: Lines
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            sink.lines.withLock { $0.append(("\(event.message)", metadata.merging(event.metadata ?? [:]) { $1 })) }
        }
    }

    func logger(_ sink: Lines, _ limiter: RepeatedLineLimiter) -> Logger {
        Logger(label: "t") { _ in RateLimitedLogHandler(wrapping: Capture(sink: sink), limiter: limiter) }
    }

    @Test func manyCallsFailingForOneCauseWriteOneLine() {
        let sink = Lines(), limiter = RepeatedLineLimiter(intervalNanoseconds: 60_000_000_000)
        var log = logger(sink, limiter)
        log[metadataKey: "daemon"] = "a"
        for i in 0..<10_000 {
            log.warning("call failed", metadata: ["method": "/m/\(i % 7)", "status": "UNAVAILABLE", "cause": "database unreachable"])
        }
        log.warning("call failed", metadata: ["method": "/m/0", "status": "INTERNAL", "cause": "SQLSTATE 42P01"])
        let lines = sink.all
        #expect(lines.map(\.message) == ["call failed", "call failed"])
        #expect(lines.map { $0.metadata["cause"]?.description } == ["database unreachable", "SQLSTATE 42P01"])
        #expect(lines[0].metadata["daemon"] == "a", "the logger's own metadata still reaches the wrapped handler")
    }

    @Test func theNextLineAfterTheIntervalCarriesTheCount() {
        let now = Atomic<UInt64>(0)
        let sink = Lines(), limiter = RepeatedLineLimiter(intervalNanoseconds: 10) { now.load(ordering: .relaxed) }
        let log = logger(sink, limiter)
        // One call site (a line's cause includes where it was logged).
        for t: UInt64 in [0, 1, 2, 3, 4, 10] { now.store(t, ordering: .relaxed); log.warning("dependency down") }
        #expect(sink.all.count == 2)
        #expect(sink.all.first?.metadata["repeated"] == nil)
        #expect(sink.all.last?.metadata["repeated"] == "4 more since the last line of this cause")
    }
}
