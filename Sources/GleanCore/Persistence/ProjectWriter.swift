import Foundation

/// Which snapshot files a fold must rewrite.
struct SnapshotParts: Equatable {
    /// Whether `glean.json` changed.
    var manifest = false
    /// The fortnights whose coding changed.
    var codings: Set<Int> = []

    /// The parts an edit's changes touch.
    mutating func insert(_ change: Change) {
        if let number = change.fortnight { codings.insert(number) } else { manifest = true }
    }

    var isEmpty: Bool { !manifest && codings.isEmpty }
}

/// Writes a project's snapshot files, each atomically and durably.
enum ProjectWriter {
    /// Writes every file of `project`.
    static func writeAll(_ project: Project, _ layout: ProjectLayout) throws {
        for number in project.fortnights.keys.sorted() {
            try writeLogs(project.fortnight(number), layout)
        }
        try write(project, SnapshotParts(manifest: true, codings: Set(project.fortnights.keys)), layout)
    }

    /// Writes the coding files and manifest named in `parts`; logs never change through edits.
    static func write(_ project: Project, _ parts: SnapshotParts, _ layout: ProjectLayout) throws {
        for number in parts.codings.sorted() {
            let fortnight = project.fortnight(number)
            if !FileManager.default.fileExists(atPath: layout.logs(ofFortnight: number).path) {
                try writeLogs(fortnight, layout)
            }
            let document = CodingDocument(fortnight: number, note: fortnight.note, quotes: fortnight.quotes)
            try AtomicFile.write(try JSONFormat.snapshot(document), to: layout.coding(ofFortnight: number))
        }
        if parts.manifest {
            let manifest = ManifestDocument(
                schemaVersion: Project.currentSchemaVersion, programme: project.programme,
                participants: project.participants, codebook: project.codebook)
            try AtomicFile.write(try JSONFormat.snapshot(manifest), to: layout.manifest)
        }
    }

    /// Writes the logs file of `fortnight`.
    static func writeLogs(_ fortnight: Fortnight, _ layout: ProjectLayout) throws {
        let document = LogsDocument(fortnight: fortnight.number, logs: fortnight.logs)
        try AtomicFile.write(try JSONFormat.snapshot(document), to: layout.logs(ofFortnight: fortnight.number))
    }
}
