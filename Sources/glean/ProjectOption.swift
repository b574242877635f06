import ArgumentParser
import Foundation
import GleanCore

/// The `-p/--project` option shared by the subcommands that read a project.
struct ProjectOption: ParsableArguments {
    @Option(name: [.short, .customLong("project")], help: "The project directory (default: the current directory).")
    var path: String = "."

    /// The project directory as a URL.
    var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// Opens the project (read-only unless `access` says otherwise; every fortnight unless `reading` chooses some),
    /// turning a damaged or locked project into a clear message and a failing exit.
    func open(_ access: ProjectStore.Access = .readOnly, reading: FortnightSelection = .all) throws -> ProjectStore {
        try reportingErrors { try ProjectStore.open(url, access: access, reading: reading) }
    }
}

/// Runs `body`; a `ProjectError`, a domain error (named by its option, see `DomainErrorOptions`) or any other error
/// is printed to stderr as `glean: …` and exits with status 1.
func reportingErrors<Result>(_ body: () throws -> Result) throws -> Result {
    do {
        return try body()
    } catch let error as ProjectError {
        printError(error.description)
        throw ExitCode.failure
    } catch let error as any DomainError {
        printError(DomainErrorOptions.text(for: error))
        throw ExitCode.failure
    } catch let error as ExitCode {
        throw error
    } catch {
        printError("\(error)")
        throw ExitCode.failure
    }
}
