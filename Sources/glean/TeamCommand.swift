import ArgumentParser
import Foundation
import GleanCore

/// `glean team`: sets a programme up for a team of facilitators and shows where it stands.
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Set a programme up for a team of facilitators who sync through git, or join one.",
        subcommands: [TeamInitCommand.self, TeamJoinCommand.self, TeamStatusCommand.self, TeamHistoryCommand.self])
}

/// `glean team init -p PATH --remote URL`.
struct TeamInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make the project a team project that syncs with a git remote, and push it there.",
        discussion:
            "The remote may be any git URL, or the path of a bare repository (git init --bare) on a shared drive.")

    @OptionGroup var project: ProjectOption
    @Option(help: "The git remote to share the project through (a URL, or the path of a bare repository).")
    var remote: String

    /// The folder the command runs in, against which a relative remote path is read.
    static var workingFolder: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true) }

    func run() throws {
        let store = try project.open(.editing)
        defer { store.close() }
        store.notices.forEach { printError($0) }
        let environment = ProcessInfo.processInfo.environment
        let facilitator = try reportingErrors { try FacilitatorIdentity.current(environment: environment) }
        let shared = TeamRemote.resolved(remote, from: Self.workingFolder)
        try reportingErrors {
            try TeamSetup.initialise(
                store, project: store.opened, remote: shared, as: facilitator,
                legacyCoder: LegacyCoder.name(environment: environment))
        }
        Console.say(
            "Set up \(store.opened.programme.name) for a team and shared it with \(shared); others join with: glean team join \(shared) FOLDER"
        )
    }
}

/// `glean team join URL PATH`.
struct TeamJoinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join", abstract: "Clone a team project into a new folder and join it as yourself.")

    @Argument(help: "The team's git remote (a URL, or the path of a bare repository).")
    var remote: String
    @Argument(help: "The folder to put the project in (new, or empty).")
    var path: String

    func run() throws {
        let directory = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        let facilitator = try reportingErrors {
            try FacilitatorIdentity.current(environment: ProcessInfo.processInfo.environment)
        }
        try reportingErrors {
            try TeamSetup.join(
                remote: TeamRemote.resolved(remote, from: TeamInitCommand.workingFolder), into: directory,
                as: facilitator)
        }
        let store = try reportingErrors { try ProjectStore.open(directory, access: .editing) }
        let name = store.opened.programme.name
        store.close()
        Console.say(
            "Joined \(name) as \(facilitator.name) in \(directory.path); glean sync -p \(path) shares your edits")
    }
}

/// `glean team status -p PATH`.
struct TeamStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Who is in the team, what is waiting to be shared, and the clashes to review.")

    @OptionGroup var project: ProjectOption

    func run() throws {
        let store = try project.open()
        store.notices.forEach { printError($0) }
        guard store.isTeam else {
            throw notATeamProject(project.path)
        }
        let facilitator = try reportingErrors {
            try FacilitatorIdentity.current(environment: ProcessInfo.processInfo.environment)
        }
        let pending = try reportingErrors { try TeamSync.pending(store.layout, as: facilitator) }
        let counts = store.teamEditCounts
        let names = store.teamNames
        Console.say("You are \(facilitator.name) (\(facilitator.id))")
        Console.say(
            "\(pending.toShare) \(pending.toShare == 1 ? "edit" : "edits") to share · \(pending.fromOthers) new from others (as last fetched)"
        )
        Console.say("Facilitators:")
        for id in Set(counts.keys).union(names.keys).sorted(by: { (names[$0] ?? $0) < (names[$1] ?? $1) }) {
            Console.say("  \(names[id] ?? id)  \(counts[id] ?? 0) edits  \(id)")
        }
        Console.say(store.reviews.isEmpty ? "Nothing to review" : "To review (\(store.reviews.count)):")
        store.reviews.forEach { Console.say("  \($0.message)") }
    }
}
