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
        /// Whether a write spanning several files was committed but not yet moved into place (it was read as if it
        /// had).
        var hasPendingTransaction: Bool
        /// Digests made while reading, for fortnights whose files had none that matched, with the files' stamps.
        var madeDigests: [(digest: FortnightDigest, stamps: (logs: FileStamp, coding: FileStamp))] = []
    }

    /// How many times a project has been read in this process, for tests that check it is not read needlessly.
    static let reads = EventCount()

    /// Reads the project at `layout`: every fortnight, or those `selection` names and those the journal changes, the
    /// others standing as their digests where the cache has ones matching their files. With `consistentWithWriters`,
    /// a write by a Glean editing the project at the same time is detected (a transaction committed, or the journal
    /// read after the snapshot no longer extending the one read before) and the read is tried again, so a reader never
    /// sees half of a write, nor a snapshot without the edits the journal held.
    static func read(
        _ layout: ProjectLayout, consistentWithWriters: Bool, reading selection: FortnightSelection = .all
    ) throws -> Result {
        reads.increment()
        for _ in 0..<5 {
            let root = try layout.openRoot()
            let transaction = try TransactionRecord.read(root)
            let changed = { consistentWithWriters && (try? TransactionRecord.read(root)) != transaction }
            let before = try Journal.read(in: root)
            let snapshot: ProjectReader.Snapshot
            let journal: Journal.Contents
            do {
                snapshot = try ProjectReader.readSnapshot(
                    SnapshotSource(root: root, pending: transaction), reading: selection.adding(touched(by: before)))
                // Editing, the lock is held: nothing else writes the journal, so the one read before is the journal.
                journal = consistentWithWriters ? try Journal.read(in: root) : before
            } catch {
                if changed() { continue }
                throw error
            }
            if !journal.entries.starts(with: before.entries) { continue }
            if changed() { continue }
            var project = snapshot.project
            if !touched(by: journal).isDisjoint(with: project.unread.keys) { continue }
            for entry in journal.entries {
                entry.changes.forEach { project.apply($0) }
            }
            SchemaMigration.upgrade(&project, from: snapshot.schemaVersion)
            let lacksAliases = project.participants.contains { $0.alias.isEmpty }
            project.assignMissingAliases()
            return Result(
                project: project, schemaVersion: snapshot.schemaVersion, journal: journal, lacksAliases: lacksAliases,
                hasPendingTransaction: transaction?.applied == false, madeDigests: snapshot.madeDigests)
        }
        throw ProjectError(
            file: layout.display(layout.root), problem: "the project kept changing while it was read; try again")
    }

    /// The fortnights the journal's changes touch.
    private static func touched(by journal: Journal.Contents) -> Set<Int> {
        Set(journal.entries.flatMap { $0.changes.compactMap(\.fortnight) })
    }
}
