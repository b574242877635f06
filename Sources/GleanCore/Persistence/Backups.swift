import Foundation
import Glibc

/// Dated copies of a project's snapshot files, kept in `backups/` before they are replaced.
///
/// A backup is a full snapshot made of hard links, so it costs one directory entry per file whatever the files' size:
/// a replaced file keeps its old contents under the backup's name. Only the newest `kept` backups are kept.
public enum Backups {
    /// How many backups are kept.
    public static let kept = 10

    /// One backup: its folder name (the UTC time it was made), why it was made, and where it is.
    public struct Backup: Equatable, Sendable {
        public var name: String
        public var reason: String
        public var folder: URL
    }

    /// What `backup.json` in a backup's folder says.
    private struct Description: Codable {
        var created: String
        var reason: String
    }

    /// Snapshots the project's current files into a new backup, prunes old ones (never those named in `keeping`),
    /// and returns the new one's name.
    ///
    /// The backup is assembled in a hidden folder and renamed into place once complete, so a crash never leaves a
    /// half-made backup among the real ones; leftovers of such crashes are removed by the next prune.
    @discardableResult
    public static func make(
        _ layout: ProjectLayout, reason: String, now: Date = Date(), keeping: Set<String> = []
    ) throws -> String {
        let name = uniqueName(layout, base: folderName(now))
        let staging = layout.backupsFolder.appendingPathComponent(incompletePrefix + name, isDirectory: true)
        for relative in try snapshotFiles(layout) {
            let target = staging.appendingPathComponent(relative)
            try AtomicFile.makeFolder(target.deletingLastPathComponent())
            try linkOrCopy(layout.root.appendingPathComponent(relative), to: target)
        }
        let description = Description(created: ProjectLock.timestamp(now), reason: reason)
        try AtomicFile.write(try JSONFormat.snapshot(description), to: staging.appendingPathComponent("backup.json"))
        guard rename(staging.path, layout.backupsFolder.appendingPathComponent(name).path) == 0 else {
            throw AtomicFile.failure("cannot finish the backup", staging)
        }
        try AtomicFile.syncFolder(layout.backupsFolder)
        try prune(layout, keeping: keeping.union([name]))
        return name
    }

    /// The backups of the project, newest first.
    public static func list(_ layout: ProjectLayout) -> [Backup] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: layout.backupsFolder.path)) ?? []
        return names.filter { !$0.hasPrefix(incompletePrefix) }.sorted { order($0) > order($1) }.compactMap { name in
            let folder = layout.backupsFolder.appendingPathComponent(name, isDirectory: true)
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("backup.json").path),
                let description = try? JSONDecoder().decode(Description.self, from: data)
            else { return nil }
            return Backup(name: name, reason: description.reason, folder: folder)
        }
    }

    /// The snapshot files of the project, relative to its folder: `glean.json` and every fortnight's two files.
    static func snapshotFiles(_ layout: ProjectLayout) throws -> [String] {
        var files = ["glean.json"]
        for number in try layout.fortnightsOnDisk() {
            for url in [layout.logs(ofFortnight: number), layout.coding(ofFortnight: number)]
            where FileManager.default.fileExists(atPath: url.path) {
                files.append(layout.relativePath(url))
            }
        }
        return files
    }

    /// Removes all but the newest `kept` backups, and anything in `backups/` that is not a complete backup (left by a
    /// crash while one was made), except the names in `keeping`. Runs only while the project's lock is held.
    private static func prune(_ layout: ProjectLayout, keeping: Set<String>) throws {
        let complete = list(layout)
        let retained = Set(complete.prefix(kept).map(\.name)).union(keeping)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: layout.backupsFolder.path)) ?? []
        for name in names where !retained.contains(name) {
            try FileManager.default.removeItem(at: layout.backupsFolder.appendingPathComponent(name))
        }
        try AtomicFile.syncFolder(layout.backupsFolder)
    }

    /// The prefix of a backup still being made.
    private static let incompletePrefix = ".incomplete-"

    /// Backups sort by time, then by the counter that separates several made in the same second.
    private static func order(_ name: String) -> (String, Int) {
        let parts = name.split(separator: "-", maxSplits: 1)
        return (String(parts[0]), parts.count > 1 ? Int(parts[1]) ?? 0 : 1)
    }

    private static func linkOrCopy(_ source: URL, to target: URL) throws {
        if link(source.path, target.path) == 0 { return }
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw AtomicFile.failure("cannot back up", source)
        }
        try AtomicFile.write(data, to: target)
    }

    private static func folderName(_ date: Date) -> String {
        ProjectLock.timestamp(date).replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
    }

    /// `base`, or `base-N` with N above every counter used with `base` so far, so a new backup always sorts newest.
    private static func uniqueName(_ layout: ProjectLayout, base: String) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: layout.backupsFolder.path)) ?? []
        let counters = names.map { $0.hasPrefix(incompletePrefix) ? String($0.dropFirst(incompletePrefix.count)) : $0 }
            .map(order).filter { $0.0 == base }.map(\.1)
        guard let highest = counters.max() else { return base }
        return "\(base)-\(highest + 1)"
    }
}
