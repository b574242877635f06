import ArgumentParser
import Foundation
import GleanCore

/// `glean tag`: tags a passage of a log with a concern from the command line, as `1`–`9` do in the Reader.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Tag a passage of a log with a concern; prints \"Saved\" once it is on disk.")

    @OptionGroup var project: ProjectOption

    @Option(help: "The log's id.")
    var log: String

    @Option(help: "The section's index in the log (from 0).")
    var section = 0

    @Option(help: "The passage's first character, in Unicode scalars from 0 (default: the start of the section).")
    var start = 0

    @Option(help: "One past the passage's last character (default: the end of the section).")
    var end: Int?

    @Option(help: "The concern's id.")
    var concern: String

    func validate() throws {
        try OptionRange.check(section, 0...Int.max, option: "--section")
        try OptionRange.check(start, 0...Int.max, option: "--start")
        try OptionRange.check(end, 1...Int.max, option: "--end")
    }

    func run() throws {
        let store = try project.open(.editing)
        store.notices.forEach { printError($0) }
        let opened = store.opened
        let target = try reportingErrors {
            try PassageTagging.edit(
                opened, log: log, section: section, start: start, end: end, concern: concern,
                id: UUID().uuidString.lowercased(), coder: ProcessInfo.processInfo.environment["USER"] ?? "facilitator",
                created: ISO8601DateFormatter().string(from: Date()))
        }
        guard let edit = target else {
            return Console.say("Already tagged: nothing to save")
        }
        try reportingErrors { try store.record(edit) }
        Console.say("Saved: \(edit.summary)")
    }
}
