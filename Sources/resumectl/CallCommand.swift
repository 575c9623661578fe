import ArgumentParser
import Foundation
import ResumeClient
import ResumeCore
import ResumeProto
import ResumeReflection
import ResumeWire

/// `resumectl call`: any method, in JSON.
struct CallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call",
        abstract: "Call any method with a JSON request; print the JSON response.",
        discussion: """
            METHOD is /package.Service/Method (or package.Service/Method, package.Service.Method). The request \
            is the JSON argument, or -d TEXT, -d @FILE, -d @- (stdin); none means {}. Several requests as JSON \
            lines (one per line) are called one after another on one connection, and each response is printed \
            on one line. JSON follows the proto3 mapping: lowerCamelCase names (declared names accepted), \
            64-bit integers as strings, bytes as base64, enums by name.

            Exit status: 0 when every call is OK; the status code (1-16) of the last call that failed, with \
            CODE: message and any field violations on stderr; 64 for a usage error (arguments, a request that \
            is not JSON or does not fit the request type); 69 when the daemon cannot be reached.
            """)

    @Argument(help: "The method, e.g. /resume.v1.ResumeService/GetResume")
    var method: String

    @Argument(help: "The request as JSON (instead of -d)")
    var request: String?

    @Option(name: [.short, .customLong("data")], help: "The request: JSON text, @FILE, or @- for stdin (JSON lines: one call per line)")
    var data: String?

    @Option(help: "Bearer token sent as authorization metadata [env RESUMED_TOKEN]")
    var token: String?

    @Option(help: "The call's deadline: 250ms, 2s, 1m; a bare number is seconds [default 10s; 1ms to 49 days]")
    var timeout = "10s"

    @Option(name: [.customShort("H"), .customLong("metadata")], help: "Metadata key=value sent with each call (repeatable), e.g. idempotency-key=abc")
    var metadata: [String] = []

    @Flag(help: "Print fields holding their default value too")
    var emitDefaults = false

    @OptionGroup var server: ServerOption

    func validate() throws {
        guard DurationText.milliseconds(timeout) != nil else { throw ValidationError("--timeout must be a duration such as 250ms, 2s or 1m") }
        for m in metadata where !m.contains("=") { throw ValidationError("--metadata takes key=value, not \(m.prefix(64))") }
        if request != nil, data != nil { throw ValidationError("give the request as an argument or with -d, not both") }
    }

    func run() throws {
        let path = DescriptorSet.callPath(method)
        // The method's types: from the descriptors built in, else from the daemon's reflection.
        var descriptors = try DescriptorSet(serialized: EmbeddedDescriptorSet.bytes)
        let requests: [JSONValue]
        do {
            requests = try JSONRequests.parse(try requestText())
        } catch let error as JSONValue.SyntaxError {
            Stderr.write("resumectl: the request is \(error.description)")
            throw ExitCode(DaemonExit.usage)
        }
        let connection = try server.connect()
        defer { connection.close() }
        var options = CallOptions(timeoutMilliseconds: UInt32(DurationText.milliseconds(timeout)!), metadata: [:])
        for m in metadata {
            let (key, value) = (m.prefix { $0 != "=" }, m.drop { $0 != "=" }.dropFirst())
            options.metadata[key.lowercased()] = String(value)
        }
        options.addBearer(token)
        if descriptors.method(path: path) == nil {
            descriptors.merge(try BlockingCall.reflect(connection, options: options).set)
        }
        guard let (_, schema) = descriptors.method(path: path) else {
            Stderr.write("resumectl: no method \(path.prefix(200)) (resumectl list shows them)")
            throw ExitCode(DaemonExit.usage)
        }
        let transcoder = JSONTranscoder(descriptors: descriptors, emitDefaults: emitDefaults)
        var payloads: [[UInt8]] = []
        for (i, r) in requests.enumerated() {
            do {
                payloads.append(try transcoder.encode(r, as: schema.inputType))
            } catch {
                Stderr.write("resumectl: request\(requests.count > 1 ? " \(i + 1)" : ""): \(error)")
                throw ExitCode(DaemonExit.usage)
            }
        }
        var exitCode: Int32 = 0
        for payload in payloads {
            switch BlockingCall.call(connection, path, payload, options: options) {
            case .success(let bytes):
                do {
                    let json = try transcoder.decode(bytes, as: schema.outputType)
                    print(json.text(pretty: payloads.count == 1))
                } catch {
                    Stderr.write("resumectl: the response is not a valid \(schema.outputType): \(error)")
                    exitCode = Int32(StatusCode.internal.rawValue)
                }
            case .failure(let error):
                Stderr.report(error)
                exitCode = Int32(error.code.rawValue)
                if payloads.count > 1 { print("null") } // keeps line N of the output for request N
            }
        }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }

    /// Request text read at most (a file or stdin), in bytes.
    static let maxRequestText = 64 * 1024 * 1024

    /// The text of the request(s).
    func requestText() throws -> String {
        guard let source = data ?? request else { return "" }
        guard source.hasPrefix("@") else { return source }
        let name = source.dropFirst()
        let handle = name == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: String(name))
        let bytes = try handle.map { h -> Data in
            let data = try h.read(upToCount: Self.maxRequestText + 1) ?? Data()
            guard data.count <= Self.maxRequestText else {
                Stderr.write("resumectl: \(name) holds more than \(Self.maxRequestText) bytes of requests")
                throw ExitCode(DaemonExit.usage)
            }
            return data
        }
        guard let bytes else {
            Stderr.write("resumectl: cannot read \(name)")
            throw ExitCode(DaemonExit.usage)
        }
        guard let text = String(data: bytes, encoding: .utf8) else {
            Stderr.write("resumectl: \(name) is not UTF-8 text")
            throw ExitCode(DaemonExit.usage)
        }
        return text
    }
}

