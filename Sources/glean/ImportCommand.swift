import ArgumentParser
import Foundation
import GleanCore

/// `glean import`: adds logs from form exports (CSV), `.txt`/`.md` files and folders of them to a project.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import logs from CSV form exports, .txt/.md files, or folders of them.",
        discussion: """
            Each CSV row, or each .txt/.md file, becomes a log in the fortnight its date falls in; new participants \
            are added with their attributes. Columns that look like personal data (e-mail, names, IP addresses, \
            phone numbers, respondent ids) or form bookkeeping (start time and the like) are left out unless named \
            in an option. While any row is bad nothing is imported; --skip-invalid imports the others. Importing \
            the same file again adds nothing. The README's "Importing logs" section has the details.
            """)

    @OptionGroup var project: ProjectOption

    @Argument(help: "CSV files, .txt/.md files, or folders of .txt/.md files.")
    var files: [String]

    @Option(help: "The column of participant codes (default: one headed \"participant\", \"participant code\", \"participant id\" or \"code\").")
    var participantColumn: String?

    @Option(help: "The column of dates (default: one headed \"date\", \"log date\", \"completion time\", \"submitted\", \"submitted at\" or \"timestamp\").")
    var dateColumn: String?

    @Option(help: "How dates are written, with dd, d, MM, M, yyyy, yy, HH, mm, ss, e.g. dd/MM/yyyy; a time after the date is ignored.")
    var dateFormat = DatePattern.iso.description

    @Option(help: "A column to import as a section of each log, titled by its header (repeatable; default: every column not otherwise named, ignored or left out).")
    var textColumn: [String] = []

    @Option(help: "A column of participant attributes, e.g. \"Care setting\" (repeatable; the first value given for each participant).")
    var attributeColumn: [String] = []

    @Option(help: "A column to leave out (repeatable).")
    var ignoreColumn: [String] = []

    @Flag(help: "Import the good rows even when some are bad, listing the bad ones.")
    var skipInvalid = false

    @Flag(help: "Say what would be imported, and write nothing.")
    var dryRun = false

    func run() throws {
        let store = try project.open(dryRun ? .readOnly : .editing)
        store.notices.forEach { printError($0) }
        let mapping = try reportingErrors {
            ImportMapping(
                participantColumn: participantColumn, dateColumn: dateColumn, dateFormat: try DatePattern(dateFormat),
                textColumns: textColumn, attributeColumns: attributeColumn, ignoreColumns: ignoreColumn)
        }
        var batch = ImportBatch()
        for file in files {
            let url = URL(fileURLWithPath: file)
            batch.append(try reportingErrors {
                try LogImport.read(url, name: file, mapping: mapping, project: store.opened, progress: progressBar(for: url, named: file))
            })
        }
        batch.rejected.forEach { printError($0.description) }
        batch.leftOutNotes.forEach { print($0) }
        let report = try reportingErrors {
            try LogImport.add(batch, to: store.opened, store: store, skipInvalid: skipInvalid, dryRun: dryRun)
        }
        guard !report.refused else {
            printError(report.summary)
            throw ExitCode.failure
        }
        print(report.summary)
    }

    /// Draws a progress bar on standard error while `url` is read, when that is a terminal and the file is large.
    private func progressBar(for url: URL, named name: String) -> ((Double) -> Void)? {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard isatty(STDERR_FILENO) == 1, size > ProgressLine.threshold else { return nil }
        return { fraction in
            FileHandle.standardError.write(Data((ProgressLine.text(file: name, fraction: fraction) + (fraction >= 1 ? "\n" : "")).utf8))
        }
    }
}
