import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion with `posix_spawn` and `waitpid`, timing it.
///
/// Foundation's `Process` is not used: on Linux it learns that a child exited from a socket the child inherits, so it
/// waits forever on `tmux`, whose forked server keeps that socket open (see the end-to-end tests' `Subprocess`).
enum Spawn {
    /// How a finished program went.
    struct Outcome {
        /// The exit status, or 128 + n when signal n ended it.
        let status: Int32
        /// From just before `posix_spawn` to `wait4` returning.
        let wall: Duration
        /// Standard output when it was captured, else empty.
        let output: String
        /// Standard error.
        let errors: String
    }

    /// Runs `executable arguments…` with standard input from /dev/null, standard output to `stdout` (a path, or
    /// nil to capture it), and the bench's own environment less `TMUX`.
    static func run(_ executable: String, _ arguments: [String], stdout: String? = nil) throws -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("glean-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputPath = stdout ?? scratch.appendingPathComponent("stdout").path
        let errorPath = scratch.appendingPathComponent("stderr").path

        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        let clock = ContinuousClock()
        let started = clock.now
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchError("cannot run \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw BenchError("waitpid failed for \(executable): \(String(cString: strerror(errno)))") }
        }
        let wall = clock.now - started
        let signal = status & 0x7F
        return Outcome(
            status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal, wall: wall,
            output: stdout == nil ? (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" : "",
            errors: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }

    /// Runs the program as `run` does and throws, with what it wrote to standard error, unless it exits with 0.
    @discardableResult
    static func succeed(_ executable: String, _ arguments: [String], stdout: String? = nil) throws -> Outcome {
        let outcome = try run(executable, arguments, stdout: stdout)
        guard outcome.status == 0 else {
            let command = ([executable] + arguments).joined(separator: " ")
            throw BenchError("\(command) exited with \(outcome.status): \(outcome.errors)")
        }
        return outcome
    }

    /// The program called `name` on `PATH`.
    static func onPath(_ name: String) throws -> String {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let found = paths.map({ "\($0)/\(name)" }).first(where: FileManager.default.isExecutableFile) else {
            throw BenchError("\(name) is not on PATH")
        }
        return found
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
