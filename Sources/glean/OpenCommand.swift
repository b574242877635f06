import ArgumentParser
import Foundation
import GleanCore
import GleanTUI

/// `glean` with no subcommand: the project in the current directory, or the sample programme.
struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui", abstract: "Open the project in the current directory, or the bundled sample.",
        shouldDisplay: false)

    func run() throws {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        if FileManager.default.fileExists(atPath: ProjectLayout(root: current).manifest.path) {
            return try launch(current)
        }
        let sample = SampleProject.defaultLocation()
        let greeting: String
        if !FileManager.default.fileExists(atPath: ProjectLayout(root: sample).manifest.path) {
            try reportingErrors { try SampleProject.write(to: sample) }
            greeting = "No project here: opened a new copy of the sample programme at \(sample.path)"
        } else {
            greeting = "No project here: opened the sample programme at \(sample.path)"
        }
        Console.say("glean: \(greeting)")
        try launch(sample, greeting: greeting)
    }
}

/// `glean open PATH`.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the project at PATH in the terminal interface.")

    @Argument(help: "The project directory.")
    var path: String

    @Flag(help: "Open without taking the project's lock: nothing can be changed or saved.")
    var readOnly = false

    func run() throws {
        try launch(URL(fileURLWithPath: path, isDirectory: true), access: readOnly ? .readOnly : .editing)
    }
}

/// Opens the project at `url` in the terminal interface, after checking what was read of it: for editing, only the
/// latest fortnight is read before the first frame (the interface reads and checks the rest in the background);
/// read-only, the whole project, so another Glean's writes cannot come between the fortnights read. Without a terminal,
/// the whole project is still checked (read-only) so its problems are reported first.
func launch(_ url: URL, access: ProjectStore.Access = .editing, greeting: String? = nil) throws {
    guard NcursesTerminal.isAvailable else {
        try requireNoProblems(try reportingErrors { try ProjectStore.open(url) })
        printError("the interface needs a terminal; standard input or output is not one (the subcommands work without)")
        throw ExitCode.failure
    }
    let facilitator = try currentFacilitator()
    let store = try reportingErrors {
        try ProjectStore.open(url, access: access, reading: access == .editing ? .latest : .all)
    }
    try requireNoProblems(store)
    store.notices.forEach { printError($0) }
    let opened = access == .readOnly ? "Opened read-only" : "Opened"
    try reportingErrors {
        try GleanApp.run(
            store: store, facilitator: facilitator, greeting: greeting ?? "\(opened) \(store.layout.root.path)")
    }
}

/// Fails, naming each problem, when the project is inconsistent.
private func requireNoProblems(_ store: ProjectStore) throws {
    let problems = ProjectChecker.problems(in: store.opened)
    guard problems.isEmpty else {
        problems.forEach { printError("\(store.layout.root.path)/\($0.description)") }
        printError("the project has \(problems.count) problem(s); nothing was changed. Run `glean check` for details")
        throw ExitCode.failure
    }
}
