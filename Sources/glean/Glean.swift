import ArgumentParser
import Foundation

/// The `glean` command: the TUI by default, and subcommands that script the same library.
@main
struct Glean: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glean",
        abstract: "Read learning logs, tag quotes to concerns, watch the counts, publish the fortnight summary.",
        discussion: """
            Run with no subcommand to open the project in the current directory, or the bundled sample \
            programme when there is none.
            """,
        subcommands: [
            TUICommand.self, OpenCommand.self, InitCommand.self, SampleCommand.self, CountsCommand.self,
            ExportCommand.self, CheckCommand.self, TagCommand.self, CompactCommand.self, RestoreCommand.self,
            GenerateCommand.self, KeysCommand.self, ImportCommand.self, AutocodeCommand.self, DoneCommand.self,
            AttributionCommand.self, AttributesCommand.self, SummaryRuleCommand.self,
            CodebookCommand.self, LogsCommand.self, QuotesCommand.self, FeatureCommand.self, MemoCommand.self,
            NoteCommand.self, CompletionsCommand.self, WhoamiCommand.self, SyncCommand.self, TeamCommand.self,
            AgreementCommand.self, DisagreementsCommand.self, DecideCommand.self,
        ],
        defaultSubcommand: TUICommand.self
    )

    /// Parses the command line and runs the subcommand, as argument-parser's own `main` does, except that its messages
    /// (which quote what was typed, escape sequences included) reach the terminal through `Console`.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Console.say(message) } else { Console.complainVerbatim(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
