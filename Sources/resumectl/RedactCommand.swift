import ArgumentParser
import Foundation
import ResumeClient
import ResumeCore
import ResumeProto
import ResumeRedaction
import ResumeWire

/// `resumectl redact`: redact a text here, or (`--rewrite`) have a daemon
/// redact the stored documents again that older rules redacted.
struct RedactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Redact a text with this build's rules, or re-redact stored documents (--rewrite).",
        discussion: """
            Without --rewrite: reads a text from FILE (or stdin) and prints it redacted as the daemon would store it.

            With --rewrite: asks the daemon at --server (a service token in --token or RESUMED_TOKEN) to redact \
            again every stored resume and job description whose redaction is older than its rules, one batch \
            per call (Admin/RewriteRedactions), until none is left. A resume whose redacted text changes gets a \
            new version; a rewritten job description's stored analyses are retired; cached analyses of both are \
            dropped. Safe to stop and run again at any time: each batch is stored as it is done, and a new run \
            finds only what is still stale (--cursor resumes a pass where a progress line says it stopped). \
            Run it once every daemon runs the new release (a daemon of the old release still writes old \
            redactions). Progress goes to stderr, the totals to stdout.

            Exit status: 0 when the pass completed; the status code (1-16) of the call that stopped it; 64 for \
            a usage error; 69 when the daemon cannot be reached.
            """)

    @Flag(help: "Re-redact stored documents through the daemon instead of redacting a text here")
    var rewrite = false

    @Argument(help: "The text to redact: a file, or - (the default) for stdin")
    var file: String?

    @Option(name: .customLong("as"), help: "What the text is: resume or job [default resume]")
    var kind = "resume"

    @Option(help: "The region national phone numbers are read as when the text does not say [ISO 3166 alpha-2; default US]")
    var region = "US"

    @Option(help: "With --rewrite: documents per call [1 to 500; default 50]")
    var batch = 50

    @Option(help: "With --rewrite: each call's deadline: 250ms, 2s, 1m [default 30s]")
    var timeout = "30s"

    @Option(help: "With --rewrite: go on from this cursor (printed on each progress line) instead of starting a pass")
    var cursor = ""

    @Option(help: "With --rewrite: bearer token (a service token) [env RESUMED_TOKEN]")
    var token: String?

    @OptionGroup var server: ServerOption

    func validate() throws {
        guard kind == "resume" || kind == "job" else { throw ValidationError("--as must be resume or job") }
        guard PIIRedactor.isSupportedRegion(region) else { throw ValidationError("--region must be a region libphonenumber knows, such as US, GB or DE") }
        guard (1...500).contains(batch) else { throw ValidationError("--batch must be 1 to 500") }
        guard DurationText.milliseconds(timeout) != nil else { throw ValidationError("--timeout must be a duration such as 250ms, 2s or 1m") }
        if rewrite, file != nil { throw ValidationError("--rewrite reads no file") }
    }

    func run() throws {
        if rewrite { return try rewriteStored() }
        let name = file ?? "-"
        let handle = name == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: name)
        guard let data = try handle?.read(upToCount: Self.maxText + 1) else {
            Stderr.write("resumectl: cannot read \(name)")
            throw ExitCode(DaemonExit.usage)
        }
        guard data.count <= Self.maxText, let text = String(data: data, encoding: .utf8) else {
            Stderr.write("resumectl: \(name) is not UTF-8 text of at most \(Self.maxText) bytes")
            throw ExitCode(DaemonExit.usage)
        }
        let redaction = PIIRedactor(defaultRegion: region).redact(text, as: kind == "job" ? .jobDescription : .resume)
        print(redaction.text, terminator: "")
    }

    /// Text redacted here at most, in bytes.
    static let maxText = 16 * 1024 * 1024

    /// Calls made again after a retryable failure (UNAVAILABLE, RESOURCE_EXHAUSTED, DEADLINE_EXCEEDED) before giving up.
    static let retries = 5

    private func rewriteStored() throws {
        let connection = try server.connect()
        defer { connection.close() }
        var options = CallOptions(timeoutMilliseconds: UInt32(DurationText.milliseconds(timeout)!), metadata: [:])
        options.addBearer(token)
        var totals = Resume_Rpc_V1_RewriteRedactionsResponse()
        var position = cursor, failures = 0
        while true {
            var request = Resume_Rpc_V1_RewriteRedactionsRequest()
            request.cursor = position
            request.maxDocuments = UInt32(batch)
            let result = BlockingCall.call(connection, Resume_Rpc_V1_Admin.rewriteRedactions.path, try request.serializedBytes(), options: options)
            let response: Resume_Rpc_V1_RewriteRedactionsResponse
            do {
                response = try Resume_Rpc_V1_RewriteRedactionsResponse(serializedBytes: result.get())
            } catch let error as RPCError {
                let retryable: Set<StatusCode> = [.unavailable, .resourceExhausted, .deadlineExceeded]
                failures += 1
                guard retryable.contains(error.code), failures <= Self.retries else {
                    Stderr.report(error)
                    if error.code == .deadlineExceeded {
                        Stderr.write("resumectl: no document could be redacted within \(timeout); try a longer --timeout")
                    }
                    Stderr.write("resumectl: stopped at cursor '\(position)' (run again, or pass --cursor '\(position)')")
                    throw ExitCode(Int32(error.code.rawValue))
                }
                let pause = Double(error.retryAfterMilliseconds ?? UInt32(200 << min(failures, 5))) / 1_000
                Stderr.write("resumectl: \(error.code.name): \(error.message); retrying in \(pause) s")
                Thread.sleep(forTimeInterval: pause)
                continue
            }
            failures = 0
            totals.examined += response.examined
            totals.rewritten += response.rewritten
            totals.unchanged += response.unchanged
            totals.skipped += response.skipped
            totals.analysesRetired += response.analysesRetired
            totals.redactorVersion = response.redactorVersion
            position = response.cursor
            Stderr.write("resumectl: examined \(response.examined), rewritten \(response.rewritten), unchanged \(response.unchanged), "
                         + "skipped \(response.skipped), analyses retired \(response.analysesRetired); cursor '\(position)'")
            if position.isEmpty { break }
        }
        print("redactor version \(totals.redactorVersion): \(totals.examined) examined, \(totals.rewritten) rewritten, "
              + "\(totals.unchanged) unchanged, \(totals.skipped) skipped, \(totals.analysesRetired) analyses retired")
    }
}
