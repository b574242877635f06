import Foundation

/// Puts a backup's files back in place of a project's, removing fortnights the backup did not have, in one transaction.
/// A backup that does not read as a project (damaged, or holding a link) is refused before anything is written.
enum BackupRestorer {
    static func restore(_ backup: Backups.Backup, into layout: ProjectLayout) throws {
        guard let folder = try layout.openFolder("backups/\(backup.name)") else {
            throw ProjectError(file: backup.folder.path, problem: "the backup is missing")
        }
        _ = try ProjectReader.readSnapshot(SnapshotSource(root: folder, pending: nil))
        let files = try Backups.snapshotFiles(in: folder)
        let transaction = try SnapshotTransaction(layout)
        for file in files {
            guard let data = try folder.folder(at: file.folder)?.read(file.name) else {
                throw ProjectError(file: folder.path(of: file.relativePath), problem: "cannot read the backup file")
            }
            try transaction.put(data, as: file)
        }
        let kept = Set(files.compactMap(\.fortnight))
        for number in try layout.fortnightsOnDisk() where !kept.contains(number) {
            transaction.removeFortnight(number)
        }
        try transaction.commit()
    }
}
