import ArgumentParser

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
            GenerateCommand.self, KeysCommand.self, ImportCommand.self, AutocodeCommand.self,
        ],
        defaultSubcommand: TUICommand.self
    )
}
