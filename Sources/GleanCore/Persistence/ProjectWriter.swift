import Foundation

/// Which snapshot files a write must replace.
struct SnapshotParts: Equatable {
    /// Whether `glean.json` changed.
    var manifest = false
    /// The fortnights whose logs changed (by an import; edits never change logs).
    var logs: Set<Int> = []
    /// The fortnights whose coding changed.
    var codings: Set<Int> = []

    /// The parts an edit's changes touch.
    mutating func insert(_ change: Change) {
        if let number = change.fortnight { codings.insert(number) } else { manifest = true }
    }

    var isEmpty: Bool { !manifest && logs.isEmpty && codings.isEmpty }
}

/// Writes a project's snapshot files, all of one write in one `SnapshotTransaction`, so any reader sees all or none.
enum ProjectWriter {
    /// Writes every file of `project`, which must be whole; with `digests`, records their digests (`DigestCache`).
    static func writeAll(_ project: Project, _ layout: ProjectLayout, digests: Bool = true) throws {
        let numbers = Set(project.fortnights.keys)
        try write(project, SnapshotParts(manifest: true, logs: numbers, codings: numbers), layout, digests: digests)
    }

    /// Writes the files named in `parts`, and both files of a fortnight that has no folder on disk yet; then, with
    /// `digests`, records the digests of the fortnights written. A fortnight `project` has not read is refused, so
    /// its files are never replaced by what little of it is in memory.
    static func write(_ project: Project, _ parts: SnapshotParts, _ layout: ProjectLayout, digests: Bool = true) throws
    {
        let written = parts.logs.union(parts.codings)
        if let unread = written.sorted().first(where: { project.unread[$0] != nil }) {
            throw ProjectError(
                file: layout.display(layout.folder(ofFortnight: unread)),
                problem: "the fortnight was not read into memory, so it cannot be written; nothing was changed")
        }
        let transaction = try SnapshotTransaction(layout)
        var bothWritten = Set<Int>()
        for number in written.sorted() {
            let fortnight = project.fortnight(number)
            let isNew = try transaction.isNew(fortnight: number)
            if isNew || parts.logs.contains(number) && parts.codings.contains(number) { bothWritten.insert(number) }
            if isNew || parts.logs.contains(number) {
                let document = LogsDocument(fortnight: number, logs: fortnight.logs)
                try transaction.put(try document.snapshotJSON(), as: .logs(number))
            }
            if isNew || parts.codings.contains(number) {
                let document = CodingDocument(
                    fortnight: number, note: fortnight.note, quotes: fortnight.quotes, done: fortnight.done.sorted(),
                    decisions: fortnight.decisions)
                try transaction.put(try JSONFormat.snapshot(document), as: .coding(number))
            }
        }
        if parts.manifest {
            let manifest = ManifestDocument(
                schemaVersion: Project.currentSchemaVersion, programme: project.programme,
                participants: project.participants, codebook: project.codebook,
                attribution: project.attribution,
                keyConcerns: project.keyConcernRule == .standard ? nil : project.keyConcernRule)
            try transaction.put(try JSONFormat.snapshot(manifest), as: .manifest)
        }
        try transaction.commit()
        if digests { DigestCache.store(written, bothWritten: bothWritten, of: project, in: layout) }
    }
}
