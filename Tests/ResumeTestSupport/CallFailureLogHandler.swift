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

    public func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String,
                    file: String, function: String, line: UInt) {
        guard level >= .critical || message.description == "call failed" else { return }
        inner.log(level: level, message: message, metadata: self.metadata.merging(metadata ?? [:]) { $1 }, source: source,
                  file: file, function: function, line: line)
    }
}
