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
    try CodebookOperations.concern(reference, in: project.codebook).id
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

/// `glean codebook add --name NAME --theme THEME [--key N] [--colour #RRGGBB] [--description D]`.
struct CodebookAddCommand: CodebookSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a concern at the end of a theme (a new theme when none has the name).")

    @ParentCommand var parent: CodebookCommand
    @OptionGroup var own: CodebookProjectOption
    @Option(help: "The concern's name.") var name: String
    @Option(help: "The theme to file it under.") var theme: String
    @Option(help: "Its number key 1–9 (default: the lowest free one); a key another concern has is taken from it.")
    var key: Int?
    @Option(help: "Its colour as #RRGGBB (default: the palette's next).") var colour: String?
    @Option(help: "What it covers.") var description = ""

    func run() throws {
        try recordCodebookEdit(project) {
            try CodebookOperations.add(
                name: name, theme: theme, key: key, colour: colour, description: description, to: $0)
        }
    }
}

/// `glean codebook rename CONCERN NAME`.
struct CodebookRenameCommand: CodebookSubcommand {
    static let configuration = CommandConfiguration(commandName: "rename", abstract: "Rename a concern.")
    @ParentCommand var parent: CodebookCommand
    @OptionGroup var own: CodebookProjectOption
    @Argument(help: "The concern (id or name).") var concern: String
    @Argument(help: "Its new name.") var name: String

    func run() throws {
        try recordCodebookEdit(project) { try CodebookOperations.rename(concernID(concern, in: $0), to: name, in: $0) }
    }
}

/// `glean codebook describe CONCERN TEXT`.
struct CodebookDescribeCommand: CodebookSubcommand {
    static let configuration = CommandConfiguration(commandName: "describe", abstract: "Set a concern's description.")
    @ParentCommand var parent: CodebookCommand
    @OptionGroup var own: CodebookProjectOption
    @Argument(help: "The concern (id or name).") var concern: String
    @Argument(help: "What it covers (\"\" for none).") var description: String

    func run() throws {
        try recordCodebookEdit(project) {
            try CodebookOperations.describe(concernID(concern, in: $0), as: description, in: $0)
        }
    }
}

/// `glean codebook recolour CONCERN #RRGGBB`.
struct CodebookRecolourCommand: CodebookSubcommand {
    static let configuration = CommandConfiguration(commandName: "recolour", abstract: "Set a concern's colour.")
    @ParentCommand var parent: CodebookCommand
    @OptionGroup var own: CodebookProjectOption
    @Argument(help: "The concern (id or name).") var concern: String
    @Argument(help: "The colour as #RRGGBB.") var colour: String

    func run() throws {
        try recordCodebookEdit(project) { try CodebookOperations.recolour(concernID(concern, in: $0), to: colour, in: $0) }
    }
}

/// `glean codebook rekey CONCERN KEY|none`.
struct CodebookRekeyCommand: CodebookSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "rekey",
        abstract: "Bind a number key to a concern (taking it from another concern says so), or \"none\" to unbind.")
    @ParentCommand var parent: CodebookCommand
    @OptionGroup var own: CodebookProjectOption
    @Argument(help: "The concern (id or name).") var concern: String
    @Argument(help: "A key 1–9, or none.") var key: String

    func validate() throws {
        guard key == "none" || Int(key).map({ (1...9).contains($0) }) == true else {
            throw ValidationError("KEY \"\(key)\" should be a number key 1–9, or none")
        }
    }

    func run() throws {
        try recordCodebookEdit(project) { try CodebookOperations.rekey(concernID(concern, in: $0), to: Int(key), in: $0) }
    }
}

/// `glean codebook move CONCERN [--theme THEME] [--position N]`.
struct CodebookMoveCommand: CodebookSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "move", abstract: "Move a concern to another theme and/or position within its theme.")
    @ParentCommand var parent: CodebookCommand
    @OptionGroup var own: CodebookProjectOption
    @Argument(help: "The concern (id or name).") var concern: String
    @Option(help: "The theme to move it to (default: its own).") var theme: String?
    @Option(help: "Its place among the theme's concerns, from 1 (default: last).") var position: Int?

    func validate() throws {
        guard theme != nil || position != nil else { throw ValidationError("give --theme, --position or both") }
    }

    func run() throws {
        try recordCodebookEdit(project) {
            try CodebookOperations.move(concernID(concern, in: $0), toTheme: theme, position: position, in: $0)
        }
    }
}

