import ArgumentParser
import Foundation
import GleanCore

/// `glean codebook -p PATH <op>`: list and edit the codebook's themes and concerns, as the Codebook screen does.
/// Concerns are named by id or by name (ignoring case). Every edit goes through the project's journal.
struct CodebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebook", abstract: "List, edit, export and import the codebook's concerns and themes.",
        discussion: """
            Name a concern by its id or by its name (case does not matter). Themes are not stored on their own: a \
            theme exists while a concern is in it, so add a concern (or move one) to make a theme, and move or \
            delete its last concern to remove it.
            """,
        subcommands: [
            CodebookListCommand.self, CodebookAddCommand.self, CodebookRenameCommand.self,
            CodebookDescribeCommand.self, CodebookRecolourCommand.self, CodebookRekeyCommand.self,
            CodebookMoveCommand.self, CodebookMergeCommand.self, CodebookDeleteCommand.self,
            CodebookRenameThemeCommand.self, CodebookExportCommand.self, CodebookImportCommand.self,
        ])

    @OptionGroup var project: ProjectOption
}

/// A `glean codebook` subcommand: reads the project named by `-p PATH`, given before or after the operation.
protocol CodebookSubcommand: ParsableCommand {
    var parent: CodebookCommand { get }
    var own: CodebookProjectOption { get }
}

extension CodebookSubcommand {
    /// The project named after the operation, else the one given to `glean codebook`.
    var project: ProjectOption {
        own.path.map { ProjectOption(path: $0) } ?? parent.project
    }
}

/// `-p/--project` after a codebook operation, as every other subcommand takes it.
struct CodebookProjectOption: ParsableArguments {
    @Option(name: [.short, .customLong("project")], help: "The project directory (default: the current directory).")
    var path: String?
}

/// Opens the project for editing, makes the edit `make` works out from it, records it in the journal and says so.
func recordCodebookEdit(_ project: ProjectOption, _ make: (Project) throws -> Edit) throws {
    let store = try project.open(.editing)
    store.notices.forEach { printError($0) }
    let edit = try reportingErrors { try make(store.opened) }
    try reportingErrors { try store.record(edit) }
    Console.say("Saved: \(edit.summary)")
}

/// The id of the concern `reference` names in `project`.
func concernID(_ reference: String, in project: Project) throws -> String {
    try project.codebook.concern(referencedBy: reference).id
}

/// `glean codebook list [--json]`.
struct CodebookListCommand: CodebookSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the themes and their concerns with keys, colours and quote counts.")

    @ParentCommand var parent: CodebookCommand
    @OptionGroup var own: CodebookProjectOption

    @Flag(help: "Print JSON: the codebook file format, with each concern's quote count.")
    var json = false

    func run() throws {
        let store = try project.open()
        store.notices.forEach { printError($0) }
        let listing = CodebookListing(store.opened)
        if json {
            Console.json(try listing.json())
        } else {
            Console.block(listing.text)
        }
    }
}
