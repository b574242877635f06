import ArgumentParser
import Foundation
import GleanCore

/// `glean export`: the fortnight summary as Markdown or HTML, the quotes as CSV, the summary's data as JSON, or the
/// whole project (`qdpx`) or codebook (`qdc`) for other qualitative-analysis tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a fortnight summary, the quotes and counts of every fortnight, or the project for other QDA tools.")

    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, csv, json, qdpx, qdc

        /// The REFI-QDA format, for `qdpx` and `qdc`.
        var exchange: ExchangeFormat? { ExchangeFormat(rawValue: rawValue) }
    }

    @OptionGroup var project: ProjectOption

    @Option(help: "The fortnight to export.")
    var fortnight: Int?

    @Flag(help: "Every fortnight (csv and json only).")
    var all = false

    @Option(help: "A summary (markdown, html), data (csv, json), or REFI-QDA: the whole project (qdpx) or codebook (qdc).")
    var format: Format = .markdown

    @Option(name: [.short, .customLong("output")], help: "The file to write (default: standard output).")
    var output: String?

    @Option(help: "A Mustache template of your own for markdown or html (the README lists its variables).")
    var template: String?

    @Flag(help: "Replace participant codes by their aliases and leave out their attributes.")
    var pseudonymise = false

    @Option(
        name: .customLong("keep-attribute"),
        help: "With --pseudonymise, an attribute to keep (repeatable), e.g. \"care setting\".")
    var keepAttributes: [String] = []

    @Flag(help: "Refuse to export a fortnight whose logs are not all marked done (provisional figures).")
    var final = false

    func validate() throws {
        try OptionRange.check(fortnight, Project.fortnightRange, option: "--fortnight")
        if format.exchange != nil {
            guard fortnight == nil, !all else { throw ValidationError("\(format.rawValue) holds the whole project; leave out --fortnight and --all") }
            guard output != nil else { throw ValidationError("\(format.rawValue) is a file; name it with -o FILE.\(format.rawValue)") }
            guard template == nil, !pseudonymise, !final else {
                throw ValidationError("\(format.rawValue) takes no --template, --pseudonymise or --final")
            }
            return
        }
        guard (fortnight != nil) != all else { throw ValidationError("give exactly one of --fortnight N and --all") }
        guard pseudonymise || keepAttributes.isEmpty else {
            throw ValidationError("--keep-attribute needs --pseudonymise")
        }
    }

    func run() throws {
        let store = try project.open()
        if let exchange = format.exchange, let output {
            let data = try reportingErrors { try ExchangeExport.render(store.opened, format: exchange) }
            try reportingErrors { try ExportFile.write(data, to: URL(fileURLWithPath: output)) }
            return Console.say("Wrote the \(exchange == .qdpx ? "project" : "codebook") to \(output)")
        }
        let request = SummaryExport.Request(
            format: ExportFormat(rawValue: format.rawValue) ?? .markdown,
            scope: fortnight.map(ExportScope.fortnight) ?? .all,
            template: template.map { URL(fileURLWithPath: $0) },
            pseudonymisation: pseudonymise ? Pseudonymisation(keeping: keepAttributes) : nil)
        let data = try reportingErrors { try SummaryExport.render(store.opened, request) }
        let warnings = request.format.carriesFigures ? ProvisionalExport.warnings(store.opened, scope: request.scope) : []
        if final, !warnings.isEmpty {
            warnings.forEach { printError("\($0); --final exports only fortnights whose logs are all marked done (glean done)") }
            throw ExitCode.failure
        }
        let warn = { warnings.forEach { printError("\($0): its figures may change") } }
        guard let output else {
            format == .json ? Console.json(String(decoding: data, as: UTF8.self)) : Console.document(data)
            return warn()
        }
        try reportingErrors { try ExportFile.write(data, to: URL(fileURLWithPath: output)) }
        warn()
        let covered = fortnight.map(store.opened.programme.title(ofFortnight:))
            ?? "fortnights 1 to \(store.opened.latestFortnight)"
        Console.say("Wrote \(covered) to \(output)")
    }
}
