/// The weights of a `mix` run, parsed from `--mix`, e.g.
/// `get-resume=70,analyze-cached=25,create-resume=5`: each call picks a
/// scenario with probability weight / sum of weights.
public struct ScenarioMix: Sendable, Hashable, Codable, CustomStringConvertible {
    /// One scenario and its weight.
    public struct Entry: Sendable, Hashable, Codable {
        /// The scenario (never `mix`).
        public let scenario: LoadScenario
        /// Its weight, 1 to `ScenarioMix.maxWeight`.
        public let weight: Int
    }

    /// The entries in the order given.
    public let entries: [Entry]

    /// Largest weight accepted.
    public static let maxWeight = 1_000_000
    /// Longest `--mix` text accepted, in bytes.
    public static let maxTextBytes = 1_024

    /// The sum of the weights.
    public var totalWeight: Int { entries.reduce(0) { $0 + $1.weight } }

    /// The scenarios named, in the order given.
    public var scenarios: [LoadScenario] { entries.map(\.scenario) }

    /// Parses `name=weight[,name=weight...]`. Names are the scenarios other
    /// than `mix`, each at most once; weights are whole numbers from 1 to
    /// 1,000,000; spaces around items are ignored.
    public init(parsing text: String) throws(LoadOptionError) {
        guard text.utf8.count <= Self.maxTextBytes else {
            throw LoadOptionError("--mix is longer than \(Self.maxTextBytes) bytes")
        }
        var entries: [Entry] = []
        for rawItem in text.split(separator: ",", omittingEmptySubsequences: false) {
            let item = rawItem.trimmingSpaces()
            guard !item.isEmpty else {
                throw LoadOptionError("--mix has an empty item; expected name=weight[,name=weight...], e.g. get-resume=70,analyze-cached=30")
            }
            let parts = item.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw LoadOptionError("--mix item \"\(item.prefix(40))\" is not name=weight")
            }
            let name = parts[0].trimmingSpaces(), weightText = parts[1].trimmingSpaces()
            guard let scenario = LoadScenario(rawValue: String(name)), scenario != .mix else {
                throw LoadOptionError("--mix names an unknown scenario \"\(name.prefix(40))\"; expected one of \(LoadScenario.mixable.map(\.rawValue).joined(separator: ", "))")
            }
            guard !entries.contains(where: { $0.scenario == scenario }) else {
                throw LoadOptionError("--mix names \(scenario) twice")
            }
            guard weightText.allSatisfy({ $0.isASCII && $0.isNumber }), let weight = Int(weightText),
                  (1...Self.maxWeight).contains(weight) else {
                throw LoadOptionError("--mix weight of \(scenario) must be a whole number from 1 to \(Self.maxWeight), not \"\(weightText.prefix(20))\"")
            }
            entries.append(Entry(scenario: scenario, weight: weight))
        }
        self.entries = entries
    }

    /// A mix of `entries`; each weight must be at least 1.
    public init(_ entries: [(LoadScenario, Int)]) {
        precondition(!entries.isEmpty && entries.allSatisfy { $0.0 != .mix && $0.1 >= 1 })
        self.entries = entries.map { Entry(scenario: $0.0, weight: $0.1) }
    }

    /// The scenario for a draw `r` in `0..<totalWeight`: the entries cover
    /// consecutive ranges of the draws, each as wide as its weight.
    public func scenario(forDraw r: Int) -> LoadScenario {
        precondition(r >= 0 && r < totalWeight, "draw out of range")
        var left = r
        for e in entries {
            if left < e.weight { return e.scenario }
            left -= e.weight
        }
        preconditionFailure("unreachable: the weights cover every draw")
    }

    /// `name=weight,...`, as it would be parsed.
    public var description: String { entries.map { "\($0.scenario)=\($0.weight)" }.joined(separator: ",") }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
