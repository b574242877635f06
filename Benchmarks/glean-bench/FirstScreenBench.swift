import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Start to first full screen: the real `glean open DIR` in a private 80×24 tmux server, timed from starting the
/// session until `capture-pane` shows "✓ saved" in the status bar, the last thing drawn.
///
/// The screen is polled every millisecond, but each poll runs a `tmux capture-pane` client, which takes a few
/// milliseconds itself: that is the resolution. The same timing of a command that prints "✓ saved" at once gives
/// the floor tmux adds (the "tmux floor" measure).
struct FirstScreenBench {
    /// The `glean` binary.
    let glean: String
    /// The `tmux` binary.
    let tmux: String

    /// Times `runs` starts of `glean open project`.
    func measure(_ project: URL, runs: Int) throws -> Samples {
        try sample(runs) { ["exec", "env", "LC_ALL=C.UTF-8", "TERM=xterm-256color", glean, "open", project.path] }
    }

    /// Times `runs` starts of a shell printing "✓ saved": what tmux and the polling cost on their own.
    func floor(runs: Int) throws -> Samples {
        try sample(runs) { ["exec", "env", "LC_ALL=C.UTF-8", "sh", "-c", "printf '✓ saved'; exec sleep 60"] }
    }

    private func sample(_ runs: Int, _ command: () -> [String]) throws -> Samples {
        var samples = Samples()
        for run in 0..<runs {
            samples.append(
                try once(command().map(quoted).joined(separator: " "), socket: "glean-bench-\(getpid())-\(run)"))
        }
        return samples
    }

    /// Milliseconds from starting `command` in a new server on `socket` to "✓ saved" on its screen; the server, and
    /// the program with it, is then killed and the program awaited, so the next run finds the project unlocked.
    private func once(_ command: String, socket: String) throws -> Double {
        let client = ["-u", "-L", socket, "-f", "/dev/null"]
        let clock = ContinuousClock()
        let started = clock.now
        try Spawn.succeed(tmux, client + ["new-session", "-d", "-s", "main", "-x", "80", "-y", "24", command])
        var screen = ""
        var elapsed: Double?
        while elapsed == nil, clock.now < started + .seconds(120) {
            screen = try Spawn.succeed(tmux, client + ["capture-pane", "-p", "-t", "main"]).stdout
            if screen.contains("✓ saved") { elapsed = (clock.now - started).milliseconds } else { usleep(1_000) }
        }
        let pane = try? Spawn.succeed(tmux, client + ["display-message", "-p", "-t", "main", "#{pane_pid}"])
        _ = try? Spawn.run(tmux, client + ["kill-server"])
        if let pid = pane.flatMap({ pid_t($0.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) }) {
            let patience = clock.now + .seconds(10)
            while kill(pid, 0) == 0, clock.now < patience { usleep(1_000) }
        }
        guard let elapsed else {
            throw BenchError("no \"✓ saved\" after 120 s on socket \(socket); the last screen:\n\(screen)")
        }
        return elapsed
    }

    private func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
