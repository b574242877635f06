import Foundation

/// Subprocess wall time and peak resident set of `glean` subcommands on a project.
///
/// The peak comes from GNU time (`/usr/bin/time -f %M`), which forks `glean` from its own small process: `wait4`'s
/// `ru_maxrss` for a child that this bench spawned would be at least the bench's own peak, because Linux carries the
/// high-water mark of the address space a vfork'd child shares with its parent across `exec`. The wall time, from
/// spawning GNU time to reaping it, includes its fork and exec (about a millisecond).
struct CommandBench {
    /// The wall times (ms) and peak resident sets (MiB) of the runs of one command.
    struct Runs {
        /// Milliseconds per run.
        var wall = Samples()
        /// Mebibytes per run.
        var peak = Samples()
    }

    /// The `glean` binary.
    let glean: String
    /// GNU time.
    let time: String
    /// The cache, for scratch folders.
    let cache: ProjectCache

    /// `glean keys`, which reads no project: the floor of time and memory that every subcommand pays.
    func floor(runs: Int) throws -> Runs {
        try repeated(runs) { _ in ["keys"] }
    }

    /// `glean counts -p project --json`, output to /dev/null.
    func counts(_ project: URL, runs: Int) throws -> Runs {
        try repeated(runs) { _ in ["counts", "-p", project.path, "--json"] }
    }

    /// `glean export -p project --fortnight fortnight --format markdown`, output to /dev/null.
    func export(_ project: URL, fortnight: Int, runs: Int) throws -> Runs {
        try repeated(runs) { _ in ["export", "-p", project.path, "--fortnight", "\(fortnight)", "--format", "markdown"]
        }
    }

    /// `glean export -p project --format qdpx -o FILE`.
    func qdpx(_ project: URL, runs: Int) throws -> Runs {
        try repeated(runs) { scratch in
            [
                "export", "-p", project.path, "--format", "qdpx", "-o",
                scratch.appendingPathComponent("project.qdpx").path,
            ]
        }
    }

    /// `glean import -p FRESH csv --participant-column participant --date-column date` into a project made with
    /// `glean init` just before (untimed) for each run.
    func importCSV(_ csv: URL, runs: Int) throws -> Runs {
        try repeated(runs) { scratch in
            let fresh = scratch.appendingPathComponent("imported").path
            try Spawn.succeed(glean, ["init", fresh, "--name", "Imported", "--start", "2020-04-06"])
            return ["import", "-p", fresh, csv.path, "--participant-column", "participant", "--date-column", "date"]
        }
    }

    /// `glean export -p project --all --format csv`, output to /dev/null.
    func csvAll(_ project: URL, runs: Int) throws -> Runs {
        try repeated(runs) { _ in ["export", "-p", project.path, "--all", "--format", "csv"] }
    }

    /// `glean import --format qdpx archive -p FRESH`: the archive as a new project, once per run.
    func importQDPX(_ archive: URL, runs: Int) throws -> Runs {
        try repeated(runs) { scratch in
            ["import", "--format", "qdpx", archive.path, "-p", scratch.appendingPathComponent("imported").path]
        }
    }

    /// Runs `executable` (by default `glean`) with the arguments `prepare` returns, given a fresh scratch folder for
    /// each, `runs` times; each run must succeed.
    func repeated(_ runs: Int, executable: String? = nil, _ prepare: (URL) throws -> [String]) throws -> Runs {
        var result = Runs()
        for _ in 0..<runs {
            let scratch = try cache.scratch("command")
            defer { try? FileManager.default.removeItem(at: scratch) }
            let report = scratch.appendingPathComponent("time.txt").path
            let command = [executable ?? glean] + (try prepare(scratch))
            let outcome = try Spawn.succeed(time, ["-f", "%M", "-o", report] + command, stdout: "/dev/null")
            guard
                let kibibytes = Double(
                    try String(contentsOfFile: report, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))
            else {
                throw BenchError("cannot read GNU time's report in \(report)")
            }
            result.wall.append(outcome.wall.milliseconds)
            result.peak.append(kibibytes / 1024)
        }
        return result
    }
}