/// `glean codebook merge A into B`.
struct CodebookMergeCommand: CodebookSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge concern A into B: A's quotes are tagged B instead, and A is removed (one undoable edit).",
        usage: "glean codebook merge [-p <path>] A into B")
    @ParentCommand var parent: CodebookCommand
    @OptionGroup var own: CodebookProjectOption
    @Argument(help: "A, the word \"into\", then B.") var words: [String] = []

    func validate() throws {
        guard words.count == 3, words[1].lowercased() == "into" else {
            throw ValidationError("write it as: glean codebook merge A into B")
        }
    }

    func run() throws {
        try recordCodebookEdit(project) {
            try CodebookOperations.merge(concernID(words[0], in: $0), into: concernID(words[2], in: $0), in: $0)
        }
    }
}

/// `glean codebook delete CONCERN`.
struct CodebookDeleteCommand: CodebookSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a concern no quote uses (merge one that is used).")
    @ParentCommand var parent: CodebookCommand
    @OptionGroup var own: CodebookProjectOption
    @Argument(help: "The concern (id or name).") var concern: String

    func run() throws {
        let store = try project.open(.editing)
        store.notices.forEach { printError($0) }
        let opened = store.opened
        let edit = try reportingErrors {
            let id = try concernID(concern, in: opened)
            do {
                return try CodebookOperations.delete(id, from: opened)
            } catch let refusal as CodebookRefusal {
                throw CodebookRefusal(refusal.problem + ": glean codebook merge \"\(concern)\" into OTHER")
            }
        }
        try reportingErrors { try store.record(edit) }
        Console.say("Saved: \(edit.summary)")
    }
}

/// `glean codebook rename-theme OLD NEW`.
struct CodebookRenameThemeCommand: CodebookSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "rename-theme", abstract: "Rename a theme (every concern in it moves with it).")
    @ParentCommand var parent: CodebookCommand
    @OptionGroup var own: CodebookProjectOption
    @Argument(help: "The theme's name.") var theme: String
    @Argument(help: "Its new name.") var name: String

    func run() throws {
        try recordCodebookEdit(project) { try CodebookOperations.renameTheme(theme, to: name, in: $0) }
    }
}

/// `glean codebook export FILE [--force]`.
struct CodebookExportCommand: CodebookSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the codebook to FILE: Glean codebook JSON (keys and colours kept), or REFI-QDA when FILE ends in .qdc (no keys).")
    @ParentCommand var parent: CodebookCommand
    @OptionGroup var own: CodebookProjectOption
    @Argument(help: "The file to write (.json or .qdc).") var file: String
    @Flag(help: "Replace FILE when it exists.") var force = false

    func run() throws {
        let store = try project.open()
        let url = URL(fileURLWithPath: file)
        let data = try reportingErrors {
            url.pathExtension.lowercased() == "qdc"
                ? ExchangeExport.codebook(store.opened) : try CodebookFile.json(store.opened.codebook)
        }
        try reportingErrors {
            if try ExportFile.destination(url) == .regularFile, !force {
                throw ProjectError(file: file, problem: "the file exists; add --force to replace it")
            }
            try ExportFile.write(data, to: url)
        }
        let count = store.opened.codebook.concerns.count
        Console.say("Exported \(count) \(count == 1 ? "concern" : "concerns") to \(url.standardizedFileURL.path)")
    }
}

/// `glean codebook import FILE|sample`.
struct CodebookImportCommand: CodebookSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the concerns of a codebook (.qdc, Glean .json, or sample) the project lacks, keeping keys and colours.",
        discussion: """
            A concern the codebook has already (same id, or same name) is kept as it is. A key another concern \
            has stays with it and the incoming concern comes without one. A concern with one concern's id and \
            another's name is refused, and nothing is imported.
            """)
    @ParentCommand var parent: CodebookCommand
    @OptionGroup var own: CodebookProjectOption
    @Argument(help: "The codebook file, or sample.") var file: String

    func run() throws {
        let store = try project.open(.editing)
        store.notices.forEach { printError($0) }
        let outcome = try reportingErrors { try CodebookSource.outcome(file, into: store.opened) }
        outcome.notes.forEach { Console.say("Note: \($0)") }
        guard let edit = outcome.edit else { return Console.say("Nothing to import: the codebook has every concern already") }
        try reportingErrors { try store.record(edit) }
        Console.say("Saved: \(edit.summary)")
    }
}
