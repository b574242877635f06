import Foundation

/// Reads a project's snapshot and journal into one consistent, up-to-date `Project`.
enum ProjectLoading {
    /// What a read found.
    struct Result {
        var project: Project
        var schemaVersion: Int
        var journal: Journal.Contents
        /// Whether some participant had no alias in the files (one was given in memory).
        var lacksAliases: Bool
    }

    /// Reads the project at `layout`. With `consistentWithWriters`, a fold by a Glean editing the project at the same
    /// time is detected (the journal read after the snapshot no longer extends the one read before) and the read is
    /// tried again, so a reader never sees a snapshot without the edits the journal held.
    static func read(_ layout: ProjectLayout, consistentWithWriters: Bool) throws -> Result {
        let journalName = layout.display(layout.journal)
        for _ in 0..<5 {
            let before = consistentWithWriters ? try Journal.read(layout.journal, displayName: journalName) : nil
            let snapshot = try ProjectReader.readSnapshot(layout)
            let journal = try Journal.read(layout.journal, displayName: journalName)
            if let before, !journal.entries.starts(with: before.entries) { continue }
            var project = snapshot.project
            for entry in journal.entries {
                entry.changes.forEach { project.apply($0) }
            }
            SchemaMigration.upgrade(&project, from: snapshot.schemaVersion)
            let lacksAliases = project.participants.contains { $0.alias.isEmpty }
            project.assignMissingAliases()
            return Result(
                project: project, schemaVersion: snapshot.schemaVersion, journal: journal, lacksAliases: lacksAliases)
        }
        throw ProjectError(file: layout.display(layout.root), problem: "the project kept changing while it was read; try again")
    }
}
