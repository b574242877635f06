import ArgumentParser
import Foundation
import GleanCore
import GleanResources

/// `glean generate`: a synthetic programme of any size, for trying Glean at scale and for the benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic programme (sample codebook, realistic log lengths) to PATH.")

    @Argument(help: "The directory to create the project in.")
    var path: String

    @Option(help: "How many participants.")
    var participants = 100

    @Option(help: "How many fortnights.")
    var fortnights = 10

    @Option(help: "Logs per fortnight (default: about 95% of the participants).")
    var logsPerFortnight: Int?

    @Option(help: "Quotes per log, on average.")
    var quotesPerLog = 3

    @Option(help: "The seed; the same seed gives the same programme.")
    var seed: UInt64 = 1

    func validate() throws {
        guard participants >= 1, fortnights >= 1, Project.fortnightRange.contains(fortnights), quotesPerLog >= 0 else {
            throw ValidationError("--participants and --fortnights must be at least 1 (fortnights at most 9999), --quotes-per-log at least 0")
        }
    }

    func run() throws {
        let codebook = try reportingErrors { try ProjectStore.open(BundledResources.sampleProject).opened.codebook }
        let size = ProgrammeGenerator.Size(
            participants: participants, fortnights: fortnights, logsPerFortnight: logsPerFortnight,
            quotesPerLog: quotesPerLog)
        let showProgress = isatty(STDERR_FILENO) == 1
        let project = ProgrammeGenerator(size: size, seed: seed, codebook: codebook).make { number in
            guard showProgress else { return }
            let line = ProgressLine.text(label: "Generating", fraction: Double(number) / Double(fortnights))
            Console.progress(line, finished: number == fortnights)
        }
        let url = URL(fileURLWithPath: path, isDirectory: true)
        try reportingErrors { try ProjectStore.create(project, in: url).close() }
        let logs = project.fortnights.values.reduce(0) { $0 + $1.logs.count }
        let quotes = project.fortnights.values.reduce(0) { $0 + $1.quotes.count }
        Console.say("Wrote \(logs) logs, \(quotes) quotes and \(participants) participants in \(fortnights) fortnights to \(url.standardizedFileURL.path)")
    }
}
