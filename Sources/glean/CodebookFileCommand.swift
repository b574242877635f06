import ArgumentParser
import Foundation
import GleanCore

/// `glean codebook export FILE [--force]`.
struct CodebookExportCommand: CodebookSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Write the codebook to FILE: Glean codebook JSON (keys and colours kept), or REFI-QDA when FILE ends in .qdc (no keys)."
    )
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
        try replacingOnlyWhenForced { try ExportFile.write(data, to: url, replacing: force) }
        let count = store.opened.codebook.concerns.count
        Console.say("Exported \(count) \(count == 1 ? "concern" : "concerns") to \(url.standardizedFileURL.path)")
    }
}

/// `glean codebook import FILE|sample`.
struct CodebookImportCommand: CodebookSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Add the concerns of a codebook (.qdc, Glean .json, or sample) the project lacks, keeping keys and colours.",
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
        guard let edit = outcome.edit else {
            return Console.say("Nothing to import: the codebook has every concern already")
        }
        try reportingErrors { try store.record(edit) }
        Console.say("Saved: \(edit.summary)")
    }
}
