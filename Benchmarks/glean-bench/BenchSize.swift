import GleanCore

/// A programme size the suite runs at, named by its approximate number of logs.
struct BenchSize: Sendable {
    /// "1k", "10k" or "100k": the name on the command line, in the report and of the cached project's folder.
    let name: String
    /// What `ProgrammeGenerator` makes for it (about 95% of participants write each fortnight).
    let programme: ProgrammeGenerator.Size
    /// Issue 13's targets at this size.
    let targets: Targets

    /// The sizes the suite knows, smallest first; the same as `glean generate` with these participants and
    /// fortnights and the default seed.
    static let all = [
        BenchSize(
            name: "1k", programme: .init(participants: 100, fortnights: 11),
            targets: Targets(firstScreen: 60, command: 50, csvAll: nil, qdpxExport: 400, qdpxImport: 500)),
        BenchSize(
            name: "10k", programme: .init(participants: 500, fortnights: 21),
            targets: Targets(firstScreen: 80, command: 80, csvAll: 500, qdpxExport: 4_000, qdpxImport: 5_000)),
        BenchSize(
            name: "100k", programme: .init(participants: 1000, fortnights: 105),
            targets: Targets(
                firstScreen: 150, command: 200, csvImport: 4_000, csvAll: 5_000, qdpxExport: 30_000, qdpxImport: 60_000,
                peakMiB: 200)),
    ]

    /// Whether the size is large enough that slow measures take fewer samples.
    var isLarge: Bool { programme.participants * programme.fortnights > 50_000 }

    /// How many times to run a measure that takes `small` samples at the smaller sizes and `large` at the largest.
    func runs(small: Int, large: Int) -> Int {
        isLarge ? large : small
    }
}

/// The limits issue 13 sets at one size, in milliseconds (nil where it sets none); keystrokes (2 ms at p99) and
/// durable changes (5 ms at p99) are the same at every size.
struct Targets: Sendable {
    /// The first screen in tmux, p50.
    let firstScreen: Double
    /// `glean counts --json` and a fortnight's export, p50.
    let command: Double
    /// The CSV import of every log.
    var csvImport: Double?
    /// `glean export --format csv --all`.
    let csvAll: Double?
    /// `glean export --format qdpx`.
    let qdpxExport: Double
    /// `glean import --format qdpx` into a new project.
    let qdpxImport: Double
    /// The peak memory of the CSV and QDPX exports, in MiB.
    var peakMiB: Double?
}
