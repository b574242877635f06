import Foundation

/// Copies a backup's files back over a project's, each atomically, removing fortnights the backup did not have.
enum BackupRestorer {
    static func restore(_ backup: Backups.Backup, into layout: ProjectLayout) throws {
        let backupLayout = ProjectLayout(root: backup.folder)
        let files = try Backups.snapshotFiles(backupLayout)
        for relative in files {
            guard let data = FileManager.default.contents(atPath: backup.folder.appendingPathComponent(relative).path) else {
                throw ProjectError(file: backup.folder.appendingPathComponent(relative).path, problem: "cannot read the backup file")
            }
            try AtomicFile.write(data, to: layout.root.appendingPathComponent(relative))
        }
        let kept = Set(try backupLayout.fortnightsOnDisk())
        for number in try layout.fortnightsOnDisk() where !kept.contains(number) {
            try FileManager.default.removeItem(at: layout.folder(ofFortnight: number))
        }
        try AtomicFile.syncFolder(layout.fortnightsFolder)
    }
}
