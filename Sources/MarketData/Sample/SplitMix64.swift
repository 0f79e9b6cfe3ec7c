/// SplitMix64 (Steele, Lea and Flood), a tiny 64-bit generator used here to expand one seed into
/// the state of ``Xoshiro256StarStar``.
///
/// Its output is fixed by the algorithm, so a seed gives the same numbers on every platform and
/// Swift version (unlike `SystemRandomNumberGenerator` or the standard library's `random(in:)`).
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The generator's whole state.
    public private(set) var state: UInt64

    /// Creates a generator from a seed.
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

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
