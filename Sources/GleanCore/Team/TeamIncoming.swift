import Foundation

/// The one rule for what git may bring into a team project from the remote, checked on the tree a merge would make
/// (and on a clone before it is checked out), before any file of it is written: only the files Glean itself writes —
/// `.gitignore`, the base project under `team/base/`, and `team/ID.jsonl` and `team/ID.json` for valid ids — as plain
/// files (no links, submodules, `.gitattributes` with filters, `.gitmodules`), of bounded size; the base exactly as
/// it was; and every edits file only grown, never cut or rewritten (a remote whose history was rewritten, or a bad
/// merge, would otherwise take edits away silently); and the facilitator's own edits file not added to by anyone else
/// (no one may make edits in another's name).
enum TeamIncoming {
    /// The largest edits or base file brought in.
    static let fileSizeLimit = 512 << 20

    /// One file of a git tree.
    struct Entry: Equatable {
        var mode: String
        var type: String
        var object: String
        var size: Int
    }

    /// Refuses `tree` (a commit or tree git knows) unless it holds only what Glean writes; against `current` (the
    /// commit the project is at, holding all of facilitator `own`'s edits), also unless the base is unchanged, every
    /// edits file of `current` only grew, and `own`'s stayed exactly as it is.
    static func check(_ git: TeamGit, tree: String, against current: String?, own: String? = nil) throws {
        let incoming = try entries(git, tree)
        for (path, entry) in incoming.sorted(by: { $0.key < $1.key }) {
            if let problem = problem(path, entry) {
                throw TeamSyncError(
                    problem:
                        "the remote's \(path.prefix(200)) \(problem); nothing was changed (someone edited the repository by hand, or it is not a Glean team project)"
                )
            }
        }
        guard let current else { return }
        let present = try entries(git, current)
        let base = "\(TeamFiles.folderName)/\(TeamFiles.baseName)/"
        let baseNow = present.filter { $0.key.hasPrefix(base) }.mapValues(\.object)
        let baseIncoming = incoming.filter { $0.key.hasPrefix(base) }.mapValues(\.object)
        if baseNow != baseIncoming {
            throw TeamSyncError(
                problem: "the remote changes team/base/, which never changes after glean team init; nothing was changed"
            )
        }
        if let own, present["\(TeamFiles.folderName)/\(TeamFiles.opsName(own))"] == nil,
            incoming["\(TeamFiles.folderName)/\(TeamFiles.opsName(own))"] != nil
        {
            throw TeamSyncError(
                problem:
                    "the remote holds edits in your name, team/\(TeamFiles.opsName(own)), that you did not make; nothing was changed (someone made edits in your name?)"
            )
        }
        for (path, entry) in present.sorted(by: { $0.key < $1.key })
        where path.hasSuffix(".jsonl") && !path.hasPrefix(base) {
            guard let arriving = incoming[path] else {
                throw TeamSyncError(
                    problem:
                        "the remote deletes \(path), a facilitator's edits; nothing was changed (was the remote's history rewritten?)"
                )
            }
            guard arriving.object != entry.object else { continue }
            if let own, path == "\(TeamFiles.folderName)/\(TeamFiles.opsName(own))" {
                throw TeamSyncError(
                    problem:
                        "the remote changes \(path), your own edits, which only your Glean writes; nothing was changed (someone made edits in your name, or cut them?)"
                )
            }
            let old = try blob(git, entry.object)
            let new = try blob(git, arriving.object)
            guard new.starts(with: old) else {
                throw TeamSyncError(
                    problem:
                        "the remote cuts or rewrites \(path), whose edits are only ever added to; nothing was changed (was the remote's history rewritten?)"
                )
            }
        }
    }

    /// What is wrong with `path` in an incoming tree, or nil when Glean writes such a file.
    private static func problem(_ path: String, _ entry: Entry) -> String? {
        guard entry.type == "blob", entry.mode == "100644" else {
            return "is not a plain file (git mode \(entry.mode))"
        }
        if path == ".gitignore" { return nil }
        let team = TeamFiles.folderName + "/"
        guard path.hasPrefix(team) else { return "is not a file Glean writes" }
        let name = String(path.dropFirst(team.count))
        if name.hasPrefix(TeamFiles.baseName + "/") {
            return entry.size <= fileSizeLimit ? nil : "is \(entry.size) bytes, over the \(fileSizeLimit) Glean reads"
        }
        if name.hasSuffix(".jsonl"), TeamFiles.isValidID(String(name.dropLast(6))) {
            return entry.size <= fileSizeLimit ? nil : "is \(entry.size) bytes, over the \(fileSizeLimit) Glean reads"
        }
        if name.hasSuffix(".json"), TeamFiles.isValidID(String(name.dropLast(5))) {
            return entry.size <= TeamNameFile.sizeLimit
                ? nil : "is \(entry.size) bytes, over the \(TeamNameFile.sizeLimit) a name file may hold"
        }
        return "is not a file Glean writes"
    }

    /// Every file of `tree`, by path.
    private static func entries(_ git: TeamGit, _ tree: String) throws -> [String: Entry] {
        let listed = try git.must(["ls-tree", "-r", "-l", "-z", "--full-tree", tree], "read the remote's files")
        var entries: [String: Entry] = [:]
        for record in listed.standardOutput.split(separator: "\0") {
            guard let tab = record.firstIndex(of: "\t") else { continue }
            let fields = record[..<tab].split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 4 else { continue }
            entries[String(record[record.index(after: tab)...])] = Entry(
                mode: String(fields[0]), type: String(fields[1]), object: String(fields[2]),
                size: Int(fields[3]) ?? Int.max)
        }
        return entries
    }

    /// The bytes of blob `object`.
    private static func blob(_ git: TeamGit, _ object: String) throws -> Data {
        Data(try git.must(["cat-file", "blob", object], "read the remote's files").standardOutput.utf8)
    }
}
