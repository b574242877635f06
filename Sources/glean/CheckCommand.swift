import ArgumentParser
import GleanCore

/// `glean check`: validates every file of a project.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check a project's files; exit non-zero on any problem.")

    @OptionGroup var project: ProjectOption

    func run() throws {
        let store = try project.open()
        store.notices.forEach { printError($0) }
        let problems = ProjectChecker.problems(in: store.opened)
        for problem in problems {
            printError("\(store.layout.root.path)/\(problem.description)")
        }
        guard problems.isEmpty else {
            printError("\(problems.count) problem(s) found")
            throw ExitCode.failure
        }
        let opened = store.opened
        let logs = opened.fortnights.values.reduce(0) { $0 + $1.logs.count }
        let quotes = opened.fortnights.values.reduce(0) { $0 + $1.quotes.count }
        Console.say("OK: \(opened.participants.count) participants, \(logs) logs, \(quotes) quotes in \(opened.fortnightNumbers.count) fortnights")
        let backups = Backups.list(store.layout)
        guard let newest = backups.first else { return }
        Console.say("\(backups.count) backup(s) in \(store.layout.display(store.layout.backupsFolder)), newest first:")
        for backup in backups { Console.say("  \(backup.name)  \(backup.reason)") }
        Console.say("To put one back: glean restore -p \(project.path) \(newest.name)")
    }
}
