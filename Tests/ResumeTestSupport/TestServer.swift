import Logging
public import ResumeProto
public import ResumeServer
public import ResumeTransport

/// An `RPCServer` on a free loopback port, for one test.
public final class TestServer {
    public let server: RPCServer
    public let address: SocketAddress

    /// Starts a server with `handlers`; `configure` may change the settings
    /// (listen address and worker count are set for tests first).
    public init(_ handlers: [MethodHandler], declarations: [ProtoMethodInfo] = ProtoMethodInfo.all, servingState: ServingState = ServingState(),
                configure: (inout ServerConfiguration) -> Void = { _ in }) throws {
        var c = ServerConfiguration()
        c.listen = [.tcp(host: "127.0.0.1", port: 0)]
        configure(&c)
        var logger = Logger(label: "test-server")
        logger.logLevel = .warning
        server = try RPCServer(configuration: c, registry: try MethodRegistry(handlers, declarations: declarations), servingState: servingState, logger: logger)
        address = try server.start()[0]
    }

    deinit { server.shutdownAndWait() }
}
