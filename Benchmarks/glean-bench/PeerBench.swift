import Foundation
import GleanCore

/// The floors and the peer each Glean figure is compared with, measured in the same run and the same way (GNU time,
/// wall and peak memory):
/// - the parse floor: Python's `json` module loading every JSON file of the project;
/// - the I/O floor: `cat` reading the bytes the first screen shows (the manifest and the latest fortnight's files);
/// - the peer: `qc` (the terminal QDA tool qualitative-coding, `pip install qualitative-coding`) importing the same
///   programme from Glean's QDPX export and printing its code statistics.
struct PeerBench {
    /// How subcommands are run and timed.
    let commands: CommandBench

    /// The script the parse floor runs: every `*.json` under the project, the shared team files and backups aside.
    private static let parseScript = """
        import json, os, sys
        for folder, subfolders, files in os.walk(sys.argv[1]):
            subfolders[:] = [name for name in subfolders if name not in ("backups", "team", "exports")]
            for name in files:
                if name.endswith(".json"):
                    with open(os.path.join(folder, name), "rb") as handle:
                        json.load(handle)
        """

    /// Python's `json` parsing the project's JSON files.
    func pythonParse(_ project: URL, runs: Int) throws -> CommandBench.Runs {
        let python = try Spawn.onPath("python3")
        return try commands.repeated(runs, executable: python) { _ in ["-c", Self.parseScript, project.path] }
    }

    /// `cat` of `glean.json` and the files of the latest fortnight's folder, to /dev/null.
    func firstScreenBytes(_ project: URL, latest: Int, runs: Int) throws -> CommandBench.Runs {
        let cat = try Spawn.onPath("cat")
        let folder = ProjectLayout(root: project).folder(ofFortnight: latest)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            folder.appendingPathComponent($0).path
        }
        return try commands.repeated(runs, executable: cat) { _ in
            [project.appendingPathComponent("glean.json").path] + files
        }
    }

    /// `qc init --import archive` in a new, empty folder followed by `qc codes stats` there, or nil when `qc` is
    /// not on `PATH`. The two are timed as one run through `sh -c`. qc 1.7.8's importer has a leftover `breakpoint()`
    /// for every source; `PYTHONBREAKPOINT=0` lets it run on, as typing `c` at each prompt would.
    func qcImport(_ archive: URL, runs: Int) throws -> CommandBench.Runs? {
        guard let qc = try? Spawn.onPath("qc") else { return nil }
        let shell = try Spawn.onPath("sh")
        return try commands.repeated(runs, executable: shell) { scratch in
            let script =
                #"export PYTHONBREAKPOINT=0; mkdir "$2" && cd "$2" && "$0" init --import "$1" >/dev/null && "$0" codes stats"#
            return ["-c", script, qc, archive.path, scratch.appendingPathComponent("qc").path]
        }
    }
}
