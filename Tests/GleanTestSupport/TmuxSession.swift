import Foundation
import IssueReporting

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A private tmux server running one command in a pane of a fixed size: keys go in, screens come out.
///
/// Each session has its own socket (`tmux -L`), so tests never touch the user's tmux server and can run side by
/// side. The server keeps a pane whose command has exited (`remain-on-exit`), so a test can read its exit status.
public final class TmuxSession {
    /// How often `waitFor` looks at the screen.
    public static let pollInterval: TimeInterval = 0.05

    private let tmux: URL
    private let socket = "glean-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    private var socketPath: String?

    /// The tmux executable on `PATH`, or nil when tmux is not installed.
    public static var executable: URL? { Subprocess.onPath("tmux") }

    /// Starts `arguments` (the program first) in a `width`×`height` pane, in `directory`, with `environment` set
    /// on top of a UTF-8 locale and `TERM=xterm-256color`. The program replaces the shell, so the pane's pid is its.
    /// Throws `TmuxMissing` when tmux is not installed.
    public init(
        _ arguments: [String], environment: [String: String] = [:], in directory: URL, width: Int = 100,
        height: Int = 30
    ) throws {
        guard let tmux = TmuxSession.executable else { throw TmuxMissing() }
        self.tmux = tmux
        let settings = ["TERM": "xterm-256color", "LC_ALL": TmuxSession.utf8Locale]
            .merging(environment) { _, new in new }
        let assignments = settings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let command = (["exec", "env", "-u", "NO_COLOR"] + assignments + arguments).map(TmuxSession.quoted).joined(
            separator: " ")
        try run([
            "start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
            "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", "-c", directory.path, command,
        ])
        socketPath = try display("#{socket_path}")
    }

    /// Kills the server, and with it the program if it is still running, and removes the socket it leaves behind.
    deinit {
        _ = try? run(["kill-server"])
        if let socketPath { try? FileManager.default.removeItem(atPath: socketPath) }
    }

    /// Sends tmux key names, e.g. "Enter", "Escape", "Tab", "C-r", "q", one key press each.
    public func sendKeys(_ keys: String...) throws {
        try sendKeys(keys)
    }

    /// Sends a list of tmux key names in one go, as `sendKeys(_:…)` does.
    public func sendKeys(_ keys: [String]) throws {
        try run(["send-keys", "-t", "main"] + keys)
    }

    /// Types `text` literally, character by character.
    public func type(_ text: String) throws {
        try run(["send-keys", "-t", "main", "-l", text])
    }

    /// The screen's rows as plain text.
    public func capture() throws -> [String] {
        try lines(run(["capture-pane", "-p", "-t", "main"]))
    }

    /// The screen's rows as plain text, with rows the terminal wrapped joined back into one line.
    public func captureJoined() throws -> [String] {
        try lines(run(["capture-pane", "-p", "-J", "-t", "main"]))
    }

    /// The screen's rows with SGR escape sequences for colours and attributes.
    public func captureWithEscapes() throws -> [String] {
        try lines(run(["capture-pane", "-p", "-e", "-t", "main"]))
    }

    /// The normal screen hidden behind the alternate screen the interface draws on: what was printed before it.
    public func captureNormalScreen() throws -> [String] {
        try lines(run(["capture-pane", "-p", "-a", "-q", "-t", "main"]))
    }

    /// Polls the screen until some row contains `text`; fails the test with the last screen when `timeout` passes.
    public func waitFor(
        text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        try waitUntil("\"\(text)\" on the screen", timeout: timeout, file: file, line: line) { screen in
            screen.contains { $0.contains(text) }
        }
    }

    /// Polls the screen until no row contains `text`; fails the test with the last screen when `timeout` passes.
    public func waitForAbsence(
        of text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        try waitUntil("\"\(text)\" gone from the screen", timeout: timeout, file: file, line: line) { screen in
            !screen.contains { $0.contains(text) }
        }
    }

