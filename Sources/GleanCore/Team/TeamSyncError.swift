/// Why a team operation could not be done, in words a facilitator can act on.
struct TeamSyncError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong and what to do.
    var problem: String

    /// Creates an error.
    init(problem: String) {
        self.problem = problem
    }

    var description: String { problem }

    /// The error for a failed git command run to `action`, told apart by what git printed: no network, a refused
    /// login, a remote that is not there.
    static func classify(_ action: String, _ output: TeamGit.Output) -> TeamSyncError {
        let text = output.standardError.lowercased()
        let lines = output.standardError.split(separator: "\n").map(String.init)
        let detail =
            lines.first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") } ?? lines.last
            ?? "git exited with status \(output.status)"
        if text.contains("could not resolve host") || text.contains("network is unreachable")
            || text.contains("connection timed out") || text.contains("connection refused")
            || text.contains("no route to host")
        {
            return TeamSyncError(
                problem:
                    "cannot \(action): the remote cannot be reached (no network?); your edits are kept and will be shared at the next sync (\(detail))"
            )
        }
        if text.contains("authentication failed") || text.contains("permission denied")
            || text.contains("could not read username")
            || text.contains("terminal prompts disabled") || text.contains("403")
        {
            return TeamSyncError(
                problem: "cannot \(action): the remote refused the login; check your access to it (\(detail))")
        }
        if text.contains("does not appear to be a git repository") || text.contains("not found")
            || text.contains("does not exist")
        {
            return TeamSyncError(
                problem: "cannot \(action): there is no repository at the remote's address (\(detail))")
        }
        return TeamSyncError(problem: "cannot \(action): \(detail)")
    }
}
