import ArgumentParser
import Foundation
import GleanCore

/// `glean done`: marks logs of a fortnight done (fully coded), or not done with `--undo`, in one journalled edit.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Mark logs of a fortnight done (fully coded), or not done with --undo; prints \"Saved\" once on disk."
    )

    @OptionGroup var project: ProjectOption

    @Option(help: "The fortnight whose logs to mark.")
    var fortnight: Int

    @Option(help: "A log's id (repeatable; default: every log of the fortnight).")
    var log: [String] = []

    @Flag(help: "Mark the logs not done instead.")
    var undo = false

    func validate() throws {
        try OptionRange.check(fortnight, Project.fortnightRange, option: "--fortnight")
    }

    func run() throws {
        let store = try project.open(.editing)
        store.notices.forEach { printError($0) }
        var opened = store.opened
        let target = try reportingErrors {
            try LogCompletion.edit(opened, fortnight: fortnight, logs: log, done: !undo)
        }
        if let edit = target {
            try reportingErrors { try store.record(edit) }
            opened.apply(edit)
        }
        let counts = opened.fortnight(fortnight)
        let status =
            "fortnight \(fortnight): \(counts.logsDone) of \(counts.logs.count) logs done"
            + (counts.isProvisional ? " (provisional)" : "")
        Console.say(target.map { "Saved: \($0.summary); \(status)" } ?? "Nothing to change; \(status)")
    }
}
