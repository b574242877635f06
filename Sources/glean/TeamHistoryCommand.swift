import ArgumentParser
import Foundation
import GleanCore

/// `glean team history -p PATH`: every shared edit, who made it and when, in the order every machine applies them.
struct TeamHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract:
            "List the team's edits: who made each, when, and what it did, in the order every machine applies them.")

    @OptionGroup var project: ProjectOption

    @Option(help: "Only the last N edits (default: all).")
    var last: Int?

    @Flag(help: "Print JSON: an array of {facilitator, name, sequence, made, summary}.")
    var json = false

    func validate() throws {
        if let last, last < 1 { throw ValidationError("--last must be 1 or more, not \(last)") }
    }

    func run() throws {
        let store = try project.open()
        store.notices.forEach { printError($0) }
        guard let history = store.teamHistory else {
            throw notATeamProject(project.path)
        }
        let names = store.facilitatorNames()
        let shown = last.map { Array(history.entries.suffix($0)) } ?? history.entries
        if json {
            let rows = shown.map {
                Row(
                    facilitator: $0.facilitator, name: names.name(of: $0.facilitator), sequence: $0.sequence,
                    made: $0.made, summary: $0.summary)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.json(String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n")
            return
        }
        if shown.isEmpty { Console.say("No shared edits yet: the project is as the team began it") }
        for entry in shown {
            let when =
                entry.made.map { $0.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: "") }
                ?? "—"
            Console.say("\(when)  \(names.name(of: entry.facilitator))  \(entry.summary)")
        }
    }

    private struct Row: Encodable {
        var facilitator: String
        var name: String
        var sequence: Int
        var made: String?
        var summary: String
    }
}
