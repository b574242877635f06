import Foundation

/// `glean sync`: shares the facilitator's edits and brings in everyone else's, through git. Commits the facilitator's
/// own files, fetches, merges (a plain git merge: no two facilitators write the same file, so it cannot conflict),
/// pushes, and tries again when the remote moved meanwhile. The caller then reopens the project (or, in the
/// interface, `ProjectStore.refold`s it), which folds the edits that came in. Edits are safe throughout: they are in
/// the facilitator's own file before any of this starts, and an edit appended while a sync runs is shared by the next
/// one (the sync commits only the lines complete when it starts, and never writes the file).
///
/// The team files are never read whole here: the edits files' lines are counted before and after, to tell what came
/// in, and the own file's complete lines are read once, to commit them.
public enum TeamSync {
    /// What a sync did.
    public struct Outcome: Equatable, Sendable {
        /// How many of the facilitator's edits the remote did not have before.
        public var shared: Int
        /// How many edits by others came in, by facilitator id.
        public var received: [String: Int]
        /// Notes on what was repaired or retried.
        public var notes: [String]

        /// Creates an outcome.
        init(shared: Int, received: [String: Int], notes: [String] = []) {
            self.shared = shared
            self.received = received
            self.notes = notes
        }
    }

    /// The name of the remote a team project syncs with.
    static let remote = "origin"
    /// The branch a team project shares.
    static let branch = "main"

    /// Syncs the team project at `layout` for `facilitator`. The caller holds the project's lock.
    public static func sync(_ layout: ProjectLayout, as facilitator: Facilitator, attempts: Int = 5) throws -> Outcome {
        let files = TeamFiles(layout)
        guard files.isTeam else {
            throw TeamSyncError(
                problem:
                    "\(layout.display(layout.root)) is not a team project; make it one with glean team init -p PATH --remote URL"
            )
        }
        let git = TeamGit(folder: layout.root)
        var notes = try repair(layout, git)
        try ensureSafeConfig(git)
        guard try git.run(["remote", "get-url", remote]).succeeded else {
            throw TeamSyncError(
                problem: "the project has no remote to sync with; add one with glean team init -p PATH --remote URL")
        }
        try TeamSetup.writeName(facilitator, files)
        let committed = try commitOwn(git, files, facilitator)
        let before = try files.editCounts()
        var shared = 0
        for attempt in 1...attempts {
            try git.must(
                ["fetch", "--quiet", "--no-tags", remote, "+refs/heads/\(branch):refs/remotes/\(remote)/\(branch)"],
                "fetch from the remote")
            let remoteRef = "refs/remotes/\(remote)/\(branch)"
            let remoteExists = try git.run(["rev-parse", "--verify", "--quiet", remoteRef]).succeeded
            shared = try sharedCount(git, facilitator, committed: committed, remoteExists: remoteExists)
            if remoteExists {
                let planned = try git.run(["merge-tree", "--write-tree", "HEAD", remoteRef])
                guard planned.succeeded, let tree = planned.standardOutput.split(separator: "\n").first else {
                    throw TeamSyncError(
                        problem:
                            "cannot merge the remote's changes: \(planned.standardError.split(separator: "\n").last ?? "a file both sides changed is not one Glean writes"); nothing was changed (was the remote's history rewritten, or the repository edited by hand?)"
                    )
                }
                try TeamIncoming.check(git, tree: String(tree), against: "HEAD", own: facilitator.id)
                let merged = try git.run(
                    [
                        "-c", "user.name=\(facilitator.name)", "-c", "user.email=\(facilitator.id)@glean.invalid",
                        "merge", "--no-edit", "--quiet", remoteRef,
                    ])
                guard merged.succeeded else {
                    try git.run(["merge", "--abort"])
                    throw TeamSyncError(
                        problem:
                            "cannot merge the remote's changes: a file both sides changed is not one Glean writes (someone edited the repository by hand?); nothing was changed (\(merged.standardError.split(separator: "\n").last ?? ""))"
                    )
                }
            }
            let pushed = try git.push(["--quiet", remote, "HEAD:refs/heads/\(branch)"])
            if pushed.succeeded { break }
            let text = pushed.standardError.lowercased()
            guard text.contains("rejected") || text.contains("fetch first") || text.contains("non-fast-forward"),
                attempt < attempts
            else {
                throw TeamSyncError.classify("push to the remote", pushed)
            }
            notes.append("the remote moved while syncing; merged its new changes and pushed again")
        }
        let after = try files.editCounts()
        var received: [String: Int] = [:]
        for (id, count) in after where id != facilitator.id && count > (before[id] ?? 0) {
            received[id] = count - (before[id] ?? 0)
        }
        return Outcome(shared: shared, received: received, notes: notes)
    }

