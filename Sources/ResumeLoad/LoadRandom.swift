/// SplitMix64: a small, fast, seedable generator, so a run's generated texts
/// and mix draws repeat for the same `--seed`. Not for secrets.
public struct LoadRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator seeded with `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0), by multiply-shift (bias below 2^-32 for small bounds).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int((UInt64(bound).multipliedFullWidth(by: next())).high)
    }
}
