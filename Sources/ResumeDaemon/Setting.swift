public import ArgumentParser

/// One configurable value of the daemon: its flag, its environment variable,
/// unit, default and range. A flag beats the environment, which beats the default.
public struct Setting<Value: Sendable>: Sendable {
    /// Long flag name, without dashes.
    public let flag: String
    /// Environment variable.
    public let environment: String
    /// Unit of the value ("ms", "bytes", ...).
    public let unit: String
    /// What it does.
    public let summary: String
    /// The value when neither flag nor variable is given.
    public let defaultValue: Value
    /// The accepted range, as shown to people.
    public let rangeText: String
    /// Holds a secret: errors never repeat the value.
    public var secret = false
    let parse: @Sendable (String) -> Value?

    /// The `--help` text.
    public var help: ArgumentHelp {
        ArgumentHelp("\(summary) [\(unit); default \(defaultText); \(rangeText); env \(environment)]")
    }

    /// The default as shown to people.
    public var defaultText: String {
        let text = "\(defaultValue)"
        return text.isEmpty ? "none" : text
    }

    /// The value from the flag, else the environment, else the default.
    public func resolve(flag value: String?, environment env: [String: String]) throws -> Value {
        if let value {
            guard let v = parse(value) else { throw ValidationError("--\(flag)\(secret ? "" : " " + value): must be \(rangeText)") }
            return v
        }
        if let text = env[environment], !text.isEmpty {
            guard let v = parse(text) else {
                throw ValidationError("\(environment)\(secret ? "" : "=" + (text.count > 40 ? "…" : text)): must be \(rangeText)")
            }
            return v
        }
        return defaultValue
    }
}

extension Setting where Value == Int {
    /// An integer setting within `range`.
    static func integer(_ flag: String, _ environment: String, unit: String, default value: Int, range: ClosedRange<Int>, _ summary: String) -> Setting {
        Setting(flag: flag, environment: environment, unit: unit, summary: summary, defaultValue: value,
                rangeText: "\(range.lowerBound) to \(range.upperBound)") { text in
            Int(text.replacingOccurrences(of: "_", with: "")).flatMap { range.contains($0) ? $0 : nil }
        }
    }
}

extension Setting where Value == String {
    /// A free-text setting.
    static func text(_ flag: String, _ environment: String, unit: String, default value: String, _ summary: String, rangeText: String = "any text") -> Setting {
        Setting(flag: flag, environment: environment, unit: unit, summary: summary, defaultValue: value, rangeText: rangeText) { $0 }
    }
}

extension Setting where Value == String {
    /// A secret: never echoed; `rangeText` states its rule, `minimumBytes` enforces it.
    static func secret(_ flag: String, _ environment: String, minimumBytes: Int, _ summary: String, rangeText: String) -> Setting {
        var s = Setting(flag: flag, environment: environment, unit: "secret", summary: summary, defaultValue: "",
                        rangeText: rangeText) { $0.utf8.count >= minimumBytes ? $0 : nil }
        s.secret = true
        return s
    }
}

extension Setting where Value == Bool {
    /// A yes/no setting: true/false, 1/0, yes/no, on/off.
    static func boolean(_ flag: String, _ environment: String, default value: Bool, _ summary: String) -> Setting {
        Setting(flag: flag, environment: environment, unit: "boolean", summary: summary, defaultValue: value,
                rangeText: "true or false") { text in
            switch text.lowercased() {
            case "true", "1", "yes", "on": true
            case "false", "0", "no", "off": false
            default: nil
            }
        }
    }
}
