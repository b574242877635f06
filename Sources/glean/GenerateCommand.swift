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

    @Option(help: "How many participants (1 to 10000).")
    var participants = 100

    @Option(help: "How many fortnights (1 to 9999; at most 200000 logs in all).")
    var fortnights = 10

    @Option(help: "Logs per fortnight, at most the participants (default: about 95% of them).")
    var logsPerFortnight: Int?

    @Option(help: "Quotes per log, on average (0 to 50).")
    var quotesPerLog = 3

    @Option(help: "The seed; the same seed gives the same programme.")
    var seed: UInt64 = 1

    func validate() throws {
        try OptionRange.check(participants, ProgrammeGenerator.Size.participantRange, option: "--participants")
        try OptionRange.check(fortnights, ProgrammeGenerator.Size.fortnightRange, option: "--fortnights")
        try OptionRange.check(logsPerFortnight, 0...participants, option: "--logs-per-fortnight")
        try OptionRange.check(quotesPerLog, ProgrammeGenerator.Size.quotesPerLogRange, option: "--quotes-per-log")
        guard size.logs <= ProgrammeGenerator.Size.maximumLogs else {
            throw ValidationError(
                "that is \(size.logs) logs; a synthetic programme may hold at most \(ProgrammeGenerator.Size.maximumLogs) "
                    + "(fewer --participants, --fortnights or --logs-per-fortnight)")
        }
    }

    /// The programme's size, as the options give it.
    private var size: ProgrammeGenerator.Size {
        ProgrammeGenerator.Size(
            participants: participants, fortnights: fortnights, logsPerFortnight: logsPerFortnight,
            quotesPerLog: quotesPerLog)
    }

    func run() throws {
        let codebook = try reportingErrors { try ProjectStore.open(BundledResources.sampleProject).opened.codebook }
        let showProgress = isatty(STDERR_FILENO) == 1
        let project = ProgrammeGenerator(size: size, seed: seed, codebook: codebook).make { number in
            guard showProgress else { return }
            let line = ProgressLine.text(
                label: "Generating", fraction: Double(number) / Double(fortnights), columns: Console.errorColumns)
            Console.progress(line, finished: number == fortnights)
        }
        let url = URL(fileURLWithPath: path, isDirectory: true)
        try reportingErrors { try ProjectStore.create(project, in: url).close() }
        let logs = project.fortnights.values.reduce(0) { $0 + $1.logs.count }
        let quotes = project.fortnights.values.reduce(0) { $0 + $1.quotes.count }
        Console.say(
            "Wrote \(logs) logs, \(quotes) quotes and \(participants) participants in \(fortnights) fortnights to \(url.standardizedFileURL.path)"
        )
    }
}
