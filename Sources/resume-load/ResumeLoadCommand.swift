#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import ResumeLoad
import ResumeLoadEngine
import ResumeTransport

/// `resume-load`: drives a resumed daemon with a chosen scenario, closed or
/// open loop, and reports throughput, latency percentiles and status codes.
@main
struct ResumeLoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume-load",
        abstract: "Load-test a resumed daemon over its own protocol.",
        discussion: """
            Closed loop (default): --connections × --in-flight calls are kept in flight; latency runs from each send. \
            Open loop (--rate): call k is due at start + k/rate whatever the answers do, and latency runs from that \
            due time, so a slow server is charged for the calls it held up (wrk2's correction for coordinated omission). \
            Scenarios other than echo and health first make a user with the service token, and resumes, job \
            descriptions and warm analyses as needed, through the API; --cleanup deletes that user afterwards. \
            The report goes to standard output; the live line (on a terminal) and set-up notes to standard error. \
            Exit status 1 when a --fail-on threshold is breached, 2 on bad options, 3 when the setup or the connections fail.
            """
    )

    @Option(help: "Daemon to load, host:port [env RESUMED_SERVER; default 127.0.0.1:7700]")
    var server: String?

    @Option(help: "echo, health, get-resume, list-resumes, analyze-cached, analyze-uncached, create-resume or mix")
    var scenario = "echo"

    @Option(help: "Weights of a mix, e.g. get-resume=70,analyze-cached=25,create-resume=5")
    var mix: String?

    @Option(help: "Connections [1 to 10000]")
    var connections = 8

    @Option(name: .customLong("in-flight"), help: "Calls in flight per connection (pipelining) [1 to 1024]")
    var inFlight = 1

    @Option(help: "Engine threads, each with its own epoll loop; 0: one per CPU [0 to 256]")
    var threads = 0

    @Option(help: "Open loop: calls started per second, all connections together; latency is measured from each call's scheduled time")
    var rate: Double?

    @Option(help: "How long calls are measured, after the warm-up: 10s, 500ms, 2m [default 10s; not with --requests]")
    var duration: String?

    @Option(help: "How many calls are measured, after the warm-up [1 to 1000000000; not with --duration]")
    var requests: Int?

    @Option(help: "Calls started in this first stretch are not counted [0 to 1h]")
    var warmup = "1s"

    @Option(help: "Deadline of each call, sent as the frame's timeout_ms [ms; 1 to 300000]")
    var timeout: UInt32 = 10_000

    @Option(name: .customLong("payload-bytes"), help: "Echo payload size [bytes; 0 to 4000000]")
    var payloadBytes = 64

    @Option(help: "Resumes the setup creates for get-resume, list-resumes and analyze-cached [1 to 10000]")
    var resumes = 20

    @Option(help: "Job descriptions the setup creates for analyze-cached (pairs = resumes × jobs) [1 to 1000]")
    var jobs = 2

    @Option(name: .customLong("text-bytes"), help: "Size of each generated resume text [bytes; 200 to 204800]")
    var textBytes = 2_000

    @Option(name: .customLong("uncached-pairs"), help: "Never-analysed resume/job pairs to prepare for analyze-uncached [default: enough for --requests or --rate, else 4096]")
    var uncachedPairs: Int?

    @Option(help: "Seed of the generated texts and the mix's draws")
    var seed: UInt64 = 1

    @Option(name: .customLong("service-token"), help: "Service token for the setup's CreateUser/Authenticate/DeleteUser [env RESUMED_SERVICE_TOKEN]")
    var serviceToken: String?

    @Option(name: .customLong("service-token-file"), help: "Read the service token from the first line of this file (e.g. .local/service-token)")
    var serviceTokenFile: String?

    @Option(help: "Report format: text, json, csv or html (a page with a percentile plot)")
    var format = "text"

    @Option(name: .customLong("fail-on"), help: "Exit 1 when any threshold is breached, e.g. \"p99>5ms,errors>0.1%\" (p50 p90 p99 p99.9 p99.99 max mean, errors, rps, count; > >= < <=)")
    var failOn: String?

    @Flag(help: "Delete the setup's user, and so everything it made, after the run")
    var cleanup = false

    /// The options, parsed and checked.
    func loadOptions() throws(LoadOptionError) -> LoadOptions {
        var o = LoadOptions()
        o.server = server ?? ProcessInfo.processInfo.environment["RESUMED_SERVER"] ?? "127.0.0.1:7700"
        o.scenario = try LoadScenario(parsing: scenario)
        o.mix = try mix.map { m throws(LoadOptionError) in try ScenarioMix(parsing: m) }
        o.connections = connections
        o.inFlight = inFlight
        o.threads = threads
        o.rate = rate
        if let duration {
            guard let ns = DurationText.nanoseconds(duration, defaultUnit: .seconds) else {
                throw LoadOptionError("--duration \"\(duration.prefix(24))\" is not a duration such as 10s, 500ms or 2m")
            }
            o.durationNanoseconds = ns
        }
        o.requests = requests
        guard let warm = DurationText.nanoseconds(warmup, defaultUnit: .seconds) else {
            throw LoadOptionError("--warmup \"\(warmup.prefix(24))\" is not a duration such as 1s or 500ms")
        }
        o.warmupNanoseconds = warm
        o.timeoutMilliseconds = timeout
        o.payloadBytes = payloadBytes
        o.resumes = resumes
        o.jobs = jobs
        o.textBytes = textBytes
        o.uncachedPairs = uncachedPairs
        o.seed = seed
        guard let f = ReportFormat(rawValue: format) else { throw LoadOptionError("--format must be text, json, csv or html") }
        o.format = f
        o.failOn = try failOn.map { t throws(LoadOptionError) in try FailCondition.parseList(t) } ?? []
        o.cleanup = cleanup
        try o.validate()
        return o
    }

    func serviceTokenValue() throws -> String? {
        if let serviceToken { return serviceToken }
        if let path = serviceTokenFile {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw LoadOptionError("--service-token-file \(path): cannot be read")
            }
            let line = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .first { !$0.isEmpty && !$0.hasPrefix("#") }
            guard let line else { throw LoadOptionError("--service-token-file \(path): no token in it") }
            return line
        }
        return ProcessInfo.processInfo.environment["RESUMED_SERVICE_TOKEN"]
    }

    func run() async throws {
        let options: LoadOptions
        let address: SocketAddress
        let token: String?
        do {
            options = try loadOptions()
            address = try SocketAddress(parsing: options.server)
            token = try serviceTokenValue()
        } catch {
            Self.note("resume-load: \(error)")
            throw ExitCode(2)
        }
        let setup = LoadSetup(address: address, options: options, serviceToken: token)
        let data: PreparedData
        do {
            data = try await setup.prepare(log: Self.note)
        } catch {
            Self.note("resume-load: setup failed: \(error)")
            throw ExitCode(3)
        }
        let run = LoadRun(options: options, address: address, plan: CallPlan(options: options, data: data))
        Self.note("resume-load: \(options.scenario) against \(options.server), \(run.threads) thread(s)")
        let cpuBefore = Self.cpuNanoseconds()
        let outcome = await run.run()
        let cpu = Self.cpuNanoseconds() &- cpuBefore
        if options.cleanup {
            do { try await setup.cleanup(data) } catch { Self.note("resume-load: cleanup failed: \(error)") }
        }
        if let failure = outcome.failure {
            Self.note("resume-load: \(failure)")
            throw ExitCode(3)
        }
        let report = LoadReport(options: options, threads: run.threads, stats: outcome.stats,
                                measuredNanoseconds: outcome.measuredNanoseconds, warnings: outcome.warnings, setupSummary: data.summary,
                                harnessCPUNanoseconds: cpu)
        let text = switch options.format {
        case .text: report.text(failOn: options.failOn)
        case .json: report.json(failOn: options.failOn)
        case .csv: report.csv()
        case .html: report.html(failOn: options.failOn)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
        let breached = options.failOn.filter { $0.isBreached(by: report) }
        if !breached.isEmpty {
            for c in breached { Self.note("resume-load: threshold breached: \(c.explain(report))") }
            throw ExitCode(1)
        }
    }

    /// User + system CPU time of this process so far.
    static func cpuNanoseconds() -> UInt64 {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func ns(_ t: timeval) -> UInt64 { UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_usec) * 1_000 }
        return ns(usage.ru_utime) + ns(usage.ru_stime)
    }

    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
