import ArgumentParser

/// One configurable value of the daemon, declared once: its flag, environment
/// variable, unit, range and meaning, and where its value goes in a
/// `DaemonConfiguration`. Its default is whatever `DaemonConfiguration()` holds
/// there, so the code a value configures declares it. A flag beats the
/// environment, which beats the default.
public struct Setting: Sendable {
    /// Long flag name, without dashes.
    public let flag: String
    /// Environment variable.
    public let environment: String
    /// Unit of the value ("ms", "bytes", ...).
    public let unit: String
    /// What it does.
    public let summary: String
    /// The accepted range, as shown to people.
    public let rangeText: String
    /// Holds a secret: errors never repeat the value.
    public let secret: Bool
    /// A URL that `isValid` accepts, kept at `keyPath`. Secret: a URL may carry a
    /// password, so a bad one is never echoed.
    static func url(_ flag: String, _ environment: String, rangeText: String, _ summary: String,
                    _ keyPath: any WritableKeyPath<DaemonConfiguration, String> & Sendable,
                    isValid: @escaping @Sendable (String) -> Bool) -> Setting {
        custom(flag, environment, unit: "URL", rangeText: rangeText, secret: true, summary,
               store: { text, c in
                   guard isValid(text) else { return false }
                   c[keyPath: keyPath] = text
                   return true
               },
               read: { c in c[keyPath: keyPath] })
    }

    /// A yes/no setting: `--flag` alone means true.
    public let isSwitch: Bool
    /// Stores the text given into a configuration; false when it is not in range.
    let store: @Sendable (String, inout DaemonConfiguration) -> Bool
    /// The value a configuration holds, as people write it ("" for none).
    let read: @Sendable (DaemonConfiguration) -> String

    /// The default as shown to people: the value of `DaemonConfiguration()`.
    public var defaultText: String {
        let text = read(DaemonConfiguration())
        return text.isEmpty ? "none" : text
    }

    /// The line `--help` shows after the flag.
    public var helpText: String {
        "\(summary) [\(unit); default \(defaultText); \(rangeText); env \(environment)]"
    }

    /// Applies the flag's text if given, else the variable's if set; otherwise the configuration keeps its value.
    func apply(flag value: String?, environment env: [String: String], to configuration: inout DaemonConfiguration) throws {
        if let value {
            guard store(value, &configuration) else {
                throw ValidationError("--\(flag)\(secret ? "" : " " + value): must be \(rangeText)")
            }
        } else if let text = env[environment], !text.isEmpty {
            guard store(text, &configuration) else {
                throw ValidationError("\(environment)\(secret ? "" : "=" + (text.count > 40 ? "…" : text)): must be \(rangeText)")
            }
        }
    }
}

extension Setting {
    /// A setting whose text `store` checks and keeps, and `read` shows.
    static func custom(_ flag: String, _ environment: String, unit: String, rangeText: String, secret: Bool = false, _ summary: String,
                       store: @escaping @Sendable (String, inout DaemonConfiguration) -> Bool,
                       read: @escaping @Sendable (DaemonConfiguration) -> String) -> Setting {
        Setting(flag: flag, environment: environment, unit: unit, summary: summary, rangeText: rangeText, secret: secret,
                isSwitch: false, store: store, read: read)
    }

    /// An integer within `range`, kept at `keyPath` as `scale` times the value given
    /// (a setting in ms kept in ns has a scale of 1,000,000). `_` may group digits.
    static func integer<I: FixedWidthInteger & Sendable>(
        _ flag: String, _ environment: String, unit: String, range: ClosedRange<Int>, _ summary: String,
        _ keyPath: any WritableKeyPath<DaemonConfiguration, I> & Sendable, scale: I = 1
    ) -> Setting {
        custom(flag, environment, unit: unit, rangeText: "\(range.lowerBound) to \(range.upperBound)", summary,
               store: { text, c in
                   guard let v = Int(text.replacingOccurrences(of: "_", with: "")), range.contains(v),
                         let stored = I(exactly: v).map({ $0.multipliedReportingOverflow(by: scale) }), !stored.overflow
                   else { return false }
                   c[keyPath: keyPath] = stored.partialValue
                   return true
               },
               read: { c in "\(c[keyPath: keyPath] / scale)" })
    }

    /// A duration in milliseconds within `range`, kept at `keyPath` in ms.
    static func milliseconds(_ flag: String, _ environment: String, range: ClosedRange<Int>, _ summary: String,
                             _ keyPath: any WritableKeyPath<DaemonConfiguration, UInt64> & Sendable) -> Setting {
        integer(flag, environment, unit: "ms", range: range, summary, keyPath)
    }

    /// A duration given in milliseconds within `range`, kept at `keyPath` in nanoseconds.
    static func milliseconds(_ flag: String, _ environment: String, range: ClosedRange<Int>, _ summary: String,
                             nanoseconds keyPath: any WritableKeyPath<DaemonConfiguration, UInt64> & Sendable) -> Setting {
        integer(flag, environment, unit: "ms", range: range, summary, keyPath, scale: 1_000_000)
    }

    /// A yes/no setting: true/false, 1/0, yes/no, on/off; `--flag` alone is true.
    static func boolean(_ flag: String, _ environment: String, _ summary: String,
                        _ keyPath: any WritableKeyPath<DaemonConfiguration, Bool> & Sendable) -> Setting {
        Setting(flag: flag, environment: environment, unit: "boolean", summary: summary, rangeText: "true or false",
                secret: false, isSwitch: true,
                store: { text, c in
                    guard let v = Setting.boolean(text) else { return false }
                    c[keyPath: keyPath] = v
                    return true
                },
                read: { c in "\(c[keyPath: keyPath])" })
    }

    /// The truth value of `text`, or nil if it is not one.
    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "1", "yes", "on": true
        case "false", "0", "no", "off": false
        default: nil
        }
    }

    /// A secret of at least `minimumBytes` bytes: never echoed; `rangeText` states its rule.
    static func secret(_ flag: String, _ environment: String, minimumBytes: Int, rangeText: String, _ summary: String,
                       store: @escaping @Sendable (String, inout DaemonConfiguration) -> Void) -> Setting {
        custom(flag, environment, unit: "secret", rangeText: rangeText, secret: true, summary,
               store: { text, c in
                   guard text.utf8.count >= minimumBytes else { return false }
                   store(text, &c)
                   return true
               },
               read: { _ in "" })
    }
}
