public import Logging

/// The test daemons' log: silent but for the server-side cause of calls
/// answered INTERNAL or UNAVAILABLE ("call failed") and critical lines, so a
/// test that fails on such an answer shows why in the run's output (the cause
/// never travels on the wire).
public struct CallFailureLogHandler: LogHandler {
    private var inner: StreamLogHandler
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .warning

    public init(label: String) {
        inner = StreamLogHandler.standardError(label: label)
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        guard event.level >= .critical || event.message.description == "call failed" else { return }
        var event = event
        event.metadata = metadata.merging(event.metadata ?? [:]) { $1 }
        inner.log(event: event)
    }
}
