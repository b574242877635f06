import ArgumentParser
import Foundation
import GleanCore

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
        try recordCodebookEdit(project) {
            try CodebookOperations.recolour(concernID(concern, in: $0), to: colour, in: $0)
        }
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
        try recordCodebookEdit(project) {
            try CodebookOperations.rekey(concernID(concern, in: $0), to: Int(key), in: $0)
        }
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
        try recordCodebookEdit(project) { opened in
            let id = try concernID(concern, in: opened)
            do {
                return try CodebookOperations.delete(id, from: opened)
            } catch let error as CodebookError {
                guard case .inUse = error else { throw error }
                throw DomainErrorOptions.Hinted(error, hint: "glean codebook merge \"\(concern)\" into OTHER")
            }
        }
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
