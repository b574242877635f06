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
    /// Writes every file of `project`.
    static func writeAll(_ project: Project, _ layout: ProjectLayout) throws {
        let numbers = Set(project.fortnights.keys)
        try write(project, SnapshotParts(manifest: true, logs: numbers, codings: numbers), layout)
    }

    /// Writes the files named in `parts`, and both files of a fortnight that has no folder on disk yet.
    static func write(_ project: Project, _ parts: SnapshotParts, _ layout: ProjectLayout) throws {
        let transaction = try SnapshotTransaction(layout)
        for number in parts.logs.union(parts.codings).sorted() {
            let fortnight = project.fortnight(number)
            let isNew = try transaction.isNew(fortnight: number)
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
    }
}