    /// Polls the screen every 50 ms until `condition` holds; fails the test with the last screen when `timeout` passes.
    public func waitUntil(
        _ description: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line,
        _ condition: ([String]) -> Bool
    ) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !condition(screen) {
            guard Date() < deadline else {
                let shown = screen.map { "|\($0)" }.joined(separator: "\n")
                reportIssue(
                    "Gave up after \(timeout) s waiting for \(description). Last screen:\n\(shown)", filePath: file,
                    line: line)
                throw WaitTimedOut(description: description)
            }
            Thread.sleep(forTimeInterval: TmuxSession.pollInterval)
            screen = try capture()
        }
    }

    /// Waits for the pane's command to exit and returns its exit status (128 + n for signal n).
    @discardableResult
    public func waitForExit(timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws
        -> Int32
    {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let fields = try display("#{pane_dead}|#{pane_dead_status}|#{pane_dead_signal}|#{pid}")
                .split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if let signal = Int32(fields[2]) { return 128 + signal }
            if let status = Int32(fields[1]) { return status }
            if fields[0] == "1", let server = pid_t(fields[3]) {
                // tmux 3.3 can see the pane close and then never reap the process (it stays a zombie, the status
                // empty); another SIGCHLD makes the server call waitpid and record the status.
                kill(server, SIGCHLD)
            }
            guard Date() < deadline else {
                let shown = try capture().map { "|\($0)" }.joined(separator: "\n")
                reportIssue(
                    "Gave up after \(timeout) s waiting for the program to exit. Last screen:\n\(shown)",
                    filePath: file, line: line)
                throw WaitTimedOut(description: "the program to exit")
            }
            Thread.sleep(forTimeInterval: TmuxSession.pollInterval)
        }
    }

    /// Whether the pane's command has exited.
    public var isDead: Bool {
        (try? display("#{pane_dead}")) == "1"
    }

    /// Resizes the window, which sends the program SIGWINCH.
    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pane's title, which a program can set with OSC 0 or OSC 2.
    public func paneTitle() throws -> String {
        try display("#{pane_title}")
    }

    /// The process id of the pane's command.
    public func panePID() throws -> pid_t {
        let text = try display("#{pane_pid}")
        guard let pid = pid_t(text) else { throw TmuxFailed(arguments: ["display", "#{pane_pid}"], output: text) }
        return pid
    }

    private func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", "main", format]).trimmingCharacters(in: .newlines)
    }

    private func lines(_ output: String) -> [String] {
        var rows = output.components(separatedBy: "\n")
        if rows.last == "" { rows.removeLast() }
        return rows
    }

    /// Runs one tmux client command against this session's server and returns its standard output, in UTF-8 (`-u`)
    /// whatever the locale, with no configuration file.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        let result = try Subprocess.run(
            tmux, ["-u", "-L", socket, "-f", "/dev/null"] + arguments, environment: environment)
        guard result.status == 0 else { throw TmuxFailed(arguments: arguments, output: result.stderr) }
        return result.stdout
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    #if os(macOS)
        private static let utf8Locale = "en_US.UTF-8"
    #else
        private static let utf8Locale = "C.UTF-8"
    #endif
}

/// A tmux command that exited non-zero.
public struct TmuxFailed: Error, CustomStringConvertible {
    /// The tmux command's arguments.
    public let arguments: [String]
    /// What it wrote to standard error.
    public let output: String

    public var description: String { "tmux \(arguments.joined(separator: " ")) failed: \(output)" }
}

/// A wait that ran out of time; the test has already been failed with the screen.
public struct WaitTimedOut: Error, CustomStringConvertible {
    /// What was waited for.
    public let description: String
}

/// tmux is not on `PATH`; tests that need it skip.
public struct TmuxMissing: Error, CustomStringConvertible {
    /// The error, to throw or to describe.
    public init() {}

    public var description: String { "tmux is not installed; the end-to-end tests need it" }
}
