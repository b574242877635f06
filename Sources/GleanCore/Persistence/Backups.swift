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

    /// Snapshots the project's current files into a new backup, prunes old ones, and returns the new one's name.
    @discardableResult
    public static func make(_ layout: ProjectLayout, reason: String, now: Date = Date()) throws -> String {
        let name = uniqueName(layout, base: folderName(now))
        let folder = layout.backupsFolder.appendingPathComponent(name, isDirectory: true)
        for relative in try snapshotFiles(layout) {
            let target = folder.appendingPathComponent(relative)
            try AtomicFile.makeFolder(target.deletingLastPathComponent())
            try linkOrCopy(layout.root.appendingPathComponent(relative), to: target)
        }
        let description = Description(created: ProjectLock.timestamp(now), reason: reason)
        try AtomicFile.write(try JSONFormat.snapshot(description), to: folder.appendingPathComponent("backup.json"))
        try prune(layout)
        return name
    }

    /// The backups of the project, newest first.
    public static func list(_ layout: ProjectLayout) -> [Backup] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: layout.backupsFolder.path)) ?? []
        return names.sorted(by: >).compactMap { name in
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

    private static func prune(_ layout: ProjectLayout) throws {
        for backup in list(layout).dropFirst(kept) {
            try FileManager.default.removeItem(at: backup.folder)
        }
        try AtomicFile.syncFolder(layout.backupsFolder)
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

    private static func uniqueName(_ layout: ProjectLayout, base: String) -> String {
        var name = base
        var suffix = 2
        while FileManager.default.fileExists(atPath: layout.backupsFolder.appendingPathComponent(name).path) {
            name = "\(base)-\(suffix)"
            suffix += 1
        }
        return name
    }
}
