import ArgumentParser
import GleanTUI

/// `glean keys`: the key map, generated from the table that binds the keys.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "Print the key map as Markdown.")

    func run() {
        Console.block(KeyMapDocument.markdown())
    }
}
