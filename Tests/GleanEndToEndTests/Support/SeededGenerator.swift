import Foundation

/// A pseudo-random generator (SplitMix64) whose sequence is fixed by its seed, so a failing run can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    /// The seed the sequence started from.
    let seed: UInt64
    private var state: UInt64

    /// A generator seeded from environment variable `variable` when it holds a number, else from a fixed seed, so
    /// that rerunning a failed test repeats it; set the variable to try other sequences.
    init(seedFromEnvironment variable: String) {
        let given = ProcessInfo.processInfo.environment[variable].flatMap { UInt64($0) }
        self.init(seed: given ?? 1)
    }

    /// A generator that starts from `seed`.
    init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
