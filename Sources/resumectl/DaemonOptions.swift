import ArgumentParser
import Dispatch
import Foundation
import ResumeClient
import ResumeCore
import ResumeProto
import ResumeReflection
import ResumeTransport
import ResumeWire

/// Exit statuses of the subcommands that talk to a daemon (sysexits.h for
/// the two that are not RPC status codes).
enum DaemonExit {
    /// A usage error: bad arguments, JSON that is not a request.
    static let usage: Int32 = 64
    /// The daemon cannot be reached.
    static let unreachable: Int32 = 69
}

/// `--server`, shared by every subcommand that talks to a daemon.
struct ServerOption: ParsableArguments {
    @Option(help: "The daemon, host:port [env RESUMED_SERVER; default 127.0.0.1:7700]")
    var server: String?

    /// The address given, else the environment's, else the default.
    func address() throws -> SocketAddress {
        let text = server ?? ProcessInfo.processInfo.environment["RESUMED_SERVER"] ?? "127.0.0.1:7700"
        guard let address = try? SocketAddress(parsing: text) else { throw ValidationError("--server must be host:port, not \(text.prefix(100))") }
        return address
    }

    /// A connection to the daemon; exits 69 (with the reason on stderr) when there is none.
    func connect() throws -> ClientConnection {
        let address = try address()
        do {
            return try ClientConnection.connect(to: address)
        } catch {
            Stderr.write("resumectl: cannot reach \(address): \(error)")
            throw ExitCode(DaemonExit.unreachable)
        }
    }
}

/// Blocking calls for a command line: one at a time on one connection.
enum BlockingCall {
    /// Calls `path` with `payload` and waits for the answer.
    static func call(_ connection: ClientConnection, _ path: String, _ payload: [UInt8], options: CallOptions) -> Result<[UInt8], RPCError> {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        connection.start(path: path, payload: payload, options: options) { result in
            box.set(result)
            done.signal()
        }
        done.wait()
        return box.get()
    }

    /// Hands a result from the connection's loop to the waiting thread.
    /// `@unchecked Sendable`: `result` is guarded by `lock`.
    private final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<[UInt8], RPCError> = .failure(RPCError(.internal, "no answer"))
        func set(_ r: Result<[UInt8], RPCError>) { lock.lock(); result = r; lock.unlock() }
        func get() -> Result<[UInt8], RPCError> { lock.lock(); defer { lock.unlock() }; return result }
    }

    /// The descriptor set a daemon serves through reflection, or an exit
    /// with the reason when it cannot be had.
    static func reflect(_ connection: ClientConnection, options: CallOptions) throws -> (set: DescriptorSet, services: [String]) {
        let listed = call(connection, Resume_Rpc_V1_Reflection.listServices.path, [], options: options)
        let described = call(connection, Resume_Rpc_V1_Reflection.getFileDescriptorSet.path, [], options: options)
        do {
            let services = try Resume_Rpc_V1_ListServicesResponse(serializedBytes: listed.get()).services
            let bytes = try Resume_Rpc_V1_GetFileDescriptorSetResponse(serializedBytes: described.get()).fileDescriptorSet
            return (try DescriptorSet(serialized: bytes), services)
        } catch let error as RPCError {
            Stderr.report(error)
            throw ExitCode(Int32(error.code.rawValue))
        } catch {
            Stderr.write("resumectl: the daemon's descriptor set is unreadable: \(error)")
            throw ExitCode(Int32(StatusCode.dataLoss.rawValue))
        }
    }
}

/// Writing to standard error.
enum Stderr {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// An RPC error as `CODE: message`, then one line per field violation.
    static func report(_ error: RPCError) {
        var text = "\(error.code.name): \(error.message)"
        for v in error.violations { text += "\n  \(v.field): \(v.description)" }
        if let retry = error.retryAfterMilliseconds { text += "\n  retry after \(retry) ms" }
        write(text)
    }
}
