import ArgumentParser
import Foundation

/// `glean-bench`: the scale benchmarks of issue 6, at 1k, 10k and 100k logs, reported as Markdown tables.
///
/// Run it from a release build, next to the `glean` it measures:
/// `swift build -c release && .build/release/glean-bench --sizes 1k,10k,100k`.
@main
struct GleanBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glean-bench",
        abstract:
            "Measure Glean at 1k, 10k and 100k logs: first screen, keystrokes, durable edits, subcommands, memory.",
        discussion: """
            Projects are generated on first use (ProgrammeGenerator, seed 1, as `glean generate`) into the cache \
            folder and reused afterwards. Progress goes to standard error; the Markdown tables to standard output.
            """)

    @Option(help: "Comma-separated sizes, from 1k, 10k, 100k.")
    var sizes = "1k,10k,100k"

    @Option(help: "The cache folder of generated projects (default: $TMPDIR/glean-bench, or /tmp/glean-bench).")
    var projects: String?

    @Option(help: "Also write the figures as JSON to this file.")
    var json: String?

    @Option(
        help: "Comma-separated sizes at which the peer qc (pip install qualitative-coding) imports the QDPX export.")
    var qcSizes = "1k,10k"

    func run() throws {
        let names = sizes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let chosen = BenchSize.all.filter { names.contains($0.name) }
        guard chosen.count == names.count else {
            throw ValidationError(
                "unknown size in \(sizes); the sizes are \(BenchSize.all.map(\.name).joined(separator: ", "))")
        }
        guard let folder = Bundle.main.executableURL?.deletingLastPathComponent(),
            FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("glean").path)
        else { throw BenchError("no glean next to glean-bench; build both with swift build -c release") }
        let cache = ProjectCache(path: projects)
        try FileManager.default.createDirectory(at: cache.root, withIntermediateDirectories: true)
        let suite = Suite(
            cache: cache, glean: folder.appendingPathComponent("glean").path,
            qcSizes: qcSizes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        var reports: [SizeReport] = []
        for size in chosen {
            let report = try suite.run(size)
            print(report.markdown)
            reports.append(report)
        }
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(reports).write(to: URL(fileURLWithPath: json))
        }
    }
}
