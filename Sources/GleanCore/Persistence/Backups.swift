import Foundation

/// Dated copies of a project's snapshot files, kept in `backups/` before they are replaced.
///
/// A backup is a full snapshot made of hard links, so it costs one directory entry per file whatever the files' size:
/// a replaced file keeps its old contents under the backup's name. Only regular files are backed up, never a link.
/// Only the newest `kept` backups are kept.
public enum Backups {
    /// How many backups are kept.
    static let kept = 10

    /// One backup: its folder name (the UTC time it was made), why it was made, and where it is.
    public struct Backup: Equatable, Sendable {
        public var name: String
        public var reason: String
        var folder: URL
    }

    /// What `backup.json` in a backup's folder says.
    private struct Description: Codable {
        var created: String
        var reason: String
    }

    /// The name of the file describing a backup.
    private static let descriptionFile = "backup.json"

    /// Snapshots the project's current files into a new backup, prunes old ones (never those named in `keeping`),
    /// and returns the new one's name.
    ///
    /// The backup is assembled in a hidden folder and renamed into place once complete, so a crash never leaves a
    /// half-made backup among the real ones; leftovers of such crashes are removed by the next prune.
    @discardableResult
    static func make(
        _ layout: ProjectLayout, reason: String, now: Date = Date(), keeping: Set<String> = []
    ) throws -> String {
        let root = try layout.openRoot()
        let backups = try required(root.subfolder("backups", create: true), root.path(of: "backups"))
        let name = uniqueName(try backups.names(), base: folderName(now))
        let staging = try required(backups.subfolder(incompletePrefix + name, create: true), backups.path(of: name))
        for file in try snapshotFiles(layout) {
            let source = try required(root.folder(at: file.folder), root.path(of: file.folder))
            let target = try required(staging.folder(at: file.folder, create: true), staging.path(of: file.folder))
            try linkOrCopy(file.name, from: source, to: target)
        }
        let description = Description(created: ProjectLock.timestamp(now), reason: reason)
        try AtomicFile.write(try JSONFormat.snapshot(description), named: descriptionFile, in: staging)
        try backups.rename(incompletePrefix + name, to: name)
        try backups.sync()
        try prune(backups, keeping: keeping.union([name]))
        return name
    }

    /// The backups of the project, newest first. A backup that is not a real folder, or lacks its description, is
    /// left out (`glean check` reports links and other odd files).
    public static func list(_ layout: ProjectLayout) -> [Backup] {
        guard let backups = try? layout.openFolder("backups"), let names = try? backups.names() else { return [] }
        return names.filter { !$0.hasPrefix(incompletePrefix) }.sorted { order($0) > order($1) }.compactMap { name in
            description(of: name, in: backups).map {
                Backup(name: name, reason: $0.reason, folder: layout.backupsFolder.appendingPathComponent(name))
            }
        }
    }

    /// The snapshot files of the project at `layout`: `glean.json` and every fortnight's two files.
    static func snapshotFiles(_ layout: ProjectLayout) throws -> [SnapshotFile] {
        try snapshotFiles(in: layout.openRoot())
    }

    /// The snapshot files under `root` (a project's folder or a backup's) that exist.
    static func snapshotFiles(in root: FolderDescriptor) throws -> [SnapshotFile] {
        var files: [SnapshotFile] = [.manifest]
        let fortnights = try root.subfolder("fortnights", create: false)
        for number in try ProjectLayout.fortnightNumbers(in: fortnights) {
            guard let folder = try fortnights?.subfolder(Project.threeDigits(number), create: false) else { continue }
            for file in SnapshotFile.both(ofFortnight: number) where try folder.entry(file.name) != nil {
                files.append(file)
            }
        }
        return files
    }

    /// Removes all but the newest `kept` backups, and anything in `backups/` that is not a complete backup (left by a
    /// crash while one was made), except the names in `keeping`. Runs only while the project's lock is held.
    private static func prune(_ backups: FolderDescriptor, keeping: Set<String>) throws {
        let complete = try backups.names().filter {
            !$0.hasPrefix(incompletePrefix) && description(of: $0, in: backups) != nil
        }
        let retained = Set(complete.sorted { order($0) > order($1) }.prefix(kept)).union(keeping)
        for name in try backups.names() where !retained.contains(name) {
            try backups.removeTree(name)
        }
        try backups.sync()
    }

    /// What the backup `name` in `backups` says about itself; nil when it is not a folder holding a readable
    /// description.
    private static func description(of name: String, in backups: FolderDescriptor) -> Description? {
        guard let folder = try? backups.subfolder(name, create: false), let data = try? folder.read(descriptionFile)
        else {
            return nil
        }
        return try? JSONDecoder().decode(Description.self, from: data)
    }

    /// The prefix of a backup still being made.
    private static let incompletePrefix = ".incomplete-"

    /// Backups sort by time, then by the counter that separates several made in the same second.
    private static func order(_ name: String) -> (String, Int) {
        let parts = name.split(separator: "-", maxSplits: 1)
        return (String(parts.first ?? ""), parts.count > 1 ? Int(parts[1]) ?? 0 : 1)
    }

    /// Hard-links the regular file `name` from `source` into `target`, or copies it where a link cannot be made. The
    /// link made is checked to be that very file, so a file swapped for a link meanwhile is refused, not backed up.
    private static func linkOrCopy(_ name: String, from source: FolderDescriptor, to target: FolderDescriptor) throws {
        guard let original = try source.entry(name) else { return }
        guard original.kind == .regularFile else { throw try source.refusal(name, expected: .regularFile) }
        if source.link(name, into: target), let linked = try target.entry(name), linked.kind == .regularFile,
            linked.isSameFile(as: original)
        {
            return
        }
        try target.remove(name)
        guard let data = try source.read(name) else {
            throw ProjectError(file: source.path(of: name), problem: "cannot back up: the file is missing")
        }
        try target.createFile(name, data)
    }

    private static func folderName(_ date: Date) -> String {
        ProjectLock.timestamp(date).replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
    }

    /// `base`, or `base-N` with N above every counter used with `base` so far among `names`, so a new backup always
    /// sorts newest.
    private static func uniqueName(_ names: [String], base: String) -> String {
        let counters = names.map { $0.hasPrefix(incompletePrefix) ? String($0.dropFirst(incompletePrefix.count)) : $0 }
            .map(order).filter { $0.0 == base }.map(\.1)
        guard let highest = counters.max() else { return base }
        return "\(base)-\(highest + 1)"
    }

    /// `folder`, or an error naming `path` when it could not be opened or made.
    private static func required(_ folder: FolderDescriptor?, _ path: String) throws -> FolderDescriptor {
        guard let folder else { throw ProjectError(file: path, problem: "the folder is missing") }
        return folder
    }
}
