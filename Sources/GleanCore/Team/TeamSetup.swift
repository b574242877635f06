import Foundation

/// Setting a programme up for a team: `glean team init` turns a project into a team project and pushes it to a
/// remote; `glean team join` clones one.
public enum TeamSetup {
    /// Makes the project at `layout` (opened for editing in `store`, holding `project`) a team project that syncs with
    /// `remote`, and pushes it there. The project as it stands becomes the team's base, with the quotes older Glean
    /// recorded under this machine's login name (`legacyCoder`) given to the facilitator; from then on every edit is
    /// also recorded in the facilitator's own file.
    public static func initialise(
        _ store: ProjectStore, project opened: Project, remote: String, as facilitator: Facilitator,
        legacyCoder: String? = nil
    ) throws {
        let layout = store.layout
        let files = TeamFiles(layout)
        guard !files.isTeam else {
            throw TeamSyncError(
                problem: "\(layout.display(layout.root)) is a team project already; glean sync shares its edits")
        }
        let manager = FileManager.default
        guard !manager.fileExists(atPath: layout.root.appendingPathComponent(".git").path) else {
            throw TeamSyncError(
                problem:
                    "\(layout.display(layout.root)) is a git repository already; Glean sets up the repository itself, in a project folder that is not one"
            )
        }
        let project = legacyCoder.map { opened.withLegacyCoder($0, givenTo: facilitator.id) } ?? opened
        try store.fold(project)
        do {
            try manager.createDirectory(
                at: files.base.root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try ProjectWriter.writeAll(project, files.base, digests: false)
            try writeName(facilitator, files)
            try Data(TeamFiles.gitignore.utf8).write(
                to: layout.root.appendingPathComponent(".gitignore"), options: .atomic)
            let git = TeamGit(folder: layout.root)
            try git.must(["init", "--quiet", "--initial-branch=\(TeamSync.branch)"], "set up the git repository")
            try git.must(["config", "core.symlinks", "false"], "configure the repository")
            try git.must(["config", "core.hooksPath", "/dev/null"], "configure the repository")
            try git.must(["add", "--", ".gitignore", TeamFiles.folderName], "record the project in git")
            try git.must(
                [
                    "-c", "user.name=\(facilitator.name)", "-c", "user.email=\(facilitator.id)@glean.invalid",
                    "commit", "--quiet", "--no-verify", "-m", "Glean: \(project.programme.name), set up for a team",
                ],
                "record the project in git")
            try git.must(["remote", "add", TeamSync.remote, remote], "add the remote")
        } catch {
            try? manager.removeItem(at: files.folder)
            try? manager.removeItem(at: layout.root.appendingPathComponent(".git"))
            try? manager.removeItem(at: layout.root.appendingPathComponent(".gitignore"))
            throw error
        }
        let git = TeamGit(folder: layout.root)
        let pushed = try git.push(["--quiet", "--set-upstream", TeamSync.remote, "HEAD:refs/heads/\(TeamSync.branch)"])
        guard pushed.succeeded else {
            let text = pushed.standardError.lowercased()
            if text.contains("rejected") || text.contains("fetch first") {
                throw TeamSyncError(
                    problem:
                        "the remote holds a project already; the project here is set up for a team but not shared: to work on the remote's project, join it with glean team join URL PATH"
                )
            }
            throw TeamSyncError(
                problem: TeamSyncError.classify("push to the remote", pushed).problem
                    + "; the project is set up for a team: glean sync shares it once the remote can be reached")
        }
    }

    /// Clones the team project at `remote` into `directory` (which must not exist or be empty), adds the facilitator,
    /// and builds the local files from everyone's edits.
    public static func join(remote: String, into directory: URL, as facilitator: Facilitator) throws {
        let manager = FileManager.default
        if let entries = try? manager.contentsOfDirectory(atPath: directory.path), !entries.isEmpty {
            throw TeamSyncError(problem: "\(directory.path) is not empty; join into a new folder")
        }
        let parent = directory.deletingLastPathComponent()
        let cloned = try TeamGit.run(
            [
                "clone", "--quiet", "--no-checkout", "--no-recurse-submodules", "--branch", TeamSync.branch, "--",
                remote, directory.path,
            ],
            in: parent)
        guard cloned.succeeded else { throw TeamSyncError.classify("clone \(remote)", cloned) }
        let layout = ProjectLayout(root: directory)
        let files = TeamFiles(layout)
        let git = TeamGit(folder: directory)
        do {
            try git.must(["config", "core.symlinks", "false"], "configure the repository")
            try git.must(["config", "core.hooksPath", "/dev/null"], "configure the repository")
            try TeamIncoming.check(git, tree: "HEAD", against: nil)
            try git.must(["reset", "--hard", "--quiet", "HEAD"], "check the project out")
        } catch {
            try? manager.removeItem(at: directory)
            throw error
        }
        guard files.isTeam else {
            try? manager.removeItem(at: directory)
            throw TeamSyncError(
                problem: "\(remote) is not a Glean team project (it has no team/base/glean.json); nothing was kept")
        }
        do {
            _ = try ProjectLoading.read(files.base, consistentWithWriters: false)
        } catch {
            try? manager.removeItem(at: directory)
            throw TeamSyncError(
                problem: "the team's base project, team/base/, cannot be opened (\(error)); nothing was kept")
        }
        try writeName(facilitator, files)
    }

    /// Writes `team/ID.json` with the facilitator's current name, when it is not already so.
    static func writeName(_ facilitator: Facilitator, _ files: TeamFiles) throws {
        let url = files.folder.appendingPathComponent(TeamFiles.nameFile(facilitator.id))
        let data = try JSONFormat.snapshot(facilitator)
        if (try? files.openFolder().read(TeamFiles.nameFile(facilitator.id))) == data { return }
        try data.write(to: url, options: .atomic)
    }
}
