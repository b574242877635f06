import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs programs, to completion or in the background, and collects what they wrote: the tests' and the bench's one
/// way to start a program.
///
/// This uses `posix_spawn` and `waitpid` rather than Foundation's `Process`: on Linux, `Process` learns that a child
/// exited from a socket the child inherits, so it waits forever on `tmux`, whose forked server keeps that socket open.
/// Output goes to files, which a daemon may keep open without blocking anyone.
public enum Subprocess {
    /// Runs `executable arguments…` with `environment` as its whole environment and standard input from /dev/null;
    /// standard output goes to the file at `standardOutput` when given (and the result's `stdout` is then empty).
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String], standardOutput: String? = nil
    ) throws -> CommandResult {
        try spawn(executable, arguments, environment: environment, standardOutput: standardOutput).wait()
    }

    /// The program called `name` on `PATH`, or nil when there is none.
    public static func onPath(_ name: String) -> URL? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Starts `executable arguments…` as `run` does, without waiting for it.
    ///
    /// With `terminalOutput`, standard output is a pseudo-terminal (where one is available: on Linux), so the program's
    /// C library writes each line as it is printed, as it does in a terminal, rather than on exit. Nothing reads that
    /// terminal until `wait`, so it suits short outputs only. `standardOutput` is as for `run`.
    public static func spawn(
        _ executable: URL, _ arguments: [String], environment: [String: String], terminalOutput: Bool = false,
        standardOutput: String? = nil
    ) throws -> SpawnedProcess {
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent(
            "glean-e2e-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        let stdoutPath = standardOutput ?? outputs.appendingPathComponent("stdout").path
        let stderrPath = outputs.appendingPathComponent("stderr").path
        let terminal = terminalOutput ? openTerminal() : nil
        defer { if let terminal { close(terminal.secondary) } }

        #if os(Linux)
            var actions = posix_spawn_file_actions_t()
        #else
            var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let terminal {
            posix_spawn_file_actions_adddup2(&actions, terminal.secondary, 1)
            posix_spawn_file_actions_addclose(&actions, terminal.secondary)
            posix_spawn_file_actions_addclose(&actions, terminal.primary)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let started = ContinuousClock.now
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv, envp)
        guard spawned == 0 else {
            if let terminal { close(terminal.primary) }
            try? FileManager.default.removeItem(at: outputs)
            throw SpawnFailed(executable: executable, code: spawned)
        }
        return SpawnedProcess(
            pid: pid, executable: executable, outputs: outputs, terminal: terminal?.primary, started: started,
            capturesOutput: standardOutput == nil)
    }

    /// A new pseudo-terminal whose primary side does not block on reading, or nil where Swift cannot open one.
    private static func openTerminal() -> (primary: Int32, secondary: Int32)? {
        #if os(Linux)
            var primary: Int32 = -1
            var secondary: Int32 = -1
            guard openpty(&primary, &secondary, nil, nil, nil) == 0 else { return nil }
            _ = fcntl(primary, F_SETFL, O_NONBLOCK)
            return (primary, secondary)
        #else
            return nil
        #endif
    }
}

/// A program started by `Subprocess.spawn`: it can be signalled while it runs, and `wait` collects what it wrote.
///
/// A process dropped without `wait` is killed and reaped, so a failing test leaves no zombie behind.
public final class SpawnedProcess {
    /// The process id.
    public let pid: pid_t
    private let executable: URL
    private let outputs: URL
    private var terminal: Int32?
    private let started: ContinuousClock.Instant
    private let capturesOutput: Bool
    private var reaped = false

    fileprivate init(
        pid: pid_t, executable: URL, outputs: URL, terminal: Int32?, started: ContinuousClock.Instant,
        capturesOutput: Bool
    ) {
        self.pid = pid
        self.executable = executable
        self.outputs = outputs
        self.terminal = terminal
        self.started = started
        self.capturesOutput = capturesOutput
    }

    deinit {
        if !reaped {
            sendSignal(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        }
        if let terminal { close(terminal) }
        try? FileManager.default.removeItem(at: outputs)
    }

    /// Sends signal `number`; a process that has exited but is not yet reaped ignores it.
    public func kill(_ number: Int32) {
        sendSignal(pid, number)
    }

    /// Waits for the process to end and returns its status and everything it wrote.
    public func wait() throws -> CommandResult {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw SpawnFailed(executable: executable, code: errno) }
        }
        let wall = ContinuousClock.now - started
        reaped = true
        let signal = status & 0x7F
        let stdout =
            try terminal.map(drain)
            ?? (capturesOutput ? Data(contentsOf: outputs.appendingPathComponent("stdout")) : Data())
        return CommandResult(
            status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal, wall: wall,
            stdout: String(decoding: stdout, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n"),
            stderr: String(decoding: try Data(contentsOf: outputs.appendingPathComponent("stderr")), as: UTF8.self))
    }

    /// Everything waiting on the terminal's primary side, which is then closed.
    private func drain(_ primary: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(primary, &buffer, buffer.count)
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        close(primary)
        terminal = nil
        return data
    }
}

/// What a finished subprocess left behind.
public struct CommandResult: Sendable {
    /// The exit status, or 128 + n when signal n ended it.
    public let status: Int32
    /// From just before `posix_spawn` to `waitpid` returning.
    public let wall: Duration
    /// Everything written to standard output, unless it went to a file of the caller's.
    public let stdout: String
    /// Everything written to standard error.
    public let stderr: String
}

/// `posix_spawn` or `waitpid` failed.
public struct SpawnFailed: Error, CustomStringConvertible {
    /// The program that could not be started or waited for.
    public let executable: URL
    /// The `errno` value.
    public let code: Int32

    public var description: String { "cannot run \(executable.path): \(String(cString: strerror(code)))" }
}

/// `kill(2)`, under a name that methods called `kill` do not shadow.
private func sendSignal(_ pid: pid_t, _ number: Int32) {
    kill(pid, number)
}
