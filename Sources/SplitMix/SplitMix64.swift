/// A small, fast, seedable random number generator (Steele, Lea and Flood's SplitMix64): its whole sequence is decided
/// by its seed, so a generated programme, or a randomised test's run, is the same for the same seed. The one copy of
/// the algorithm, for `GleanCore`'s programme generator and the tests' `SeededGenerator`.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next number of the sequence.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
