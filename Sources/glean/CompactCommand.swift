import ArgumentParser
import GleanCore

/// `glean compact`: folds the journal into the project files, keeping a backup, as quitting the interface does; it
/// refuses, writing nothing, whatever `glean check` would refuse.
struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact", abstract: "Fold the journal of edits into the project files, keeping a backup.")

    @OptionGroup var project: ProjectOption

    func run() throws {
        try ProjectProblems(project).failIfAny()
        let store = try project.open(.editing)
        store.notices.forEach { printError($0) }
        guard let backup = try reportingErrors({ try store.fold(store.opened) }) else {
            return Console.say("Nothing to fold: the project files are up to date")
        }
        Console.say("Folded the journal into the project files; the previous files are kept in backups/\(backup)")
    }
}

/// `glean restore`: puts a backup back.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a backup back in place of the project's files (the current files are backed up first).",
        discussion: "`glean check` lists the backups.")

    @OptionGroup var project: ProjectOption

    @Argument(help: "The backup's name, e.g. 20261125T165211Z.")
    var backup: String

    func run() throws {
        let store = try project.open(.editing)
        store.notices.forEach { printError($0) }
        let restored = try reportingErrors { try store.restore(backup, current: store.opened) }
        let problems = ProjectChecker.problems(in: restored)
        Console.say("Restored backups/\(backup); the files it replaced are kept as the newest backup")
        if !problems.isEmpty { printError("the restored project has \(problems.count) problem(s); run `glean check`") }
    }
}
