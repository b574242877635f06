import Foundation
import GleanTestSupport

/// Runs the programs the bench times, through the tests' `Subprocess`, with the bench's own environment less `TMUX`.
enum Spawn {
    /// Runs `executable arguments…` with standard input from /dev/null and standard output to `stdout` (a path, or
    /// nil to capture it); the result's `wall` runs from just before `posix_spawn` to `waitpid` returning.
    static func run(_ executable: String, _ arguments: [String], stdout: String? = nil) throws -> CommandResult {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        return try Subprocess.run(
            URL(fileURLWithPath: executable), arguments, environment: environment, standardOutput: stdout)
    }

    /// Runs the program as `run` does and throws, with what it wrote to standard error, unless it exits with 0.
    @discardableResult
    static func succeed(_ executable: String, _ arguments: [String], stdout: String? = nil) throws -> CommandResult {
        let outcome = try run(executable, arguments, stdout: stdout)
        guard outcome.status == 0 else {
            let command = ([executable] + arguments).joined(separator: " ")
            throw BenchError("\(command) exited with \(outcome.status): \(outcome.stderr)")
        }
        return outcome
    }

    /// The program called `name` on `PATH`.
    static func onPath(_ name: String) throws -> String {
        guard let found = Subprocess.onPath(name) else { throw BenchError("\(name) is not on PATH") }
        return found.path
    }
}

/// Something that stops the benchmarks, with a message for standard error.
struct BenchError: Error, CustomStringConvertible {
    /// What went wrong.
    let description: String

    /// An error saying `description`.
    init(_ description: String) {
        self.description = description
    }
}
