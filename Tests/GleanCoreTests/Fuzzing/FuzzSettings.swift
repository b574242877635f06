/// How many fuzz cases to run and from which seed, read from the environment.
///
/// By default a few hundred cases from a fixed seed, so `swift test` stays fast and deterministic;
/// `GLEAN_FUZZ_ITERATIONS` and `GLEAN_FUZZ_SEED` choose a longer or different run, and `GLEAN_FUZZ_CASE` replays the
/// one case a failure names.
struct FuzzSettings {
    /// Cases run when `GLEAN_FUZZ_ITERATIONS` is not set.
    static let defaultIterations = 400
    /// The seed used when `GLEAN_FUZZ_SEED` is not set.
    static let defaultSeed: UInt64 = 20_261_125

    /// The number of cases in the run.
    var iterations: Int
    /// The run's seed; each case derives its own generator from it.
    var seed: UInt64
    /// The only case to run, when replaying a failure.
    var onlyCase: Int?

    /// Settings from `GLEAN_FUZZ_ITERATIONS`, `GLEAN_FUZZ_SEED` and `GLEAN_FUZZ_CASE`; unset or unreadable values fall
    /// back to the defaults.
    init(environment: [String: String]) {
        iterations =
            environment["GLEAN_FUZZ_ITERATIONS"].flatMap { Int($0) }.map { max(0, $0) }
            ?? FuzzSettings.defaultIterations
        seed = environment["GLEAN_FUZZ_SEED"].flatMap { UInt64($0) } ?? FuzzSettings.defaultSeed
        onlyCase = environment["GLEAN_FUZZ_CASE"].flatMap { Int($0) }
    }

    /// The indices of the cases to run.
    var cases: [Int] {
        onlyCase.map { [$0] } ?? Array(0..<iterations)
    }

    /// The command that replays case `index` of this run.
    func reproduction(ofCase index: Int) -> String {
        "GLEAN_FUZZ_SEED=\(seed) GLEAN_FUZZ_CASE=\(index) swift test --filter Fuzz"
    }
}
