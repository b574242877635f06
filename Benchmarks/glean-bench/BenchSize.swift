import GleanCore

/// A programme size the suite runs at, named by its approximate number of logs.
struct BenchSize: Sendable {
    /// "1k", "10k" or "100k": the name on the command line, in the report and of the cached project's folder.
    let name: String
    /// What `ProgrammeGenerator` makes for it (about 95% of participants write each fortnight).
    let programme: ProgrammeGenerator.Size

    /// The sizes the suite knows, smallest first; the same as `glean generate` with these participants and
    /// fortnights and the default seed.
    static let all = [
        BenchSize(name: "1k", programme: .init(participants: 100, fortnights: 11)),
        BenchSize(name: "10k", programme: .init(participants: 500, fortnights: 21)),
        BenchSize(name: "100k", programme: .init(participants: 1000, fortnights: 105)),
    ]

    /// Whether the size is large enough that slow measures take fewer samples.
    var isLarge: Bool { programme.participants * programme.fortnights > 50_000 }

    /// How many times to run a measure that takes `small` samples at the smaller sizes and `large` at the largest.
    func runs(small: Int, large: Int) -> Int {
        isLarge ? large : small
    }
}
