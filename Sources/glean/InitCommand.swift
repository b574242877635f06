import ArgumentParser
import Foundation
import GleanCore

/// `glean init PATH --name NAME --start YYYY-MM-DD [--codebook FILE|sample]`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a project at PATH, empty or starting from a codebook.")

    @Argument(help: "The directory to create the project in.")
    var path: String

    @Option(help: "The programme's name.")
    var name: String

    @Option(help: "The first day of fortnight 1, as YYYY-MM-DD.")
    var start: String

    @Option(
        help:
            "Start from a codebook: a REFI-QDA .qdc file, a Glean codebook .json (glean codebook export), or \"sample\" for the sample programme's."
    )
    var codebook: String?

    func validate() throws {
        guard Day(iso: start) != nil else {
            throw ValidationError(
                "--start \"\(start)\" is not a date in the form YYYY-MM-DD with \(Day.supportedYearsText)")
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--name must not be empty")
        }
    }

    func run() throws {
        let programme = Programme(name: name, start: Day(iso: start)!)
        let url = URL(fileURLWithPath: path, isDirectory: true)
        var project = Project(programme: programme)
        var notes: [String] = []
        if let codebook {
            let outcome = try reportingErrors { try CodebookSource.outcome(codebook, into: project) }
            outcome.edit.map { project.apply($0) }
            notes = outcome.notes
        }
        _ = try reportingErrors { try ProjectStore.create(project, in: url) }
        let count = project.codebook.concerns.count
        let concerns =
            codebook == nil
            ? "" : " with \(count) \(count == 1 ? "concern" : "concerns") in \(project.codebook.themes.count) themes"
        Console.say("Created \(name) at \(url.standardizedFileURL.path)\(concerns)")
        notes.forEach { Console.say("Note: \($0)") }
        if project.codebook.concerns.isEmpty {
            Console.say(
                "The codebook is empty: add concerns with glean codebook -p \(path) add --name NAME --theme THEME, or on the Codebook screen (a)."
            )
        }
    }
}

/// `glean sample PATH`.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample", abstract: "Write a copy of the bundled sample programme to PATH.")

    @Argument(help: "The directory to write the sample project to.")
    var path: String

    func run() throws {
        let url = URL(fileURLWithPath: path, isDirectory: true)
        try reportingErrors { try SampleProject.write(to: url) }
        Console.say("Wrote the sample programme to \(url.standardizedFileURL.path)")
    }
}
