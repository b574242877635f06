import Foundation

/// The tests' one seeded random number generator (Steele, Lea and Flood's SplitMix64): its whole sequence is decided by
/// its seed, so a failing run is repeated by rerunning it.
///
/// Randomised tests start from a fixed default seed and read another from an environment variable of their own
/// (`init(seedFromEnvironment:default:)`), so a person can vary the run and replay the seed a failure names.
/// `GleanCore` keeps an internal generator of the same algorithm for generating programmes; tests use this one.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    /// The seed the sequence started from.
    public let seed: UInt64
    private var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// A generator seeded from environment variable `variable` when it holds a number, else from `fallback`.
    public init(seedFromEnvironment variable: String, default fallback: UInt64 = 1) {
        let given = ProcessInfo.processInfo.environment[variable].flatMap { UInt64($0) }
        self.init(seed: given ?? fallback)
    }

    /// The generator for case `index` of the run seeded `seed`: independent of every other case, so one case can be
    /// replayed on its own.
    public static func forCase(_ index: Int, ofRun seed: UInt64) -> SeededGenerator {
        var mixer = SeededGenerator(seed: seed ^ (UInt64(index) &* 0xD6E8_FEB8_6659_FD93))
        return SeededGenerator(seed: mixer.next())
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
