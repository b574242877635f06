import ArgumentParser
import Foundation
import GleanCore

/// `glean export`: the fortnight summary as Markdown or HTML, the quotes as CSV, the summary's data as JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export a fortnight summary, or the quotes and counts of every fortnight.")

    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, csv, json
    }

    @OptionGroup var project: ProjectOption

    @Option(help: "The fortnight to export.")
    var fortnight: Int?

    @Flag(help: "Every fortnight (csv and json only).")
    var all = false

    @Option(help: "A summary (markdown, html) or data (csv, json).")
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

    func validate() throws {
        guard (fortnight != nil) != all else { throw ValidationError("give exactly one of --fortnight N and --all") }
        guard pseudonymise || keepAttributes.isEmpty else {
            throw ValidationError("--keep-attribute needs --pseudonymise")
        }
    }

    func run() throws {
        let store = try project.open()
        let request = SummaryExport.Request(
            format: ExportFormat(rawValue: format.rawValue) ?? .markdown,
            scope: fortnight.map(ExportScope.fortnight) ?? .all,
            template: template.map { URL(fileURLWithPath: $0) },
            pseudonymisation: pseudonymise ? Pseudonymisation(keeping: keepAttributes) : nil)
        let data = try reportingErrors { try SummaryExport.render(store.opened, request) }
        guard let output else { return FileHandle.standardOutput.write(data) }
        try reportingErrors { try AtomicFile.write(data, to: URL(fileURLWithPath: output)) }
        let covered = fortnight.map(store.opened.programme.title(ofFortnight:))
            ?? "fortnights 1 to \(store.opened.latestFortnight)"
        print("Wrote \(covered) to \(output)")
    }
}