/// `resumectl list`: services and methods.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List services and their methods: built into this binary, or served by --server (through reflection).")

    @Option(help: "Ask this daemon (host:port) through reflection instead of reading the descriptors built in")
    var server: String?

    @Option(help: "Bearer token, for a daemon that requires a service token for reflection [env RESUMED_TOKEN]")
    var token: String?

    func run() throws {
        guard server != nil else {
            print(try DescriptorSet(serialized: EmbeddedDescriptorSet.bytes).listing(), terminator: "")
            return
        }
        let (set, services) = try reflect(server: server, token: token)
        print(set.listing(only: services), terminator: "")
    }
}

/// `resumectl describe`: a message, enum, service or method.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Describe a message, enum, service or method in .proto syntax with its comments.")

    @Argument(help: "A full name: resume.v1.Resume, resume.v1.ResumeService, resume.v1.ResumeService.GetResume")
    var name: String

    @Option(help: "Ask this daemon (host:port) through reflection instead of reading the descriptors built in")
    var server: String?

    @Option(help: "Bearer token, for a daemon that requires a service token for reflection [env RESUMED_TOKEN]")
    var token: String?

    func run() throws {
        let set = server == nil ? try DescriptorSet(serialized: EmbeddedDescriptorSet.bytes) : try reflect(server: server, token: token).set
        guard let text = set.describe(name) else {
            Stderr.write("resumectl: nothing named \(name.prefix(200))")
            throw ExitCode(Int32(StatusCode.notFound.rawValue))
        }
        print(text, terminator: "")
    }
}

/// The descriptor set and service list a daemon serves.
func reflect(server: String?, token: String?) throws -> (set: DescriptorSet, services: [String]) {
    var option = ServerOption()
    option.server = server
    let connection = try option.connect()
    defer { connection.close() }
    var options = CallOptions(timeoutMilliseconds: 10_000)
    options.addBearer(token)
    return try BlockingCall.reflect(connection, options: options)
}

extension CallOptions {
    /// Sends `token`, else `RESUMED_TOKEN`, as the bearer token (nothing when neither is set).
    mutating func addBearer(_ token: String?) {
        guard let token = token ?? ProcessInfo.processInfo.environment["RESUMED_TOKEN"] else { return }
        metadata[CallMetadata.authorizationKey] = "Bearer \(token)"
    }
}
