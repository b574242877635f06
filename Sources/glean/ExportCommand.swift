import ArgumentParser
import Foundation
import GleanCore

/// `glean export`: the fortnight summary as Markdown.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export a fortnight summary.")

    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown
    }

    @OptionGroup var project: ProjectOption

    @Option(help: "The fortnight to summarise.")
    var fortnight: Int

    @Option(help: "The format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .markdown

    @Option(name: [.short, .customLong("output")], help: "The file to write (default: standard output).")
    var output: String?

    func run() throws {
        let store = try project.open()
        guard store.opened.fortnightNumbers.contains(fortnight) else {
            printError("fortnight \(fortnight) does not exist; this programme has fortnights 1 to \(store.opened.latestFortnight)")
            throw ExitCode.failure
        }
        let text = try reportingErrors { try SummaryExport.markdown(store.opened, fortnight: fortnight) }
        guard let output else { return print(text, terminator: "") }
        try reportingErrors { try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output)) }
        print("Wrote \(store.opened.programme.title(ofFortnight: fortnight)) to \(output)")
    }
}
