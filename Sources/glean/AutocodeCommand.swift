import ArgumentParser
import Foundation
import GleanCore

/// `glean autocode`: tags every sentence matching a pattern with a concern, as one edit.
struct AutocodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "autocode",
        abstract: "Tag every sentence matching a regular expression with a concern, as one edit (one undo in the interface).")

    @OptionGroup var project: ProjectOption

    @Option(help: "A regular expression (ICU's dialect, as in NSRegularExpression), matched ignoring case, e.g. \"exhaust|burn.?out\"; one that backtracks past its budget is stopped and nothing is tagged.")
    var pattern: String

    @Option(help: "The concern's id.")
    var concern: String

    @Option(help: "Only this fortnight (default: every fortnight).")
    var fortnight: Int?

    @Flag(help: "Say what would be tagged, and write nothing.")
    var dryRun = false

    func validate() throws {
        try OptionRange.check(fortnight, Project.fortnightRange, option: "--fortnight")
    }

    func run() throws {
        let store = try project.open(dryRun ? .readOnly : .editing)
        store.notices.forEach { printError($0) }
        let target = try reportingErrors {
            try AutoCoding.edit(
                store.opened, pattern: pattern, concern: concern, fortnight: fortnight,
                newID: { UUID().uuidString.lowercased() }, coder: ProcessInfo.processInfo.environment["USER"] ?? "facilitator",
                created: ISO8601DateFormatter().string(from: Date()))
        }
        let (sentences, logs) = target.map(AutoCoding.tally) ?? (0, 0)
        let counts = "\(sentences) sentence\(sentences == 1 ? "" : "s") in \(logs) log\(logs == 1 ? "" : "s")"
        guard let edit = target, !dryRun else {
            return Console.say("\(dryRun ? "Would tag" : "Tagged") \(counts)")
        }
        try reportingErrors { try store.record(edit) }
        Console.say("Tagged \(counts)")
    }
}
