import Foundation
import SplitMix

/// The tests' one seeded random number generator (`SplitMix64`, which remembers its seed): its whole sequence is
/// decided by its seed, so a failing run is repeated by rerunning it.
///
/// Randomised tests start from a fixed default seed and read another from an environment variable of their own
/// (`init(seedFromEnvironment:default:)`), so a person can vary the run and replay the seed a failure names.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    /// The seed the sequence started from.
    public let seed: UInt64
    private var sequence: SplitMix64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) {
        self.seed = seed
        sequence = SplitMix64(seed: seed)
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

    /// The next number of the seed's sequence.
    public mutating func next() -> UInt64 {
        sequence.next()
    }
}