    /// Edits recorded here and not yet on the remote, and edits on the remote not yet here, as last fetched.
    public static func pending(_ layout: ProjectLayout, as facilitator: Facilitator) throws -> (
        toShare: Int, fromOthers: Int
    ) {
        let files = TeamFiles(layout)
        let git = TeamGit(folder: layout.root)
        let local = try files.editCounts()
        let remoteRef = "refs/remotes/\(remote)/\(branch)"
        guard try git.run(["rev-parse", "--verify", "--quiet", remoteRef]).succeeded else {
            return (local[facilitator.id] ?? 0, 0)
        }
        var toShare = 0
        var fromOthers = 0
        let listing = try git.run(["ls-tree", "--name-only", remoteRef, "\(TeamFiles.folderName)/"]).standardOutput
        var remoteCounts: [String: Int] = [:]
        for path in listing.split(separator: "\n") where path.hasSuffix(".jsonl") {
            let id = String(path.dropFirst(TeamFiles.folderName.count + 1).dropLast(6))
            remoteCounts[id] = try lineCount(git, "\(remoteRef):\(path)")
        }
        for id in Set(local.keys).union(remoteCounts.keys) {
            let difference = (local[id] ?? 0) - (remoteCounts[id] ?? 0)
            if id == facilitator.id { toShare += max(0, difference) } else { fromOthers += max(0, -difference) }
        }
        return (toShare, fromOthers)
    }

    /// Leftovers of a sync that was killed: git's lock files (this Glean holds the project's lock, so no other sync is
    /// running) and a merge left half done.
    private static func repair(_ layout: ProjectLayout, _ git: TeamGit) throws -> [String] {
        var notes: [String] = []
        let gitFolder = layout.root.appendingPathComponent(".git", isDirectory: true)
        let manager = FileManager.default
        let candidates = [
            "index.lock", "HEAD.lock", "config.lock", "packed-refs.lock", "ORIG_HEAD.lock", "FETCH_HEAD.lock",
        ]
        .map { gitFolder.appendingPathComponent($0) }
        let refLocks =
            (manager.enumerator(at: gitFolder.appendingPathComponent("refs"), includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "lock" }) ?? []
        var present = (candidates + refLocks).filter { manager.fileExists(atPath: $0.path) }
        // A git that an interrupted sync started may still be finishing: give it a moment before taking its locks.
        for _ in 0..<20 where !present.isEmpty {
            Thread.sleep(forTimeInterval: 0.1)
            present = present.filter { manager.fileExists(atPath: $0.path) }
        }
        for lock in present {
            try manager.removeItem(at: lock)
            notes.append("removed \(lock.lastPathComponent), left by a sync that was interrupted")
        }
        if manager.fileExists(atPath: gitFolder.appendingPathComponent("MERGE_HEAD").path) {
            try git.run(["merge", "--abort"])
            notes.append("undid a merge left half done by a sync that was interrupted; it is done again now")
        }
        return notes
    }

    /// Makes sure the repository checks links out as plain files and runs no hooks, even if its config was changed.
    private static func ensureSafeConfig(_ git: TeamGit) throws {
        try git.must(["config", "core.symlinks", "false"], "configure the repository")
        try git.must(["config", "core.hooksPath", "/dev/null"], "configure the repository")
    }

    /// Commits the facilitator's own files: the name file, and the edits file's lines complete now (a line cut short
    /// by a crash, or being appended while this runs, is left for the next sync; the file itself is never written
    /// here). Returns how many edits the commit holds.
    private static func commitOwn(_ git: TeamGit, _ files: TeamFiles, _ facilitator: Facilitator) throws -> Int {
        let nameFile = "\(TeamFiles.folderName)/\(TeamFiles.nameFile(facilitator.id))"
        try git.must(["add", "--", nameFile], "record your edits in git")
        let edits = try files.completeLines(of: facilitator.id)
        if edits.count > 0 {
            let staging = git.folder.appendingPathComponent(".git/glean-edits-to-share")
            try edits.data.write(to: staging, options: .atomic)
            defer { try? FileManager.default.removeItem(at: staging) }
            let blob = try git.must(["hash-object", "-w", "--", staging.path], "record your edits in git")
                .standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            let path = "\(TeamFiles.folderName)/\(TeamFiles.opsName(facilitator.id))"
            try git.must(
                ["update-index", "--add", "--cacheinfo", "100644,\(blob),\(path)"], "record your edits in git")
        }
        let staged = try git.run(["diff", "--cached", "--quiet"])
        guard !staged.succeeded else { return edits.count }
        try git.must(
            [
                "-c", "user.name=\(facilitator.name)", "-c", "user.email=\(facilitator.id)@glean.invalid",
                "commit", "--quiet", "--no-verify", "-m", "Glean: edits by \(facilitator.name)",
            ],
            "record your edits in git")
        return edits.count
    }

    /// How many of the `committed` edits the remote does not have.
    private static func sharedCount(_ git: TeamGit, _ facilitator: Facilitator, committed: Int, remoteExists: Bool)
        throws -> Int
    {
        guard remoteExists else { return committed }
        let path = "refs/remotes/\(remote)/\(branch):\(TeamFiles.folderName)/\(TeamFiles.opsName(facilitator.id))"
        return max(0, committed - (try lineCount(git, path)))
    }

    private static func lineCount(_ git: TeamGit, _ object: String) throws -> Int {
        let shown = try git.run(["show", object])
        guard shown.succeeded else { return 0 }
        return shown.standardOutput.split(separator: "\n").count
    }
}
