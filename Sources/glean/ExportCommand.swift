import ArgumentParser
import Foundation
import GleanCore

/// `glean export`: the fortnight summary as Markdown or HTML, the quotes as CSV, the summary's data as JSON, the
/// rapid-analysis matrix as CSV or HTML, or the whole project (`qdpx`) or codebook (`qdc`) for other
/// qualitative-analysis tools.
struct ExportCommand: FortnightOptionCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Export a fortnight summary, the quotes and counts of every fortnight, the rapid-analysis matrix, or the project for other QDA tools."
    )

    @OptionGroup var project: ProjectOption

    @Option(help: "The fortnight to export.")
    var fortnight: Int?

    @Option(
        help: ArgumentHelp(
            "Fortnights FIRST to LAST, e.g. 2-4 (csv, json and the matrix only).", valueName: "first-last"))
    var fortnights: String?

    @Flag(
        help:
            "Every fortnight: csv, json and the matrix in one file; markdown and html one summary per fortnight plus an index, into the folder -o DIR."
    )
    var all = false

    @Option(
        help:
            "A summary (markdown, html), data (csv, json), the rapid-analysis matrix (matrix-csv, matrix-html), or REFI-QDA: the whole project (qdpx) or codebook (qdc)."
    )
    var format: ExportFormat = .markdown

    @Option(
        help: ArgumentHelp(
            "The matrix's rows: participant, or an attribute such as \"care setting\".",
            valueName: "participant|attribute"))
    var rows: String?

    @Option(
        help: ArgumentHelp(
            "The matrix's cells: the quotes, or a count of quotes and participants.", valueName: "quotes|count"))
    var cells: String?

    @Option(
        name: [.short, .customLong("output")],
        help: "The file to write (default: standard output); the folder, for markdown or html with --all.")
    var output: String?

    @Option(help: "A Mustache template of your own for markdown or html (the README lists its variables).")
    var template: String?

    @Flag(help: "Replace participant codes by their aliases and leave out their attributes.")
    var pseudonymise = false

    @Option(
        name: .customLong("keep-attribute"),
        help: "With --pseudonymise, an attribute to keep (repeatable), e.g. \"care setting\".")
    var keepAttributes: [String] = []

    @Flag(
        help:
            "Replace the output file (or, with --all, the folder's files) when it exists already; never anything but a regular file."
    )
    var force = false

    @Flag(help: "Refuse to export a fortnight whose logs are not all marked done (provisional figures).")
    var final = false

    func validate() throws {
        try checkFortnight()
        if format.exchange != nil {
            guard fortnight == nil, fortnights == nil, !all else {
                throw ValidationError(
                    "\(format.rawValue) holds the whole project; leave out --fortnight, --fortnights and --all")
            }
            guard output != nil else {
                throw ValidationError("\(format.rawValue) is a file; name it with -o FILE.\(format.rawValue)")
            }
            guard template == nil, !pseudonymise, !final else {
                throw ValidationError("\(format.rawValue) takes no --template, --pseudonymise or --final")
            }
            return
        }
        guard [fortnight != nil, fortnights != nil, all].filter({ $0 }).count == 1 else {
            throw ValidationError("give exactly one of --fortnight N, --fortnights FIRST-LAST and --all")
        }
        _ = try fortnightSpan()
        guard format.isMatrix || (rows == nil && cells == nil) else {
            throw ValidationError("--rows and --cells are for --format matrix-csv or matrix-html")
        }
        _ = try matrixCells()
        if all, format == .markdown || format == .html, output == nil {
            throw ValidationError(
                "--all writes one \(format.rawValue) file per fortnight and an index; name their folder with -o DIR")
        }
        guard pseudonymise || keepAttributes.isEmpty else {
            throw ValidationError("--keep-attribute needs --pseudonymise")
        }
    }

    func run() throws {
        let store = try project.open(reading: try fortnightsRead())
        if let exchange = format.exchange, let output {
            try replacingOnlyWhenForced {
                try ExchangeExport.write(
                    store.opened, format: exchange, to: URL(fileURLWithPath: output), replacing: force)
            }
            return Console.say("Wrote the \(exchange == .qdpx ? "project" : "codebook") to \(output)")
        }
        let request = SummaryExport.Request(
            format: format,
            scope: try fortnightSpan().map(ExportScope.range) ?? fortnight.map(ExportScope.fortnight) ?? .all,
            template: template.map { URL(fileURLWithPath: $0) },
            pseudonymisation: pseudonymise ? Pseudonymisation(keeping: keepAttributes) : nil,
            matrix: MatrixLayout(
                rows: rows.map(MatrixLayout.Rows.init(argument:)) ?? .participant, cells: try matrixCells()),
            names: store.facilitatorNames())
        let warnings =
            request.format.carriesFigures ? ProvisionalExport.warnings(store.opened, scope: request.scope) : []
        if final, !warnings.isEmpty {
            warnings.forEach {
                printError("\($0); --final exports only fortnights whose logs are all marked done (glean done)")
            }
            throw ExitCode.failure
        }
        let warn = {
            warnings.forEach { printError("\($0): its figures may change") }
            warnOfAnonymousQuotes(store.opened, request)
        }
        if all, request.format.usesTemplate, let output {
            let files = try reportingErrors { try SummaryExport.renderAll(store.opened, request) }
            try replacingOnlyWhenForced {
                try SummaryExport.write(files, intoFolder: URL(fileURLWithPath: output), replacing: force)
            }
            warn()
            return Console.say(
                "Wrote fortnights 1 to \(store.opened.latestFortnight) and \(SummaryExport.indexFileName(format: request.format)) to \(output)"
            )
        }
        guard let output else {
            if request.format == .csv {
                try reportingErrors {
                    try Console.document { try SummaryExport.writeCSV(store.opened, request, drain: $0) }
                }
                return warn()
            }
            let data = try reportingErrors { try SummaryExport.render(store.opened, request) }
            format == .json ? Console.json(String(decoding: data, as: UTF8.self)) : Console.document(data)
            return warn()
        }
        try replacingOnlyWhenForced {
            try SummaryExport.write(store.opened, request, to: URL(fileURLWithPath: output), replacing: force)
        }
        warn()
        let span = try fortnightSpan() ?? 1...store.opened.latestFortnight
        let covered =
            fortnight.map(store.opened.programme.title(ofFortnight:))
            ?? "fortnights \(span.lowerBound) to \(span.upperBound)"
        Console.say("Wrote \(covered) to \(output)")
    }

    /// The fortnights the export reads in full: a summary of named fortnights reads only those (the counts of the
    /// others come from their digests); everything else reads the whole project.
    private func fortnightsRead() throws -> FortnightSelection {
        guard [.markdown, .html, .json].contains(format), !pseudonymise, !all else { return .all }
        guard let numbers = try fortnightSpan().map(Set.init) ?? fortnight.map({ [$0] }) else { return .all }
        return .only(numbers)
    }

    /// The fortnights `--fortnights FIRST-LAST` names, checked against the fortnight numbers Glean accepts.
    private func fortnightSpan() throws -> ClosedRange<Int>? {
        guard let fortnights else { return nil }
        let parts = fortnights.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]) else {
            throw ValidationError("--fortnights must be FIRST-LAST, e.g. 2-4, not \"\(fortnights)\"")
        }
        try OptionRange.check(first, Project.fortnightRange, option: "--fortnights")
        try OptionRange.check(last, Project.fortnightRange, option: "--fortnights")
        guard first <= last else {
            throw ValidationError("--fortnights must name the earlier fortnight first, e.g. \(last)-\(first)")
        }
        return first...last
    }

    /// The cells `--cells` asks for; quotes unless told otherwise.
    private func matrixCells() throws -> MatrixLayout.Cells {
        guard let cells else { return .quotes }
        guard let value = MatrixLayout.Cells(rawValue: cells) else {
            throw ValidationError("--cells must be quotes or count, not \"\(cells)\"")
        }
        return value
    }

    /// Warns on standard error when a featured quote of the export would be attributed only as "a participant".
    private func warnOfAnonymousQuotes(_ project: Project, _ request: SummaryExport.Request) {
        guard !format.isMatrix else { return }
        let exported = request.pseudonymisation.map(project.pseudonymised) ?? project
        let span = (try? fortnightSpan()).map { Array($0) }
        let numbers = span ?? fortnight.map { [$0] } ?? project.fortnightNumbers
        let count = exported.quotesAttributedAnonymously(inFortnights: numbers)
        guard count > 0 else { return }
        let kept = project.attribution.attributeNames.filter { !keepAttributes.contains($0) }
        let fix =
            pseudonymise && !kept.isEmpty
            ? "keep them with " + kept.map { "--keep-attribute \"\($0)\"" }.joined(separator: " ")
            : "choose the attributes with glean attribution --role ATTRIBUTE --setting ATTRIBUTE (glean attributes lists them)"
        printError(project.attribution.anonymousWarning(quotes: count, fix: fix))
    }
}
