import ArgumentParser
import Foundation
import GleanCore

/// `glean import`: adds logs from form exports (CSV), `.txt`/`.md` files and folders of them to a project, or imports a
/// REFI-QDA project (`--format qdpx`, as a new project or with `--merge`) or codebook (`--format qdc`).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import logs from CSV form exports, .txt/.md files, or folders of them.",
        discussion: """
            Each CSV row, or each .txt/.md file, becomes a log in the fortnight its date falls in; new participants \
            are added with their attributes. Columns that look like personal data (e-mail, names, IP addresses, \
            phone numbers, respondent ids) or form bookkeeping (start time and the like) are left out unless named \
            in an option. While any row is bad nothing is imported; --skip-invalid imports the others. Importing \
            the same file again adds nothing. The README's "Importing logs" section has the details.

            --format qdpx FILE.qdpx creates a new project at -p (or adds to the project there with --merge); \
            --format qdc FILE.qdc adds a codebook's new concerns to the project at -p. What cannot be imported is \
            listed on standard error. The README's "REFI-QDA exchange" section has the details.
            """)

    /// What is imported.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, qdpx, qdc
    }

    @OptionGroup var project: ProjectOption

    @Argument(help: "CSV files, .txt/.md files, or folders of .txt/.md files.")
    var files: [String] = []

    @Option(
        help:
            "The column of participant codes (default: one headed \"participant\", \"participant code\", \"participant id\" or \"code\")."
    )
    var participantColumn: String?

    @Option(
        help:
            "The column of dates (default: one headed \"date\", \"log date\", \"completion time\", \"submitted\", \"submitted at\" or \"timestamp\")."
    )
    var dateColumn: String?

    @Option(
        help:
            "How dates are written, with dd, d, MM, M, yyyy, yy, HH, mm, ss, e.g. dd/MM/yyyy; a time after the date is ignored (default: detected from the dates: ISO, day-first or month-first)."
    )
    var dateFormat: String?

    @Option(
        help:
            "A column to import as a section of each log, titled by its header (repeatable; default: every column not otherwise named, ignored or left out)."
    )
    var textColumn: [String] = []

    @Option(
        help:
            "A column of participant attributes, e.g. \"Care setting\" (repeatable; the first value given for each participant)."
    )
    var attributeColumn: [String] = []

    @Option(help: "A column to leave out (repeatable).")
    var ignoreColumn: [String] = []

    @Option(
        help:
            "Attribute featured quotes by a column, imported as an attribute: role=COLUMN or setting=COLUMN (the care setting); once each."
    )
    var attributeAs: [String] = []

    @Flag(help: "Import the good rows even when some are bad, listing the bad ones.")
    var skipInvalid = false

    @Flag(help: "Say what would be imported, and write nothing.")
    var dryRun = false

    @Option(
        help:
            "csv (CSV files, .txt/.md files and folders; the default), qdpx (a REFI-QDA project) or qdc (a REFI-QDA codebook)."
    )
    var format: Format = .csv

    @Flag(help: "qdpx: add to the project at -p instead of creating a new one.")
    var merge = false

    @Option(
        parsing: .upToNextOption,
        help:
            "qdpx: where a log's participant comes from: case (the case holding the source; default), variable NAME, or source-name."
    )
    var participantFrom: [String] = []

    @Option(
        parsing: .upToNextOption,
        help: "qdpx: the source variable holding each log's date: variable NAME (default: a variable named Date).")
    var dateFrom: [String] = []

    @Option(help: "qdpx: the date (YYYY-MM-DD) of sources that carry none.")
    var date: String?

    @Option(
        help:
            "qdpx: the first day (YYYY-MM-DD) of a new project (default: from a Glean export, else the Monday on or before the earliest log)."
    )
    var start: String?

    mutating func validate() throws {
        let exchangeOptions = merge || !participantFrom.isEmpty || !dateFrom.isEmpty || date != nil || start != nil
        guard format != .csv else {
            if exchangeOptions {
                throw ValidationError(
                    "--merge, --participant-from, --date-from, --date and --start are for --format qdpx")
            }
            if files.isEmpty { throw ValidationError("Missing expected argument '<files> ...'") }
            _ = try attributionColumns()
            return
        }
        if !attributeAs.isEmpty { throw ValidationError("--attribute-as is for --format csv") }
        if dryRun { throw ValidationError("--dry-run is for --format csv") }
        files += participantFrom.dropFirst(participantFrom.first == "variable" ? 2 : 1) + dateFrom.dropFirst(2)
        participantFrom = Array(participantFrom.prefix(participantFrom.first == "variable" ? 2 : 1))
        dateFrom = Array(dateFrom.prefix(2))
        guard files.count == 1 else { throw ValidationError("--format \(format.rawValue) imports one file") }
        _ = try exchangeOptionsValue()
        if format == .qdc, exchangeOptions { throw ValidationError("--format qdc takes none of the qdpx options") }
        if merge, start != nil {
            throw ValidationError("--start is for a new project; a merge keeps the project's start")
        }
    }

    func run() throws {
        if let exchange = ExchangeFormat(rawValue: format.rawValue) { return try runExchange(exchange) }
        let store = try project.open(dryRun ? .readOnly : .editing)
        store.notices.forEach { printError($0) }
        let marked = try attributionColumns()
        let attributes =
            attributeColumn
            + [marked.role, marked.setting].compactMap { $0 }.filter { column in
                !attributeColumn.contains { HeaderName.key($0) == HeaderName.key(column) }
            }
        let mapping = try reportingErrors {
            ImportMapping(
                participantColumn: participantColumn, dateColumn: dateColumn,
                dateFormat: try dateFormat.map(DatePattern.init),
                textColumns: textColumn, attributeColumns: attributes, ignoreColumns: ignoreColumn)
        }
        var batch = ImportBatch()
        for file in files {
            let url = URL(fileURLWithPath: file)
            batch.append(
                try reportingErrors {
                    do {
                        return try LogImport.read(
                            url, name: file, mapping: mapping, project: store.opened,
                            progress: progressBar(for: url, named: file))
                    } catch let error as ColumnError {
                        guard case .notAColumn(_, .attribute, let column, _) = error, !attributeColumn.contains(column),
                            let use = [("role", marked.role), ("setting", marked.setting)].first(where: {
                                $0.1 == column
                            })?.0
                        else { throw error }
                        printError(
                            DomainErrorOptions.text(
                                for: error, naming: .attribute, as: "--attribute-as \(use)=\"\(column)\""))
                        throw ExitCode.failure
                    }
                })
        }
        batch.dates.compactMap(DomainErrorOptions.note(for:)).forEach { Console.say($0) }
        batch.rejected.forEach { printError($0.description(formatHint: DomainErrorOptions.dateFormatHint)) }
        batch.flagged.forEach { printError($0.description) }
        batch.leftOutNotes.forEach { Console.say($0) }
        let attribution = try reportingErrors {
            try store.opened.attribution.choosing(
                role: marked.role, setting: marked.setting, importing: batch.participants, into: store.opened)
        }
        let setting =
            attribution == store.opened.attribution
            ? nil
            : Edit(summary: "Quotes attributed by \(attribution.description)", changes: [.setAttribution(attribution)])
        let report = try reportingErrors {
            try LogImport.add(
                batch, to: store.opened, store: store, skipInvalid: skipInvalid, dryRun: dryRun, setting: setting)
        }
        guard !report.refused else {
            printError(report.summary(skipping: "--skip-invalid"))
            throw ExitCode.failure
        }
        Console.say(report.summary)
        if setting != nil {
            Console.say(
                "\(dryRun ? "Would attribute" : "Featured quotes are attributed") by \(attribution.description)")
        }
    }

    /// The columns `--attribute-as` marks as the role and the care setting.
    private func attributionColumns() throws -> (role: String?, setting: String?) {
        var marked: [String: String] = [:]
        for value in attributeAs {
            let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, ["role", "setting"].contains(parts[0]), !parts[1].isEmpty else {
                throw ValidationError("--attribute-as takes role=COLUMN or setting=COLUMN, not \"\(value)\"")
            }
            guard marked.updateValue(parts[1], forKey: parts[0]) == nil else {
                throw ValidationError("--attribute-as names the \(parts[0]) column twice")
            }
        }
        return (marked["role"], marked["setting"])
    }

    /// Imports a REFI-QDA file: a QDPX as a new project or merged, a QDC's concerns into the project.
    private func runExchange(_ exchange: ExchangeFormat) throws {
        let file = files[0]
        let incoming = try reportingErrors {
            try ExchangeImport.read(
                URL(fileURLWithPath: file), name: file, format: exchange, options: try exchangeOptionsValue())
        }
        let result: ExchangeMerge
        if exchange == .qdpx, !merge {
            let first = try start.map { try day($0, option: "--start") }
            result = try reportingErrors {
                try ExchangeMerge.create(incoming, in: project.url, start: first, file: file).0
            }
        } else {
            let store = try project.open(.editing)
            store.notices.forEach { printError($0) }
            result = try reportingErrors { try ExchangeMerge.merge(incoming, into: store.opened, store: store) }
        }
        (incoming.notices + incoming.unmapped + result.unmapped).forEach { printError("\(file): \($0)") }
        Console.say(result.summary)
    }

    /// The qdpx options as `ExchangeImport.Options`.
    private func exchangeOptionsValue() throws -> ExchangeImport.Options {
        var options = ExchangeImport.Options(date: try date.map { try day($0, option: "--date") })
        switch (participantFrom.first, participantFrom.count) {
        case (nil, _), ("case", 1): options.participantFrom = .caseName
        case ("source-name", 1): options.participantFrom = .sourceName
        case ("variable", 2): options.participantFrom = .variable(participantFrom[1])
        default: throw ValidationError("--participant-from takes case, variable NAME or source-name")
        }
        switch (dateFrom.first, dateFrom.count) {
        case (nil, _): break
        case ("variable", 2): options.dateVariable = dateFrom[1]
        default: throw ValidationError("--date-from takes variable NAME")
        }
        return options
    }

    private func day(_ text: String, option: String) throws -> Day {
        guard let day = Day(iso: text) else {
            throw ValidationError(
                "\(option) takes a date as YYYY-MM-DD with \(Day.supportedYearsText), not \"\(text)\"")
        }
        return day
    }

    /// Draws a progress bar on standard error while `url` is read, when that is a terminal and the file is large.
    private func progressBar(for url: URL, named name: String) -> ((Double) -> Void)? {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard isatty(STDERR_FILENO) == 1, size > ProgressLine.threshold else { return nil }
        return { fraction in
            Console.progress(
                ProgressLine.text(file: name, fraction: fraction, columns: Console.errorColumns),
                finished: fraction >= 1)
        }
    }
}
