import ResumeCore

/// Writes JSON text field by field, in the order written, so the report's
/// layout is exactly the documented one (an encoder would sort or reorder).
struct JSONWriter {
    private(set) var text = ""
    private var needsComma = [false]

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func key(_ k: String?) {
        separate()
        if let k { text += Self.quoted(k) + ":" }
    }

    mutating func beginObject(_ k: String? = nil) { key(k); text += "{"; needsComma.append(false) }
    mutating func endObject() { needsComma.removeLast(); text += "}" }
    mutating func beginArray(_ k: String? = nil) { key(k); text += "["; needsComma.append(false) }
    mutating func endArray() { needsComma.removeLast(); text += "]" }

    mutating func string(_ k: String?, _ v: String) { key(k); text += Self.quoted(v) }
    mutating func int(_ k: String?, _ v: some BinaryInteger) { key(k); text += String(v) }
    mutating func bool(_ k: String?, _ v: Bool) { key(k); text += v ? "true" : "false" }
    mutating func null(_ k: String?) { key(k); text += "null" }
    /// A number with `decimals` places (JSON has no NaN or infinity: those are 0).
    mutating func number(_ k: String?, _ v: Double, decimals: Int) { key(k); text += Decimal2.format(v, decimals: decimals) }

    /// `s` as a JSON string (`JSONString.quoted`).
    static func quoted(_ s: String) -> String { JSONString.quoted(s) }
}
