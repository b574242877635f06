import ArgumentParser
import Foundation
import GleanCore

/// `glean init PATH --name NAME --start YYYY-MM-DD`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create an empty project at PATH.")

    @Argument(help: "The directory to create the project in.")
    var path: String

    @Option(help: "The programme's name.")
    var name: String

    @Option(help: "The first day of fortnight 1, as YYYY-MM-DD.")
    var start: String

    func validate() throws {
        guard Day(iso: start) != nil else {
            throw ValidationError("--start \"\(start)\" is not a date in the form YYYY-MM-DD with \(Day.supportedYearsText)")
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--name must not be empty")
        }
    }

    func run() throws {
        let programme = Programme(name: name, start: Day(iso: start)!)
        let url = URL(fileURLWithPath: path, isDirectory: true)
        _ = try reportingErrors { try ProjectStore.create(Project(programme: programme), in: url) }
        Console.say("Created \(name) at \(url.standardizedFileURL.path)")
    }
}

/// `glean sample PATH`.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sample", abstract: "Write a copy of the bundled sample programme to PATH.")

    @Argument(help: "The directory to write the sample project to.")
    var path: String

    func run() throws {
        let url = URL(fileURLWithPath: path, isDirectory: true)
        try reportingErrors { try SampleProject.write(to: url) }
        Console.say("Wrote the sample programme to \(url.standardizedFileURL.path)")
    }
}
