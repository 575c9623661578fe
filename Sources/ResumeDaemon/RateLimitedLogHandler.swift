public import Logging
public import ResumeCore

/// A `LogHandler` that writes repeated lines once per cause per interval
/// (`RepeatedLineLimiter`), with the number dropped since in `repeated`.
/// A line's cause is where it was logged, its message and its `cause`
/// metadata: "call failed" lines with different causes are limited apart,
/// and the same cause from many calls is one line.
public struct RateLimitedLogHandler<Wrapped: LogHandler>: LogHandler {
    /// The handler lines that pass are written to.
    public var wrapped: Wrapped
    /// Shared by every copy of the handler (and every logger of a bootstrap).
    public let limiter: RepeatedLineLimiter

    /// Wraps `wrapped`, limiting with `limiter`.
    public init(wrapping wrapped: Wrapped, limiter: RepeatedLineLimiter) {
        self.wrapped = wrapped
        self.limiter = limiter
    }

    public var logLevel: Logger.Level {
        get { wrapped.logLevel }
        set { wrapped.logLevel = newValue }
    }

    public var metadata: Logger.Metadata {
        get { wrapped.metadata }
        set { wrapped.metadata = newValue }
    }

    public var metadataProvider: Logger.MetadataProvider? {
        get { wrapped.metadataProvider }
        set { wrapped.metadataProvider = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { wrapped[metadataKey: key] }
        set { wrapped[metadataKey: key] = newValue }
    }

    public func log(event: LogEvent) {
        var cause = "\(event.file):\(event.line):\(event.message)"
        if let c = event.metadata?["cause"] { cause += ":\(c)" }
        switch limiter.decide(cause) {
        case .drop:
            return
        case .write(let suppressed):
            guard suppressed > 0 else { return wrapped.log(event: event) }
            var event = event
            var metadata = event.metadata ?? [:]
            metadata["repeated"] = "\(suppressed) more since the last line of this cause"
            event.metadata = metadata
            wrapped.log(event: event)
        }
    }
}
