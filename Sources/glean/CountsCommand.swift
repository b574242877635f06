import ArgumentParser
import GleanCore

/// `glean counts`: the Counts screen as a table or JSON.
struct CountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counts", abstract: "Print quotes and participants per concern and fortnight.")

    @OptionGroup var project: ProjectOption

    @Flag(help: "Print JSON (documented in the README) instead of a table.")
    var json = false

    @Option(help: "The rolling window, in fortnights (1 to 9999).")
    var window = 3

    @Option(help: "Split the counts by this participant attribute, e.g. \"care setting\".")
    var by: String?

    func validate() throws {
        try OptionRange.check(window, Project.fortnightRange, option: "--window")
    }

    func run() throws {
        let store = try project.open(reading: .only([]))
        let opened = store.opened
        if let by, !opened.attributeNames.contains(by) {
            printError(
                "no participant has the attribute \"\(by)\"; known attributes: \(opened.attributeNames.joined(separator: ", "))"
            )
            throw ExitCode.failure
        }
        if json {
            Console.json(try CountsReport(project: opened, window: window, attribute: by).json())
        } else {
            Console.block(CountsText.render(opened, window: window, attribute: by, names: store.facilitatorNames()))
        }
    }
}
