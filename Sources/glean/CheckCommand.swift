import ArgumentParser
import GleanCore

/// `glean check`: validates every file of a project.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check a project's files; exit non-zero on any problem.")

    @OptionGroup var project: ProjectOption

    func run() throws {
        let problems = try ProjectProblems(project)
        problems.store?.notices.forEach { printError($0) }
        try problems.failIfAny()
        guard let store = problems.store else { return }
        let opened = store.opened
        let logs = opened.fortnights.values.reduce(0) { $0 + $1.logs.count }
        let quotes = opened.fortnights.values.reduce(0) { $0 + $1.quotes.count }
        Console.say(
            "OK: \(opened.participants.count) participants, \(logs) logs, \(quotes) quotes in \(opened.fortnightNumbers.count) fortnights"
        )
        let backups = Backups.list(store.layout)
        guard let newest = backups.first else { return }
        Console.say("\(backups.count) backup(s) in \(store.layout.display(store.layout.backupsFolder)), newest first:")
        for backup in backups { Console.say("  \(backup.name)  \(backup.reason)") }
        Console.say("To put one back: glean restore -p \(project.path) \(newest.name)")
    }
}
