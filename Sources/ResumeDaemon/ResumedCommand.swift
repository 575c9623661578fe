#if canImport(Glibc)
import Glibc
#endif
public import ArgumentParser
import Dispatch
import Foundation
import Logging
import ResumeCore
import ResumeTransport

/// `resumed`: the daemon's command line.
public struct ResumedCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "resumed",
        abstract: "The data service of the Resume Builder: a protobuf RPC server over TCP.",
        usage: "resumed [--print-settings] [--<setting> <value> | --<setting>=<value>]...",
        discussion: "SIGTERM or SIGINT drains and exits 0.\n\n" + DaemonSettings.helpText
    )

    /// The settings given as flags; `DaemonSettings` reads them (its `helpText` is the discussion above).
    @Argument(parsing: .allUnrecognized, help: .hidden)
    var settings: [String] = []

    @Flag(name: .customLong("print-settings"), help: "Print every setting as a Markdown table and exit.")
    var printSettings = false

    public init() {}

    public func run() throws {
        if printSettings {
            print(DaemonSettings.markdownTable, terminator: "")
            return
        }
        let configuration = try DaemonConfiguration(arguments: settings, environment: ProcessInfo.processInfo.environment)
        let level = configuration.logLevel
        // One line per cause per interval: a dependency outage fails every
        // call with the same cause, which must not become a line per call.
        let repeats = RepeatedLineLimiter(intervalNanoseconds: configuration.logRepeatIntervalMilliseconds * 1_000_000)
        LoggingSystem.bootstrap { label in
            var h = StreamLogHandler.standardError(label: label)
            h.logLevel = level
            return RateLimitedLogHandler(wrapping: h, limiter: repeats)
        }
        let logger = Logger(label: "resumed")
        signal(SIGPIPE, SIG_IGN)
        // Without this glibc keeps what an attack made it allocate (RSS stayed at gigabytes).
        AllocatorTuning.returnFreedMemory()
        let daemon: Daemon
        do {
            daemon = try Daemon(configuration: configuration, logger: logger)
            _ = try daemon.start()
        } catch {
            logger.critical("cannot start", metadata: ["error": "\(error)"])
            throw ExitCode.failure
        }
        Running.keep(daemon, logger: logger)
        dispatchMain()
    }
}

/// Keeps the daemon and its signal sources alive for the life of the process
/// (`dispatchMain` never returns; sources freed early are silently cancelled).
enum Running {
    nonisolated(unsafe) private static var retained: [AnyObject] = []

    static func keep(_ daemon: Daemon, logger: Logger) {
        var signalled = false
        for sig in [SIGTERM, SIGINT] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .main)
            source.setEventHandler {
                if signalled {
                    logger.warning("second signal: exiting without waiting")
                    exit(1)
                }
                signalled = true
                // Whatever is still running, the process is gone 1 s after the
                // drain timeout (the shutdown itself aims for that too).
                let grace = daemon.configuration.server.drainTimeoutMilliseconds + 1_000
                DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(Int(grace))) {
                    logger.warning("shutdown overran the drain timeout by 1 s: exiting now")
                    exit(1)
                }
                daemon.shutdown { exit(0) }
            }
            source.resume()
            retained.append(source as AnyObject)
        }
        retained.append(daemon)
    }
}
