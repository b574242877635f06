import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion and collects what it wrote.
///
/// This uses `posix_spawn` and `waitpid` rather than Foundation's `Process`: on Linux, `Process` learns that a child
/// exited from a socket the child inherits, so it waits forever on `tmux`, whose forked server keeps that socket open.
/// Output goes to files, which a daemon may keep open without blocking anyone.
enum Subprocess {
    /// Runs `executable arguments…` with `environment` as its whole environment and standard input from /dev/null.
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String]) throws -> CommandResult {
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("glean-e2e-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outputs) }
        let stdoutPath = outputs.appendingPathComponent("stdout").path
        let stderrPath = outputs.appendingPathComponent("stderr").path

        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw SpawnFailed(executable: executable, code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw SpawnFailed(executable: executable, code: errno) }
        }
        let signal = status & 0x7F
        return CommandResult(
            status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: stdoutPath)), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: stderrPath)), as: UTF8.self))
    }
}

/// What a finished subprocess left behind.
struct CommandResult {
    /// The exit status, or 128 + n when signal n ended it.
    let status: Int32
    /// Everything written to standard output.
    let stdout: String
    /// Everything written to standard error.
    let stderr: String
}

/// `posix_spawn` or `waitpid` failed.
struct SpawnFailed: Error, CustomStringConvertible {
    let executable: URL
    let code: Int32

    var description: String { "cannot run \(executable.path): \(String(cString: strerror(code)))" }
}
