import Foundation

/// Runs git in a team project's folder, the engine that carries the team files between machines. Git is run with
/// no prompts (a missing password fails at once instead of waiting), no hooks, and links checked out as plain files,
/// so a repository from elsewhere cannot make Glean run, read or write anything outside the project.
struct TeamGit {
    /// What a git command printed and how it ended.
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
        var succeeded: Bool { status == 0 }
    }

    /// The project folder git runs in.
    let folder: URL

    /// The settings every git command runs with.
    static let safety = [
        "-c", "core.symlinks=false", "-c", "core.hooksPath=/dev/null", "-c", "protocol.ext.allow=never",
        "-c", "submodule.recurse=false", "-c", "core.fsmonitor=false", "-c", "credential.interactive=false",
    ]

    /// Runs `git arguments` and returns what it printed, whatever its exit status.
    @discardableResult
    func run(_ arguments: [String], in directory: URL? = nil) throws -> Output {
        try Self.run(arguments, in: directory ?? folder)
    }

    /// Runs `git arguments` and throws a `TeamSyncError` naming `action` when it fails.
    @discardableResult
    func must(_ arguments: [String], _ action: String) throws -> Output {
        let output = try run(arguments)
        guard output.succeeded else { throw TeamSyncError.classify(action, output) }
        return output
    }

    /// Runs `git push arguments` to the team's remote. A remote on this machine (a path, or `file://`) has its
    /// receive-pack run here, as the facilitator, reading that repository's own configuration, which the settings
    /// above do not reach: it is told to run none of that repository's hooks or commands.
    func push(_ arguments: [String]) throws -> Output {
        let url = try run(["remote", "get-url", TeamSync.remote]).standardOutput.trimmingCharacters(
            in: .whitespacesAndNewlines)
        return try run(["push"] + (Self.isOnThisMachine(url) ? [Self.safeReceivePack] : []) + arguments)
    }

    /// The receive-pack a push to a remote on this machine runs: no hooks, no alternate-refs command.
    static let safeReceivePack =
        "--receive-pack=git -c core.hooksPath=/dev/null -c core.alternateRefsCommand=true receive-pack"

    /// Whether git reaches `url` on this machine: a path or a `file:` URL, not `scheme://host/…` or `host:path`.
    static func isOnThisMachine(_ url: String) -> Bool {
        if url.hasPrefix("file:") { return true }
        if url.contains("://") { return false }
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") { return false }
        return true
    }

    /// Runs `git arguments` in `directory`.
    static func run(_ arguments: [String], in directory: URL) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + safety + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_ASKPASS"] = "/bin/false"
        environment["SSH_ASKPASS"] = "/bin/false"
        environment["GIT_SSH_COMMAND"] = environment["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw TeamSyncError(
                problem: "cannot run git (\(error.localizedDescription)); install git to work as a team")
        }
        let errorData = readAll(error)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData.value, as: UTF8.self))
    }

    /// Reads a pipe on another thread, so a command that fills both pipes cannot block.
    private static func readAll(_ pipe: Pipe) -> ReadBox {
        let box = ReadBox()
        let handle = pipe.fileHandleForReading
        box.group.enter()
        DispatchQueue.global().async {
            box.value = handle.readDataToEndOfFile()
            box.group.leave()
        }
        return box
    }

    /// A pipe's contents, read on another thread.
    private final class ReadBox: @unchecked Sendable {
        let group = DispatchGroup()
        private var data = Data()
        var value: Data {
            get {
                group.wait()
                return data
            }
            set { data = newValue }
        }
    }
}
